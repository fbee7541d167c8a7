// Safe writes over real HTTP: If-Match (428 / 412 with the current version / 400), Idempotency-Key
// (400 / replay / 422), duplicate submits and racing writers fired at once, concurrent pulls that
// never hand one ticket to two people, and leases (claim, renew, release, expiry).

#include "servertesthelpers.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

using namespace wd;
using namespace wd::test;

namespace {

QJsonObject note(const QString &text)
{
    return {{QStringLiteral("kind"), QStringLiteral("internal")}, {QStringLiteral("text"), text}};
}

qsizetype noteCount(TestServer &s, const QString &id)
{
    return s.request("GET", QStringLiteral("/api/v1/tickets/") + id, {}, QStringLiteral("agent1"))
        .json().value(QStringLiteral("notes")).toArray().size();
}

QDateTime leaseUntil(const HttpReply &r)
{
    return QDateTime::fromString(r.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("lease_until")).toString(), Qt::ISODateWithMs);
}

} // namespace

class tst_ServerWrites : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void ifMatch();
    void idempotencyKey();
    void intakeReplay();
    void duplicateSubmitsAtOnce();
    void racingWritersOnOneVersion();
    void racingVerdicts();
    void jsonColumnsStoredAsText();
    void preparedWriteOvertaken_data();
    void preparedWriteOvertaken();
    void concurrentPulls();
    void leases();
    void pipelinedRequestsAnswerInOrder();
    void cleanupTestCase();

private:
    // A fresh ticket held by agent1; returns its version.
    qint64 heldTicket(const QString &id);
    std::unique_ptr<TestServer> m_server;
};

void tst_ServerWrites::initTestCase()
{
    if (const QString why = TestServer::postgresUnavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_server = std::make_unique<TestServer>();
}

void tst_ServerWrites::cleanupTestCase()
{
    if (m_server) {
        const HttpReply verify = m_server->request("GET", QStringLiteral("/api/v1/audit/verify"), {}, QStringLiteral("admin"));
        QCOMPARE(verify.status, 200);
        QVERIFY2(verify.json().value(QStringLiteral("ok")).toBool(), verify.body.constData());
    }
    m_server.reset();
}

qint64 tst_ServerWrites::heldTicket(const QString &id)
{
    TestServer &s = *m_server;
    if (s.intake(TestServer::sampleCase(id)).status != 201)
        return 0;
    const HttpReply r = s.write(QStringLiteral("/api/v1/tickets/%1/claim").arg(id), {}, QStringLiteral("agent1"), 0);
    return r.status == 200 ? r.json().value(QStringLiteral("version")).toInteger() : 0;
}

void tst_ServerWrites::ifMatch()
{
    TestServer &s = *m_server;
    const QString id = QStringLiteral("T-IFM-1");
    const qint64 v = heldTicket(id);
    QVERIFY(v > 0);
    const QString notes = QStringLiteral("/api/v1/tickets/%1/notes").arg(id);
    const QByteArray body = compact(note(QStringLiteral("第一条")));
    const StoreSnapshot before = StoreSnapshot::take(s, id);

    // Missing: 428, nothing stored.
    HttpReply r = s.request("POST", notes, body, QStringLiteral("agent1"), writeHeaders(0));
    QCOMPARE(r.status, 428);
    QVERIFY2(isProblem(r), r.body.constData());
    QCOMPARE(code(r), QStringLiteral("precondition_required"));
    QCOMPARE(r.json().value(QStringLiteral("field")).toString(), QStringLiteral("If-Match"));
    r = s.request("PATCH", QStringLiteral("/api/v1/tickets/") + id, compact({{QStringLiteral("findings"), QJsonObject{{QStringLiteral("user_error"), true}}}}),
                  QStringLiteral("agent1"), writeHeaders(0));
    QCOMPARE(r.status, 428);

    // Malformed: 400 naming the header.
    for (const QByteArray &bad : {QByteArray("abc"), QByteArray("\"\""), QByteArray("\"0\""), QByteArray("\"-3\""), QByteArray("*"),
                                  QByteArray("\"1\", \"2\""), QByteArray("\"99999999999999999999999\"")}) {
        Headers h{{"Idempotency-Key", newKey()}, {"If-Match", bad}};
        r = s.request("POST", notes, body, QStringLiteral("agent1"), h);
        QVERIFY2(r.status == 400, (bad + " -> " + describe(r)).constData());
        QCOMPARE(code(r), QStringLiteral("if_match_invalid"));
        QCOMPARE(r.json().value(QStringLiteral("field")).toString(), QStringLiteral("If-Match"));
    }
    QVERIFY2(StoreSnapshot::take(s, id) == before, StoreSnapshot::take(s, id).toString().constData());

    // Current: done, with the new version as ETag.
    r = s.write(notes, note(QStringLiteral("第一条")), QStringLiteral("agent1"), v);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("version")).toInteger(), v + 1);
    QCOMPARE(r.header("ETag"), etag(v + 1));

    // Stale: 412 with the current version and ticket; nothing changes.
    const StoreSnapshot middle = StoreSnapshot::take(s, id);
    r = s.write(notes, note(QStringLiteral("基于旧版本")), QStringLiteral("agent1"), v);
    QCOMPARE(r.status, 412);
    QVERIFY2(isProblem(r), r.body.constData());
    QCOMPARE(code(r), QStringLiteral("version_conflict"));
    QCOMPARE(r.json().value(QStringLiteral("current_version")).toInteger(), v + 1);
    QCOMPARE(r.json().value(QStringLiteral("current")).toObject().value(QStringLiteral("version")).toInteger(), v + 1);
    r = s.write(notes, note(QStringLiteral("来自未来")), QStringLiteral("agent1"), v + 5);
    QCOMPARE(r.status, 412);
    QCOMPARE(r.json().value(QStringLiteral("current_version")).toInteger(), v + 1);
    QVERIFY2(StoreSnapshot::take(s, id) == middle, StoreSnapshot::take(s, id).toString().constData());
    QCOMPARE(noteCount(s, id), 1);

    // A missing ticket is 404 whatever the version.
    r = s.write(QStringLiteral("/api/v1/tickets/T-NOPE/notes"), note(QStringLiteral("x")), QStringLiteral("agent1"), 1);
    QCOMPARE(r.status, 404);
    QVERIFY(isProblem(r));
}

