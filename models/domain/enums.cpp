#include "enums.h"

namespace wd {

CategoryGroup categoryGroup(Category category)
{
    switch (category) {
    case Category::WrongKey:
    case Category::InvalidKey:
    case Category::ExpiredKey:
    case Category::NotAsDescribed:
    case Category::AlreadyUsed:
        return CategoryGroup::ProductDefect;
    case Category::LateDelivery:
    case Category::ServiceInterrupted:
    case Category::ServiceNotCompleted:
        return CategoryGroup::MerchantFulfillment;
    case Category::ExtractionFailure:
    case Category::PaidNotDelivered:
    case Category::DuplicateCharge:
    case Category::OrderStuck:
    case Category::AccountDataLoss:
        return CategoryGroup::PlatformFault;
    case Category::CarrierDelay:
    case Category::PublisherIssue:
        return CategoryGroup::ThirdParty;
    }
    return CategoryGroup::ProductDefect;
}

QString categoryLabelZh(Category category)
{
    switch (category) {
    case Category::WrongKey: return QStringLiteral("卡密错误");
    case Category::InvalidKey: return QStringLiteral("卡密无效");
    case Category::ExpiredKey: return QStringLiteral("销售过期商品");
    case Category::NotAsDescribed: return QStringLiteral("与描述不符");
    case Category::AlreadyUsed: return QStringLiteral("卡密已被使用");
    case Category::LateDelivery: return QStringLiteral("延迟交付");
    case Category::ServiceInterrupted: return QStringLiteral("服务中断");
    case Category::ServiceNotCompleted: return QStringLiteral("承诺服务未兑现");
    case Category::ExtractionFailure: return QStringLiteral("卡密无法提取");
    case Category::PaidNotDelivered: return QStringLiteral("支付成功未到账");
    case Category::DuplicateCharge: return QStringLiteral("重复扣款");
    case Category::OrderStuck: return QStringLiteral("订单状态异常");
    case Category::AccountDataLoss: return QStringLiteral("账户信息丢失");
    case Category::CarrierDelay: return QStringLiteral("运营商充值延迟");
    case Category::PublisherIssue: return QStringLiteral("游戏官方更新");
    }
    return {};
}

QString liablePartyLabelZh(LiableParty party)
{
    switch (party) {
    case LiableParty::Merchant: return QStringLiteral("商家");
    case LiableParty::Platform: return QStringLiteral("平台");
    case LiableParty::ThirdParty: return QStringLiteral("第三方");
    case LiableParty::Customer: return QStringLiteral("用户自担");
    }
    return {};
}

QString remedyLabelZh(Remedy remedy)
{
    switch (remedy) {
    case Remedy::ReissueKey: return QStringLiteral("补发卡密");
    case Remedy::Refund: return QStringLiteral("退款");
    case Remedy::PartialRefund: return QStringLiteral("部分退款");
    case Remedy::DepositPayout: return QStringLiteral("保证金先行赔付");
    case Remedy::Deliver: return QStringLiteral("补发货");
    case Remedy::Compensation: return QStringLiteral("补偿(代金券/积分/会员升级)");
    case Remedy::RestoreAccount: return QStringLiteral("恢复账户");
    case Remedy::CoordinateThirdParty: return QStringLiteral("协调第三方");
    case Remedy::Reject: return QStringLiteral("驳回");
    }
    return {};
}

QString evidenceKindLabelZh(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::OrderDetails: return QStringLiteral("订单详情");
    case EvidenceKind::KeyUsageRecord: return QStringLiteral("卡密使用记录");
    case EvidenceKind::CommunicationRecord: return QStringLiteral("与商家沟通记录");
    case EvidenceKind::PaymentRecord: return QStringLiteral("支付记录");
    case EvidenceKind::Screenshot: return QStringLiteral("截图");
    case EvidenceKind::ChatLog: return QStringLiteral("聊天记录");
    case EvidenceKind::Other: return QStringLiteral("其他");
    }
    return {};
}

QString stepLabelZh(Step step)
{
    switch (step) {
    case Step::Feedback: return QStringLiteral("问题反馈");
    case Step::Evidence: return QStringLiteral("证据提交");
    case Step::Review: return QStringLiteral("平台审核");
    case Step::Verdict: return QStringLiteral("责任判定");
    case Step::Execution: return QStringLiteral("结果执行");
    case Step::Closed: return QStringLiteral("已结案");
    case Step::AppealReview: return QStringLiteral("结果复核");
    }
    return {};
}

} // namespace wd
