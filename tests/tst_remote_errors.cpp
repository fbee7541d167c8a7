// ApiClient's typed errors, each provoked for real against the central server on loopback:
// wrong password, lockout, expired session, roles, 404, stale If-Match, guard refusal,
// validation, idempotency-key reuse, 413, a server that is gone.

#include "apiclient.h"
#include "tst_remote_support.h"
#include "servertesthelpers.h"
#include "testserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace wd;
using namespace wd::remote;
using namespace wd::test;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(wd::remote::ApiError::Kind)

class TestRemoteErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void wrongPasswordIsBadCredentials();
    void repeatedFailuresLockTheLogin();
    void roleForbidden_data();
    void roleForbidden();
    void unknownTicketIsNotFound();
    void staleIfMatchCarriesTheCurrentTicket();
    void guardRefusalSaysWhatIsMissing();
    void validationNamesTheField_data();
    void validationNamesTheField();
    void reusedIdempotencyKey();
    void oversizeRequestIsTooLarge();
    void badIdsNeverLeaveTheClient_data();
    void badIdsNeverLeaveTheClient();
    void closedPortIsUnreachable();
    void stoppedServerIsUnreachable();
    void expiredTokenExpiresTheSession(); // moves the server's clock: keep last

private:
    QString claimed(const QString &prefix, qint64 *version);
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QSignalSpy> m_expired;
    int m_next = 0;
};

void TestRemoteErrors::initTestCase()
{
    if (const QString why = TestServer::postgresUnavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_server = std::make_unique<TestServer>();
}

void TestRemoteErrors::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setBaseUrl(QUrl(m_server->baseUrl()));
    m_client->setToken(m_server->token(QStringLiteral("agent1")));
    m_expired = std::make_unique<QSignalSpy>(m_client.get(), &ApiClient::sessionExpired);
}

void TestRemoteErrors::cleanup()
{
    m_expired.reset();
    m_client.reset();
    m_network.reset();
}

// A fresh ticket claimed by agent1; its version in *version.
QString TestRemoteErrors::claimed(const QString &prefix, qint64 *version)
{
    const QString id = QStringLiteral("%1-%2").arg(prefix).arg(++m_next);
    if (m_server->intake(TestServer::sampleCase(id)).status != 201)
        qWarning("intake of %s failed", qPrintable(id));
    const HttpReply r = m_server->write(QStringLiteral("/api/v1/tickets/%1/claim").arg(id), {}, QStringLiteral("agent1"), 0);
    *version = r.json().value(QStringLiteral("version")).toInteger();
    return id;
}

void TestRemoteErrors::wrongPasswordIsBadCredentials()
{
    LoginJob *job = m_client->login(QStringLiteral("agent2"), QStringLiteral("not-the-password"));
    QVERIFY(await(job));
    QVERIFY(!job->ok());
    QCOMPARE(job->error().kind, Kind::BadCredentials);
    QCOMPARE(job->error().httpStatus, 401);
    QCOMPARE(job->error().code, QStringLiteral("unauthorized"));
    QVERIFY(!job->error().isSessionProblem());
    QVERIFY(!job->error().isRetryable());
    QVERIFY(job->token().isEmpty());
    QCOMPARE(m_client->token(), m_server->token(QStringLiteral("agent1"))); // untouched
    QCOMPARE(m_expired->count(), 0); // a wrong password is not an expired session
    job->deleteLater();
}

void TestRemoteErrors::repeatedFailuresLockTheLogin()
{
    m_server->api().auth().addUser(QStringLiteral("locky"), QStringLiteral("locky"), Role::Agent, TestServer::password(QStringLiteral("locky")));
    ApiError last;
    // After 3 free failures each attempt waits 1 s, 2 s, 4 s...: the wait soon outlasts the
    // time one attempt takes, however slow this machine is.
    for (int i = 0; i < 9 && last.kind != Kind::LoginLocked; ++i) {
        LoginJob *job = m_client->login(QStringLiteral("locky"), QStringLiteral("wrong-password-%1").arg(i));
        QVERIFY(await(job));
        last = job->error();
        QVERIFY2(last.kind == Kind::BadCredentials || (i >= 3 && last.kind == Kind::LoginLocked), qPrintable(last.toString()));
        job->deleteLater();
    }
    QCOMPARE(last.kind, Kind::LoginLocked);
    QCOMPARE(last.httpStatus, 429);
    QVERIFY(last.retryAfterSeconds >= 1);
    QVERIFY(last.isRetryable());
}