void tst_ServerWrites::idempotencyKey()
{
    TestServer &s = *m_server;
    const QString id = QStringLiteral("T-IDEM-1");
    const qint64 v = heldTicket(id);
    QVERIFY(v > 0);
    const QString notes = QStringLiteral("/api/v1/tickets/%1/notes").arg(id);
    const QByteArray body = compact(note(QStringLiteral("买家来电")));
    StoreSnapshot before = StoreSnapshot::take(s, id);

    // Missing or malformed keys: 400, nothing stored.
    HttpReply r = s.request("POST", notes, body, QStringLiteral("agent1"), {{"If-Match", etag(v)}});
    QCOMPARE(r.status, 400);
    QVERIFY2(isProblem(r), r.body.constData());
    QCOMPARE(code(r), QStringLiteral("idempotency_key_missing"));
    QCOMPARE(r.json().value(QStringLiteral("field")).toString(), QStringLiteral("Idempotency-Key"));
    for (const QByteArray &bad : {QByteArray("short"), QByteArray("has spaces in it"), QByteArray(200, 'k'), QByteArray("键键键键键键键键键")}) {
        r = s.request("POST", notes, body, QStringLiteral("agent1"), {{"If-Match", etag(v)}, {"Idempotency-Key", bad}});
        QVERIFY2(r.status == 400, describe(r).constData());
        QCOMPARE(r.json().value(QStringLiteral("field")).toString(), QStringLiteral("Idempotency-Key"));
    }
    QVERIFY2(StoreSnapshot::take(s, id) == before, StoreSnapshot::take(s, id).toString().constData());

    // First use does the write; the same key and body replay the first answer and write nothing.
    const QByteArray key = newKey();
    const HttpReply first = s.request("POST", notes, body, QStringLiteral("agent1"), writeHeaders(v, key));
    QCOMPARE(first.status, 200);
    QVERIFY(first.header("Idempotent-Replay").isEmpty());
    const StoreSnapshot afterFirst = StoreSnapshot::take(s, id);
    QCOMPARE(afterFirst.version, v + 1);
    QCOMPARE(afterFirst.idempotency, before.idempotency + 1);
    for (int i = 0; i < 2; ++i) {
        const HttpReply again = s.request("POST", notes, body, QStringLiteral("agent1"), writeHeaders(v, key)); // If-Match now stale
        QCOMPARE(again.status, first.status);
        QCOMPARE(again.body, first.body);
        QCOMPARE(again.header("Idempotent-Replay"), QByteArray("true"));
        QCOMPARE(again.header("ETag"), first.header("ETag"));
        QVERIFY2(StoreSnapshot::take(s, id) == afterFirst, StoreSnapshot::take(s, id).toString().constData());
    }
    QCOMPARE(noteCount(s, id), 1);

    // The same key with another body: 422, nothing stored.
    r = s.request("POST", notes, compact(note(QStringLiteral("另一条"))), QStringLiteral("agent1"), writeHeaders(v + 1, key));
    QCOMPARE(r.status, 422);
    QVERIFY2(isProblem(r), r.body.constData());
    QCOMPARE(code(r), QStringLiteral("idempotency_key_reused"));
    QCOMPARE(r.json().value(QStringLiteral("field")).toString(), QStringLiteral("Idempotency-Key"));
    // ... or on another route.
    r = s.request("POST", QStringLiteral("/api/v1/tickets/%1/renew").arg(id), body, QStringLiteral("agent1"), writeHeaders(v + 1, key));
    QCOMPARE(r.status, 422);
    QVERIFY2(StoreSnapshot::take(s, id) == afterFirst, StoreSnapshot::take(s, id).toString().constData());

    // Keys belong to their user: super1's identical request with the same key is its own write.
    r = s.request("POST", notes, body, QStringLiteral("super1"), writeHeaders(v + 1, key));
    QVERIFY2(r.status == 200, describe(r).constData());
    QVERIFY(r.header("Idempotent-Replay").isEmpty());
    QCOMPARE(r.json().value(QStringLiteral("version")).toInteger(), v + 2);

    // A refused write is not remembered: after fixing the precondition the same key works.
    const QByteArray key2 = newKey();
    r = s.request("POST", notes, compact(note(QStringLiteral("第三条"))), QStringLiteral("agent1"), writeHeaders(v, key2));
    QCOMPARE(r.status, 412);
    r = s.request("POST", notes, compact(note(QStringLiteral("第三条"))), QStringLiteral("agent1"), writeHeaders(v + 2, key2));
    QVERIFY2(r.status == 200, describe(r).constData());
    QVERIFY(r.header("Idempotent-Replay").isEmpty());
    QCOMPARE(noteCount(s, id), 3);
}

