#include "seedbuilder.h"

#include <algorithm>

namespace wd::seed {

namespace {

QString digits(SeedRng &rng, int count)
{
    QString s;
    s.reserve(count);
    for (int i = 0; i < count; ++i)
        s.append(QChar(u'0' + int(rng.range(0, 9))));
    return s;
}

} // namespace

void ScenarioBuilder::setPaid(qint64 paid, std::optional<qint64> delivered)
{
    m_paid = paid;
    m_delivered = delivered;
    m_deliveryStatus = delivered ? DeliveryStatus::Delivered : DeliveryStatus::Pending;
    const quint64 serial = (quint64(m_index) + 1) * 7919u + m_seed;
    m_orderNo = QStringLiteral("KM%1%2").arg(instant(paid).toString(QStringLiteral("yyyyMMdd")))
                    .arg(qulonglong(serial % 1000000u), 6, 10, QLatin1Char('0'));
    m_transaction = transactionNo();
}

QString ScenarioBuilder::transactionNo()
{
    const QString day = instant(m_paid).toString(QStringLiteral("yyyyMMdd"));
    if (m_channel == art::PayChannel::Alipay)
        return day + QStringLiteral("22001") + digits(m_rng, 13);
    return QStringLiteral("42000") + digits(m_rng, 5) + day + digits(m_rng, 10);
}

QString ScenarioBuilder::paymentCallback(const QString &transactionNo, bool duplicate) const
{
    const QString channel = m_channel == art::PayChannel::Alipay ? QStringLiteral("支付宝") : QStringLiteral("微信支付");
    return QStringLiteral("%1回调%2,交易号 %3,扣款 %4")
        .arg(channel, duplicate ? QStringLiteral("(重复)") : QStringLiteral("成功"), transactionNo, m_ctx.amount);
}

QString ScenarioBuilder::maskedKey() const
{
    const QString prefix = m_product->sku.section(QLatin1Char('-'), 1, 1).left(4);
    const quint64 tail = (quint64(m_index) * 2654435761u + m_seed) % 1679616u; // 36^4
    return QStringLiteral("%1-****-****-%2").arg(prefix, QString::number(tail, 36).toUpper().rightJustified(4, u'0'));
}

void ScenarioBuilder::key(qint64 at, KeyEventType type, std::optional<KeyResult> result, EventSource source,
                          const QString &actor, const QString &message, const QString &ip)
{
    m_draft.caseFile.keyEvents << KeyEvent{instant(at), m_keyId, type, result, source, actor, ip, message};
}

void ScenarioBuilder::platform(qint64 at, std::optional<qint64> until, PlatformEventType type, const QString &message)
{
    std::optional<QDateTime> end;
    if (until)
        end = instant(*until);
    m_draft.caseFile.platformEvents << PlatformEvent{instant(at), end, type, message};
}

void ScenarioBuilder::finishCase()
{
    CaseFile &c = m_draft.caseFile;
    std::stable_sort(c.keyEvents.begin(), c.keyEvents.end(), [](const KeyEvent &a, const KeyEvent &b) { return a.at < b.at; });
    std::stable_sort(c.platformEvents.begin(), c.platformEvents.end(),
                     [](const PlatformEvent &a, const PlatformEvent &b) { return a.at < b.at; });

    Order order;
    order.orderNo = m_orderNo;
    order.customerId = m_customer;
    order.merchantId = m_merchant->merchant.id;
    order.product = Product{m_product->sku, m_product->name, m_product->type, Money::fromCents(m_product->faceCents),
                            m_region};
    order.quantity = 1;
    order.amountPaid = Money::fromCents(m_product->priceCents);
    order.paidAt = instant(m_paid);
    if (m_delivered)
        order.deliveredAt = instant(*m_delivered);
    order.paymentStatus = PaymentStatus::Paid;
    order.deliveryStatus = m_deliveryStatus;
    order.offPlatform = m_twist == Twist::OffPlatform;
    c.order = order;
    c.warrantyPolicy = m_product->policy;
    c.merchant = m_merchant->merchant;

    c.ticket.id = QStringLiteral("T-%1").arg(m_index + 100001);
    // About 5 % arrive without a category (not yet triaged); never in the first 15.
    SeedRng triage = SeedRng::stream(m_seed, quint64(m_index), 2);
    if (m_index < 15 || !triage.chance(50))
        c.ticket.category = m_category;
    c.ticket.description = description(m_category, m_twist, m_ctx, m_storyChoice, m_rng);
    c.ticket.submittedAt = instant(m_submitted);
    c.ticket.step = Step::Feedback;
    c.ticket.status = Status::Open;
    c.ticket.version = 1;
}

} // namespace wd::seed
