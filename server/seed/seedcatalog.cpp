#include "seedcatalog.h"

namespace wd::seed {

namespace {

using PT = ProductType;

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

WarrantyPolicy standard(int days, const char *text)
{
    return WarrantyPolicy{days, PolicyMode::Standard, true, u(text)};
}

// Disclosed one-time verification: binds the customer once the first activation succeeded.
WarrantyPolicy oneTime(int days, const char *text)
{
    return WarrantyPolicy{days, PolicyMode::OneTimeVerification, true, u(text)};
}

// The merchant applies one-time verification but the product page only said "N 天质保".
WarrantyPolicy oneTimeHidden(int days)
{
    return WarrantyPolicy{days, PolicyMode::OneTimeVerification, false, QStringLiteral("自发货起 %1 天质保").arg(days)};
}

CatalogProduct product(const char *sku, const char *name, PT type, qint64 face, qint64 price, const char *regions,
                       const char *app, const char *yield, WarrantyPolicy policy)
{
    return CatalogProduct{u(sku), u(name), type, face, price, u(regions).split(QLatin1Char('|')), u(app), u(yield),
                          std::move(policy)};
}

QList<CatalogProduct> buildProducts()
{
    const char *key7 = "自发货起 7 天内卡密无效可补发或退款";
    const char *key15 = "自发货起 15 天内卡密无效可补发或退款";
    const char *key30 = "自发货起 30 天内卡密无效可补发或退款";
    const char *code7 = "自发货起 7 天内激活码无效可补发或退款";
    const char *code15 = "自发货起 15 天内激活码无效可补发或退款";
    const char *topup = "72 小时内未到账可全额退款";
    return {
        // Game point cards (游戏点卡).
        product("G-JZ-30", "《九州幻想》30 元点卡", PT::GameCard, 3000, 2940, "电信一区|电信二区|网通一区|网通二区|双线区",
                "《九州幻想》充值中心", "300 点", standard(7, key7)),
        product("G-JZ-100", "《九州幻想》100 元点卡", PT::GameCard, 10000, 9850, "电信一区|电信二区|网通一区|网通二区|双线区",
                "《九州幻想》充值中心", "1000 点", standard(15, key15)),
        product("G-XH-50", "《星海征途》50 元点卡", PT::GameCard, 5000, 4850, "全区通用", "《星海征途》官方充值",
                "500 星钻", standard(15, key15)),
        product("G-XH-MC", "《星海征途》月卡兑换码", PT::GameCard, 3000, 2850, "全区通用", "《星海征途》官方充值",
                "30 天月卡", oneTime(7, "一次性验证质保:仅保证兑换码首次兑换有效,兑换成功即视为完成质保")),
        product("G-FY-50", "《风云再起》50 元点卡", PT::GameCard, 5000, 4900, "电信一区|网通二区|双线一区",
                "《风云再起》充值中心", "500 元宝", standard(7, key7)),
        product("G-TY-328", "《天涯明月》328 元点卡", PT::GameCard, 32800, 31800, "全区通用", "《天涯明月》账号中心",
                "3280 通宝", standard(30, key30)),
        product("G-LY-10", "《龙域 Online》10 元点卡", PT::GameCard, 1000, 960, "电信一区|电信三区|网通二区",
                "《龙域 Online》充值平台", "100 点", oneTimeHidden(7)),
        product("G-XG-60", "《峡谷传说》60 元点券卡", PT::GameCard, 6000, 5880, "微信区|QQ区", "《峡谷传说》点券充值",
                "600 点券", standard(15, key15)),
        // Software activation keys (软件激活码).
        product("S-OFC-H", "某办公软件家庭版激活码", PT::ActivationKey, 39800, 36800, "简体中文版",
                "办公软件 激活向导", "家庭版永久授权", standard(7, code7)),
        product("S-SEC-1Y", "某安全软件 1 年激活码", PT::ActivationKey, 12000, 11200, "简体中文版",
                "安全软件 授权中心", "1 年授权", standard(15, code15)),
        product("S-OS-PRO", "某操作系统专业版激活码", PT::ActivationKey, 109900, 99900, "简体中文版|多语言版",
                "系统激活", "专业版数字许可证", oneTime(30, "一次性验证质保:激活成功即视为完成质保,重装系统后失效不补")),
        product("S-PDF-LT", "某 PDF 编辑器永久激活码", PT::ActivationKey, 19800, 18800, "简体中文版", "PDF 编辑器 授权",
                "永久授权", oneTimeHidden(15)),
        product("S-IDE-1Y", "某开发工具 1 年订阅激活码", PT::ActivationKey, 29900, 28800, "国际版", "开发工具 授权管理器",
                "1 年订阅", standard(30, "自发货起 30 天内激活码无效可补发或退款")),
        // Membership cards (会员卡).
        product("V-30D", "某视频平台 30 天会员卡密", PT::Membership, 2500, 2390, "全平台通用", "视频平台 会员中心",
                "30 天会员", standard(30, "自发货起 30 天内会员失效可补发或按剩余天数退款")),
        product("V-90D", "某视频平台季卡会员卡密", PT::Membership, 6800, 6500, "全平台通用", "视频平台 会员中心",
                "90 天会员", oneTime(30, "一次性验证质保:仅保证会员首次开通成功,开通后失效不补")),
        product("M-MUSIC-30", "某音乐平台豪华会员 30 天兑换码", PT::Membership, 1500, 1420, "全平台通用",
                "音乐平台 兑换中心", "30 天豪华会员", oneTimeHidden(30)),
        product("N-PAN-30", "某网盘超级会员 30 天卡密", PT::Membership, 3000, 2880, "全平台通用", "网盘 会员兑换",
                "30 天超级会员", standard(30, "自发货起 30 天内会员失效可补发或按剩余天数退款")),
        product("G-JZ-VIP", "《九州幻想》30 天尊享会员", PT::Membership, 3000, 2900, "电信一区|网通二区",
                "《九州幻想》充值中心", "30 天尊享会员", standard(15, key15)),
        // Phone top-ups (话费充值).
        product("P-GDYD-100", "广东移动话费充值 100 元", PT::PhoneTopup, 10000, 9900, "广东移动", "中国移动",
                "话费 100 元", standard(7, topup)),
        product("P-ZJDX-50", "浙江电信话费充值 50 元", PT::PhoneTopup, 5000, 4960, "浙江电信", "中国电信",
                "话费 50 元", standard(7, topup)),
        product("P-QGLT-30", "全国联通话费充值 30 元", PT::PhoneTopup, 3000, 2985, "全国联通", "中国联通",
                "话费 30 元", standard(7, topup)),
        product("P-BJYD-200", "北京移动话费充值 200 元", PT::PhoneTopup, 20000, 19800, "北京移动", "中国移动",
                "话费 200 元", standard(7, topup)),
        // Services (代练/代充).
        product("SV-XG-DL", "《峡谷传说》代练 钻石一→星耀一(5 天)", PT::Service, 18000, 17500, "微信区|QQ区",
                "《峡谷传说》", "星耀一", standard(7, "接单起 7 天内未完成约定段位可按进度退款")),
        product("SV-JZ-DC", "《九州幻想》代充 648 元礼包", PT::Service, 64800, 62800, "电信一区|网通二区",
                "《九州幻想》", "648 元礼包", standard(7, "下单后 24 小时内到账,未到账全额退款")),
        product("SV-TY-FB", "《天涯明月》副本代打 10 次(3 天)", PT::Service, 12000, 11500, "全区通用",
                "《天涯明月》", "副本 10 次", standard(7, "接单起 3 天内完成,未完成部分按次数退款")),
        // Other (其他).
        product("O-GIFT-100", "某游戏平台 100 元礼品卡", PT::Other, 10000, 9700, "国区", "游戏平台 钱包",
                "余额 100 元", standard(15, key15)),
        product("O-SHOP-50", "某电商平台 50 元购物卡密", PT::Other, 5000, 4900, "全国通用", "电商平台 礼品卡绑定",
                "余额 50 元", oneTime(7, "一次性验证质保:绑定成功即视为完成质保")),
        product("O-CLOUD-1M", "某云服务器 1 个月兑换码", PT::Other, 8800, 8500, "华东节点|华南节点",
                "云控制台 兑换", "1 个月使用时长", standard(30, key30)),
    };
}

CatalogMerchant shop(const char *id, const char *name, Certification cert, double rate, qint64 depositCents,
                     QList<PT> sells)
{
    return CatalogMerchant{Merchant{u(id), u(name), cert, rate, Money::fromCents(depositCents)}, std::move(sells)};
}

QList<CatalogMerchant> buildMerchants()
{
    using C = Certification;
    const PT G = PT::GameCard, S = PT::ActivationKey, M = PT::Membership, P = PT::PhoneTopup, V = PT::Service,
             O = PT::Other;
    return {
        shop("M2001", "星河点卡店", C::Gold, 0.012, 500000, {G, O}),
        shop("M2002", "极速充值旗舰店", C::Official, 0.004, 3000000, {P, G, M}),
        shop("M2003", "九州游戏卡专营", C::Verified, 0.035, 200000, {G}),
        shop("M2004", "鑫源软件激活中心", C::Verified, 0.048, 150000, {S}),
        shop("M2005", "云端会员小铺", C::None, 0.118, 12000, {M}),
        shop("M2006", "通达话费官方直营店", C::Official, 0.003, 2000000, {P}),
        shop("M2007", "极光游戏卡", C::Gold, 0.009, 800000, {G}),
        shop("M2008", "蓝鲸数码", C::Verified, 0.027, 300000, {S, O}),
        shop("M2009", "小鹿代练工作室", C::None, 0.156, 30000, {V}),
        shop("M2010", "闪电代充", C::None, 0.2, 5000, {V, G}),
        shop("M2011", "乐享影音会员店", C::Gold, 0.015, 600000, {M}),
        shop("M2012", "天天低价卡密", C::None, 0.183, 8000, {G, S, O}),
        shop("M2013", "金牌游戏点卡城", C::Gold, 0.007, 1000000, {G}),
        shop("M2014", "正版软件授权店", C::Official, 0.002, 5000000, {S}),
        shop("M2015", "八方话费充值", C::Verified, 0.041, 250000, {P}),
        shop("M2016", "龙腾点卡批发", C::Verified, 0.033, 180000, {G}),
        shop("M2017", "优品软件商城", C::Gold, 0.011, 700000, {S}),
        shop("M2018", "畅玩会员卡铺", C::Verified, 0.052, 100000, {M}),
        shop("M2019", "王者代练团", C::Verified, 0.066, 120000, {V}),
        shop("M2020", "夜猫子卡密店", C::None, 0.097, 20000, {G, M}),
        shop("M2021", "淘卡小站", C::None, 0.134, 15000, {G, O}),
        shop("M2022", "易充通", C::Gold, 0.013, 900000, {P, M}),
        shop("M2023", "飞鱼数字商城", C::Verified, 0.029, 220000, {S, M, O}),
        shop("M2024", "星辰网游卡专卖", C::Gold, 0.010, 650000, {G}),
        shop("M2025", "福利卡券社", C::None, 0.171, 10000, {O, M}),
        shop("M2026", "天下游戏服务", C::Verified, 0.058, 150000, {V, G}),
        shop("M2027", "安心卡密官方店", C::Official, 0.005, 4000000, {G, S, M}),
        shop("M2028", "速达话费", C::None, 0.089, 26000, {P}),
        shop("M2029", "青柠会员专营", C::Verified, 0.037, 160000, {M}),
        shop("M2030", "大掌柜数码", C::Gold, 0.014, 550000, {S, O}),
        shop("M2031", "老铁点卡", C::None, 0.142, 9000, {G}),
        shop("M2032", "一键激活工坊", C::None, 0.119, 18000, {S}),
        shop("M2033", "影视会员批发部", C::Verified, 0.061, 80000, {M}),
        shop("M2034", "极客云服务", C::Verified, 0.024, 260000, {O, S}),
        shop("M2035", "游侠代肝工作室", C::None, 0.195, 6000, {V}),
        shop("M2036", "满分充值", C::Gold, 0.008, 1200000, {P, G}),
        shop("M2037", "猫咪卡铺", C::None, 0.076, 24000, {G, M}),
        shop("M2038", "华南点卡总汇", C::Verified, 0.031, 350000, {G}),
        shop("M2039", "诚信软件小店", C::None, 0.102, 13000, {S}),
        shop("M2040", "官方直营数字商城", C::Official, 0.001, 8000000, {G, S, M, P, O}),
    };
}

} // namespace

const QList<CatalogProduct> &catalogProducts()
{
    static const QList<CatalogProduct> products = buildProducts();
    return products;
}

const QList<CatalogMerchant> &catalogMerchants()
{
    static const QList<CatalogMerchant> merchants = buildMerchants();
    return merchants;
}

QList<int> productsOfTypes(const QList<ProductType> &types)
{
    QList<int> out;
    const QList<CatalogProduct> &all = catalogProducts();
    for (int i = 0; i < all.size(); ++i) {
        if (types.contains(all.at(i).type))
            out << i;
    }
    return out;
}

QList<int> merchantsSelling(ProductType type)
{
    QList<int> out;
    const QList<CatalogMerchant> &all = catalogMerchants();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).sells.contains(type))
            out << i;
    }
    return out;
}

QString yuan(qint64 cents)
{
    return Money::fromCents(cents).toString();
}

} // namespace wd::seed
