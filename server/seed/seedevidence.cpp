#include "seedbuilder.h"

#include <iterator>

namespace wd::seed {

namespace {

using C = Category;

const QString kMaskedOrder = QStringLiteral("KM**************");
const QString kMaskedTime = QStringLiteral("****-**-** **:**");

QString join(const QStringList &parts)
{
    return parts.join(QChar(0x1f));
}

QString dialogTitle(Category category)
{
    switch (category) {
    case C::ExtractionFailure: return QStringLiteral("提取失败");
    case C::PublisherIssue: return QStringLiteral("兑换失败");
    case C::ServiceInterrupted: return QStringLiteral("会员已失效");
    case C::NotAsDescribed: return QStringLiteral("充值结果");
    default: return QStringLiteral("激活失败");
    }
}

// A stable small number from text (qHash is seeded per process, so it is not used here).
int stableBucket(const QString &text, int buckets)
{
    quint32 h = 2166136261u;
    for (QChar ch : text)
        h = (h ^ ch.unicode()) * 16777619u;
    return int(h % quint32(buckets));
}

} // namespace

QString ArtPayload::mediaType() const
{
    return isImage() ? QStringLiteral("image/png") : QStringLiteral("text/plain; charset=utf-8");
}

QByteArray ArtPayload::render() const
{
    switch (kind) {
    case ArtKind::ErrorDialog: return art::activationErrorDialog(dialog, style);
    case ArtKind::MerchantChat: return art::merchantChat(chat);
    case ArtKind::PaymentReceipt: return art::paymentReceipt(receipt);
    case ArtKind::OrderPage: return art::orderStatusPage(page);
    case ArtKind::ChatLogText: return text.toUtf8();
    }
    return QByteArray();
}

QString ArtPayload::cacheKey() const
{
    switch (kind) {
    case ArtKind::ErrorDialog:
        return join({QStringLiteral("dialog"), QString::number(int(style)), QString::number(dialog.variation),
                     dialog.appName, dialog.title, dialog.message, dialog.detail, dialog.footer});
    case ArtKind::MerchantChat: {
        QStringList parts{QStringLiteral("chat"), QString::number(chat.variation), chat.shopName, chat.subtitle};
        for (const art::ChatLine &line : chat.lines)
            parts << (line.fromCustomer ? QStringLiteral("c") : QStringLiteral("m")) << line.time << line.text;
        return join(parts);
    }
    case ArtKind::PaymentReceipt:
        return join({QStringLiteral("receipt"), QString::number(int(receipt.channel)), QString::number(receipt.variation),
                     receipt.payee, receipt.amount,
                     receipt.status, receipt.item, receipt.paidAt, receipt.orderNo, receipt.transactionNo, receipt.notice});
    case ArtKind::OrderPage: {
        QStringList parts{QStringLiteral("page"), QString::number(page.variation), page.title, page.status,
                          QString::number(int(page.alarming)), page.hint};
        for (const auto &row : page.rows)
            parts << row.first << row.second;
        return join(parts);
    }
    case ArtKind::ChatLogText:
        return join({QStringLiteral("text"), text});
    }
    return QString();
}

void ScenarioBuilder::addDialog(EvidenceKind kind, qint64 at, const QString &title, const QString &message)
{
    const int code = 1000 + int(m_category) * 7 + (message.size() % 7);
    const bool game = m_product->sku.startsWith(QLatin1String("G-"));
    const QString app = m_category == C::ExtractionFailure ? QStringLiteral("卡盟平台 · 卡密提取") : m_product->app;
    EvidencePlan plan;
    plan.kind = kind;
    plan.capturedAt = instant(at);
    plan.name = title + QStringLiteral("截图.png");
    plan.specific.kind = ArtKind::ErrorDialog;
    plan.specific.style = game ? art::DialogStyle::Dark : art::DialogStyle::Light;
    plan.specific.dialog = art::ErrorDialog{
        app, title, message,
        QStringLiteral("错误码 E%1 · %2").arg(code).arg(instant(m_issueAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
        QStringLiteral("卡密 %1 · 账号 %2").arg(maskedKey(), m_customer), pictureVariation()};
    // The pooled picture names no app, region or amount: the key space stays small (style x message).
    plan.generic = plan.specific;
    plan.generic.dialog.variation = 0;
    if (m_category == C::ServiceInterrupted)
        plan.generic.dialog.appName = QStringLiteral("会员中心");
    else if (m_category != C::ExtractionFailure)
        plan.generic.dialog.appName = game ? QStringLiteral("游戏充值中心") : QStringLiteral("激活中心");
    if (m_category == C::NotAsDescribed)
        plan.generic.dialog.message = m_ctx.regionMismatch ? QStringLiteral("该卡不适用于当前区服")
                                                           : QStringLiteral("充值成功,到账数额与面值不符");
    plan.generic.dialog.detail = QStringLiteral("错误码 E%1").arg(code);
    plan.generic.dialog.footer.clear();
    m_draft.evidence << plan;
}

void ScenarioBuilder::addChat(EvidenceKind kind, qint64 from, qint64 to, bool asText, bool wechat)
{
    const qint64 S = m_submitted;
    to = qMin(to, S - kMinute);
    from = qMin(from, to - 2 * kMinute);
    const Twist story = wechat ? Twist::OffPlatform : m_twist == Twist::OffPlatform ? Twist::None : m_twist;
    const QList<art::ChatLine> script = chatScript(m_category, story, m_ctx, m_rng.next() & 0xf);
    const qint64 span = qMin(to - from, 6 * kHour);

    QList<art::ChatLine> lines;
    QStringList log;
    qint64 previous = 0;
    const bool offPlatform = wechat;
    const QString them = offPlatform ? QStringLiteral("微信好友「%1」").arg(m_ctx.merchant) : m_ctx.merchant;
    for (int i = 0; i < script.size(); ++i) {
        const qint64 t = qMin(from + span * i / qMax<qsizetype>(1, script.size()) + between(0, 50), to);
        art::ChatLine line = script.at(i);
        if (i == 0 || t - previous > 5 * kMinute)
            line.time = instant(t).toString(QStringLiteral("MM-dd HH:mm"));
        log << QStringLiteral("[%1] %2: %3")
                   .arg(instant(t).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                        line.fromCustomer ? QStringLiteral("我") : them, line.text);
        lines << line;
        previous = t;
    }

    EvidencePlan plan;
    plan.kind = kind;
    if (asText) {
        // Exported a little after the last message, before the complaint (previous <= to < S).
        plan.capturedAt = instant(qMin(S, qMax(previous + between(10, 60), S - between(kMinute, 10 * kMinute))));
        plan.name = offPlatform ? QStringLiteral("微信聊天记录.txt") : QStringLiteral("聊天记录.txt");
        plan.specific.kind = ArtKind::ChatLogText;
        const QString header = offPlatform ? QStringLiteral("微信聊天记录(导出)") : QStringLiteral("卡盟平台聊天记录(导出)");
        plan.specific.text = header + QStringLiteral("\n订单:%1  商家:%2\n\n").arg(m_orderNo, m_ctx.merchant)
                             + log.join(QLatin1Char('\n')) + QLatin1Char('\n');
        plan.generic = plan.specific;
    } else {
        plan.capturedAt = instant(qMin(previous + between(kMinute, 3 * kMinute), S));
        plan.name = QStringLiteral("与商家的聊天记录.png");
        plan.specific.kind = ArtKind::MerchantChat;
        plan.specific.chat = art::Chat{m_ctx.merchant, QStringLiteral("订单 %1").arg(m_orderNo), lines, pictureVariation()};
        TextContext generic = TextContext::generic(m_category);
        generic.oneTime = m_ctx.oneTime;
        generic.delivered = m_ctx.delivered;
        plan.generic.kind = ArtKind::MerchantChat;
        plan.generic.chat = art::Chat{QStringLiteral("商家客服"), QStringLiteral("订单 %1").arg(kMaskedOrder),
                                      chatScript(m_category, story, generic, (m_index & 1) ? 0xf : 0)};
    }
    m_draft.evidence << plan;
}

void ScenarioBuilder::addReceipt(qint64 at, const QString &transactionNo, bool duplicateNotice)
{
    const QDateTime paid = instant(m_paid + 5);
    EvidencePlan plan;
    plan.kind = EvidenceKind::PaymentRecord;
    plan.capturedAt = instant(at);
    plan.name = QStringLiteral("支付凭证.png");
    plan.specific.kind = ArtKind::PaymentReceipt;
    plan.specific.receipt = art::Receipt{
        m_channel, QStringLiteral("卡盟平台-%1").arg(m_ctx.merchant), m_ctx.amount, QStringLiteral("交易成功"),
        m_ctx.product, paid.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), m_orderNo, transactionNo,
        duplicateNotice ? QStringLiteral("同一订单 %1 已扣款 2 次").arg(paid.toString(QStringLiteral("HH:mm"))) : QString(),
        pictureVariation()};
    plan.generic.kind = ArtKind::PaymentReceipt;
    plan.generic.receipt = art::Receipt{
        stableBucket(m_product->sku, 2) ? art::PayChannel::Alipay : art::PayChannel::WeChat, QStringLiteral("卡盟平台"),
        m_ctx.amount, QStringLiteral("交易成功"), QStringLiteral("卡盟平台订单"), kMaskedTime + QStringLiteral(":**"),
        kMaskedOrder, QStringLiteral("**********************"),
        duplicateNotice ? QStringLiteral("同一订单已扣款 2 次") : QString()};
    m_draft.evidence << plan;
}

void ScenarioBuilder::addPage(EvidenceKind kind, qint64 at, const QString &title, const QString &status, bool alarming,
                              const QString &hint)
{
    EvidencePlan plan;
    plan.kind = kind;
    plan.capturedAt = instant(at);
    plan.name = QStringLiteral("订单页面截图.png");
    plan.specific.kind = ArtKind::OrderPage;
    plan.specific.page = art::OrderPage{
        title, status, alarming,
        {{QStringLiteral("订单号"), m_orderNo},
         {QStringLiteral("商品"), m_ctx.product},
         {QStringLiteral("实付"), QStringLiteral("¥") + m_ctx.amount},
         {QStringLiteral("下单时间"), instant(m_paid).toString(QStringLiteral("yyyy-MM-dd HH:mm"))}},
        hint, pictureVariation()};
    plan.generic = plan.specific;
    plan.generic.page.variation = 0;
    plan.generic.page.rows = {{QStringLiteral("订单号"), kMaskedOrder},
                              {QStringLiteral("商品"), QStringLiteral("********")},
                              {QStringLiteral("实付"), QStringLiteral("¥**.**")},
                              {QStringLiteral("下单时间"), kMaskedTime}};
    m_draft.evidence << plan;
}

void ScenarioBuilder::planEvidence()
{
    using K = EvidenceKind;
    const qint64 S = m_submitted;
    const QString title = dialogTitle(m_category);
    const qint64 late = S - between(2 * kMinute, 20 * kMinute); // screenshots taken while writing the complaint
    const QString orderTitle = QStringLiteral("订单详情");
    auto chatOrLog = [&](int chatPermille, int logPermille) {
        const int r = int(m_rng.range(0, 999));
        if (r < chatPermille)
            addChat(K::CommunicationRecord, m_chatFrom, S, false);
        else if (r < chatPermille + logPermille)
            addChat(K::ChatLog, m_chatFrom, S, true);
    };

    switch (m_category) {
    case C::WrongKey:
    case C::InvalidKey:
    case C::ExpiredKey:
    case C::NotAsDescribed:
    case C::AlreadyUsed:
        if (m_rng.chance(850))
            addDialog(K::KeyUsageRecord, captureAfter(m_issueAt), title, m_issueMessage);
        if (m_twist != Twist::OffPlatform)
            chatOrLog(700, 150);
        break;
    case C::LateDelivery:
        chatOrLog(850, 50);
        if (m_rng.chance(400))
            addPage(K::Screenshot, late, orderTitle, m_pageStatus, !m_ctx.delivered, m_pageHint);
        break;
    case C::ServiceInterrupted:
        if (m_rng.chance(700))
            addDialog(K::KeyUsageRecord, captureAfter(m_issueAt), title, m_issueMessage);
        chatOrLog(800, 100);
        break;
    case C::ServiceNotCompleted:
        chatOrLog(850, 100);
        if (m_rng.chance(500))
            addPage(K::Screenshot, late, orderTitle, m_pageStatus, true, m_pageHint);
        break;
    case C::ExtractionFailure:
        addDialog(K::Screenshot, captureAfter(m_issueAt), title, m_issueMessage);
        break;
    case C::PaidNotDelivered:
        if (m_rng.chance(850))
            addReceipt(m_rng.chance(500) ? captureAfter(m_paid) : late, m_transaction, false);
        if (m_rng.chance(600))
            addPage(K::Screenshot, late, orderTitle, m_pageStatus, true, m_pageHint);
        break;
    case C::DuplicateCharge: {
        const int r = int(m_rng.range(0, 999));
        if (r < 700) {
            addReceipt(late, m_transaction2, true);
        } else if (r < 850) {
            addReceipt(late, m_transaction, false);
            addReceipt(late + kMinute, m_transaction2, false);
        } else {
            addReceipt(late, m_transaction2, true);
            m_draft.evidence.last().kind = K::Screenshot; // a receipt filed as a plain screenshot
        }
        break;
    }
    case C::OrderStuck:
        addPage(K::Screenshot, captureAfter(m_issueAt), orderTitle, m_pageStatus, true, m_pageHint);
        break;
    case C::AccountDataLoss:
        addPage(K::Screenshot, captureAfter(m_issueAt), QStringLiteral("已购卡密"), m_pageStatus, true, m_pageHint);
        break;
    case C::CarrierDelay:
        if (m_rng.chance(700))
            addReceipt(captureAfter(m_paid), m_transaction, false);
        if (m_rng.chance(500))
            addPage(K::Screenshot, late, orderTitle, m_pageStatus, true, m_pageHint);
        break;
    case C::PublisherIssue:
        addDialog(K::Screenshot, captureAfter(m_issueAt), title, m_issueMessage);
        if (m_rng.chance(300))
            addChat(K::CommunicationRecord, m_chatFrom, S, false);
        break;
    }

    // Every ticket carries at least one picture.
    bool hasImage = false;
    for (const EvidencePlan &plan : m_draft.evidence)
        hasImage = hasImage || plan.specific.isImage();
    if (!hasImage) {
        if (categoryGroup(m_category) == CategoryGroup::ProductDefect || m_category == C::ServiceInterrupted)
            addDialog(K::Screenshot, captureAfter(m_issueAt), title, m_issueMessage);
        else
            addPage(K::Screenshot, late, orderTitle, m_pageStatus.isEmpty() ? QStringLiteral("处理中") : m_pageStatus, true,
                    m_pageHint);
    }
    // Off-platform deals: the customer exports the WeChat conversation that moved the deal away.
    if (m_twist == Twist::OffPlatform)
        addChat(K::ChatLog, m_issueAt + between(5, 30) * kMinute, m_issueAt + between(1, 3) * kHour, true, true);
    else if (m_draft.evidence.size() < 3 && m_rng.chance(80))
        addChat(K::ChatLog, m_chatFrom, S, true);
    while (m_draft.evidence.size() > 3)
        m_draft.evidence.removeLast();
}

void ScenarioBuilder::addNotes()
{
    const qint64 S = m_submitted;
    if (m_now - S < 10 * kMinute)
        return;
    if (!m_rng.chance(m_twist != Twist::None ? 400 : 60))
        return;
    static const char *const authors[] = {"agent1", "agent2", "agent1", "agent2", "super1"};
    const QString author = QString::fromLatin1(authors[m_rng.index(std::size(authors))]);
    const qint64 at = S + between(5 * kMinute, qMin(m_now - S - kMinute, 2 * kDay));
    m_draft.notes << SeedNote{NoteKind::Internal, author, internalNote(m_category, m_twist, m_rng.next()), instant(at)};
}

} // namespace wd::seed
