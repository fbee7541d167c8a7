#pragma once
// Private to the seed library: builds one Draft. The timelines live in seedscenario.cpp, the
// order and case assembly in seedorder.cpp, the evidence plans and notes in seedevidence.cpp.
// All times are seconds since the epoch until they are written into the case file as +08:00
// instants.

#include "seedcatalog.h"
#include "seedrandom.h"
#include "seedscenario.h"

#include <optional>

namespace wd::seed {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr int kBusinessOffset = 8 * 3600; // every generated instant is written as +08:00

QDateTime instant(qint64 secs);

class ScenarioBuilder
{
public:
    ScenarioBuilder(quint64 seed, int index, const QDateTime &now);
    Draft build();

private:
    // Timelines (seedscenario.cpp; setPaid .. finishCase in seedorder.cpp).
    void chooseTwist();
    void chooseGoods();
    void chooseSubmitted();
    void productDefect();
    void lateDelivery();
    void serviceInterrupted();
    void serviceNotCompleted();
    void extractionFailure();
    void paidNotDelivered();
    void duplicateCharge();
    void orderStuck();
    void accountDataLoss();
    void carrierDelay();
    void publisherIssue();
    void finishCase();

    qint64 between(qint64 lo, qint64 hi) { return m_rng.range(lo, hi); }
    void setPaid(qint64 paid, std::optional<qint64> delivered);
    void key(qint64 at, KeyEventType type, std::optional<KeyResult> result, EventSource source, const QString &actor,
             const QString &message = QString(), const QString &ip = QString());
    void platform(qint64 at, std::optional<qint64> until, PlatformEventType type, const QString &message);
    QString paymentCallback(const QString &transactionNo, bool duplicate) const;
    QString transactionNo();
    QString maskedKey() const;

    // Evidence and notes (seedevidence.cpp).
    void planEvidence();
    void addDialog(EvidenceKind kind, qint64 at, const QString &title, const QString &message);
    // A conversation with the merchant between `from` and `to`: an image of the platform chat,
    // its text export, or (wechat) the exported WeChat chat that took the deal off the platform.
    void addChat(EvidenceKind kind, qint64 from, qint64 to, bool asText, bool wechat = false);
    void addReceipt(qint64 at, const QString &transactionNo, bool duplicateNotice);
    void addPage(EvidenceKind kind, qint64 at, const QString &title, const QString &status, bool alarming,
                 const QString &hint);
    void addNotes();
    qint64 captureAfter(qint64 event) { return qMin(event + between(20, 5 * kMinute), m_submitted); }
    // Non-zero: this customer's own wallpaper, scroll position, ... (see evidenceart.h).
    quint32 pictureVariation() { return quint32(m_rng.next()) | 1u; }

    quint64 m_seed;
    int m_index;
    qint64 m_now;
    SeedRng m_rng;
    Draft m_draft;
    Category m_category = Category::InvalidKey;
    Twist m_twist = Twist::None;

    const CatalogProduct *m_product = nullptr;
    const CatalogMerchant *m_merchant = nullptr;
    QString m_region;
    QString m_customer;
    QString m_ip;
    QString m_keyId = QStringLiteral("K-1");
    TextContext m_ctx;
    quint64 m_storyChoice = 0;

    qint64 m_submitted = 0;
    qint64 m_paid = 0;
    std::optional<qint64> m_delivered;
    DeliveryStatus m_deliveryStatus = DeliveryStatus::Delivered;
    art::PayChannel m_channel = art::PayChannel::Alipay;
    QString m_orderNo;
    QString m_transaction;
    QString m_transaction2;

    // Anchors the evidence planner reads: the failing event and its message, the conversation.
    qint64 m_issueAt = 0;
    QString m_issueMessage;
    qint64 m_chatFrom = 0;
    QString m_pageStatus;
    QString m_pageHint;
};

} // namespace wd::seed
