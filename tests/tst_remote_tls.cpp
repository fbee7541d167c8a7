// HTTPS for real: the central server (ApiServer) serves TLS on loopback with the self-signed
// certificate in tests/data/tls, and ApiClient accepts it only when pinned.

#include "apiclient.h"
#include "tst_remote_support.h"
#include "apiserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace wd;
using namespace wd::remote;
using namespace wd::test;
using Kind = ApiError::Kind;

namespace {

QByteArray readFile(const QString &name)
{
    QFile f(QStringLiteral(WD_TEST_DATA_DIR "/tls/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QString kPassword = QStringLiteral("tls-test-password");

// Sign-ins, successful or not, are audited: an unchanged count means no request got through.
qsizetype auditCount(server::ApiServer &server)
{
    return server.audit().entries(QString(), 1000, 0).size();
}

} // namespace

class TestRemoteTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void unpinnedSelfSignedIsRefusedAndReported();
    void pinnedCertificateIsAccepted_data();
    void pinnedCertificateIsAccepted();
    void wrongPinIsRefused();
    void pinsAreNormalized();
    void systemTrustedCertificateMustStillMatchThePin();

private:
    // Signs in, expecting the certificate to be refused before anything reaches the server.
    void loginRefused(LoginJob **job);
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QByteArray m_fingerprint;
    std::unique_ptr<server::ApiServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
};

void TestRemoteTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend in this Qt build");
    m_certificate = QSslCertificate(readFile(QStringLiteral("server.crt")), QSsl::Pem);
    const QSslKey key(readFile(QStringLiteral("server.key")), QSsl::Rsa, QSsl::Pem);
    QVERIFY(!m_certificate.isNull());
    QVERIFY(!key.isNull());
    m_fingerprint = m_certificate.digest(QCryptographicHash::Sha256).toHex();

    QVERIFY(m_dir.isValid());
    server::ServerOptions options;
    options.databaseUrl = m_dir.filePath(QStringLiteral("tls.db"));
    m_server = std::make_unique<server::ApiServer>(options);
    m_server->auth().addUser(QStringLiteral("agent1"), QStringLiteral("agent1"), Role::Agent, kPassword);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_certificate);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_server->setSslConfiguration(tls);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0) != 0);
}

void TestRemoteTls::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server->port())));
}

void TestRemoteTls::cleanup()
{
    m_client.reset();
    m_network.reset();
}

void TestRemoteTls::loginRefused(LoginJob **job)
{
    const qsizetype audited = auditCount(*m_server);
    *job = m_client->login(QStringLiteral("agent1"), kPassword);
    QVERIFY(await(*job));
    QCOMPARE((*job)->error().kind, Kind::Tls);
    QCOMPARE((*job)->httpStatus(), 0);
    QCOMPARE(auditCount(*m_server), audited); // the password never left
    QVERIFY(m_client->token().isEmpty());
}

void TestRemoteTls::unpinnedSelfSignedIsRefusedAndReported()
{
    QSignalSpy problems(m_client.get(), &ApiClient::certificateProblem);
    LoginJob *job = nullptr;
    loginRefused(&job);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!job->error().detail.isEmpty());
    QCOMPARE(problems.count(), 1);
    const auto problem = problems.at(0).at(0).value<CertificateProblem>();
    QCOMPARE(problem.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(problem.sha256Hex, m_fingerprint);
    QCOMPARE(problem.certificate, m_certificate);
    QVERIFY(!problem.errors.isEmpty());
    QVERIFY(!problem.pinMismatch);
    QCOMPARE(job->error().detail, problem.errors.join(QStringLiteral("; ")));
    job->deleteLater();
}

void TestRemoteTls::pinnedCertificateIsAccepted_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("by address") << "127.0.0.1";
    QTest::newRow("by name") << "localhost";
}

