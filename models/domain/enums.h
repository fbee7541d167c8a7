#pragma once
// The closed vocabularies of the domain contract, with their exact JSON names.
// Every enum has a table (value, JSON name); parsing an unknown name yields std::nullopt
// so the codec can report it with the field path.

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <iterator>
#include <optional>
#include <utility>

namespace wd {

enum class Category {
    WrongKey, InvalidKey, ExpiredKey, NotAsDescribed, AlreadyUsed,
    LateDelivery, ServiceInterrupted, ServiceNotCompleted,
    ExtractionFailure, PaidNotDelivered, DuplicateCharge, OrderStuck, AccountDataLoss,
    CarrierDelay, PublisherIssue,
};
enum class CategoryGroup { ProductDefect, MerchantFulfillment, PlatformFault, ThirdParty };
enum class LiableParty { Merchant, Platform, ThirdParty, Customer };
enum class ProductType { GameCard, ActivationKey, Membership, PhoneTopup, Service, Other };
enum class PaymentStatus { Pending, Paid, Failed, Refunded, PartiallyRefunded };
enum class DeliveryStatus { Pending, Processing, Delivered, Failed, Cancelled };
enum class PolicyMode { Standard, OneTimeVerification };
enum class Certification { None, Verified, Gold, Official };
enum class KeyEventType { Delivered, Extracted, ActivationAttempt, Redeemed, Reissued, Refunded, Revoked };
enum class KeyResult { Success, Invalid, Expired, AlreadyUsed, RegionMismatch, SystemError };
enum class EventSource { Platform, Merchant, Publisher, Carrier, Customer };
enum class EvidenceSource { Customer, Merchant, Platform, Publisher, Carrier, Agent };
enum class PlatformEventType { Maintenance, Outage, PaymentCallback, OrderState };
enum class EvidenceKind { OrderDetails, KeyUsageRecord, CommunicationRecord, PaymentRecord, Screenshot, ChatLog, Other };
enum class Remedy {
    ReissueKey, Refund, PartialRefund, DepositPayout, Deliver, Compensation, RestoreAccount,
    CoordinateThirdParty, Reject,
};
enum class Step { Feedback, Evidence, Review, Verdict, Execution, Closed, AppealReview };
enum class Status { Open, AwaitingCustomer, InProgress, AwaitingApproval, Closed, Appealed };
enum class Role { Agent, Supervisor, Admin };
enum class NoteKind { Internal, Customer, Review };
enum class Appellant { Customer, Merchant };
enum class AppealOutcome { Uphold, Overturn, Amend };

template <typename E>
struct EnumEntry
{
    E value;
    const char *name;
};

template <typename E>
struct EnumTraits; // specialised below: `entries` (array of EnumEntry<E>) and `what` (a noun for errors)

#define WD_ENUM_TRAITS(Type, What, ...)                                                                      \
    template <>                                                                                              \
    struct EnumTraits<Type>                                                                                  \
    {                                                                                                        \
        static constexpr const char *what = What;                                                            \
        static constexpr EnumEntry<Type> entries[] = {__VA_ARGS__};                                          \
    };

WD_ENUM_TRAITS(Category, "category",
               {Category::WrongKey, "product_defect.wrong_key"},
               {Category::InvalidKey, "product_defect.invalid_key"},
               {Category::ExpiredKey, "product_defect.expired_key"},
               {Category::NotAsDescribed, "product_defect.not_as_described"},
               {Category::AlreadyUsed, "product_defect.already_used"},
               {Category::LateDelivery, "merchant_fulfillment.late_delivery"},
               {Category::ServiceInterrupted, "merchant_fulfillment.service_interrupted"},
               {Category::ServiceNotCompleted, "merchant_fulfillment.service_not_completed"},
               {Category::ExtractionFailure, "platform_fault.extraction_failure"},
               {Category::PaidNotDelivered, "platform_fault.paid_not_delivered"},
               {Category::DuplicateCharge, "platform_fault.duplicate_charge"},
               {Category::OrderStuck, "platform_fault.order_stuck"},
               {Category::AccountDataLoss, "platform_fault.account_data_loss"},
               {Category::CarrierDelay, "third_party.carrier_delay"},
               {Category::PublisherIssue, "third_party.publisher_issue"})
WD_ENUM_TRAITS(CategoryGroup, "category group",
               {CategoryGroup::ProductDefect, "product_defect"},
               {CategoryGroup::MerchantFulfillment, "merchant_fulfillment"},
               {CategoryGroup::PlatformFault, "platform_fault"},
               {CategoryGroup::ThirdParty, "third_party"})
WD_ENUM_TRAITS(LiableParty, "liable party",
               {LiableParty::Merchant, "merchant"},
               {LiableParty::Platform, "platform"},
               {LiableParty::ThirdParty, "third_party"},
               {LiableParty::Customer, "customer"})
WD_ENUM_TRAITS(ProductType, "product type",
               {ProductType::GameCard, "game_card"},
               {ProductType::ActivationKey, "activation_key"},
               {ProductType::Membership, "membership"},
               {ProductType::PhoneTopup, "phone_topup"},
               {ProductType::Service, "service"},
               {ProductType::Other, "other"})
WD_ENUM_TRAITS(PaymentStatus, "payment status",
               {PaymentStatus::Pending, "pending"},
               {PaymentStatus::Paid, "paid"},
               {PaymentStatus::Failed, "failed"},
               {PaymentStatus::Refunded, "refunded"},
               {PaymentStatus::PartiallyRefunded, "partially_refunded"})
WD_ENUM_TRAITS(DeliveryStatus, "delivery status",
               {DeliveryStatus::Pending, "pending"},
               {DeliveryStatus::Processing, "processing"},
               {DeliveryStatus::Delivered, "delivered"},
               {DeliveryStatus::Failed, "failed"},
               {DeliveryStatus::Cancelled, "cancelled"})
WD_ENUM_TRAITS(PolicyMode, "warranty mode",
               {PolicyMode::Standard, "standard"},
               {PolicyMode::OneTimeVerification, "one_time_verification"})
WD_ENUM_TRAITS(Certification, "certification",
               {Certification::None, "none"},
               {Certification::Verified, "verified"},
               {Certification::Gold, "gold"},
               {Certification::Official, "official"})
WD_ENUM_TRAITS(KeyEventType, "key event type",
               {KeyEventType::Delivered, "delivered"},
               {KeyEventType::Extracted, "extracted"},
               {KeyEventType::ActivationAttempt, "activation_attempt"},
               {KeyEventType::Redeemed, "redeemed"},
               {KeyEventType::Reissued, "reissued"},
               {KeyEventType::Refunded, "refunded"},
               {KeyEventType::Revoked, "revoked"})
WD_ENUM_TRAITS(KeyResult, "key event result",
               {KeyResult::Success, "success"},
               {KeyResult::Invalid, "invalid"},
               {KeyResult::Expired, "expired"},
               {KeyResult::AlreadyUsed, "already_used"},
               {KeyResult::RegionMismatch, "region_mismatch"},
               {KeyResult::SystemError, "system_error"})
WD_ENUM_TRAITS(EventSource, "event source",
               {EventSource::Platform, "platform"},
               {EventSource::Merchant, "merchant"},
               {EventSource::Publisher, "publisher"},
               {EventSource::Carrier, "carrier"},
               {EventSource::Customer, "customer"})
WD_ENUM_TRAITS(EvidenceSource, "evidence source",
               {EvidenceSource::Customer, "customer"},
               {EvidenceSource::Merchant, "merchant"},
               {EvidenceSource::Platform, "platform"},
               {EvidenceSource::Publisher, "publisher"},
               {EvidenceSource::Carrier, "carrier"},
               {EvidenceSource::Agent, "agent"})
WD_ENUM_TRAITS(PlatformEventType, "platform event type",
               {PlatformEventType::Maintenance, "maintenance"},
               {PlatformEventType::Outage, "outage"},
               {PlatformEventType::PaymentCallback, "payment_callback"},
               {PlatformEventType::OrderState, "order_state"})
WD_ENUM_TRAITS(EvidenceKind, "evidence kind",
               {EvidenceKind::OrderDetails, "order_details"},
               {EvidenceKind::KeyUsageRecord, "key_usage_record"},
               {EvidenceKind::CommunicationRecord, "communication_record"},
               {EvidenceKind::PaymentRecord, "payment_record"},
               {EvidenceKind::Screenshot, "screenshot"},
               {EvidenceKind::ChatLog, "chat_log"},
               {EvidenceKind::Other, "other"})
WD_ENUM_TRAITS(Remedy, "remedy",
               {Remedy::ReissueKey, "reissue_key"},
               {Remedy::Refund, "refund"},
               {Remedy::PartialRefund, "partial_refund"},
               {Remedy::DepositPayout, "deposit_payout"},
               {Remedy::Deliver, "deliver"},
               {Remedy::Compensation, "compensation"},
               {Remedy::RestoreAccount, "restore_account"},
               {Remedy::CoordinateThirdParty, "coordinate_third_party"},
               {Remedy::Reject, "reject"})
WD_ENUM_TRAITS(Step, "workflow step",
               {Step::Feedback, "feedback"},
               {Step::Evidence, "evidence"},
               {Step::Review, "review"},
               {Step::Verdict, "verdict"},
               {Step::Execution, "execution"},
               {Step::Closed, "closed"},
               {Step::AppealReview, "appeal_review"})
WD_ENUM_TRAITS(Status, "status",
               {Status::Open, "open"},
               {Status::AwaitingCustomer, "awaiting_customer"},
               {Status::InProgress, "in_progress"},
               {Status::AwaitingApproval, "awaiting_approval"},
               {Status::Closed, "closed"},
               {Status::Appealed, "appealed"})
WD_ENUM_TRAITS(Role, "role",
               {Role::Agent, "agent"},
               {Role::Supervisor, "supervisor"},
               {Role::Admin, "admin"})
WD_ENUM_TRAITS(NoteKind, "note kind",
               {NoteKind::Internal, "internal"},
               {NoteKind::Customer, "customer"},
               {NoteKind::Review, "review"})
WD_ENUM_TRAITS(Appellant, "appellant",
               {Appellant::Customer, "customer"},
               {Appellant::Merchant, "merchant"})
WD_ENUM_TRAITS(AppealOutcome, "appeal outcome",
               {AppealOutcome::Uphold, "uphold"},
               {AppealOutcome::Overturn, "overturn"},
               {AppealOutcome::Amend, "amend"})

#undef WD_ENUM_TRAITS

// The JSON name as the ASCII literal of the table ("" for a value not in it): for writers that
// append it to UTF-8 text without making a QString.
template <typename E>
const char *enumAsciiName(E value)
{
    for (const auto &entry : EnumTraits<E>::entries) {
        if (entry.value == value)
            return entry.name;
    }
    return "";
}

// The JSON name (a null string for a value not in the table).
template <typename E>
QString enumName(E value)
{
    const char *name = enumAsciiName(value);
    return *name ? QString::fromLatin1(name) : QString();
}

template <typename E>
std::optional<E> enumFromName(QStringView name)
{
    for (const auto &entry : EnumTraits<E>::entries) {
        if (name == QLatin1String(entry.name))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E>
QStringList enumNames()
{
    QStringList names;
    for (const auto &entry : EnumTraits<E>::entries)
        names << QString::fromLatin1(entry.name);
    return names;
}

// The JSON names of a list of values, in order: ["reissue_key", "refund"].
template <typename E>
QJsonArray enumNamesArray(const QList<E> &values)
{
    QJsonArray names;
    for (E value : values)
        names.append(enumName(value));
    return names;
}

template <typename E>
constexpr const auto &enumValues()
{
    return EnumTraits<E>::entries;
}

CategoryGroup categoryGroup(Category category);
// The Chinese label of a category as the contract names it (for traces and the UI).
QString categoryLabelZh(Category category);
QString liablePartyLabelZh(LiableParty party);
QString remedyLabelZh(Remedy remedy);
QString evidenceKindLabelZh(EvidenceKind kind);
QString stepLabelZh(Step step);

} // namespace wd