void TestRemoteErrors::roleForbidden_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("guard");
    QTest::newRow("agent reads the dashboard") << "agent1" << "stats" << "role_forbidden" << "";
    QTest::newRow("admin claims a ticket") << "admin" << "claim" << "role_forbidden" << "";
    QTest::newRow("agent writes on another's ticket") << "agent2" << "note" << "forbidden" << "role.not_holder";
}

void TestRemoteErrors::roleForbidden()
{
    QFETCH(QString, user);
    QFETCH(QString, what);
    QFETCH(QString, code);
    QFETCH(QString, guard);
    qint64 version = 0;
    const QString id = claimed(QStringLiteral("RF"), &version);
    m_client->setToken(m_server->token(user));
    ApiJob *job = what == QLatin1String("stats") ? m_client->stats()
                : what == QLatin1String("claim") ? static_cast<ApiJob *>(m_client->claim(id, ApiClient::newIdempotencyKey()))
                                                 : m_client->write(id, QStringLiteral("notes"),
                                                                   {{QStringLiteral("kind"), QStringLiteral("internal")},
                                                                    {QStringLiteral("text"), QStringLiteral("x")}},
                                                                   version, ApiClient::newIdempotencyKey());
    QVERIFY(await(job));
    QCOMPARE(job->error().kind, Kind::Forbidden);
    QCOMPARE(job->error().httpStatus, 403);
    QCOMPARE(job->error().code, code);
    QCOMPARE(job->error().guard, guard);
    if (!guard.isEmpty())
        QVERIFY(!job->error().reasonZh.isEmpty());
    QVERIFY(!job->error().isRetryable());
    QCOMPARE(m_expired->count(), 0);
    job->deleteLater();
}

void TestRemoteErrors::unknownTicketIsNotFound()
{
    TicketDetailJob *job = m_client->ticket(QStringLiteral("NO-SUCH-TICKET"));
    QVERIFY(await(job));
    QCOMPARE(job->error().kind, Kind::NotFound);
    QCOMPARE(job->error().httpStatus, 404);
    QCOMPARE(job->error().code, QStringLiteral("not_found"));
    EvidenceContentJob *content = m_client->evidenceContent(QStringLiteral("C-404"));
    QVERIFY(await(content));
    QCOMPARE(content->error().kind, Kind::NotFound);
    job->deleteLater();
    content->deleteLater();
}

void TestRemoteErrors::staleIfMatchCarriesTheCurrentTicket()
{
    qint64 version = 0;
    const QString id = claimed(QStringLiteral("VC"), &version);
    QCOMPARE(m_server->write(QStringLiteral("/api/v1/tickets/%1/transitions").arg(id), advanceBody(), QStringLiteral("agent1"), version).status, 200);
    WriteJob *job = m_client->write(id, QStringLiteral("notes"),
                                    {{QStringLiteral("kind"), QStringLiteral("internal")}, {QStringLiteral("text"), QStringLiteral("基于旧版本")}},
                                    version, ApiClient::newIdempotencyKey());
    QVERIFY(await(job));
    const ApiError &e = job->error();
    QCOMPARE(e.kind, Kind::VersionConflict);
    QCOMPARE(e.httpStatus, 412);
    QCOMPARE(e.code, QStringLiteral("version_conflict"));
    QCOMPARE(e.currentVersion, version + 1);
    QVERIFY(!e.isRetryable());
    // Mine vs theirs without a second round trip: the current ticket decodes like a detail.
    const Result<TicketDetail> current = decodeTicketDetail(e.current);
    QVERIFY2(current.ok(), qPrintable(current.ok() ? QString() : current.error().toString()));
    QCOMPARE(current.value().version, version + 1);
    QCOMPARE(current.value().state.step, Step::Evidence);
    QCOMPARE(current.value().caseFile.ticket.id, id);
    job->deleteLater();
}

