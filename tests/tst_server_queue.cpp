// The queue listing (GET /api/v1/tickets) over real HTTP: every filter (step, status, category,
// liable_party, merchant, product_type, sla, assignee, q incl. Chinese substrings), the sort
// orders, keyset cursor paging that visits every ticket exactly once, incremental sync with
// updated_since, and 400 naming the parameter for values the server does not know.

#include "servertesthelpers.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace wd;
using namespace wd::test;

namespace {

struct Spec
{
    const char *id;
    const char *category;
    const char *merchant;
    const char *merchantName;
    const char *productType;
    double amount;
    qint64 ageHours; // submitted this long before the server's now
    const char *description;
};

// A: 1 h, B: 30 d ... the SLA of the old ones is breached whatever the holidays; the young are ok.
const QList<Spec> kSpecs{
    {"L-A", "product_defect.invalid_key", "M2001", "星河点卡店", "game_card", 98.50, 1, "激活提示卡密无效"},
    {"L-B", "product_defect.wrong_key", "M2002", "月光数码", "activation_key", 120.00, 30 * 24, "发错卡密,区服不对"},
    {"L-C", "platform_fault.duplicate_charge", "M2001", "星河点卡店", "game_card", 50.00, 2, "支付接口重复扣款"},
    {"L-D", "third_party.carrier_delay", "M3003", "三号通讯", "phone_topup", 50.00, 40 * 24, "话费充值延迟到账"},
    {"L-E", "merchant_fulfillment.service_interrupted", "M2002", "月光数码", "membership", 30.00, 3, "30天会员3天失效"},
    {"L-F", "product_defect.invalid_key", "M2001", "星河点卡店", "game_card", 50.00, 25 * 24, "充值卡 100% 无效"},
    {"L-G", "platform_fault.order_stuck", "M3003", "三号通讯", "other", 200.00, 4, "订单一直处理中"},
    {"L-H", "product_defect.not_as_described", "M2002", "月光数码", "game_card", 75.25, 20 * 24, "面值与描述不符"},
};

QString iso(const QDateTime &t)
{
    return t.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
}

QJsonObject makeCase(const Spec &spec, const QDateTime &now)
{
    QJsonObject c = TestServer::sampleCase(QString::fromLatin1(spec.id), QString::fromLatin1(spec.category));
    const QDateTime submitted = now.addSecs(-spec.ageHours * 3600);
    const QDateTime delivered = submitted.addDays(-2);
    QJsonObject ticket = c.value(QStringLiteral("ticket")).toObject();
    ticket[QStringLiteral("submitted_at")] = iso(submitted);
    ticket[QStringLiteral("description")] = QString::fromUtf8(spec.description);
    c[QStringLiteral("ticket")] = ticket;
    QJsonObject order = c.value(QStringLiteral("order")).toObject();
    order[QStringLiteral("merchant_id")] = QString::fromLatin1(spec.merchant);
    order[QStringLiteral("amount_paid")] = spec.amount;
    order[QStringLiteral("paid_at")] = iso(delivered.addSecs(-120));
    order[QStringLiteral("delivered_at")] = iso(delivered);
    order[QStringLiteral("order_no")] = QStringLiteral("KM-%1").arg(QString::fromLatin1(spec.id));
    order[QStringLiteral("product")] = QJsonObject{{QStringLiteral("sku"), QStringLiteral("SKU-1")},
                                                   {QStringLiteral("name"), QStringLiteral("商品 %1").arg(QString::fromLatin1(spec.id))},
                                                   {QStringLiteral("type"), QString::fromLatin1(spec.productType)},
                                                   {QStringLiteral("face_value"), 100.00}};
    c[QStringLiteral("order")] = order;
    QJsonObject merchant = c.value(QStringLiteral("merchant")).toObject();
    merchant[QStringLiteral("id")] = QString::fromLatin1(spec.merchant);
    merchant[QStringLiteral("name")] = QString::fromUtf8(spec.merchantName);
    c[QStringLiteral("merchant")] = merchant;
    c[QStringLiteral("key_events")] = QJsonArray{
        QJsonObject{{QStringLiteral("at"), iso(delivered)}, {QStringLiteral("key_id"), QStringLiteral("K-1")}, {QStringLiteral("type"), QStringLiteral("delivered")},
                    {QStringLiteral("source"), QStringLiteral("platform")}, {QStringLiteral("actor"), QStringLiteral("U10086")}},
        QJsonObject{{QStringLiteral("at"), iso(submitted.addSecs(-600))}, {QStringLiteral("key_id"), QStringLiteral("K-1")},
                    {QStringLiteral("type"), QStringLiteral("activation_attempt")}, {QStringLiteral("result"), QStringLiteral("invalid")},
                    {QStringLiteral("source"), QStringLiteral("publisher")}, {QStringLiteral("actor"), QStringLiteral("U10086")}}};
    return c;
}

QStringList ids(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue &v : items)
        out << v.toObject().value(QStringLiteral("id")).toString();
    return out;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

class tst_ServerQueue : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void filters_data();
    void filters();
    void textSearch_data();
    void textSearch();
    void sortOrders();
    void cursorPagingVisitsEachTicketOnce_data();
    void cursorPagingVisitsEachTicketOnce();
    void updatedSince();
    void unknownValuesAreRefused_data();
    void unknownValuesAreRefused();
    void slaWarningThenBreach(); // moves the clock on: last
    void cleanupTestCase();

private:
    QStringList list(const QString &query, const QString &user = QStringLiteral("super1"));
    std::unique_ptr<TestServer> m_server;
};