void tst_ServerWrites::intakeReplay()
{
    TestServer &s = *m_server;
    const QByteArray body = compact(TestServer::sampleCase(QStringLiteral("T-IDEM-INTAKE")));
    const QByteArray key = newKey();
    const HttpReply first = s.request("POST", QStringLiteral("/api/v1/tickets"), body, QStringLiteral("super1"), {{"Idempotency-Key", key}});
    QCOMPARE(first.status, 201);
    QVERIFY(!first.header("Location").isEmpty());
    const StoreSnapshot after = StoreSnapshot::take(s);
    const HttpReply again = s.request("POST", QStringLiteral("/api/v1/tickets"), body, QStringLiteral("super1"), {{"Idempotency-Key", key}});
    QCOMPARE(again.status, 201);
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.header("Idempotent-Replay"), QByteArray("true"));
    QVERIFY2(StoreSnapshot::take(s) == after, StoreSnapshot::take(s).toString().constData());
    QCOMPARE(again.header("Location"), first.header("Location"));
    // Without a key a second intake of the same ticket is a conflict, not a second ticket.
    const HttpReply dup = s.request("POST", QStringLiteral("/api/v1/tickets"), body, QStringLiteral("super1"));
    QCOMPARE(dup.status, 409);
    QCOMPARE(code(dup), QStringLiteral("ticket_exists"));
}

