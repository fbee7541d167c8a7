#include "seedbuilder.h"

#include <QRegularExpression>

#include <array>

namespace wd::seed {

namespace {

using C = Category;
using PT = ProductType;

constexpr std::array<Category, 15> kAll = {
    C::WrongKey, C::InvalidKey, C::ExpiredKey, C::NotAsDescribed, C::AlreadyUsed,
    C::LateDelivery, C::ServiceInterrupted, C::ServiceNotCompleted,
    C::ExtractionFailure, C::PaidNotDelivered, C::DuplicateCharge, C::OrderStuck, C::AccountDataLoss,
    C::CarrierDelay, C::PublisherIssue,
};
// How often each category is seen on a card-key platform, in the order of kAll (sums to 100).
const QList<int> kWeights = {8, 20, 5, 7, 10, 8, 7, 4, 5, 8, 4, 3, 2, 6, 3};

qint64 floorMinute(qint64 t)
{
    return t - t % kMinute;
}

QString documentationIp(SeedRng &rng)
{
    static const char *const nets[] = {"192.0.2.", "198.51.100.", "203.0.113."};
    return QString::fromLatin1(nets[rng.index(3)]) + QString::number(rng.range(2, 254));
}

// "500 星钻" -> "250 星钻": what arrived when the card was worth half of what the page said.
QString halfOf(const QString &yield)
{
    static const QRegularExpression number(QStringLiteral("^(\\d+)"));
    const QRegularExpressionMatch m = number.match(yield);
    if (!m.hasMatch())
        return yield;
    return QString::number(m.captured(1).toLongLong() / 2) + yield.mid(m.capturedLength(1));
}

} // namespace

QDateTime instant(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toOffsetFromUtc(kBusinessOffset);
}

Category scenarioCategory(quint64 seed, int index)
{
    if (index % 30 < 15)
        return kAll[(quint64(index) + seed) % kAll.size()];
    SeedRng rng = SeedRng::stream(seed, quint64(index), 1);
    return kAll[size_t(rng.weighted(kWeights))];
}

Draft buildDraft(quint64 seed, int index, const QDateTime &now)
{
    return ScenarioBuilder(seed, index, now).build();
}

ScenarioBuilder::ScenarioBuilder(quint64 seed, int index, const QDateTime &now)
    : m_seed(seed), m_index(index), m_now(now.toSecsSinceEpoch()), m_rng(SeedRng::stream(seed, quint64(index), 0))
{
}

Draft ScenarioBuilder::build()
{
    m_category = scenarioCategory(m_seed, m_index);
    m_draft.scenario = m_category;
    chooseTwist();
    chooseGoods();
    chooseSubmitted();
    m_storyChoice = m_rng.next();
    switch (m_category) {
    case C::WrongKey:
    case C::InvalidKey:
    case C::ExpiredKey:
    case C::NotAsDescribed:
    case C::AlreadyUsed: productDefect(); break;
    case C::LateDelivery: lateDelivery(); break;
    case C::ServiceInterrupted: serviceInterrupted(); break;
    case C::ServiceNotCompleted: serviceNotCompleted(); break;
    case C::ExtractionFailure: extractionFailure(); break;
    case C::PaidNotDelivered: paidNotDelivered(); break;
    case C::DuplicateCharge: duplicateCharge(); break;
    case C::OrderStuck: orderStuck(); break;
    case C::AccountDataLoss: accountDataLoss(); break;
    case C::CarrierDelay: carrierDelay(); break;
    case C::PublisherIssue: publisherIssue(); break;
    }
    finishCase();
    planEvidence();
    addNotes();
    return m_draft;
}

void ScenarioBuilder::chooseTwist()
{
    QList<Twist> options;
    switch (m_category) {
    case C::WrongKey:
    case C::InvalidKey:
        options = {Twist::FirstActivationSucceeded, Twist::ActivatedByOther, Twist::AfterWarranty, Twist::OffPlatform};
        break;
    case C::ExpiredKey:
        options = {Twist::FirstActivationSucceeded, Twist::AfterWarranty, Twist::OffPlatform};
        break;
    case C::AlreadyUsed:
        options = {Twist::ActivatedByOther, Twist::AfterWarranty, Twist::OffPlatform};
        break;
    case C::NotAsDescribed:
        options = {Twist::AfterWarranty, Twist::OffPlatform};
        break;
    case C::LateDelivery:
    case C::ServiceInterrupted:
    case C::ServiceNotCompleted:
        options = {Twist::OffPlatform};
        break;
    case C::PublisherIssue:
        options = {Twist::ActivatedByOther, Twist::AfterWarranty};
        break;
    default:
        break;
    }
    // About 15 % of the tickets that can carry a twist do: some 10 % of all tickets.
    if (!options.isEmpty() && m_rng.chance(150))
        m_twist = m_rng.pick(options);
    m_draft.twist = m_twist;
}

void ScenarioBuilder::chooseGoods()
{
    QList<PT> types;
    switch (m_category) {
    case C::WrongKey:
    case C::ExpiredKey: types = {PT::GameCard, PT::ActivationKey, PT::Other}; break;
    case C::NotAsDescribed:
    case C::PublisherIssue: types = {PT::GameCard}; break;
    case C::ServiceInterrupted: types = {PT::Membership}; break;
    case C::ServiceNotCompleted: types = {PT::Service}; break;
    case C::CarrierDelay: types = {PT::PhoneTopup}; break;
    case C::DuplicateCharge: types = {PT::GameCard, PT::ActivationKey, PT::Membership, PT::PhoneTopup, PT::Other}; break;
    default: types = {PT::GameCard, PT::ActivationKey, PT::Membership, PT::Other}; break;
    }
    const QList<CatalogProduct> &products = catalogProducts();
    QList<int> candidates = productsOfTypes(types);
    // A duplicate charge is a payment fault: keep it off one-time-verification goods, where the
    // customer's successful activation would make the rules reject it (one_time.fulfilled).
    if (m_category == C::DuplicateCharge)
        candidates.removeIf([&](int i) { return products.at(i).policy.mode != PolicyMode::Standard; });
    m_product = &products.at(m_rng.pick(candidates));
    m_merchant = &catalogMerchants().at(m_rng.pick(merchantsSelling(m_product->type)));
    m_region = m_rng.pick(m_product->regions);
    if (m_product->type == PT::PhoneTopup)
        m_keyId = QStringLiteral("R-1");
    m_customer = QStringLiteral("U%1").arg(m_rng.range(10001, 99999));
    m_ip = documentationIp(m_rng);
    m_channel = m_rng.chance(550) ? art::PayChannel::Alipay : art::PayChannel::WeChat;

    m_ctx.product = m_product->name;
    m_ctx.merchant = m_merchant->merchant.name;
    m_ctx.amount = yuan(m_product->priceCents);
    m_ctx.face = QString::number(m_product->faceCents / 100);
    m_ctx.region = m_region;
    m_ctx.app = m_product->app;
    m_ctx.yield = m_product->yield;
    m_ctx.shortfall = halfOf(m_product->yield);
    m_ctx.oneTime = m_product->policy.mode == PolicyMode::OneTimeVerification && m_product->policy.disclosed;
}

void ScenarioBuilder::chooseSubmitted()
{
    // Mixed review-SLA clocks: recent (ok), a few days (warning), older (breached).
    const int bucket = m_rng.weighted({40, 30, 30});
    const qint64 ago = bucket == 0 ? between(3 * kMinute, 2 * kDay)
                     : bucket == 1 ? between(2 * kDay, 5 * kDay)
                                   : between(5 * kDay, 10 * kDay);
    qint64 S = floorMinute(m_now - ago);
    // Few people write complaints between 01:00 and 08:00: move most of those to the evening
    // before (19:00-23:59), or to the same morning when the evening is out of the 10-day range.
    const QDateTime local = instant(S);
    if (local.time().hour() >= 1 && local.time().hour() < 8 && m_rng.chance(850)) {
        const qint64 midnight = S - local.time().msecsSinceStartOfDay() / 1000;
        const qint64 evening = midnight - between(10 * kMinute, 5 * kHour);
        const qint64 morning = midnight + 8 * kHour + between(0, 3 * kHour);
        if (m_now - evening <= 10 * kDay)
            S = floorMinute(evening);
        else if (morning <= m_now)
            S = floorMinute(morning);
    }
    m_submitted = S;
}

void ScenarioBuilder::productDefect()
{
    const qint64 S = m_submitted;
    const qint64 days = m_product->policy.days;
    qint64 D;
    if (m_twist == Twist::AfterWarranty)
        D = floorMinute(S - days * kDay - between(2 * kHour, 6 * kDay));
    else
        D = floorMinute(S - between(45 * kMinute, qMin(days * kDay - 3 * kHour, 5 * kDay)));
    setPaid(D - kMinute * between(0, 2), D);
    key(D, KeyEventType::Delivered, std::nullopt, m_rng.chance(300) ? EventSource::Merchant : EventSource::Platform,
        m_customer);
    const qint64 E = D + kMinute * between(1, 20);
    key(E, KeyEventType::Extracted, KeyResult::Success, EventSource::Platform, m_customer, QString(), m_ip);

    qint64 A;
    if (m_twist == Twist::AfterWarranty)
        A = floorMinute(S - between(15 * kMinute, 5 * kHour));
    else if (m_rng.chance(700))
        A = E + between(kMinute, 40 * kMinute);
    else
        A = between(E + kMinute, S - 10 * kMinute);
    // Off-platform stories need time for the WeChat talks between the failure and the complaint.
    if (m_twist == Twist::OffPlatform)
        A = qMin(A, S - between(2 * kHour, 6 * kHour));
    A = qBound(E + 3 * kMinute, A, S - 10 * kMinute);
    m_ctx.days = int((S - D) / kDay);

    KeyResult result = KeyResult::Invalid;
    if (m_category == C::ExpiredKey)
        result = KeyResult::Expired;
    else if (m_category == C::AlreadyUsed)
        result = KeyResult::AlreadyUsed;
    else if (m_category == C::NotAsDescribed) {
        m_ctx.regionMismatch = m_product->regions.size() > 1;
        if (m_ctx.regionMismatch) {
            QStringList others = m_product->regions;
            others.removeAll(m_region);
            m_ctx.other = m_rng.pick(others);
        }
        result = m_ctx.regionMismatch ? KeyResult::RegionMismatch : KeyResult::Success;
    }
    QString message = failureMessage(m_category, m_ctx, m_rng.next());
    const QString worked = QStringLiteral("充值成功,到账 %1").arg(m_product->yield);

    if (m_twist == Twist::FirstActivationSucceeded) {
        const qint64 first = E + kMinute * between(1, 5);
        key(first, KeyEventType::ActivationAttempt, KeyResult::Success, EventSource::Publisher, m_customer, worked, m_ip);
        A = qMax(A, first + 10 * kMinute);
        result = KeyResult::AlreadyUsed;
        message = failureMessage(C::AlreadyUsed, m_ctx, m_rng.next());
    } else if (m_twist == Twist::ActivatedByOther) {
        const qint64 other = (E - D >= 2 * kMinute && m_rng.chance(500)) ? between(D + kMinute, E - kMinute)
                                                                         : between(E + kMinute, A - kMinute);
        const QString otherUser = QStringLiteral("U%1").arg(m_rng.range(10001, 99999));
        key(other, KeyEventType::ActivationAttempt, KeyResult::Success, EventSource::Publisher, otherUser, worked,
            documentationIp(m_rng));
        result = KeyResult::AlreadyUsed;
        message = failureMessage(C::AlreadyUsed, m_ctx, m_rng.next());
    }
    // One log in ten only has the customer's own report of the attempt (it does not count as a
    // key usage record: the evidence chain then needs the customer's screenshot).
    const EventSource source = m_rng.chance(100) ? EventSource::Customer : EventSource::Publisher;
    key(A, KeyEventType::ActivationAttempt, result, source, m_customer, message, m_ip);
    if (m_rng.chance(450) && A + 8 * kMinute <= S - 5 * kMinute)
        key(A + kMinute * between(1, 8), KeyEventType::ActivationAttempt, result, source, m_customer, message, m_ip);
    m_issueAt = A;
    m_issueMessage = message;
    m_chatFrom = A + between(kMinute, 5 * kMinute);
}

void ScenarioBuilder::lateDelivery()
{
    const qint64 S = m_submitted;
    m_ctx.delivered = m_rng.chance(700);
    if (m_ctx.delivered) {
        const qint64 D = floorMinute(S - between(10 * kMinute, 2 * kDay));
        const qint64 P = floorMinute(D - between(6 * kHour, 40 * kHour));
        setPaid(P, D);
        m_ctx.hours = int((D - P) / kHour);
        platform(P, std::nullopt, PlatformEventType::OrderState, QStringLiteral("订单状态:待发货(手动发货,承诺 10 分钟内)"));
        key(D, KeyEventType::Delivered, std::nullopt, EventSource::Merchant, m_customer);
        platform(D, std::nullopt, PlatformEventType::OrderState, QStringLiteral("订单状态:已发货"));
        key(D + kMinute * between(1, 5), KeyEventType::Extracted, KeyResult::Success, EventSource::Platform, m_customer,
            QString(), m_ip);
        m_issueAt = D;
    } else {
        const qint64 P = floorMinute(S - between(6 * kHour, 60 * kHour));
        setPaid(P, std::nullopt);
        m_ctx.hours = int((S - P) / kHour);
        platform(P, std::nullopt, PlatformEventType::OrderState, QStringLiteral("订单状态:待发货(手动发货,承诺 10 分钟内)"));
        if (S - P > 5 * kHour)
            platform(P + between(2 * kHour, 4 * kHour), std::nullopt, PlatformEventType::OrderState,
                     QStringLiteral("订单状态:待发货(商家申请延长发货时间)"));
        m_issueAt = S - between(2 * kHour, 5 * kHour); // when the customer gave up waiting (P <= S - 6 h)
    }
    m_pageStatus = m_ctx.delivered ? QStringLiteral("已发货") : QStringLiteral("待发货");
    m_pageHint = QStringLiteral("商品页承诺 10 分钟内发货");
    m_chatFrom = m_paid + between(30 * kMinute, 3 * kHour);
}

void ScenarioBuilder::serviceInterrupted()
{
    const qint64 S = m_submitted;
    const qint64 R = floorMinute(S - between(kHour, 2 * kDay));
    const qint64 A = floorMinute(R - between(60 * kHour, 100 * kHour));
    const qint64 E = A - kMinute * between(1, 5);
    const qint64 D = E - kMinute * between(1, 10);
    setPaid(D - kMinute * between(0, 2), D);
    m_ctx.days = int((R - A + kDay / 2) / kDay);
    key(D, KeyEventType::Delivered, std::nullopt, EventSource::Platform, m_customer);
    key(E, KeyEventType::Extracted, KeyResult::Success, EventSource::Platform, m_customer, QString(), m_ip);
    const QString until = instant(A + 30 * kDay).toString(QStringLiteral("yyyy-MM-dd"));
    key(A, KeyEventType::ActivationAttempt, KeyResult::Success, EventSource::Publisher, m_customer,
        QStringLiteral("会员开通成功,有效期至 %1").arg(until), m_ip);
    static const char *const reasons[] = {"会员权益已被回收(来源账号违规)", "会员已失效:兑换码被判定为异常渠道",
                                          "会员权益已终止(批量回收)"};
    key(R, KeyEventType::Revoked, std::nullopt, EventSource::Publisher, QStringLiteral("publisher"),
        QString::fromUtf8(reasons[m_rng.index(3)]));
    m_issueAt = R;
    m_issueMessage = QStringLiteral("会员权益已失效,请重新开通");
    if (m_rng.chance(500) && R + 20 * kMinute <= S - 5 * kMinute) {
        m_issueAt = R + kMinute * between(10, 20);
        key(m_issueAt, KeyEventType::ActivationAttempt, KeyResult::Invalid, EventSource::Publisher, m_customer,
            m_issueMessage, m_ip);
    }
    m_chatFrom = m_issueAt + between(5 * kMinute, 30 * kMinute);
}

void ScenarioBuilder::serviceNotCompleted()
{
    const qint64 S = m_submitted;
    const int promised = m_product->sku == QLatin1String("SV-XG-DL") ? 5 : m_product->sku == QLatin1String("SV-TY-FB") ? 3 : 1;
    const qint64 D = floorMinute(S - promised * kDay - between(2 * kHour, 30 * kHour));
    setPaid(D - kMinute * between(5, 30), D);
    m_ctx.days = promised;
    platform(D, std::nullopt, PlatformEventType::OrderState,
             promised == 1 ? QStringLiteral("订单状态:商家已接单,代充处理中")
                           : QStringLiteral("订单状态:商家已接单,代练进行中"));
    m_pageStatus = QStringLiteral("进行中");
    m_pageHint = promised == 1 ? QStringLiteral("代充礼包尚未到账,商家承诺 24 小时内完成")
                               : QStringLiteral("当前进度约 50%,已超过商家承诺的完成时间");
    m_issueAt = D + promised * kDay;
    m_chatFrom = m_issueAt + between(10 * kMinute, kHour);
}

void ScenarioBuilder::extractionFailure()
{
    const qint64 S = m_submitted;
    const qint64 F = floorMinute(S - between(20 * kMinute, 36 * kHour));
    const bool outage = m_rng.chance(200);
    // Most failures fall inside the window (its end is never after the complaint); one in four
    // comes just after the window ended.
    qint64 W0, W1;
    if (m_rng.chance(750)) {
        W0 = floorMinute(F - between(10 * kMinute, 3 * kHour));
        W1 = qMin(floorMinute(F + between(0, 2 * kHour)), S - kMinute);
    } else {
        W1 = F - kMinute * between(1, 30);
        W0 = floorMinute(W1 - between(30 * kMinute, 3 * kHour));
    }
    const qint64 D = floorMinute(F - between(2 * kMinute, 2 * kHour));
    setPaid(D - kMinute * between(0, 1), D);
    platform(W0, W1, outage ? PlatformEventType::Outage : PlatformEventType::Maintenance,
             outage ? QStringLiteral("发货服务故障,卡密提取接口不可用") : QStringLiteral("卡密库升级维护"));
    key(D, KeyEventType::Delivered, std::nullopt, EventSource::Platform, m_customer);
    m_issueMessage = outage ? QStringLiteral("卡密服务不可用") : QStringLiteral("系统维护中,暂停提取");
    key(F, KeyEventType::Extracted, KeyResult::SystemError, EventSource::Platform, m_customer, m_issueMessage, m_ip);
    const qint64 F2 = F + kMinute * between(10, 40);
    if (F2 <= S - 5 * kMinute)
        key(F2, KeyEventType::Extracted, KeyResult::SystemError, EventSource::Platform, m_customer,
            QStringLiteral("卡密服务不可用"), m_ip);
    m_issueAt = F;
    m_chatFrom = F + between(kMinute, 10 * kMinute);
}

void ScenarioBuilder::paidNotDelivered()
{
    const qint64 S = m_submitted;
    const qint64 P = floorMinute(S - between(24 * kHour + 30 * kMinute, 60 * kHour));
    setPaid(P, std::nullopt);
    m_deliveryStatus = DeliveryStatus::Processing;
    m_ctx.hours = int((S - P) / kHour);
    platform(P + 5, std::nullopt, PlatformEventType::PaymentCallback, paymentCallback(m_transaction, false));
    platform(P + 6, std::nullopt, PlatformEventType::OrderState, QStringLiteral("订单状态:处理中"));
    platform(P + between(6 * kHour, 20 * kHour), std::nullopt, PlatformEventType::OrderState,
             QStringLiteral("订单状态:处理中(发货接口超时,自动重试第 3 次)"));
    platform(qMin(P + 24 * kHour + between(0, 2 * kHour), S - 10 * kMinute), std::nullopt, PlatformEventType::OrderState,
             QStringLiteral("订单状态:处理中(已超过 24 小时)"));
    m_pageStatus = QStringLiteral("处理中");
    m_pageHint = QStringLiteral("支付成功,订单处理中,卡密尚未发放。");
    m_issueAt = S - between(5 * kMinute, 30 * kMinute);
    m_chatFrom = P + between(2 * kHour, 6 * kHour);
}

void ScenarioBuilder::duplicateCharge()
{
    const qint64 S = m_submitted;
    const qint64 P = floorMinute(S - between(kHour, 9 * kDay));
    const qint64 D = P + kMinute;
    setPaid(P, D);
    m_transaction2 = transactionNo();
    platform(P + 5, std::nullopt, PlatformEventType::PaymentCallback, paymentCallback(m_transaction, false));
    platform(P + 5 + between(3, 40), std::nullopt, PlatformEventType::PaymentCallback, paymentCallback(m_transaction2, true));
    const qint64 E = D + kMinute * between(1, 5);
    if (m_product->type == PT::PhoneTopup) {
        key(D, KeyEventType::Delivered, std::nullopt, EventSource::Merchant, m_customer, QStringLiteral("已提交运营商充值"));
        key(E, KeyEventType::Redeemed, KeyResult::Success, EventSource::Carrier, m_customer,
            QStringLiteral("充值成功,%1").arg(m_product->yield));
    } else {
        key(D, KeyEventType::Delivered, std::nullopt, EventSource::Platform, m_customer);
        key(E, KeyEventType::Extracted, KeyResult::Success, EventSource::Platform, m_customer, QString(), m_ip);
        key(E + kMinute * between(1, 10), KeyEventType::ActivationAttempt, KeyResult::Success, EventSource::Publisher,
            m_customer, QStringLiteral("充值成功,到账 %1").arg(m_product->yield), m_ip);
    }
    m_issueAt = S - between(10 * kMinute, 40 * kMinute);
    m_chatFrom = m_issueAt;
}

void ScenarioBuilder::orderStuck()
{
    const qint64 S = m_submitted;
    const qint64 D = floorMinute(S - between(30 * kMinute, 2 * kDay));
    setPaid(D - kMinute * between(1, 3), D);
    key(D, KeyEventType::Delivered, std::nullopt, EventSource::Merchant, m_customer);
    // The same story index the description uses (three stories).
    switch (m_storyChoice % 3) {
    case 0:
        platform(D + 2, std::nullopt, PlatformEventType::OrderState,
                 QStringLiteral("订单状态被错误回滚为“待发货”,卡密不可见(缺陷单 BUG-%1)").arg(m_rng.range(4000, 6999)));
        m_pageStatus = QStringLiteral("待发货");
        break;
    case 1:
        platform(D + 2, std::nullopt, PlatformEventType::OrderState, QStringLiteral("订单状态:交易关闭(状态同步异常)"));
        m_pageStatus = QStringLiteral("交易关闭");
        break;
    default:
        platform(D + 2, std::nullopt, PlatformEventType::OrderState, QStringLiteral("订单状态:已退款(退款单未生成)"));
        m_pageStatus = QStringLiteral("已退款");
        break;
    }
    m_pageHint = QStringLiteral("卡密信息不可查看");
    m_issueAt = D + between(kMinute, 20 * kMinute);
    m_chatFrom = m_issueAt + between(kMinute, 20 * kMinute);
}

void ScenarioBuilder::accountDataLoss()
{
    const qint64 S = m_submitted;
    const qint64 O1 = floorMinute(S - between(kHour, 30 * kHour));
    const qint64 O0 = floorMinute(O1 - between(30 * kMinute, 3 * kHour));
    const qint64 E = floorMinute(O0 - between(3 * kHour, 4 * kDay));
    const qint64 D = E - kMinute * between(1, 5);
    setPaid(D - kMinute * between(0, 2), D);
    key(D, KeyEventType::Delivered, std::nullopt, EventSource::Platform, m_customer);
    key(E, KeyEventType::Extracted, KeyResult::Success, EventSource::Platform, m_customer, QString(), m_ip);
    platform(O0, O1, PlatformEventType::Outage, QStringLiteral("数据库主从切换故障,部分账户数据丢失"));
    m_pageStatus = QStringLiteral("暂无记录");
    m_pageHint = QStringLiteral("您还没有购买任何卡密");
    m_issueAt = S - between(5 * kMinute, 30 * kMinute);
    m_chatFrom = m_issueAt;
}

void ScenarioBuilder::carrierDelay()
{
    const qint64 S = m_submitted;
    const qint64 P = floorMinute(S - between(6 * kHour, 48 * kHour));
    const qint64 D = P + kMinute;
    setPaid(P, D);
    m_ctx.hours = int((S - P) / kHour);
    key(D, KeyEventType::Delivered, std::nullopt, EventSource::Merchant, m_customer, QStringLiteral("已提交运营商充值"));
    key(D + kMinute, KeyEventType::Redeemed, KeyResult::SystemError, EventSource::Carrier, m_customer,
        QStringLiteral("运营商计费系统故障,充值排队中"));
    if (S - D > 4 * kHour)
        key(D + between(2 * kHour, 4 * kHour), KeyEventType::Redeemed, KeyResult::SystemError, EventSource::Carrier,
            m_customer, QStringLiteral("运营商接口超时,重试中"));
    m_pageStatus = QStringLiteral("充值中");
    m_pageHint = QStringLiteral("已提交运营商,到账时间以运营商为准");
    m_issueAt = S - between(5 * kMinute, 30 * kMinute);
    m_chatFrom = P + between(kHour, 3 * kHour);
}

void ScenarioBuilder::publisherIssue()
{
    const qint64 S = m_submitted;
    const qint64 days = m_product->policy.days;
    const qint64 A = floorMinute(S - between(kHour, 8 * kHour));
    const qint64 D = m_twist == Twist::AfterWarranty ? floorMinute(S - days * kDay - between(2 * kHour, 4 * kDay))
                                                     : floorMinute(A - between(10 * kMinute, 3 * kDay));
    const qint64 E = D + kMinute * between(1, 8);
    setPaid(D - kMinute * between(0, 2), D);
    m_ctx.days = int((S - D) / kDay);
    key(D, KeyEventType::Delivered, std::nullopt, EventSource::Platform, m_customer);
    key(E, KeyEventType::Extracted, KeyResult::Success, EventSource::Platform, m_customer, QString(), m_ip);
    if (m_twist == Twist::ActivatedByOther) {
        key(between(D + kMinute, A - kMinute), KeyEventType::ActivationAttempt, KeyResult::Success, EventSource::Publisher,
            QStringLiteral("U%1").arg(m_rng.range(10001, 99999)), QStringLiteral("充值成功,到账 %1").arg(m_product->yield),
            documentationIp(m_rng));
    }
    const qint64 updateStart = floorMinute(A - between(10 * kMinute, 2 * kHour));
    m_issueMessage = failureMessage(C::PublisherIssue, m_ctx, m_rng.next());
    key(A, KeyEventType::ActivationAttempt, KeyResult::SystemError, EventSource::Publisher, m_customer,
        QStringLiteral("%1(官方公告:%2 起版本更新维护)")
            .arg(m_issueMessage, instant(updateStart).toString(QStringLiteral("MM-dd HH:mm"))),
        m_ip);
    m_issueAt = A;
    m_chatFrom = A + between(5 * kMinute, 30 * kMinute);
}

} // namespace wd::seed