void tst_ServerQueue::initTestCase()
{
    if (const QString why = TestServer::postgresUnavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_server = std::make_unique<TestServer>();
    TestServer &s = *m_server;
    for (const Spec &spec : kSpecs) {
        const HttpReply r = s.intake(makeCase(spec, s.now()));
        QVERIFY2(r.status == 201, describe(r).constData());
    }
    auto post = [&](const QString &id, const QString &tail, const QJsonObject &body, const QString &user) {
        const HttpReply r = s.write(QStringLiteral("/api/v1/tickets/%1/%2").arg(id, tail), body, user, s.version(id));
        QVERIFY2(r.status == 200, qPrintable(id + QLatin1Char('/') + tail + QStringLiteral(": ") + QString::fromUtf8(describe(r))));
    };
    const QJsonObject advance{{QStringLiteral("action"), QStringLiteral("advance")}};
    post(QStringLiteral("L-A"), QStringLiteral("claim"), {}, QStringLiteral("agent1"));
    post(QStringLiteral("L-A"), QStringLiteral("notes"), {{QStringLiteral("kind"), QStringLiteral("internal")}, {QStringLiteral("text"), QStringLiteral("买家情绪激动")}},
         QStringLiteral("agent1"));
    post(QStringLiteral("L-B"), QStringLiteral("claim"), {}, QStringLiteral("agent1"));
    post(QStringLiteral("L-C"), QStringLiteral("claim"), {}, QStringLiteral("agent2"));
    post(QStringLiteral("L-D"), QStringLiteral("claim"), {}, QStringLiteral("agent1"));
    post(QStringLiteral("L-D"), QStringLiteral("transitions"), advance, QStringLiteral("agent1"));
    post(QStringLiteral("L-D"), QStringLiteral("transitions"), {{QStringLiteral("action"), QStringLiteral("request_evidence")}}, QStringLiteral("agent1"));
    post(QStringLiteral("L-E"), QStringLiteral("claim"), {}, QStringLiteral("agent2"));
    post(QStringLiteral("L-E"), QStringLiteral("transitions"), advance, QStringLiteral("agent2"));
    post(QStringLiteral("L-E"), QStringLiteral("transitions"), advance, QStringLiteral("agent2"));
}

void tst_ServerQueue::cleanupTestCase()
{
    m_server.reset();
}

QStringList tst_ServerQueue::list(const QString &query, const QString &user)
{
    const HttpReply r = m_server->request("GET", QStringLiteral("/api/v1/tickets?") + query, {}, user);
    if (r.status != 200)
        return {QStringLiteral("HTTP %1: %2").arg(r.status).arg(QString::fromUtf8(r.body))};
    return ids(r.json().value(QStringLiteral("items")).toArray());
}

void tst_ServerQueue::filters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("expected");
    const QString super1 = QStringLiteral("super1");
    auto row = [&](const char *name, const char *query, const char *expected, const QString &user) {
        QTest::newRow(name) << QString::fromUtf8(query) << user << QString::fromLatin1(expected).split(QLatin1Char(','), Qt::SkipEmptyParts);
    };
    row("no filter", "", "L-A,L-B,L-C,L-D,L-E,L-F,L-G,L-H", super1);
    row("step feedback", "step=feedback", "L-A,L-B,L-C,L-F,L-G,L-H", super1);
    row("step evidence", "step=evidence", "L-D", super1);
    row("step review,evidence", "step=review,evidence", "L-D,L-E", super1);
    row("step closed", "step=closed", "", super1);
    row("status open", "status=open", "L-F,L-G,L-H", super1);
    row("status in_progress", "status=in_progress", "L-A,L-B,L-C,L-E", super1);
    row("status awaiting_customer", "status=awaiting_customer", "L-D", super1);
    row("category one", "category=product_defect.invalid_key", "L-A,L-F", super1);
    row("category two", "category=product_defect.invalid_key,platform_fault.order_stuck", "L-A,L-F,L-G", super1);
    row("liable platform", "liable_party=platform", "L-C,L-G", super1);
    row("liable third_party", "liable_party=third_party", "L-D", super1);
    row("liable merchant", "liable_party=merchant", "L-A,L-B,L-E,L-F,L-H", super1);
    row("merchant M2002", "merchant=M2002", "L-B,L-E,L-H", super1);
    row("merchant two", "merchant=M2001,M3003", "L-A,L-C,L-D,L-F,L-G", super1);
    row("merchant unknown", "merchant=M9999", "", super1);
    row("product game_card", "product_type=game_card", "L-A,L-C,L-F,L-H", super1);
    row("product phone_topup", "product_type=phone_topup", "L-D", super1);
    row("sla ok", "sla=ok", "L-A,L-C,L-G", super1);
    row("sla breached", "sla=breached", "L-B,L-F,L-H", super1);
    row("sla paused", "sla=paused", "L-D", super1);
    row("sla met", "sla=met", "L-E", super1);
    row("sla breached,paused", "sla=breached,paused", "L-B,L-D,L-F,L-H", super1);
    row("assignee me agent1", "assignee=me", "L-A,L-B,L-D", QStringLiteral("agent1"));
    row("assignee me agent2", "assignee=me", "L-C,L-E", QStringLiteral("agent2"));
    row("assignee me super1", "assignee=me", "", super1);
    row("assignee none", "assignee=none", "L-F,L-G,L-H", super1);
    row("assignee named", "assignee=agent2", "L-C,L-E", super1);
    row("combined", "merchant=M2001&status=in_progress&product_type=game_card", "L-A,L-C", super1);
    row("combined with q", "assignee=me&q=%E5%8D%A1%E5%AF%86", "L-A,L-B", QStringLiteral("agent1")); // q=卡密
}