void tst_ServerWrites::duplicateSubmitsAtOnce()
{
    TestServer &s = *m_server;
    const QString id = QStringLiteral("T-DUPSUB-1");
    const qint64 v = heldTicket(id);
    QVERIFY(v > 0);
    const qint64 seq = lastAuditSeq(s);
    const PendingRequest same{"POST", QStringLiteral("/api/v1/tickets/%1/notes").arg(id), compact(note(QStringLiteral("双击提交"))),
                              s.token(QStringLiteral("agent1")), writeHeaders(v)};
    const QList<HttpReply> replies = sendAll(s, QList<PendingRequest>(8, same));
    QCOMPARE(replies.size(), 8);
    int replayed = 0;
    for (const HttpReply &r : replies) {
        QVERIFY2(r.status == 200, describe(r).constData());
        QCOMPARE(r.body, replies.first().body);
        replayed += r.header("Idempotent-Replay") == "true" ? 1 : 0;
    }
    QCOMPARE(replayed, 7);
    QCOMPARE(s.version(id), v + 1);
    QCOMPARE(noteCount(s, id), 1);
    const QJsonArray added = entriesWithAction(auditEntries(s, seq), QStringLiteral("note.add"));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).toObject().value(QStringLiteral("ticket_id")).toString(), id);
}

void tst_ServerWrites::racingWritersOnOneVersion()
{
    TestServer &s = *m_server;
    const QString id = QStringLiteral("T-RACE-1");
    const qint64 v = heldTicket(id);
    QVERIFY(v > 0);
    const QString path = QStringLiteral("/api/v1/tickets/%1/notes").arg(id);
    const QString token = s.token(QStringLiteral("agent1"));
    const QList<HttpReply> replies = sendAll(s, {{"POST", path, compact(note(QStringLiteral("甲"))), token, writeHeaders(v)},
                                                 {"POST", path, compact(note(QStringLiteral("乙"))), token, writeHeaders(v)}});
    QList<int> statuses{replies.at(0).status, replies.at(1).status};
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, (QList<int>{200, 412}));
    const HttpReply &lost = replies.at(0).status == 412 ? replies.at(0) : replies.at(1);
    QCOMPARE(lost.json().value(QStringLiteral("current_version")).toInteger(), v + 1);
    QCOMPARE(s.version(id), v + 1);
    QCOMPARE(noteCount(s, id), 1);
}

