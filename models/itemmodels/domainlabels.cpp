#include "domainlabels.h"

namespace wd {

QString DomainLabels::label(Category value)
{
    switch (value) {
    //: 卡密错误 / 发错卡密
    case Category::WrongKey: return tr("Wrong key");
    //: 卡密无效、失效
    case Category::InvalidKey: return tr("Invalid key");
    //: 销售过期商品
    case Category::ExpiredKey: return tr("Expired goods sold");
    //: 与描述不符
    case Category::NotAsDescribed: return tr("Not as described");
    //: 卡密已被使用
    case Category::AlreadyUsed: return tr("Key already used");
    //: 虚拟商品延迟交付
    case Category::LateDelivery: return tr("Late delivery");
    //: 服务中断
    case Category::ServiceInterrupted: return tr("Service interrupted");
    //: 承诺服务未兑现
    case Category::ServiceNotCompleted: return tr("Service not completed");
    //: 卡密无法提取
    case Category::ExtractionFailure: return tr("Key extraction failed");
    //: 支付成功但未到账
    case Category::PaidNotDelivered: return tr("Paid but not delivered");
    //: 重复扣款
    case Category::DuplicateCharge: return tr("Duplicate charge");
    //: 订单状态异常
    case Category::OrderStuck: return tr("Order stuck");
    //: 账户信息丢失
    case Category::AccountDataLoss: return tr("Account data lost");
    //: 运营商充值延迟
    case Category::CarrierDelay: return tr("Carrier top-up delay");
    //: 游戏官方更新导致无法使用
    case Category::PublisherIssue: return tr("Publisher issue");
    }
    return {};
}

QString DomainLabels::label(CategoryGroup value)
{
    switch (value) {
    //: 商品问题
    case CategoryGroup::ProductDefect: return tr("Product defect");
    //: 商家履约
    case CategoryGroup::MerchantFulfillment: return tr("Merchant fulfilment");
    //: 平台故障
    case CategoryGroup::PlatformFault: return tr("Platform fault");
    //: 第三方
    case CategoryGroup::ThirdParty: return tr("Third party");
    }
    return {};
}

QString DomainLabels::label(LiableParty value)
{
    switch (value) {
    //: 商家
    case LiableParty::Merchant: return tr("Merchant");
    //: 平台
    case LiableParty::Platform: return tr("Platform");
    //: 第三方
    case LiableParty::ThirdParty: return tr("Third party");
    //: 用户自担
    case LiableParty::Customer: return tr("Customer (not covered)");
    }
    return {};
}

QString DomainLabels::label(ProductType value)
{
    switch (value) {
    //: 游戏点卡
    case ProductType::GameCard: return tr("Game point card");
    //: 软件激活码
    case ProductType::ActivationKey: return tr("Activation key");
    //: 会员卡
    case ProductType::Membership: return tr("Membership");
    //: 话费充值
    case ProductType::PhoneTopup: return tr("Phone top-up");
    //: 代练/代充服务
    case ProductType::Service: return tr("Service");
    //: 其他
    case ProductType::Other: return tr("Other");
    }
    return {};
}

QString DomainLabels::label(PaymentStatus value)
{
    switch (value) {
    //: 待支付
    case PaymentStatus::Pending: return tr("Pending", "payment status");
    //: 已支付
    case PaymentStatus::Paid: return tr("Paid", "payment status");
    //: 支付失败
    case PaymentStatus::Failed: return tr("Failed", "payment status");
    //: 已退款
    case PaymentStatus::Refunded: return tr("Refunded", "payment status");
    //: 部分退款
    case PaymentStatus::PartiallyRefunded: return tr("Partially refunded", "payment status");
    }
    return {};
}

QString DomainLabels::label(DeliveryStatus value)
{
    switch (value) {
    //: 待发货
    case DeliveryStatus::Pending: return tr("Pending", "delivery status");
    //: 处理中
    case DeliveryStatus::Processing: return tr("Processing", "delivery status");
    //: 已发货
    case DeliveryStatus::Delivered: return tr("Delivered", "delivery status");
    //: 发货失败
    case DeliveryStatus::Failed: return tr("Failed", "delivery status");
    //: 已取消
    case DeliveryStatus::Cancelled: return tr("Cancelled", "delivery status");
    }
    return {};
}

QString DomainLabels::label(PolicyMode value)
{
    switch (value) {
    //: 标准质保
    case PolicyMode::Standard: return tr("Standard warranty");
    //: 一次性验证质保
    case PolicyMode::OneTimeVerification: return tr("One-time verification");
    }
    return {};
}

QString DomainLabels::label(Certification value)
{
    switch (value) {
    //: 未认证
    case Certification::None: return tr("Not certified");
    //: 已认证
    case Certification::Verified: return tr("Verified");
    //: 金牌商家
    case Certification::Gold: return tr("Gold merchant");
    //: 官方直营
    case Certification::Official: return tr("Official store");
    }
    return {};
}

QString DomainLabels::label(KeyEventType value)
{
    switch (value) {
    //: 发货
    case KeyEventType::Delivered: return tr("Delivered", "key log event");
    //: 提取
    case KeyEventType::Extracted: return tr("Extracted", "key log event");
    //: 激活尝试
    case KeyEventType::ActivationAttempt: return tr("Activation attempt", "key log event");
    //: 兑换
    case KeyEventType::Redeemed: return tr("Redeemed", "key log event");
    //: 补发
    case KeyEventType::Reissued: return tr("Reissued", "key log event");
    //: 退款
    case KeyEventType::Refunded: return tr("Refunded", "key log event");
    //: 作废
    case KeyEventType::Revoked: return tr("Revoked", "key log event");
    }
    return {};
}

QString DomainLabels::label(KeyResult value)
{
    switch (value) {
    //: 成功
    case KeyResult::Success: return tr("Success");
    //: 无效
    case KeyResult::Invalid: return tr("Invalid");
    //: 已过期
    case KeyResult::Expired: return tr("Expired");
    //: 已被使用
    case KeyResult::AlreadyUsed: return tr("Already used");
    //: 区服不符
    case KeyResult::RegionMismatch: return tr("Region mismatch");
    //: 系统错误
    case KeyResult::SystemError: return tr("System error");
    }
    return {};
}

QString DomainLabels::label(EventSource value)
{
    switch (value) {
    //: 平台
    case EventSource::Platform: return tr("Platform");
    //: 商家
    case EventSource::Merchant: return tr("Merchant");
    //: 发行商
    case EventSource::Publisher: return tr("Publisher");
    //: 运营商
    case EventSource::Carrier: return tr("Carrier");
    //: 买家
    case EventSource::Customer: return tr("Customer");
    }
    return {};
}

QString DomainLabels::label(EvidenceSource value)
{
    switch (value) {
    //: 买家
    case EvidenceSource::Customer: return tr("Customer");
    //: 商家
    case EvidenceSource::Merchant: return tr("Merchant");
    //: 平台
    case EvidenceSource::Platform: return tr("Platform");
    //: 发行商
    case EvidenceSource::Publisher: return tr("Publisher");
    //: 运营商
    case EvidenceSource::Carrier: return tr("Carrier");
    //: 客服
    case EvidenceSource::Agent: return tr("Agent");
    }
    return {};
}

QString DomainLabels::label(PlatformEventType value)
{
    switch (value) {
    //: 系统维护
    case PlatformEventType::Maintenance: return tr("Maintenance");
    //: 系统故障
    case PlatformEventType::Outage: return tr("Outage");
    //: 支付回调
    case PlatformEventType::PaymentCallback: return tr("Payment callback");
    //: 订单状态变更
    case PlatformEventType::OrderState: return tr("Order state change");
    }
    return {};
}

QString DomainLabels::label(EvidenceKind value)
{
    switch (value) {
    //: 订单详情
    case EvidenceKind::OrderDetails: return tr("Order details");
    //: 卡密使用记录
    case EvidenceKind::KeyUsageRecord: return tr("Key usage record");
    //: 与商家沟通记录
    case EvidenceKind::CommunicationRecord: return tr("Communication with merchant");
    //: 支付记录
    case EvidenceKind::PaymentRecord: return tr("Payment record");
    //: 截图
    case EvidenceKind::Screenshot: return tr("Screenshot");
    //: 聊天记录
    case EvidenceKind::ChatLog: return tr("Chat log");
    //: 其他
    case EvidenceKind::Other: return tr("Other");
    }
    return {};
}

QString DomainLabels::label(Remedy value)
{
    switch (value) {
    //: 补发卡密
    case Remedy::ReissueKey: return tr("Reissue key");
    //: 退款
    case Remedy::Refund: return tr("Refund");
    //: 部分退款
    case Remedy::PartialRefund: return tr("Partial refund");
    //: 保证金先行赔付
    case Remedy::DepositPayout: return tr("Pay out of deposit");
    //: 补发货
    case Remedy::Deliver: return tr("Deliver");
    //: 补偿(代金券/积分/会员升级)
    case Remedy::Compensation: return tr("Compensation");
    //: 恢复账户
    case Remedy::RestoreAccount: return tr("Restore account");
    //: 协调第三方
    case Remedy::CoordinateThirdParty: return tr("Coordinate with third party");
    //: 驳回
    case Remedy::Reject: return tr("Reject");
    }
    return {};
}

QString DomainLabels::label(Step value)
{
    switch (value) {
    //: 问题反馈
    case Step::Feedback: return tr("Feedback");
    //: 证据提交
    case Step::Evidence: return tr("Evidence");
    //: 平台审核
    case Step::Review: return tr("Review");
    //: 责任判定
    case Step::Verdict: return tr("Verdict");
    //: 结果执行
    case Step::Execution: return tr("Execution");
    //: 已结案
    case Step::Closed: return tr("Closed");
    //: 结果复核
    case Step::AppealReview: return tr("Appeal review");
    }
    return {};
}

QString DomainLabels::label(Status value)
{
    switch (value) {
    //: 待处理
    case Status::Open: return tr("Open");
    //: 等待买家
    case Status::AwaitingCustomer: return tr("Awaiting customer");
    //: 处理中
    case Status::InProgress: return tr("In progress");
    //: 待审批
    case Status::AwaitingApproval: return tr("Awaiting approval");
    //: 已结案
    case Status::Closed: return tr("Closed");
    //: 复核中
    case Status::Appealed: return tr("Appealed");
    }
    return {};
}

QString DomainLabels::label(Role value)
{
    switch (value) {
    //: 客服
    case Role::Agent: return tr("Agent");
    //: 主管
    case Role::Supervisor: return tr("Supervisor");
    //: 管理员
    case Role::Admin: return tr("Administrator");
    }
    return {};
}

QString DomainLabels::label(NoteKind value)
{
    switch (value) {
    //: 内部备注
    case NoteKind::Internal: return tr("Internal note");
    //: 买家可见
    case NoteKind::Customer: return tr("Message to customer");
    //: 审核意见
    case NoteKind::Review: return tr("Review note");
    }
    return {};
}

QString DomainLabels::label(Appellant value)
{
    switch (value) {
    //: 买家
    case Appellant::Customer: return tr("Customer");
    //: 商家
    case Appellant::Merchant: return tr("Merchant");
    }
    return {};
}

QString DomainLabels::label(AppealOutcome value)
{
    switch (value) {
    //: 维持原判
    case AppealOutcome::Uphold: return tr("Uphold");
    //: 撤销原判
    case AppealOutcome::Overturn: return tr("Overturn");
    //: 变更判定
    case AppealOutcome::Amend: return tr("Amend");
    }
    return {};
}

QString DomainLabels::categoryWithGroup(Category value)
{
    //: category (group), e.g. 卡密无效(商品问题)
    return tr("%1 (%2)").arg(label(value), label(wd::categoryGroup(value)));
}

} // namespace wd
