// kill -9 in the middle of a write load, then a restart: every acknowledged write is there,
// nothing is there twice, and the audit chain verifies. The server is the real
// warrantydesk-server executable in its own process.

#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using wd::test::TestServer;

namespace {

class ServerProcess
{
public:
    explicit ServerProcess(QString dbUrl) : m_dbUrl(std::move(dbUrl)) {}
    ~ServerProcess() { kill(); }

    int runCommand(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(QStringLiteral(WD_SERVER_PATH), args + QStringList{QStringLiteral("--db"), m_dbUrl});
        p.waitForStarted();
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return p.exitCode();
    }

    quint16 start()
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->start(QStringLiteral(WD_SERVER_PATH),
                         {QStringLiteral("serve"), QStringLiteral("--db"), m_dbUrl, QStringLiteral("--port"), QStringLiteral("0")});
        if (!m_process->waitForStarted())
            return 0;
        static const QRegularExpression listening(QStringLiteral("listening on http://127.0.0.1:(\\d+)"));
        QByteArray output;
        while (m_process->waitForReadyRead(60000)) {
            output += m_process->readAll();
            const QRegularExpressionMatch m = listening.match(QString::fromUtf8(output));
            if (m.hasMatch())
                return quint16(m.captured(1).toUInt());
        }
        qWarning("server did not start: %s", output.constData());
        return 0;
    }

    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill(); // SIGKILL: no chance to flush or close anything
            m_process->waitForFinished(30000);
        }
        m_process.reset();
    }

private:
    QString m_dbUrl;
    std::unique_ptr<QProcess> m_process;
};

struct Client
{
    QNetworkAccessManager network;
    QString base;
    QString token;

    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest req(QUrl(base + path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        return network.sendCustomRequest(req, method, body);
    }

    QJsonObject call(const QByteArray &method, const QString &path, const QByteArray &body = {}, int *status = nullptr,
                     const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkReply *reply = send(method, path, body, headers);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(60000);
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return json;
    }
};

} // namespace

class tst_ServerDurability : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killedServerKeepsAcknowledgedWrites();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_pgHolder; // only to create and drop a fresh PostgreSQL database
    QString m_dbUrl;
};

void tst_ServerDurability::initTestCase()
{
    if (const QString why = TestServer::postgresUnavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_dir.isValid());
    if (TestServer::usePostgres()) {
        m_pgHolder = std::make_unique<TestServer>();
        m_dbUrl = m_pgHolder->databaseUrl();
    } else {
        m_dbUrl = m_dir.filePath(QStringLiteral("durability.db"));
    }
}

void tst_ServerDurability::killedServerKeepsAcknowledgedWrites()
{
    ServerProcess server(m_dbUrl);
    if (!TestServer::usePostgres()) {
        QCOMPARE(server.runCommand({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("super1"), QStringLiteral("--role"),
                                    QStringLiteral("supervisor")},
                                   "test-password-super1\n"),
                 0);
    }
    // (On PostgreSQL the TestServer already created the users.)
    quint16 port = server.start();
    QVERIFY(port != 0);

    Client client;
    client.base = QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port);
    int status = 0;
    client.token = client.call("POST", QStringLiteral("/auth/login"),
                               R"({"username":"super1","password":"test-password-super1"})", &status)
                       .value(QStringLiteral("token")).toString();
    QCOMPARE(status, 200);

    // One ticket held by super1; notes are the write load.
    const QByteArray caseJson = QJsonDocument(TestServer::sampleCase(QStringLiteral("T-KILL-1"))).toJson(QJsonDocument::Compact);
    client.call("POST", QStringLiteral("/tickets"), caseJson, &status);
    QCOMPARE(status, 201);
    client.call("POST", QStringLiteral("/tickets/T-KILL-1/claim"), {}, &status,
                {{"Idempotency-Key", QUuid::createUuid().toString(QUuid::Id128).toLatin1()}});
    QCOMPARE(status, 200);

    QStringList acknowledged; // note texts the server confirmed
    QRandomGenerator rng(20261125);
    int sent = 0;
    const int rounds = 6;
    for (int round = 0; round < rounds; ++round) {
        // A burst of writes in flight; the kill lands at a random moment inside it.
        const int burst = 30 + int(rng.bounded(40));
        const int killAfter = int(rng.bounded(burst));
        QList<QPair<QNetworkReply *, QString>> inFlight;
        for (int i = 0; i < burst; ++i) {
            int vStatus = 0;
            const qint64 version = client.call("GET", QStringLiteral("/tickets/T-KILL-1"), {}, &vStatus).value(QStringLiteral("version")).toInteger();
            QCOMPARE(vStatus, 200);
            const QString text = QStringLiteral("note %1").arg(++sent);
            const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("internal")},
                                                              {QStringLiteral("text"), text}})
                                        .toJson(QJsonDocument::Compact);
            QNetworkReply *reply = client.send("POST", QStringLiteral("/tickets/T-KILL-1/notes"), body,
                                               {{"Idempotency-Key", QUuid::createUuid().toString(QUuid::Id128).toLatin1()},
                                                {"If-Match", QByteArray::number(version)}});
            inFlight << qMakePair(reply, text);
            if (i == killAfter) {
                // Once the request is on the wire, kill the server at a random instant within
                // ~2 ms: before, during or just after its commit.
                QSignalSpy sentSpy(reply, &QNetworkReply::requestSent);
                sentSpy.wait(10000);
                QElapsedTimer spin;
                spin.start();
                const qint64 delayNs = qint64(rng.bounded(2000)) * 1000;
                while (spin.nsecsElapsed() < delayNs) {
                }
                server.kill();
                break;
            }
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                QVERIFY(done.wait(30000));
        }
        for (const auto &[reply, text] : inFlight) {
            if (!reply->isFinished()) {
                QSignalSpy done(reply, &QNetworkReply::finished);
                done.wait(30000);
            }
        }
        for (const auto &[reply, text] : inFlight) {
            if (reply->isFinished() && reply->error() == QNetworkReply::NoError
                && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                acknowledged << text;
            reply->deleteLater();
        }
        port = server.start();
        QVERIFY2(port != 0, "the server does not restart after kill -9");
        client.base = QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port);
    }

    // Every acknowledged note is there exactly once.
    const QJsonObject detail = client.call("GET", QStringLiteral("/tickets/T-KILL-1"), {}, &status);
    QCOMPARE(status, 200);
    QHash<QString, int> seen;
    for (const QJsonValue &n : detail.value(QStringLiteral("notes")).toArray())
        ++seen[n.toObject().value(QStringLiteral("text")).toString()];
    QVERIFY(acknowledged.size() >= rounds);
    for (const QString &text : acknowledged)
        QVERIFY2(seen.value(text) == 1, qPrintable(QStringLiteral("%1 seen %2 times").arg(text).arg(seen.value(text))));
    for (auto it = seen.begin(); it != seen.end(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    const QJsonObject verify = client.call("GET", QStringLiteral("/audit/verify"), {}, &status);
    QCOMPARE(status, 200);
    QVERIFY2(verify.value(QStringLiteral("ok")).toBool(), qPrintable(verify.value(QStringLiteral("problem")).toString()));
    qInfo("%lld acknowledged writes survived %d kills", qint64(acknowledged.size()), rounds);
}

QTEST_MAIN(tst_ServerDurability)
#include "tst_server_durability.moc"