// The JSON documents of a write go to the database as UTF-8 bytes (Database::textValue): they
// must land as text, Chinese intact, in the ticket row, its audit entry and its idempotency record.
void tst_ServerWrites::jsonColumnsStoredAsText()
{
    TestServer &s = *m_server;
    const QString id = QStringLiteral("T-TEXT-1");
    const qint64 v = driveToVerdict(s, id, QStringLiteral("agent1"));
    QVERIFY(v > 0);
    const HttpReply r = s.write(QStringLiteral("/api/v1/tickets/%1/verdict").arg(id), verdictBody(s, QStringLiteral("12.00")),
                                QStringLiteral("agent1"), v);
    QCOMPARE(r.status, 200);
    const QString reasoning = QStringLiteral("卡密无效,商家退款");
    QCOMPARE(s.request("GET", QStringLiteral("/api/v1/tickets/") + id, {}, QStringLiteral("agent1"))
                 .json().value(QStringLiteral("state")).toObject().value(QStringLiteral("verdict")).toObject()
                 .value(QStringLiteral("reasoning")).toString(),
             reasoning);
    wd::server::Database &db = s.api().database();
    {
        wd::server::Rows q = db.exec(QStringLiteral("SELECT state_json, ticket_json FROM tickets WHERE id = ?"), {id});
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().contains(reasoning), qPrintable(q.value(0).toString().left(300)));
        QVERIFY(q.value(1).toString().contains(QStringLiteral("\"id\":\"%1\"").arg(id)));
    }
    {
        wd::server::Rows q = db.exec(QStringLiteral("SELECT detail FROM audit WHERE ticket_id = ? AND action = 'verdict.record'"), {id});
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().startsWith(QLatin1Char('{')), qPrintable(q.value(0).toString()));
    }
    {
        // The verdict's answer, as the idempotent replay would give it back.
        wd::server::Rows q = db.exec(QStringLiteral("SELECT response FROM idempotency WHERE user_id = 'agent1' AND response LIKE ?"),
                                     {QStringLiteral("%needs_approval%")});
        QStringList responses;
        while (q.next())
            responses << q.value(0).toString();
        QVERIFY2(std::any_of(responses.begin(), responses.end(), [&](const QString &text) { return text.contains(QStringLiteral("\"ticket_id\":\"T-TEXT-1\"")) && text.contains(reasoning); }),
                 qPrintable(responses.join(QLatin1Char('\n')).left(2000)));
    }
    if (!db.isPostgres()) {
        // SQLite keeps a value's own type: a blob bound without the CAST would stay a blob.
        wd::server::Rows q = db.exec(QStringLiteral("SELECT typeof(t.state_json), typeof(t.ticket_json), "
                                                    "(SELECT group_concat(DISTINCT typeof(detail)) FROM audit), "
                                                    "(SELECT group_concat(DISTINCT typeof(response)) FROM idempotency) "
                                                    "FROM tickets t WHERE t.id = ?"),
                                     {id});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("text"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("text"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("text"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("text"));
    }
}

void tst_ServerWrites::racingVerdicts()
{
    TestServer &s = *m_server;
    const QString id = QStringLiteral("T-RACE-2");
    const qint64 v = driveToVerdict(s, id, QStringLiteral("agent1"));
    QVERIFY(v > 0);
    const QString path = QStringLiteral("/api/v1/tickets/%1/verdict").arg(id);
    const QString token = s.token(QStringLiteral("agent1"));
    const QList<HttpReply> replies = sendAll(s, {{"POST", path, compact(verdictBody(s, QStringLiteral("98.50"))), token, writeHeaders(v)},
                                                 {"POST", path, compact(verdictBody(s, QStringLiteral("50.00"))), token, writeHeaders(v)}});
    QList<int> statuses{replies.at(0).status, replies.at(1).status};
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, (QList<int>{200, 412}));
    const HttpReply &won = replies.at(0).status == 200 ? replies.at(0) : replies.at(1);
    const QJsonObject stored = s.request("GET", QStringLiteral("/api/v1/tickets/") + id, {}, QStringLiteral("agent1"))
                                   .json().value(QStringLiteral("state")).toObject().value(QStringLiteral("verdict")).toObject();
    QCOMPARE(stored.value(QStringLiteral("amount")).toDouble(),
             won.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("amount")).toDouble());
    QCOMPARE(s.version(id), v + 1);
}

void tst_ServerWrites::preparedWriteOvertaken_data()
{
    QTest::addColumn<bool>("sameKey");
    QTest::newRow("another write moved the ticket on") << false;
    QTest::newRow("the same key was used meanwhile") << true;
}