void TestRemoteErrors::guardRefusalSaysWhatIsMissing()
{
    qint64 v = 0;
    const QString id = claimed(QStringLiteral("GR"), &v);
    for (int i = 0; i < 2; ++i) { // feedback -> evidence -> review
        const HttpReply r = m_server->write(QStringLiteral("/api/v1/tickets/%1/transitions").arg(id), advanceBody(), QStringLiteral("agent1"), v);
        QVERIFY2(r.status == 200, describe(r).constData());
        v = r.json().value(QStringLiteral("version")).toInteger();
    }
    WriteJob *job = m_client->write(id, QStringLiteral("transitions"), advanceBody(), v, ApiClient::newIdempotencyKey());
    QVERIFY(await(job));
    const ApiError &e = job->error();
    QCOMPARE(e.kind, Kind::GuardRefused);
    QCOMPARE(e.httpStatus, 409);
    QCOMPARE(e.guard, QStringLiteral("review.note_missing"));
    QCOMPARE(e.reasonZh, QStringLiteral("请至少填写一条审核意见。"));
    QCOMPARE(e.missing, QStringList{QStringLiteral("review_note")});
    QVERIFY(!e.title.isEmpty());
    QVERIFY(!e.isRetryable());
    job->deleteLater();
}

void TestRemoteErrors::validationNamesTheField_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<bool>("withIfMatch");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown note kind") << "notes" << QJsonObject{{"kind", "x"}, {"text", "t"}} << true << 422 << "validation_failed" << "kind";
    QTest::newRow("note without text") << "notes" << QJsonObject{{"kind", "internal"}} << true << 422 << "validation_failed" << "text";
    QTest::newRow("no If-Match") << "notes" << QJsonObject{{"kind", "internal"}, {"text", "t"}} << false << 428 << "precondition_required"
                                 << "If-Match";
}

void TestRemoteErrors::validationNamesTheField()
{
    QFETCH(QString, action);
    QFETCH(QJsonObject, body);
    QFETCH(bool, withIfMatch);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    qint64 version = 0;
    const QString id = claimed(QStringLiteral("VA"), &version);
    WriteJob *job = m_client->write(id, action, body, withIfMatch ? version : 0, ApiClient::newIdempotencyKey());
    QVERIFY(await(job));
    QCOMPARE(job->error().kind, Kind::Validation);
    QCOMPARE(job->error().httpStatus, status);
    QCOMPARE(job->error().code, code);
    QCOMPARE(job->error().field, field);
    QVERIFY(!job->error().isRetryable());
    job->deleteLater();
}

void TestRemoteErrors::reusedIdempotencyKey()
{
    qint64 version = 0;
    const QString id = claimed(QStringLiteral("IK"), &version);
    const QString key = ApiClient::newIdempotencyKey();
    WriteJob *first = m_client->write(id, QStringLiteral("notes"), {{"kind", "internal"}, {"text", "第一条"}}, version, key);
    QVERIFY(await(first));
    QVERIFY2(first->ok(), qPrintable(first->error().toString()));
    WriteJob *second = m_client->write(id, QStringLiteral("notes"), {{"kind", "internal"}, {"text", "另一条"}}, first->version(), key);
    QVERIFY(await(second));
    QCOMPARE(second->error().kind, Kind::IdempotencyKeyReused);
    QCOMPARE(second->error().httpStatus, 422);
    QCOMPARE(second->error().field, QStringLiteral("Idempotency-Key"));
    first->deleteLater();
    second->deleteLater();
}

void TestRemoteErrors::oversizeRequestIsTooLarge()
{
    qint64 version = 0;
    const QString id = claimed(QStringLiteral("TL"), &version);
    const QString huge(5 * 1024 * 1024, QLatin1Char('x')); // over the server's 4 MiB for JSON
    WriteJob *job = m_client->write(id, QStringLiteral("notes"), {{"kind", "internal"}, {"text", huge}}, version,
                                    ApiClient::newIdempotencyKey());
    QVERIFY(await(job));
    QCOMPARE(job->error().kind, Kind::TooLarge);
    QCOMPARE(job->error().httpStatus, 413);
    QCOMPARE(job->error().code, QStringLiteral("body_too_large"));
    job->deleteLater();
}

