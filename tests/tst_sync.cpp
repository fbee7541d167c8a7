// SyncEngine against the real server on loopback (SQLite and PostgreSQL): first and incremental
// pull into a real cache file, writes through the outbox delivered once, offline queueing and
// draining on reconnect, a stale version blocking only its ticket, refusals surfaced and not
// retried, an expired session pausing the outbox.

#include "apiclient.h"
#include "servertesthelpers.h"
#include "syncengine.h"
#include "testserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wd;
using namespace wd::test;

namespace {

QJsonObject note(const QString &text, const QString &kind = QStringLiteral("internal"))
{
    return {{QStringLiteral("kind"), kind}, {QStringLiteral("text"), text}};
}

// The notes with `text` that the server holds for a ticket.
int serverNotesWithText(TestServer &s, const QString &ticketId, const QString &text, const QString &token = {})
{
    const QString path = QStringLiteral("/api/v1/tickets/") + ticketId;
    const HttpReply reply = token.isEmpty() ? s.request("GET", path, {}, QStringLiteral("super1")) : withToken(s, "GET", path, token);
    if (reply.status != 200)
        qWarning("GET %s answered %d", qPrintable(path), reply.status);
    const QJsonArray notes = reply.json().value(QStringLiteral("notes")).toArray();
    int n = 0;
    for (const QJsonValue &v : notes)
        n += v.toObject().value(QStringLiteral("text")).toString() == text ? 1 : 0;
    return n;
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private:
    struct Rig
    {
        explicit Rig(TestServer &server, const QString &user, const QString &file)
        {
            client.setBaseUrl(QUrl(server.baseUrl()));
            client.setToken(server.token(user));
            client.setTimeout(30000); // loaded CI disks: slow commits are not the network going away
            store = store::LocalStore::open(file);
            engine = std::make_unique<sync::SyncEngine>(*store, client);
            engine->setRetryDelays(50, 400);
            engine->setPollInterval(60000, 200);
        }
        QNetworkAccessManager network;
        remote::ApiClient client{&network};
        std::unique_ptr<store::LocalStore> store;
        std::unique_ptr<sync::SyncEngine> engine;
    };

    QString dbFile(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    bool pullAndWait(Rig &rig)
    {
        QSignalSpy done(rig.engine.get(), &sync::SyncEngine::pullFinished);
        rig.engine->syncNow();
        return done.wait(20000) && done.last().at(0).toBool();
    }

private slots:
    void initTestCase()
    {
        if (TestServer::usePostgres() && !TestServer::postgresUnavailableReason().isEmpty())
            QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
        QVERIFY(m_dir.isValid());
    }

    void firstAndIncrementalPull()
    {
        TestServer server;
        for (int i = 0; i < 23; ++i)
            QCOMPARE(server.intake(TestServer::sampleCase(QStringLiteral("T-P%1").arg(i))).status, 201);
        Rig rig(server, QStringLiteral("agent1"), dbFile("pull.sqlite"));
        rig.engine->setPageSize(5); // several pages, with the next requested while one is stored
        QSignalSpy changed(rig.engine.get(), &sync::SyncEngine::ticketsChanged);
        QSignalSpy indexed(rig.engine.get(), &sync::SyncEngine::searchIndexFinished);
        QVERIFY(pullAndWait(rig));
        store::TicketCache cache(*rig.store);
        QCOMPARE(cache.total(), 23);
        // The first sync left the search index to a background thread, which completes it.
        QTRY_COMPARE_WITH_TIMEOUT(indexed.size(), 1, 20000);
        QCOMPARE(indexed.at(0).at(0).toBool(), true);
        QVERIFY(!rig.engine->isBuildingSearchIndex());
        QVERIFY(!cache.searchIndexPending());
        store::QueueFilter byId;
        byId.text = QStringLiteral("T-P7");
        QCOMPARE(cache.count(byId), 1);
        QCOMPARE(rig.engine->connectivity(), sync::Connectivity::Online);
        QVERIFY(rig.engine->lastSync().isValid());

        // One ticket changes on the server; the next pull brings only that one.
        const QString id = QStringLiteral("T-P7");
        QCOMPARE(server.write(QStringLiteral("/api/v1/tickets/T-P7/claim"), {}, QStringLiteral("agent2"), 0).status, 200);
        changed.clear();
        QVERIFY(pullAndWait(rig));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toStringList(), QStringList{id});
        QCOMPARE(cache.ticket(id)->summary.holder, QStringLiteral("agent2"));

        // A restarted engine continues from the stored cursor: nothing new, nothing reloaded.
        rig.engine.reset();
        rig.engine = std::make_unique<sync::SyncEngine>(*rig.store, rig.client);
        QSignalSpy again(rig.engine.get(), &sync::SyncEngine::ticketsChanged);
        QVERIFY(pullAndWait(rig));
        QCOMPARE(again.size(), 0);
    }

    void writesGoThroughTheOutboxOnce()
    {
        TestServer server;
        const qint64 v = driveToVerdict(server, QStringLiteral("T-W1"), QStringLiteral("agent1"));
        QVERIFY(v > 0);
        Rig rig(server, QStringLiteral("agent1"), dbFile("writes.sqlite"));
        QVERIFY(pullAndWait(rig));
        QSignalSpy confirmed(rig.engine.get(), &sync::SyncEngine::writeConfirmed);
        // Three chained writes recorded at once on the same version: each is sent with the
        // version its predecessor produced.
        // (The verdict body asks the server for the rules: built first, so that no event loop
        // runs between the three records and sends the first one early.)
        const QJsonObject verdict = verdictBody(server, QStringLiteral("98.50"));
        rig.engine->record(QStringLiteral("T-W1"), QStringLiteral("notes"), note(QStringLiteral("一")), v, QStringLiteral("note"));
        rig.engine->record(QStringLiteral("T-W1"), QStringLiteral("verdict"), verdict, v, QStringLiteral("verdict"));
        rig.engine->record(QStringLiteral("T-W1"), QStringLiteral("notes"), note(QStringLiteral("二")), v, QStringLiteral("note"));
        QCOMPARE(rig.engine->pendingCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(confirmed.size(), 3, 20000);
        QCOMPARE(rig.engine->pendingCount(), 0);
        QCOMPARE(serverNotesWithText(server, QStringLiteral("T-W1"), QStringLiteral("一")), 1);
        QCOMPARE(serverNotesWithText(server, QStringLiteral("T-W1"), QStringLiteral("二")), 1);
        QCOMPARE(server.version(QStringLiteral("T-W1")), v + 3);
        store::TicketCache cache(*rig.store);
        QTRY_COMPARE_WITH_TIMEOUT(cache.ticket(QStringLiteral("T-W1"))->summary.version, v + 3, 10000);
        QCOMPARE(cache.ticket(QStringLiteral("T-W1"))->pending, 0);
    }

    void offlineQueuesAndDrainsOnReconnect()
    {
        TestServer server;
        const qint64 v = driveToVerdict(server, QStringLiteral("T-O1"), QStringLiteral("agent1"));
        QVERIFY(v > 0);
        Rig rig(server, QStringLiteral("agent1"), dbFile("offline.sqlite"));
        QVERIFY(pullAndWait(rig));

        // The network goes away: the client now points at a port where nothing listens.
        const DeadPort dead;
        QVERIFY(dead.port() != 0);
        rig.client.setBaseUrl(dead.url());
        QSignalSpy state(rig.engine.get(), &sync::SyncEngine::connectivityChanged);
        for (int i = 0; i < 5; ++i)
            rig.engine->record(QStringLiteral("T-O1"), QStringLiteral("notes"), note(QStringLiteral("离线%1").arg(i)), v, QStringLiteral("note"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.engine->connectivity(), sync::Connectivity::Offline, 10000);
        QCOMPARE(rig.engine->pendingCount(), 5);
        // The cache still answers while offline.
        store::TicketCache cache(*rig.store);
        QCOMPARE(cache.ticket(QStringLiteral("T-O1"))->pending, 5);
        rig.engine->start(); // polls (the reconnect probe) every 200 ms while offline

        // The network comes back: the outbox drains by itself, in order, once.
        rig.client.setBaseUrl(QUrl(server.baseUrl()));
        QTRY_COMPARE_WITH_TIMEOUT(rig.engine->pendingCount(), 0, 20000);
        QVERIFY(rig.engine->connectivity() != sync::Connectivity::Offline);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(serverNotesWithText(server, QStringLiteral("T-O1"), QStringLiteral("离线%1").arg(i)), 1);
        QCOMPARE(server.version(QStringLiteral("T-O1")), v + 5);
    }

    void staleVersionBlocksOnlyItsTicket()
    {
        TestServer server;
        const qint64 va = driveToVerdict(server, QStringLiteral("T-C1"), QStringLiteral("agent1"));
        const qint64 vb = driveToVerdict(server, QStringLiteral("T-C2"), QStringLiteral("agent1"));
        QVERIFY(va > 0 && vb > 0);
        Rig rig(server, QStringLiteral("agent1"), dbFile("conflict.sqlite"));
        QSignalSpy blocked(rig.engine.get(), &sync::SyncEngine::writeBlocked);
        QSignalSpy confirmed(rig.engine.get(), &sync::SyncEngine::writeConfirmed);
        // Someone else changed T-C1 after the agent loaded it.
        QCOMPARE(server.write(QStringLiteral("/api/v1/tickets/T-C1/notes"), note(QStringLiteral("主管备注")), QStringLiteral("super1"), va).status, 200);
        const auto mine = rig.engine->record(QStringLiteral("T-C1"), QStringLiteral("notes"), note(QStringLiteral("我的")), va, QStringLiteral("note"));
        rig.engine->record(QStringLiteral("T-C1"), QStringLiteral("notes"), note(QStringLiteral("我的2")), va, QStringLiteral("note"));
        rig.engine->record(QStringLiteral("T-C2"), QStringLiteral("notes"), note(QStringLiteral("别的工单")), vb, QStringLiteral("note"));
        QTRY_COMPARE_WITH_TIMEOUT(blocked.size(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(confirmed.size(), 1, 20000);
        const auto error = blocked.at(0).at(2).value<remote::ApiError>();
        QCOMPARE(error.kind, remote::ApiError::Kind::VersionConflict);
        QCOMPARE(error.currentVersion, va + 1);
        QVERIFY(!error.current.isEmpty());
        QCOMPARE(rig.engine->pendingCount(), 2);
        QCOMPARE(rig.engine->blockedCount(), 1);
        QCOMPARE(serverNotesWithText(server, QStringLiteral("T-C1"), QStringLiteral("我的")), 0);
        QCOMPARE(serverNotesWithText(server, QStringLiteral("T-C2"), QStringLiteral("别的工单")), 1);

        // The agent looked at the server's state and sends the change again on it.
        rig.engine->retryOnVersion(mine.seq, error.currentVersion);
        QTRY_COMPARE_WITH_TIMEOUT(rig.engine->pendingCount(), 0, 20000);
        QCOMPARE(serverNotesWithText(server, QStringLiteral("T-C1"), QStringLiteral("我的")), 1);
        QCOMPARE(serverNotesWithText(server, QStringLiteral("T-C1"), QStringLiteral("我的2")), 1);
    }

    void refusalsAreSurfacedNotRetried()
    {
        TestServer server;
        const qint64 v = driveToVerdict(server, QStringLiteral("T-R1"), QStringLiteral("agent1"));
        QVERIFY(v > 0);
        Rig rig(server, QStringLiteral("agent1"), dbFile("refusal.sqlite"));
        QSignalSpy blocked(rig.engine.get(), &sync::SyncEngine::writeBlocked);
        const auto e = rig.engine->record(QStringLiteral("T-R1"), QStringLiteral("notes"),
                                          note(QStringLiteral("x"), QStringLiteral("shouting")), v, QStringLiteral("note"));
        QTRY_COMPARE_WITH_TIMEOUT(blocked.size(), 1, 20000);
        const auto error = blocked.at(0).at(2).value<remote::ApiError>();
        QCOMPARE(error.kind, remote::ApiError::Kind::Validation);
        QVERIFY2(error.field.contains(QLatin1String("kind")), qPrintable(error.field));
        store::Outbox outbox(*rig.store);
        QCOMPARE(outbox.entry(e.seq)->state, store::OutboxState::Failed);
        QCOMPARE(outbox.entry(e.seq)->attempts, 1);
        // Not retried by itself: even "send now" and a far future leave it out of what may be sent.
        rig.engine->flushNow();
        QVERIFY(outbox.ready(QDateTime::currentDateTimeUtc().addYears(1), 100).isEmpty());
        QCOMPARE(outbox.entry(e.seq)->attempts, 1);
        rig.engine->discard(e.seq);
        QCOMPARE(rig.engine->pendingCount(), 0);
    }

    void expiredSessionPausesTheOutbox()
    {
        TestServer server;
        const qint64 v = driveToVerdict(server, QStringLiteral("T-S1"), QStringLiteral("agent1"));
        QVERIFY(v > 0);
        Rig rig(server, QStringLiteral("agent1"), dbFile("session.sqlite"));
        server.advanceClock(13 * 3600); // past the 12 h token lifetime
        QSignalSpy expired(rig.engine.get(), &sync::SyncEngine::sessionExpired);
        // The lease ran out with the session: the agent claims again, then writes on the claim's version.
        rig.engine->record(QStringLiteral("T-S1"), QStringLiteral("claim"), {}, 0, QStringLiteral("claim"));
        rig.engine->record(QStringLiteral("T-S1"), QStringLiteral("notes"), note(QStringLiteral("会话过期后")), v, QStringLiteral("note"));
        QTRY_COMPARE_WITH_TIMEOUT(expired.size(), 1, 20000);
        QCOMPARE(rig.engine->pendingCount(), 2);
        QCOMPARE(rig.engine->blockedCount(), 0);
        // Signed in again: the same write goes, once.
        const QString token = freshToken(server, QStringLiteral("agent1"));
        rig.client.setToken(token);
        rig.engine->resumeAfterSignIn();
        QTRY_COMPARE_WITH_TIMEOUT(rig.engine->pendingCount(), 0, 20000);
        QCOMPARE(serverNotesWithText(server, QStringLiteral("T-S1"), QStringLiteral("会话过期后"), token), 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