void tst_ServerWrites::preparedWriteOvertaken()
{
    // A write is prepared on a read worker and held there while a second write to the same
    // ticket is prepared, applied and committed. The held one must not be applied as prepared:
    // the writing thread handles it again from the start (412, or the first answer replayed).
    QFETCH(bool, sameKey);
    TestServer &s = *m_server;
    QVERIFY2(s.api().readThreads() >= 2, "TestServer runs two read threads");
    const QString id = QStringLiteral("T-PREP-%1").arg(sameKey ? 2 : 1);
    const qint64 v = heldTicket(id);
    QVERIFY(v > 0);
    const qint64 seq = lastAuditSeq(s);
    const QString path = QStringLiteral("/api/v1/tickets/%1/notes").arg(id);
    const QByteArray key = sameKey ? QByteArray("prep-same-key-1") : QByteArray();
    const QByteArray heldBody = compact(note(QStringLiteral("甲")));
    const QByteArray otherBody = sameKey ? heldBody : compact(note(QStringLiteral("乙")));
    const Headers heldHeaders = writeHeaders(v, key);

    QSemaphore entered, proceed;
    s.api().setAfterNextPrepare([&] {
        entered.release();
        proceed.tryAcquire(1, 60000);
    });
    const auto before = s.api().preparedCounts();
    QNetworkAccessManager network;
    QNetworkRequest req(QUrl(s.baseUrl() + path));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("Authorization", "Bearer " + s.token(QStringLiteral("agent1")).toLatin1());
    for (const auto &h : heldHeaders)
        req.setRawHeader(h.first, h.second);
    std::unique_ptr<QNetworkReply> held(network.post(req, heldBody));
    QTRY_VERIFY_WITH_TIMEOUT(entered.available() > 0, 20000); // (evaluated more than once)

    const HttpReply other = s.request("POST", path, otherBody, QStringLiteral("agent1"), sameKey ? heldHeaders : writeHeaders(v));
    QVERIFY2(other.status == 200, describe(other).constData());
    proceed.release();
    QTRY_VERIFY_WITH_TIMEOUT(held->isFinished(), 20000);
    const int heldStatus = held->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray heldAnswer = held->readAll();
    if (sameKey) {
        QCOMPARE(heldStatus, 200);
        QCOMPARE(held->rawHeader("Idempotent-Replay"), QByteArray("true"));
        QCOMPARE(heldAnswer, other.body);
    } else {
        QCOMPARE(heldStatus, 412);
        QCOMPARE(QJsonDocument::fromJson(heldAnswer).object().value(QStringLiteral("current_version")).toInteger(), v + 1);
    }
    const auto after = s.api().preparedCounts();
    QCOMPARE(after.applied - before.applied, 1); // the write that overtook
    QCOMPARE(after.redone - before.redone, 1);   // the held one
    QCOMPARE(s.version(id), v + 1);
    QCOMPARE(noteCount(s, id), 1);
    QCOMPARE(entriesWithAction(auditEntries(s, seq), QStringLiteral("note.add")).size(), 1);
}

void tst_ServerWrites::concurrentPulls()
{
    // Its own server: the queue must hold exactly these ten tickets.
    TestServer s;
    QSet<QString> created;
    for (int i = 0; i < 10; ++i) {
        const QString id = QStringLiteral("T-PULL-%1").arg(i, 2, 10, QLatin1Char('0'));
        QCOMPARE(s.intake(TestServer::sampleCase(id)).status, 201);
        created.insert(id);
    }
    const QStringList pullers{QStringLiteral("agent1"), QStringLiteral("agent2"), QStringLiteral("super1"), QStringLiteral("super2"),
                              QStringLiteral("agent1"), QStringLiteral("agent2"), QStringLiteral("super1"), QStringLiteral("super2"),
                              QStringLiteral("agent1"), QStringLiteral("agent2")};
    QList<PendingRequest> requests;
    for (const QString &user : pullers)
        requests << PendingRequest{"POST", QStringLiteral("/api/v1/tickets/pull"), {}, s.token(user), {}};
    const QList<HttpReply> replies = sendAll(s, requests);
    QHash<QString, QString> holderOf;
    for (int i = 0; i < replies.size(); ++i) {
        const HttpReply &r = replies.at(i);
        QVERIFY2(r.status == 200, describe(r).constData());
        const QString id = r.json().value(QStringLiteral("ticket")).toObject().value(QStringLiteral("id")).toString();
        QVERIFY2(created.contains(id), qPrintable(id));
        QVERIFY2(!holderOf.contains(id), qPrintable(QStringLiteral("%1 was handed out twice").arg(id)));
        holderOf.insert(id, pullers.at(i));
        QCOMPARE(r.json().value(QStringLiteral("holder")).toString(), pullers.at(i));
        QCOMPARE(r.header("ETag"), etag(r.json().value(QStringLiteral("version")).toInteger()));
    }
    QCOMPARE(holderOf.size(), 10);
    // The stored queue agrees: each ticket held once, by whoever pulled it.
    const QJsonArray listed = allTickets(s);
    QCOMPARE(listed.size(), 10);
    for (const QJsonValue &t : listed) {
        const QJsonObject o = t.toObject();
        QCOMPARE(o.value(QStringLiteral("holder")).toString(), holderOf.value(o.value(QStringLiteral("id")).toString()));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
    }
    const QJsonArray pulls = entriesWithAction(auditEntries(s), QStringLiteral("ticket.pull"));
    QCOMPARE(pulls.size(), 10);
    // Nothing left: 204 without a body, also when several ask at once.
    const QList<HttpReply> empty = sendAll(s, {{"POST", QStringLiteral("/api/v1/tickets/pull"), {}, s.token(QStringLiteral("agent1")), {}},
                                               {"POST", QStringLiteral("/api/v1/tickets/pull"), {}, s.token(QStringLiteral("super2")), {}}});
    for (const HttpReply &r : empty) {
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
    }
    // A released ticket is the next one pulled.
    const QString back = holderOf.keys().first();
    QCOMPARE(s.write(QStringLiteral("/api/v1/tickets/%1/release").arg(back), {}, holderOf.value(back), 0).status, 200);
    const HttpReply again = s.request("POST", QStringLiteral("/api/v1/tickets/pull"), {}, QStringLiteral("agent2"));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(QStringLiteral("ticket")).toObject().value(QStringLiteral("id")).toString(), back);
}

