#pragma once
// The case file of the domain contract: what the platform knows about one complaint.

#include "enums.h"
#include "money.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace wd {

// An interval during which the review SLA clock stood still (status awaiting_customer).
struct Pause
{
    QDateTime from;
    std::optional<QDateTime> until; // open while still paused
};

struct Ticket
{
    QString id;
    std::optional<Category> category; // null until the agent sets it (feedback guard)
    QString description;
    QDateTime submittedAt;
    Step step = Step::Feedback;
    Status status = Status::Open;
    qint64 version = 1;
    QList<Pause> slaPauses;
};

struct Product
{
    QString sku;
    QString name;
    ProductType type = ProductType::Other;
    std::optional<Money> faceValue;
    QString region;
};

struct Order
{
    QString orderNo;
    QString customerId;
    QString merchantId;
    Product product;
    int quantity = 1;
    Money amountPaid;
    QString currency = QStringLiteral("CNY");
    std::optional<QDateTime> paidAt;
    std::optional<QDateTime> deliveredAt; // null: never delivered, the warranty clock has not started
    PaymentStatus paymentStatus = PaymentStatus::Paid;
    DeliveryStatus deliveryStatus = DeliveryStatus::Delivered;
    bool offPlatform = false;
};

struct WarrantyPolicy
{
    int days = 0;
    PolicyMode mode = PolicyMode::Standard;
    bool disclosed = true;
    QString disclosureText;
};

struct Merchant
{
    QString id;
    QString name;
    Certification certification = Certification::None;
    double complaintRate = 0.0; // a ratio in [0, 1], shown only, never used in arithmetic on money
    Money depositBalance;
};

struct KeyEvent
{
    QDateTime at;
    QString keyId;
    KeyEventType type = KeyEventType::Delivered;
    std::optional<KeyResult> result;
    EventSource source = EventSource::Platform;
    QString actor;
    QString ip;
    QString message;
};

struct PlatformEvent
{
    QDateTime at;
    std::optional<QDateTime> until; // null: still going on
    PlatformEventType type = PlatformEventType::Maintenance;
    QString message;
};

struct Evidence
{
    QString id;
    EvidenceKind kind = EvidenceKind::Other;
    QString mediaType;
    QString sha256;
    std::optional<QDateTime> capturedAt;
    EvidenceSource source = EvidenceSource::Customer;
    QString name;
};

struct Findings
{
    bool userError = false;
    bool forceMajeure = false;
    bool merchantRefused = false;
};

struct CaseFile
{
    Ticket ticket;
    std::optional<Order> order; // null: no order linked yet (feedback guard)
    WarrantyPolicy warrantyPolicy;
    Merchant merchant;
    QList<KeyEvent> keyEvents;
    QList<PlatformEvent> platformEvents;
    QList<Evidence> evidence;
    Findings findings;
};

} // namespace wd