void tst_ServerQueue::filters()
{
    QFETCH(QString, query);
    QFETCH(QString, user);
    QFETCH(QStringList, expected);
    QCOMPARE(sorted(list(query, user)), sorted(expected));
}

void tst_ServerQueue::textSearch_data()
{
    QTest::addColumn<QString>("q");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char *name, const char *q, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(q) << QString::fromLatin1(expected).split(QLatin1Char(','), Qt::SkipEmptyParts);
    };
    row("chinese in description", "话费", "L-D");
    row("chinese substring mid-word", "复扣", "L-C");
    row("chinese in merchant name", "点卡", "L-A,L-C,L-F");
    row("chinese in a note", "情绪", "L-A");
    row("order number, any case", "km-l-b", "L-B");
    row("ticket id, upper case", "L-G", "L-G");
    row("percent is literal", "%", "L-F");
    row("percent in a word", "100%", "L-F");
    row("underscore is literal", "_", "");
    row("backslash is literal", "\\", "");
    row("no match", "不存在的内容", "");
    row("surrounding blanks ignored", "  面值  ", "L-H");
}

void tst_ServerQueue::textSearch()
{
    QFETCH(QString, q);
    QFETCH(QStringList, expected);
    const QString query = QStringLiteral("q=") + QString::fromLatin1(QUrl::toPercentEncoding(q));
    QCOMPARE(sorted(list(query)), sorted(expected));
}