void tst_ServerWrites::leases()
{
    TestServer &s = *m_server;
    const QString id = QStringLiteral("T-LEASE-1");
    QCOMPARE(s.intake(TestServer::sampleCase(id)).status, 201);
    const QString base = QStringLiteral("/api/v1/tickets/") + id;
    auto holder = [&] { return s.request("GET", base, {}, QStringLiteral("super1")).json().value(QStringLiteral("holder")); };

    HttpReply r = s.write(base + QStringLiteral("/claim"), {}, QStringLiteral("agent1"), 0);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("holder")).toString(), QStringLiteral("agent1"));
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
    QVERIFY2(qAbs(s.now().secsTo(leaseUntil(r)) - 30 * 60) < 120, r.body.constData());
    r = s.write(base + QStringLiteral("/claim"), {}, QStringLiteral("agent2"), 0);
    QCOMPARE(r.status, 403);
    QCOMPARE(guard(r), QStringLiteral("role.held_by_other"));

    // Renewing moves the end of the lease; only the holder may.
    s.advanceClock(20 * 60);
    r = s.write(base + QStringLiteral("/renew"), {}, QStringLiteral("agent1"), 0);
    QCOMPARE(r.status, 200);
    QVERIFY2(qAbs(s.now().secsTo(leaseUntil(r)) - 30 * 60) < 120, r.body.constData());
    r = s.write(base + QStringLiteral("/renew"), {}, QStringLiteral("agent2"), 0);
    QCOMPARE(r.status, 403);
    QCOMPARE(guard(r), QStringLiteral("role.not_holder"));
    s.advanceClock(29 * 60); // 29 minutes after the renewal: still held
    QCOMPARE(holder().toString(), QStringLiteral("agent1"));
    QCOMPARE(s.write(base + QStringLiteral("/claim"), {}, QStringLiteral("agent2"), 0).status, 403);

    // 31 minutes after the renewal the lease has run out: anyone may take it.
    s.advanceClock(2 * 60);
    QVERIFY(holder().isNull());
    QVERIFY(allTickets(s, QStringLiteral("assignee=none&q=t-lease-1")).size() == 1);
    QVERIFY(allTickets(s, QStringLiteral("assignee=agent1&q=t-lease-1")).isEmpty());
    r = s.write(base + QStringLiteral("/claim"), {}, QStringLiteral("agent2"), 0);
    QVERIFY2(r.status == 200, describe(r).constData());
    QCOMPARE(r.json().value(QStringLiteral("holder")).toString(), QStringLiteral("agent2"));
    r = s.write(base + QStringLiteral("/notes"), note(QStringLiteral("租约已过期")), QStringLiteral("agent1"), s.version(id));
    QCOMPARE(r.status, 403);
    QCOMPARE(guard(r), QStringLiteral("role.not_holder"));

    // Release: the former holder cannot; the holder can, and then it is free.
    r = s.write(base + QStringLiteral("/release"), {}, QStringLiteral("agent1"), 0);
    QCOMPARE(r.status, 403);
    r = s.write(base + QStringLiteral("/release"), {}, QStringLiteral("agent2"), 0);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(QStringLiteral("holder")).isNull());
    QVERIFY(r.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("lease_until")).isNull());
    QVERIFY(holder().isNull());
    r = s.write(base + QStringLiteral("/renew"), {}, QStringLiteral("agent2"), 0);
    QCOMPARE(r.status, 403); // nothing to renew once released
    const QJsonArray history = auditEntries(s, 0, id);
    QStringList actions;
    for (const QJsonValue &e : history)
        actions << e.toObject().value(QStringLiteral("action")).toString();
    QCOMPARE(actions, (QStringList{QStringLiteral("ticket.create"), QStringLiteral("ticket.claim"), QStringLiteral("authz.refused"),
                                   QStringLiteral("ticket.renew"), QStringLiteral("authz.refused"), QStringLiteral("authz.refused"),
                                   QStringLiteral("ticket.claim"), QStringLiteral("authz.refused"), QStringLiteral("authz.refused"),
                                   QStringLiteral("ticket.release"), QStringLiteral("authz.refused")}));
}

