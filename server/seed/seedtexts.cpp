#include "seedtexts.h"

#include <QStringList>

#include <iterator>

namespace wd::seed {

namespace {

using C = Category;

QString fill(const char *utf8, const TextContext &c)
{
    QString s = QString::fromUtf8(utf8);
    s.replace(QStringLiteral("{product}"), c.product)
        .replace(QStringLiteral("{merchant}"), c.merchant)
        .replace(QStringLiteral("{amount}"), c.amount)
        .replace(QStringLiteral("{face}"), c.face)
        .replace(QStringLiteral("{region}"), c.region)
        .replace(QStringLiteral("{other}"), c.other)
        .replace(QStringLiteral("{app}"), c.app)
        .replace(QStringLiteral("{yield}"), c.yield)
        .replace(QStringLiteral("{shortfall}"), c.shortfall)
        .replace(QStringLiteral("{hours}"), QString::number(c.hours))
        .replace(QStringLiteral("{days}"), QString::number(c.days));
    return s;
}

template <size_t N>
QString pick(const char *const (&table)[N], quint64 choice, const TextContext &c)
{
    return fill(table[choice % N], c);
}

// The problem in a few words, for the twist stories that wrap it.
QString problemPhrase(Category category, const TextContext &c)
{
    switch (category) {
    case C::WrongKey: return QStringLiteral("提示卡密与商品不符");
    case C::ExpiredKey: return QStringLiteral("提示卡密已过期");
    case C::AlreadyUsed: return QStringLiteral("提示卡密已被使用");
    case C::NotAsDescribed: return c.regionMismatch ? QStringLiteral("提示只能在%1使用").arg(c.other) : QStringLiteral("到账金额不对");
    case C::PublisherIssue: return QStringLiteral("提示暂停兑换");
    case C::ServiceInterrupted: return QStringLiteral("用了几天就失效了");
    case C::ServiceNotCompleted: return QStringLiteral("一直没完成");
    case C::LateDelivery: return QStringLiteral("拖了很久才发货");
    default: return QStringLiteral("提示卡密无效");
    }
}

QString categoryStory(Category category, const TextContext &c, quint64 k)
{
    switch (category) {
    case C::WrongKey: {
        static const char *const t[] = {
            "买的是{product},商家发来的卡密在{app}提示“卡密与商品不符”,看卡号前缀是别的商品的卡,应该是发错卡密了。",
            "下单{product}({region}),收到的卡密激活不了,客服说卡号格式不对,怀疑商家发错卡密,找商家也不认。",
            "{product}的卡密发错了,页面显示这张卡不适用于当前商品,要求补发正确的卡密。",
            "刚买的{product},激活时提示卡种不符,商家一直说是我输错了,我是复制粘贴的不可能错。"};
        return pick(t, k, c);
    }
    case C::InvalidKey: {
        static const char *const t[] = {
            "{product}激活提示卡密无效,试了好几次都不行,商家不回消息。",
            "刚买的{product},输入卡密提示“卡密无效,请核对后重试”,截图已上传,要求退款 {amount} 元。",
            "卡密激活提示无效!花了 {amount} 买的{product},一次都没用成功,麻烦平台处理一下。",
            "卡密失效了,{app}显示卡密无效,联系商家说让我等,等了一天也没结果。",
            "{product}用不了,提示卡密无效,已经和商家沟通过了,商家推诿说是官方的问题。"};
        return pick(t, k, c);
    }
    case C::ExpiredKey: {
        static const char *const t[] = {
            "买的{product}激活提示“卡密已过期”,这不是销售过期商品吗?要求退款。",
            "{product}使用时系统提示卡密已过期,有效期早就过了,商家还挂在店里卖。",
            "刚下单的卡密就显示过期,商家说不是他们的问题,让我自己找官方。"};
        return pick(t, k, c);
    }
    case C::NotAsDescribed: {
        static const char *const region[] = {
            "商品页写的是{region},买回来充值提示“该卡仅限{other}使用”,跟描述不符,要求退款。",
            "{product}标的{region},实际只能在{other}用,区服和描述不一样,我的号在{region}根本用不了。"};
        static const char *const face[] = {
            "商品页写{product},面值 {face} 元,充进去只到账 {shortfall},明显与描述不符。",
            "买的是 {face} 元面值的{product},结果到账 {shortfall},跟商品描述不符,商家说以到账为准。"};
        return c.regionMismatch ? pick(region, k, c) : pick(face, k, c);
    }
    case C::AlreadyUsed: {
        static const char *const t[] = {
            "卡密提示已被使用,我刚买的根本没用过,怀疑商家一卡多卖。",
            "买的{product}第一次输入就提示“该卡密已被使用”,{merchant}说发出去就不管了。",
            "{product}输入后显示已使用,我的账号没有任何到账记录,要求补发。"};
        return pick(t, k, c);
    }
    case C::LateDelivery: {
        static const char *const late[] = {
            "商品页承诺 10 分钟内发货,实际 {hours} 小时后才发卡密,错过了游戏内限时活动,要求退款。",
            "付款后等了 {hours} 个小时才收到卡密,商家一直说在补货,延迟交付耽误我用了。",
            "下单{product}写着自动发货,结果隔了 {hours} 小时才发,急用的时候找不到人。"};
        static const char *const never[] = {
            "付款已经 {hours} 个小时了,{merchant}还没发货,问了几次都说马上,到现在也没有卡密。",
            "{product}一直显示待发货,{hours} 小时了还没发,商家说缺货又不给退款。"};
        return c.delivered ? pick(late, k, c) : pick(never, k, c);
    }
    case C::ServiceInterrupted: {
        static const char *const t[] = {
            "购买的“{product}”,激活后仅使用 {days} 天便失效,联系商家后商家推诿责任,申请平台介入,要求退款或补发。",
            "{product}开通后用了 {days} 天就被回收了,提示会员已失效,商家说是官方封的跟他们无关。",
            "会员卡密激活成功,第 {days} 天突然掉了会员,商家让我找官方,官方说卡的来源违规。要求退款。"};
        return pick(t, k, c);
    }
    case C::ServiceNotCompleted: {
        static const char *const t[] = {
            "下单{product},商家承诺按时完成,到期只完成了一半,商家不再上线,承诺的服务未兑现,要求按未完成部分退款。",
            "代练说好的时间早过了还没完成,段位还掉了,联系商家一直说再等等。",
            "{product}付了 {amount} 元,商家接单后就没动静了,承诺的服务没有兑现。"};
        return pick(t, k, c);
    }
    case C::ExtractionFailure: {
        static const char *const t[] = {
            "付款成功后去提取卡密一直提示“系统维护中”,维护时间过了还是提取不了。",
            "{product}卡密提取失败,页面显示系统维护,过了好几个小时还是提不出来。",
            "平台公告说凌晨维护,我按时去提取卡密仍然失败,钱扣了东西拿不到。"};
        return pick(t, k, c);
    }
    case C::PaidNotDelivered: {
        static const char *const t[] = {
            "支付成功但系统显示“订单处理中”长达 {hours} 小时,卡密一直没有到账。",
            "在平台购买{product},钱已经扣了,订单一直处理中,{hours} 个小时了还没到账。",
            "已付款 {amount} 元,平台订单还是“处理中”,客服说在排查,已经等了一天多。"};
        return pick(t, k, c);
    }
    case C::DuplicateCharge: {
        static const char *const t[] = {
            "买{product}同一笔订单被扣了两次款(各 {amount} 元),疑似支付接口故障重复扣款,要求退还多扣的钱。",
            "付款时页面卡了一下,结果扣了我两次 {amount},订单只有一个,请退还重复扣款。",
            "对账发现同一订单扣款两次,支付记录截图已上传,请平台核实退款。"};
        return pick(t, k, c);
    }
    case C::OrderStuck: {
        static const char *const t[] = {
            "商家已发货,但订单状态被系统回滚成“待发货”,卡密页面看不到,商家说已发无法再发。",
            "订单状态异常,一直显示“交易关闭”,可我明明付款成功了,商家那边显示已发货。",
            "{product}订单显示“已退款”但钱没退回来,卡密也看不到了,订单状态明显不对。"};
        return pick(t, k, c);
    }
    case C::AccountDataLoss: {
        static const char *const t[] = {
            "今天登录发现“已购卡密”列表清空,账户余额也没了,看到平台公告才知道是数据库故障。",
            "账户里之前买的{product}记录全没了,还没来得及激活,平台说系统故障,请帮忙恢复。",
            "账号数据丢失,订单记录、卡密都没了,一开始以为是自己误删,客服说是服务器出了问题。"};
        return pick(t, k, c);
    }
    case C::CarrierDelay: {
        static const char *const t[] = {
            "充值 {face} 元话费,平台显示已提交运营商,{hours} 小时了仍未到账。",
            "{product}一直在充值中,客服说运营商系统故障导致话费充值延迟,要等多久?",
            "话费显示已提交,但手机没收到到账短信,已经 {hours} 个小时了,着急用。"};
        return pick(t, k, c);
    }
    case C::PublisherIssue: {
        static const char *const t[] = {
            "{app}今天版本更新,兑换时提示“版本更新期间暂停兑换”,已经好几个小时了还是用不了。",
            "游戏官方更新后卡密暂时无法使用,提示服务器维护,请问什么时候能用?不行就退款。",
            "{product}输入卡密提示“充值服务升级中”,官方公告说在更新,想问平台能不能帮忙协调。"};
        return pick(t, k, c);
    }
    }
    return QString();
}

} // namespace

TextContext TextContext::generic(Category category)
{
    TextContext c;
    c.product = QStringLiteral("这个商品");
    c.merchant = QStringLiteral("本店");
    c.amount = QStringLiteral("**");
    c.face = QStringLiteral("**");
    c.region = QStringLiteral("本区");
    c.other = QStringLiteral("其他区");
    c.app = QStringLiteral("官方");
    c.yield = QStringLiteral("对应面值");
    c.shortfall = QStringLiteral("一部分");
    c.hours = 24;
    c.days = 3;
    c.regionMismatch = category == Category::NotAsDescribed;
    return c;
}

QString description(Category category, Twist twist, const TextContext &c, quint64 story, SeedRng &rng)
{
    QString body;
    if (twist == Twist::AfterWarranty) {
        static const char *const t[] = {
            "{days} 天前买的{product}一直没用,今天才想起来充值,%1,要求商家补发。",
            "之前买的{product}放着没用,今天拿出来激活%1,商家说过了质保期不管,这合理吗?",
            "买了{product}想着过几天再用,结果今天一试%1,要求退款 {amount} 元。"};
        body = pick(t, rng.next(), c).arg(problemPhrase(category, c));
    } else if (twist == Twist::OffPlatform) {
        static const char *const t[] = {
            "{product}%1,{merchant}让我加微信私聊,说私下转 10 元差价就给换新的,转账后还是不行,现在把我拉黑了。",
            "买的{product}%1,商家拉我到 QQ 上处理,让我私下转账补差价,钱转了人就不回了,想请平台帮忙追回。",
            "{product}%1,商家说走平台处理太慢,让我加微信直接转账解决,结果钱转了问题也没解决,求平台处理。"};
        body = pick(t, rng.next(), c).arg(problemPhrase(category, c));
    } else {
        body = categoryStory(category, c, story);
    }

    static const char *const prefixes[] = {"客服你好,", "急!", "你好,", "麻烦看一下:", "平台客服:"};
    static const char *const suffixes[] = {"麻烦尽快处理,谢谢。", "已经联系商家两天了没人理。", "订单截图在附件里。",
                                           "希望平台给个说法。", "不处理的话我就去 12315 投诉了。",
                                           "要求退款或者补发。"};
    if (rng.chance(300))
        body.prepend(QString::fromUtf8(prefixes[rng.index(std::size(prefixes))]));
    if (rng.chance(400))
        body.append(QString::fromUtf8(suffixes[rng.index(std::size(suffixes))]));
    return body;
}

QString failureMessage(Category category, const TextContext &c, quint64 k)
{
    switch (category) {
    case C::WrongKey: {
        static const char *const t[] = {"卡密与商品不符,请核对后重试", "该卡密不适用于当前产品", "卡种不匹配"};
        return pick(t, k, c);
    }
    case C::ExpiredKey: {
        static const char *const t[] = {"卡密已过期", "该卡已超过有效期,无法充值"};
        return pick(t, k, c);
    }
    case C::NotAsDescribed:
        return c.regionMismatch ? fill("该卡仅限{other}使用", c) : fill("充值成功,到账 {shortfall}", c);
    case C::AlreadyUsed: {
        static const char *const t[] = {"该卡密已被使用", "卡密已被使用,请勿重复充值"};
        return pick(t, k, c);
    }
    case C::PublisherIssue: {
        static const char *const t[] = {"版本更新期间暂停兑换", "充值服务升级中,请稍后再试", "服务器维护中,暂停点卡充值"};
        return pick(t, k, c);
    }
    default: {
        static const char *const t[] = {"卡密无效,请核对后重试", "卡密无效", "充值失败:卡号或密码错误"};
        return pick(t, k, c);
    }
    }
}

QList<art::ChatLine> chatScript(Category category, Twist twist, const TextContext &c, quint64 choice)
{
    const quint64 k0 = choice, k1 = choice / 2, k2 = choice / 4, k3 = choice / 8;
    QList<art::ChatLine> lines;
    auto customer = [&](const QString &text) { lines << art::ChatLine{true, QString(), text}; };
    auto shop = [&](const QString &text) { lines << art::ChatLine{false, QString(), text}; };

    if (twist == Twist::OffPlatform) {
        // The WeChat conversation after the merchant moved the talks off the platform.
        customer(QStringLiteral("加上了,东西还是有问题,怎么处理?"));
        shop(QStringLiteral("平台处理太慢,你私下转我 10 块差价,我直接给你换新的"));
        customer(QStringLiteral("好,已经转账了,截图发你"));
        shop(QStringLiteral("收到,新的马上发你"));
        static const char *const after[] = {"新的也不行啊?你看一下", "怎么不回消息了?把我拉黑了?"};
        customer(pick(after, k0, c));
        return lines;
    }

    switch (categoryGroup(category)) {
    case CategoryGroup::ProductDefect: {
        static const char *const open[] = {"你好,我刚买的{product}%1,麻烦看一下", "老板,{product}%1,怎么回事?"};
        customer(pick(open, k0, c).arg(problemPhrase(category, c)));
        static const char *const reply[] = {"亲,我们的卡都是正规渠道拿的,你是不是输错了?",
                                            "卡是上游供货商给的,有问题你去找游戏官方",
                                            "系统显示你已经提取过了,提取了就不退不换哦"};
        shop(pick(reply, k1, c));
        static const char *const follow[] = {"我是复制粘贴的,试了三次都不行,截图发你了",
                                             "这是你们卖的卡啊,怎么能让我自己去找官方?"};
        customer(pick(follow, k2, c));
        if (twist == Twist::AfterWarranty)
            shop(QStringLiteral("亲,商品页写得很清楚,已经过了质保期了哦"));
        else if (c.oneTime)
            shop(QStringLiteral("亲,这个是一次性验证质保,激活成功过就算完成质保了"));
        else {
            static const char *const close[] = {"我问下供货商,你等着吧", "说了不是我们的问题", "嗯"};
            shop(pick(close, k3, c));
        }
        break;
    }
    case CategoryGroup::MerchantFulfillment: {
        if (category == C::LateDelivery) {
            customer(QStringLiteral("付款好久了怎么还不发货?"));
            shop(QStringLiteral("亲,在补货了,稍等"));
            customer(fill("已经 {hours} 个小时了,写的是 10 分钟内发货", c));
            static const char *const close[] = {"今天一定发", "上游缺货,没办法", "急的话你去别家买吧"};
            shop(pick(close, k1, c));
        } else if (category == C::ServiceInterrupted) {
            customer(fill("{product}用了 {days} 天就失效了,提示会员已被回收", c));
            static const char *const reply[] = {"会员是官方的问题,跟我们没关系,你去找官方",
                                                "我们卡都是正常的,可能是你账号被风控了"};
            shop(pick(reply, k0, c));
            customer(QStringLiteral("卡是你们卖的,要么补发要么退款"));
            shop(c.oneTime ? QStringLiteral("亲,一次性验证的,开通成功就算完成质保了,这个真没办法")
                           : QStringLiteral("你找平台吧,我们也没办法"));
        } else {
            customer(fill("{product}说好的时间到了,怎么还没完成?", c));
            static const char *const reply[] = {"代练师傅这两天生病了,再等两天", "在打了在打了,最近排位不好上"};
            shop(pick(reply, k0, c));
            customer(QStringLiteral("已经超时了,没完成的部分退款吧"));
            static const char *const close[] = {"退不了,已经打了一部分了", "嗯"};
            shop(pick(close, k1, c));
        }
        break;
    }
    case CategoryGroup::PlatformFault:
        customer(QStringLiteral("我的订单有问题,卡密拿不到"));
        shop(QStringLiteral("亲,我们这边显示正常发货了,这个是平台系统的问题,你找平台客服"));
        customer(QStringLiteral("好吧,那我去找平台"));
        break;
    case CategoryGroup::ThirdParty: {
        customer(fill("{product}一直用不了,什么情况?", c));
        static const char *const reply[] = {"官方那边在处理,耐心等待", "运营商系统故障,不是我们的问题"};
        shop(pick(reply, k0, c));
        customer(QStringLiteral("要等多久?能不能先退款"));
        shop(QStringLiteral("不清楚,等通知吧"));
        break;
    }
    }
    return lines;
}

QString internalNote(Category category, Twist twist, quint64 k)
{
    switch (twist) {
    case Twist::FirstActivationSucceeded:
        return QStringLiteral("发行商日志显示买家首次充值成功,之后才提示已使用,与“卡密无效”的描述不符,需人工核实。");
    case Twist::ActivatedByOther:
        return QStringLiteral("卡密在买家之前已被其他账号兑换(IP 不同),疑似一卡多卖,已联系商家核实供货渠道。");
    case Twist::AfterWarranty:
        return QStringLiteral("投诉时间已超过商品公示的质保期,先核对发货时间再答复买家。");
    case Twist::OffPlatform:
        return QStringLiteral("买家自述私下转账交易,不在平台保障范围内,注意安抚并提示防骗。");
    case Twist::None:
        break;
    }
    if (categoryGroup(category) == CategoryGroup::ThirdParty)
        return QStringLiteral("已提交第三方协调,等待对方回复处理进度。");
    static const char *const t[] = {"已电话联系买家,确认问题属实,等待补充证据。", "已联系商家核实,商家 24 小时内未回复。",
                                    "同类投诉今天第三起,留意该商家。"};
    return QString::fromUtf8(t[k % std::size(t)]);
}

QString duplicateImageNote()
{
    return QStringLiteral("附件截图与其他买家工单中的截图完全相同(哈希一致),疑似盗用他人截图,需核实。");
}

} // namespace wd::seed