void TestRemoteErrors::badIdsNeverLeaveTheClient_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("dot-dot") << "../auth/logout";
    QTest::newRow("empty") << "";
    QTest::newRow("slash") << "T-1/claim";
    QTest::newRow("query") << "T-1?x=1";
    QTest::newRow("too long") << QString(65, QLatin1Char('a'));
}

void TestRemoteErrors::badIdsNeverLeaveTheClient()
{
    QFETCH(QString, id);
    const qint64 auditBefore = lastAuditSeq(*m_server);
    TicketDetailJob *job = m_client->ticket(id);
    QVERIFY(!job->isFinished()); // finished() still comes from the event loop, like any answer
    QVERIFY(await(job));
    QCOMPARE(job->error().kind, Kind::Validation);
    QCOMPARE(job->error().field, QStringLiteral("id"));
    QCOMPARE(job->httpStatus(), 0);
    WriteJob *write = m_client->write(QStringLiteral("T-1"), QStringLiteral("../../auth/logout"), {}, 1, ApiClient::newIdempotencyKey());
    QVERIFY(await(write));
    QCOMPARE(write->error().kind, Kind::Validation);
    QCOMPARE(write->error().field, QStringLiteral("action"));
    QCOMPARE(lastAuditSeq(*m_server), auditBefore);
    job->deleteLater();
    write->deleteLater();
}

void TestRemoteErrors::closedPortIsUnreachable()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed again: nothing listens there now
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    TicketPageJob *job = m_client->listTickets({});
    QVERIFY(await(job));
    QCOMPARE(job->error().kind, Kind::Unreachable);
    QCOMPARE(job->error().httpStatus, 0);
    QVERIFY(!job->error().detail.isEmpty());
    QVERIFY(job->error().isRetryable());
    QCOMPARE(m_expired->count(), 0);
    job->deleteLater();
}

void TestRemoteErrors::stoppedServerIsUnreachable()
{
    QUrl url;
    {
        TestServer gone;
        url = QUrl(gone.baseUrl());
        ApiClient client(m_network.get());
        client.setBaseUrl(url);
        client.setToken(gone.token(QStringLiteral("agent1")));
        RulesJob *alive = client.rules();
        QVERIFY(await(alive));
        QVERIFY2(alive->ok(), qPrintable(alive->error().toString()));
    } // the server stops here
    m_client->setBaseUrl(url);
    RulesJob *job = m_client->rules();
    QVERIFY(await(job));
    QCOMPARE(job->error().kind, Kind::Unreachable);
    QVERIFY(job->error().isRetryable());
    job->deleteLater();
}

void TestRemoteErrors::expiredTokenExpiresTheSession()
{
    const QString token = freshToken(*m_server, QStringLiteral("agent2"));
    m_client->setToken(token);
    TicketPageJob *before = m_client->listTickets({});
    QVERIFY(await(before));
    QVERIFY2(before->ok(), qPrintable(before->error().toString()));

    m_server->advanceClock(13 * 3600); // past the 12-hour shift
    TicketPageJob *after = m_client->listTickets({});
    QVERIFY(await(after));
    QCOMPARE(after->error().kind, Kind::SessionExpired);
    QCOMPARE(after->error().httpStatus, 401);
    QCOMPARE(after->error().code, QStringLiteral("token_expired"));
    QVERIFY(after->error().isSessionProblem());
    QVERIFY(!after->error().isRetryable());
    QCOMPARE(m_expired->count(), 1);

    m_client->setToken(QString());
    TicketDetailJob *noToken = m_client->ticket(QStringLiteral("T-1"));
    QVERIFY(await(noToken));
    QCOMPARE(noToken->error().kind, Kind::SessionExpired);
    QCOMPARE(noToken->error().code, QStringLiteral("unauthorized"));
    QCOMPARE(m_expired->count(), 2);
    before->deleteLater();
    after->deleteLater();
    noToken->deleteLater();
}

QTEST_GUILESS_MAIN(TestRemoteErrors)
#include "tst_remote_errors.moc"