void TestRemoteTls::pinnedCertificateIsAccepted()
{
    QFETCH(QString, host);
    m_client->setBaseUrl(QUrl(QStringLiteral("https://%1:%2").arg(host).arg(m_server->port())));
    m_client->setPinnedSha256(m_fingerprint);
    QSignalSpy problems(m_client.get(), &ApiClient::certificateProblem);
    const qsizetype audited = auditCount(*m_server);
    LoginJob *login = m_client->login(QStringLiteral("agent1"), kPassword);
    QVERIFY(await(login));
    QVERIFY2(login->ok(), qPrintable(login->error().toString()));
    QVERIFY(auditCount(*m_server) > audited); // the sign-in arrived
    RulesJob *rules = m_client->rules();
    QVERIFY(await(rules));
    QVERIFY2(rules->ok(), qPrintable(rules->error().toString()));
    QVERIFY(rules->rules().has_value());
    QCOMPARE(problems.count(), 0);
    login->deleteLater();
    rules->deleteLater();
}

void TestRemoteTls::wrongPinIsRefused()
{
    QByteArray wrong = m_fingerprint;
    wrong[0] = wrong[0] == 'a' ? 'b' : 'a';
    m_client->setPinnedSha256(wrong);
    QCOMPARE(m_client->pinnedSha256(), wrong);
    QSignalSpy problems(m_client.get(), &ApiClient::certificateProblem);
    LoginJob *job = nullptr;
    loginRefused(&job);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(problems.count(), 1);
    const auto problem = problems.at(0).at(0).value<CertificateProblem>();
    QCOMPARE(problem.sha256Hex, m_fingerprint);
    QVERIFY(problem.pinMismatch);
    job->deleteLater();
}

void TestRemoteTls::pinsAreNormalized()
{
    // As `openssl x509 -fingerprint -sha256` prints it.
    QByteArray colons;
    for (int i = 0; i < m_fingerprint.size(); i += 2)
        colons += (i ? ":" : "") + m_fingerprint.mid(i, 2).toUpper();
    QCOMPARE(ApiClient::normalizeFingerprint(colons), m_fingerprint);
    QCOMPARE(ApiClient::normalizeFingerprint("abc"), QByteArray());
    QCOMPARE(ApiClient::normalizeFingerprint(QByteArray(64, 'g')), QByteArray());
    m_client->setPinnedSha256(colons);
    LoginJob *job = m_client->login(QStringLiteral("agent1"), kPassword);
    QVERIFY(await(job));
    QVERIFY2(job->ok(), qPrintable(job->error().toString()));
    job->deleteLater();
}

void TestRemoteTls::systemTrustedCertificateMustStillMatchThePin()
{
    // Make the test certificate one the system trusts, as a CA-issued one would be.
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = saved;
    trusting.addCaCertificate(m_certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);
    auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(saved); });

    QSignalSpy problems(m_client.get(), &ApiClient::certificateProblem);
    LoginJob *trusted = m_client->login(QStringLiteral("agent1"), kPassword);
    QVERIFY(await(trusted));
    QVERIFY2(trusted->ok(), qPrintable(trusted->error().toString()));
    QCOMPARE(problems.count(), 0);

    QByteArray other = m_fingerprint;
    other[1] = other[1] == '0' ? '1' : '0';
    m_client->setPinnedSha256(other); // also drops the connection opened above
    m_client->setToken(QString());
    LoginJob *pinned = nullptr;
    loginRefused(&pinned);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(pinned->error().code, QStringLiteral("tls_failed")); // refused inside the handshake
    QCOMPARE(problems.count(), 1);
    const auto problem = problems.at(0).at(0).value<CertificateProblem>();
    QVERIFY(problem.pinMismatch);
    QCOMPARE(problem.sha256Hex, m_fingerprint);
    trusted->deleteLater();
    pinned->deleteLater();
}

QTEST_GUILESS_MAIN(TestRemoteTls)
#include "tst_remote_tls.moc"