// GET requests are answered on read threads, writes on the listening thread: a client that sends
// read, write, read, write, read on one connection without waiting still gets five answers in
// that order, and each read sees the writes sent before it.
void tst_ServerWrites::pipelinedRequestsAnswerInOrder()
{
    TestServer &s = *m_server;
    QVERIFY(s.api().readThreads() > 0);
    const QString id = QStringLiteral("T-PIPE-1");
    const qint64 v = heldTicket(id);
    QVERIFY(v > 0);
    const QByteArray token = s.token(QStringLiteral("agent1")).toLatin1();
    auto get = [&] {
        return "GET /api/v1/tickets/" + id.toLatin1() + " HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + token + "\r\n\r\n";
    };
    auto post = [&](qint64 version, const QByteArray &text) {
        const QByteArray body = QJsonDocument(note(QString::fromUtf8(text))).toJson(QJsonDocument::Compact);
        return "POST /api/v1/tickets/" + id.toLatin1() + "/notes HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + token
               + "\r\nContent-Type: application/json\r\nIf-Match: \"" + QByteArray::number(version) + "\"\r\nIdempotency-Key: pipe-"
               + text + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    };
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(QUrl(s.baseUrl()).port()));
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState); // the server runs on this thread
    socket.write(get() + post(v, "one") + get() + post(v + 1, "two") + get());
    // Read the five answers (each with a Content-Length) as they come.
    QList<QPair<int, QJsonObject>> answers;
    QByteArray buffer;
    QElapsedTimer timer;
    timer.start();
    while (answers.size() < 5 && timer.elapsed() < 20000) {
        const int headerEnd = int(buffer.indexOf("\r\n\r\n"));
        if (headerEnd >= 0) {
            const QByteArray head = buffer.left(headerEnd).toLower();
            const int at = int(head.indexOf("content-length:"));
            const int length = at < 0 ? 0 : head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toInt();
            if (buffer.size() >= headerEnd + 4 + length) {
                const int status = buffer.mid(9, 3).toInt();
                answers.append({status, QJsonDocument::fromJson(buffer.mid(headerEnd + 4, length)).object()});
                buffer.remove(0, headerEnd + 4 + length);
                continue;
            }
        }
        QSignalSpy arrived(&socket, &QTcpSocket::readyRead);
        if (socket.bytesAvailable() == 0 && !arrived.wait(5000))
            break;
        buffer += socket.readAll();
    }
    QCOMPARE(answers.size(), 5);
    const QList<int> expected{200, 201, 200, 201, 200};
    for (int i = 0; i < 5; ++i) {
        const int status = answers.at(i).first;
        QVERIFY2(status == expected.at(i) || (expected.at(i) == 201 && status == 200), qPrintable(QStringLiteral("answer %1: %2").arg(i).arg(status)));
    }
    // The reads: before the first note, after one, after two.
    auto notes = [&](int i) { return answers.at(i).second.value(QStringLiteral("notes")).toArray().size(); };
    QCOMPARE(answers.at(0).second.value(QStringLiteral("version")).toInteger(), v);
    QCOMPARE(answers.at(2).second.value(QStringLiteral("version")).toInteger(), v + 1);
    QCOMPARE(answers.at(4).second.value(QStringLiteral("version")).toInteger(), v + 2);
    QCOMPARE(notes(2), notes(0) + 1);
    QCOMPARE(notes(4), notes(0) + 2);
}

QTEST_MAIN(tst_ServerWrites)
#include "tst_server_writes.moc"

