// Token storage: the in-memory fake's contract, and the real keychain store on a machine without
// a credential store (no D-Bus session here): Unavailable within its timeout, token never on disk.

#include "keychaintokenstore.h"
#include "tokenstore.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace wd::remote;
using Status = TokenJob::Status;

namespace {

struct Outcome
{
    bool done = false;
    Status status = Status::Pending;
    QString token;
    QString message;
};

// Runs the job to its end (the job deletes itself after finished()).
Outcome run(TokenJob *job, int timeoutMs = 30000)
{
    Outcome o;
    QObject::connect(job, &TokenJob::finished, job, [&o, job] { o = Outcome{true, job->status(), job->token(), job->message()}; });
    QSignalSpy spy(job, &TokenJob::finished);
    if (!o.done)
        spy.wait(timeoutMs);
    return o;
}

// Every file under `dir` whose bytes contain `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.size() < 64 * 1024 * 1024 && f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}

const QUrl kServer(QStringLiteral("https://wd.example:8470/"));

} // namespace

class TestRemoteTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keysNameServerAndUser();
    void inMemoryRoundTrip();
    void inMemoryUnavailable();
    void keychainWithoutAStoreIsUnavailable();
};

void TestRemoteTokenStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WarrantyDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_remote_tokenstore"));
}

void TestRemoteTokenStore::keysNameServerAndUser()
{
    QCOMPARE(TokenStore::keyFor(kServer, QStringLiteral("agent1")), QStringLiteral("agent1@https://wd.example:8470"));
    QCOMPARE(TokenStore::keyFor(QUrl(QStringLiteral("https://me:pw@wd.example:8470/?x=1#y")), QStringLiteral("agent1")),
             QStringLiteral("agent1@https://wd.example:8470"));
    QVERIFY(TokenStore::keyFor(kServer, QStringLiteral("agent1")) != TokenStore::keyFor(kServer, QStringLiteral("agent2")));
    QVERIFY(TokenStore::keyFor(kServer, QStringLiteral("a")) != TokenStore::keyFor(QUrl(QStringLiteral("https://other.example")), QStringLiteral("a")));
}

void TestRemoteTokenStore::inMemoryRoundTrip()
{
    InMemoryTokenStore store;
    QCOMPARE(run(store.load(kServer, QStringLiteral("agent1"))).status, Status::NotFound);
    QCOMPARE(run(store.save(kServer, QStringLiteral("agent1"), QStringLiteral("secret-1"))).status, Status::Ok);
    const Outcome loaded = run(store.load(kServer, QStringLiteral("agent1")));
    QCOMPARE(loaded.status, Status::Ok);
    QCOMPARE(loaded.token, QStringLiteral("secret-1"));
    QCOMPARE(run(store.load(kServer, QStringLiteral("agent2"))).status, Status::NotFound);
    QCOMPARE(run(store.remove(kServer, QStringLiteral("agent1"))).status, Status::Ok);
    QCOMPARE(run(store.load(kServer, QStringLiteral("agent1"))).status, Status::NotFound);
    QCOMPARE(run(store.remove(kServer, QStringLiteral("agent1"))).status, Status::NotFound);
}

void TestRemoteTokenStore::inMemoryUnavailable()
{
    InMemoryTokenStore store;
    store.setAvailable(false);
    const Outcome saved = run(store.save(kServer, QStringLiteral("agent1"), QStringLiteral("secret")));
    QVERIFY(saved.done);
    QCOMPARE(saved.status, Status::Unavailable);
    QVERIFY(!saved.message.isEmpty());
    QCOMPARE(run(store.load(kServer, QStringLiteral("agent1"))).status, Status::Unavailable);
}

void TestRemoteTokenStore::keychainWithoutAStoreIsUnavailable()
{
#if !defined(Q_OS_LINUX)
    QSKIP("the system credential store is always there on this platform");
#else
    // No session bus and no display to autolaunch one: no Secret Service, no KWallet.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    const QByteArray token = "wd-token-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();

    KeychainTokenStore store;
    store.setTimeout(5000); // a store that hangs counts as unavailable after this
    const Outcome saved = run(store.save(kServer, QStringLiteral("agent1"), QString::fromLatin1(token)), 20000);
    QVERIFY2(saved.done, "no answer within the store's timeout");
    QCOMPARE(saved.status, Status::Unavailable);
    QVERIFY(!saved.message.isEmpty());
    qInfo("keychain unavailable: %s", qPrintable(saved.message));

    const Outcome loaded = run(store.load(kServer, QStringLiteral("agent1")), 20000);
    QVERIFY(loaded.done);
    QCOMPARE(loaded.status, Status::Unavailable);
    QVERIFY(loaded.token.isEmpty());
    const Outcome removed = run(store.remove(kServer, QStringLiteral("agent1")), 20000);
    QVERIFY(removed.done);
    QCOMPARE(removed.status, Status::Unavailable);

    // Nothing fell back to a file in clear. QtKeychain's insecure fallback writes QSettings under
    // the service name: a canary written the same way shows that the search below would see it.
    const QByteArray canary = "wd-canary-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    {
        QSettings fallback(KeychainTokenStore::serviceName());
        fallback.setValue(QStringLiteral("canary"), QString::fromLatin1(canary));
        fallback.sync();
        QVERIFY2(!filesContaining(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), canary).isEmpty(),
                 qPrintable(fallback.fileName()));
        fallback.clear();
        fallback.sync();
        QFile::remove(fallback.fileName());
    }
    for (auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation,
                          QStandardPaths::GenericDataLocation, QStandardPaths::AppLocalDataLocation, QStandardPaths::CacheLocation}) {
        const QString dir = QStandardPaths::writableLocation(location);
        QVERIFY(!dir.isEmpty());
        const QStringList hits = filesContaining(dir, token);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
    }
#endif
}

QTEST_GUILESS_MAIN(TestRemoteTokenStore)
#include "tst_remote_tokenstore.moc"