void tst_ServerQueue::sortOrders()
{
    TestServer &s = *m_server;
    auto items = [&](const QString &sort) {
        return s.request("GET", QStringLiteral("/api/v1/tickets?sort=") + sort, {}, QStringLiteral("super1")).json().value(QStringLiteral("items")).toArray();
    };
    auto instant = [](const QJsonValue &v, const char *key) {
        return QDateTime::fromString(v.toObject().value(QLatin1String(key)).toString(), Qt::ISODate);
    };
    // sla (the default): the most urgent first.
    QJsonArray list = items(QStringLiteral("sla"));
    QCOMPARE(list.size(), kSpecs.size());
    for (qsizetype i = 1; i < list.size(); ++i)
        QVERIFY(instant(list.at(i - 1), "sla_due_at") <= instant(list.at(i), "sla_due_at"));
    QCOMPARE(ids(list).first(), QStringLiteral("L-D")); // submitted 40 days ago
    QCOMPARE(ids(s.request("GET", QStringLiteral("/api/v1/tickets"), {}, QStringLiteral("super1")).json().value(QStringLiteral("items")).toArray()), ids(list));
    // -submitted: newest first.
    list = items(QStringLiteral("-submitted"));
    QCOMPARE(ids(list), (QStringList{QStringLiteral("L-A"), QStringLiteral("L-C"), QStringLiteral("L-E"), QStringLiteral("L-G"),
                                     QStringLiteral("L-H"), QStringLiteral("L-F"), QStringLiteral("L-B"), QStringLiteral("L-D")}));
    list = items(QStringLiteral("submitted"));
    QCOMPARE(ids(list).first(), QStringLiteral("L-D"));
    // amount: ascending, equal amounts by id.
    list = items(QStringLiteral("amount"));
    QCOMPARE(ids(list), (QStringList{QStringLiteral("L-E"), QStringLiteral("L-C"), QStringLiteral("L-D"), QStringLiteral("L-F"),
                                     QStringLiteral("L-H"), QStringLiteral("L-A"), QStringLiteral("L-B"), QStringLiteral("L-G")}));
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("amount")).toDouble(), 30.00);
    QCOMPARE(list.at(4).toObject().value(QStringLiteral("amount")).toDouble(), 75.25);
    list = items(QStringLiteral("-amount"));
    QCOMPARE(ids(list), (QStringList{QStringLiteral("L-G"), QStringLiteral("L-B"), QStringLiteral("L-A"), QStringLiteral("L-H"),
                                     QStringLiteral("L-F"), QStringLiteral("L-D"), QStringLiteral("L-C"), QStringLiteral("L-E")}));
}

void tst_ServerQueue::cursorPagingVisitsEachTicketOnce_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("limit");
    for (const char *sort : {"sla", "-sla", "submitted", "-submitted", "amount", "-amount", "updated", "-updated"}) {
        for (int limit : {1, 3, 500})
            QTest::addRow("sort=%s limit=%d", sort, limit) << QStringLiteral("sort=%1").arg(QLatin1String(sort)) << limit;
    }
    QTest::newRow("filtered, amount, limit 2") << QStringLiteral("sort=amount&merchant=M2001,M2002") << 2;
    QTest::newRow("filtered, -submitted, limit 2") << QStringLiteral("sort=-submitted&step=feedback") << 2;
}

void tst_ServerQueue::cursorPagingVisitsEachTicketOnce()
{
    QFETCH(QString, query);
    QFETCH(int, limit);
    TestServer &s = *m_server;
    const HttpReply whole = s.request("GET", QStringLiteral("/api/v1/tickets?limit=500&") + query, {}, QStringLiteral("super1"));
    QCOMPARE(whole.status, 200);
    const QStringList expected = ids(whole.json().value(QStringLiteral("items")).toArray());
    QVERIFY(!expected.isEmpty());
    QVERIFY(whole.json().value(QStringLiteral("next_cursor")).isNull());
    QVERIFY(!whole.json().value(QStringLiteral("has_more")).toBool());

    QStringList visited;
    QString cursor;
    for (int page = 0; page <= expected.size(); ++page) {
        QString path = QStringLiteral("/api/v1/tickets?limit=%1&").arg(limit) + query;
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const HttpReply r = s.request("GET", path, {}, QStringLiteral("super1"));
        QVERIFY2(r.status == 200, describe(r).constData());
        const QJsonArray items = r.json().value(QStringLiteral("items")).toArray();
        QVERIFY(items.size() <= limit);
        visited << ids(items);
        cursor = r.json().value(QStringLiteral("next_cursor")).toString();
        QCOMPARE(r.json().value(QStringLiteral("has_more")).toBool(), !cursor.isEmpty());
        if (cursor.isEmpty())
            break;
    }
    QVERIFY(cursor.isEmpty());
    QCOMPARE(visited, expected); // same order, nobody twice, nobody skipped
}

void tst_ServerQueue::updatedSince()
{
    TestServer &s = *m_server;
    HttpReply r = s.request("GET", QStringLiteral("/api/v1/tickets?updated_since=0"), {}, QStringLiteral("agent2"));
    QCOMPARE(r.status, 200);
    QCOMPARE(sorted(ids(r.json().value(QStringLiteral("items")).toArray())).size(), kSpecs.size());
    const QString c0 = r.json().value(QStringLiteral("next_cursor")).toString();
    QVERIFY2(c0.toLongLong() > 0, r.body.constData());
    // Oldest change first.
    const QJsonArray all = r.json().value(QStringLiteral("items")).toArray();
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).toObject().value(QStringLiteral("change_seq")).toInteger() < all.at(i).toObject().value(QStringLiteral("change_seq")).toInteger());

    // Nothing changed: nothing listed, the cursor stays.
    r = s.request("GET", QStringLiteral("/api/v1/tickets?updated_since=") + c0, {}, QStringLiteral("agent2"));
    QVERIFY(r.json().value(QStringLiteral("items")).toArray().isEmpty());
    QCOMPARE(r.json().value(QStringLiteral("next_cursor")).toString(), c0);

    // Two changes: exactly those tickets, once each, and a cursor past them.
    QCOMPARE(s.write(QStringLiteral("/api/v1/tickets/L-G/claim"), {}, QStringLiteral("agent2"), 0).status, 200);
    QCOMPARE(s.write(QStringLiteral("/api/v1/tickets/L-H/claim"), {}, QStringLiteral("super2"), 0).status, 200);
    QCOMPARE(s.write(QStringLiteral("/api/v1/tickets/L-G/notes"), {{QStringLiteral("kind"), QStringLiteral("internal")}, {QStringLiteral("text"), QStringLiteral("催单")}},
                     QStringLiteral("agent2"), s.version(QStringLiteral("L-G"))).status,
             200);
    r = s.request("GET", QStringLiteral("/api/v1/tickets?updated_since=") + c0, {}, QStringLiteral("agent2"));
    QCOMPARE(r.status, 200);
    QCOMPARE(ids(r.json().value(QStringLiteral("items")).toArray()), (QStringList{QStringLiteral("L-H"), QStringLiteral("L-G")}));
    const QString c1 = r.json().value(QStringLiteral("next_cursor")).toString();
    QVERIFY(c1.toLongLong() > c0.toLongLong());
    QCOMPARE(r.json().value(QStringLiteral("items")).toArray().at(1).toObject().value(QStringLiteral("holder")).toString(), QStringLiteral("agent2"));
    r = s.request("GET", QStringLiteral("/api/v1/tickets?updated_since=") + c1, {}, QStringLiteral("agent2"));
    QVERIFY(r.json().value(QStringLiteral("items")).toArray().isEmpty());
    QCOMPARE(r.json().value(QStringLiteral("next_cursor")).toString(), c1);
    // In small pages the cursor moves page by page.
    r = s.request("GET", QStringLiteral("/api/v1/tickets?limit=1&updated_since=") + c0, {}, QStringLiteral("agent2"));
    QCOMPARE(ids(r.json().value(QStringLiteral("items")).toArray()), QStringList{QStringLiteral("L-H")});
    QVERIFY(r.json().value(QStringLiteral("has_more")).toBool());
    r = s.request("GET", QStringLiteral("/api/v1/tickets?limit=1&updated_since=") + r.json().value(QStringLiteral("next_cursor")).toString(), {},
                  QStringLiteral("agent2"));
    QCOMPARE(ids(r.json().value(QStringLiteral("items")).toArray()), QStringList{QStringLiteral("L-G")});
    QCOMPARE(r.json().value(QStringLiteral("next_cursor")).toString(), c1);
    // Filters still apply.
    r = s.request("GET", QStringLiteral("/api/v1/tickets?merchant=M3003&updated_since=") + c0, {}, QStringLiteral("agent2"));
    QCOMPARE(ids(r.json().value(QStringLiteral("items")).toArray()), QStringList{QStringLiteral("L-G")});
}

void tst_ServerQueue::unknownValuesAreRefused_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");
    auto row = [](const char *query, const char *parameter) {
        QTest::newRow(query) << QString::fromUtf8(query) << QString::fromLatin1(parameter);
    };
    row("step=bogus", "step");
    row("step=feedback,bogus", "step");
    row("status=closedd", "status");
    row("category=product_defect", "category");
    row("liable_party=customerr", "liable_party");
    row("product_type=GAME_CARD", "product_type");
    row("sla=late", "sla");
    row("sort=price", "sort");
    row("sort=-", "sort");
    row("limit=0", "limit");
    row("limit=501", "limit");
    row("limit=ten", "limit");
    row("cursor=%21%21%21", "cursor");
    row("updated_since=-1", "updated_since");
    row("updated_since=yesterday", "updated_since");
    row("step=%E5%8F%8D%E9%A6%88", "step");
}

void tst_ServerQueue::unknownValuesAreRefused()
{
    QFETCH(QString, query);
    QFETCH(QString, parameter);
    const HttpReply r = m_server->request("GET", QStringLiteral("/api/v1/tickets?") + query, {}, QStringLiteral("agent1"));
    QVERIFY2(r.status == 400, describe(r).constData());
    QVERIFY2(isProblem(r), r.body.constData());
    QCOMPARE(code(r), QStringLiteral("invalid_parameter"));
    QCOMPARE(r.json().value(QStringLiteral("field")).toString(), parameter);
}

void tst_ServerQueue::slaWarningThenBreach()
{
    TestServer &s = *m_server;
    Spec spec = kSpecs.first();
    spec.id = "L-NEW";
    spec.ageHours = 0;
    QCOMPARE(s.intake(makeCase(spec, s.now())).status, 201);
    QString token = s.token(QStringLiteral("super1"));
    auto get = [&](const QString &query) { return withToken(s, "GET", QStringLiteral("/api/v1/tickets?") + query, token); };
    auto listed = [&](const QString &query) { return ids(get(query).json().value(QStringLiteral("items")).toArray()); };
    QCOMPARE(listed(QStringLiteral("sla=ok&q=l-new")), QStringList{QStringLiteral("L-NEW")});
    const QJsonObject item = get(QStringLiteral("q=l-new")).json().value(QStringLiteral("items")).toArray().first().toObject();
    QCOMPARE(item.value(QStringLiteral("sla_state")).toString(), QStringLiteral("ok"));
    const QDateTime due = QDateTime::fromString(item.value(QStringLiteral("sla_due_at")).toString(), Qt::ISODate);
    QVERIFY(due > s.now().addDays(1));
    // A minute before the due instant: under 25 % of the working time is left. (Days pass: sign in anew.)
    s.advanceClock(s.now().secsTo(due) - 60);
    token = freshToken(s, QStringLiteral("super1"));
    QVERIFY(!token.isEmpty());
    QCOMPARE(listed(QStringLiteral("sla=warning&q=l-new")), QStringList{QStringLiteral("L-NEW")});
    QCOMPARE(listed(QStringLiteral("sla=ok,breached&q=l-new")), QStringList());
    QCOMPARE(get(QStringLiteral("q=l-new")).json().value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("sla_state")).toString(),
             QStringLiteral("warning"));
    // The dashboard counts what the queue lists. Not simply 1: the young fixtures (1-4 h old) fall
    // into warning together with L-NEW when all were submitted outside working hours (a weekend in
    // UTC+8), since their SLA then starts at the same instant.
    const int warningListed = int(get(QStringLiteral("sla=warning&limit=100")).json().value(QStringLiteral("items")).toArray().size());
    QVERIFY(warningListed >= 1);
    QCOMPARE(withToken(s, "GET", QStringLiteral("/api/v1/stats"), token).json().value(QStringLiteral("sla")).toObject().value(QStringLiteral("warning")).toInt(),
             warningListed);
    // Two minutes later it is breached.
    s.advanceClock(120);
    QCOMPARE(listed(QStringLiteral("sla=breached&q=l-new")), QStringList{QStringLiteral("L-NEW")});
    QCOMPARE(listed(QStringLiteral("sla=warning")), QStringList());
}

QTEST_MAIN(tst_ServerQueue)
#include "tst_server_queue.moc"
