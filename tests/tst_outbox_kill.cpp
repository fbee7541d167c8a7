// The outbox's promise under kill -9: a client process records 1,000 notes and verdicts against
// the real server while the test kills it at random instants, many times, and starts it again on
// the same cache file. At the end every write it reported as recorded is on the server exactly
// once, and nothing is there twice.

#include "servertesthelpers.h"
#include "testserver.h"

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace wd::test;

namespace {

constexpr int kOps = 1000;
constexpr int kTickets = 20;
constexpr int kKills = 25;

} // namespace

class TestOutboxKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (TestServer::usePostgres() && !TestServer::postgresUnavailableReason().isEmpty())
            QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
    }

    void everyRecordedWriteArrivesExactlyOnce()
    {
        TestServer server;
        QStringList tickets;
        for (int i = 0; i < kTickets; ++i) {
            const QString id = QStringLiteral("T-K%1").arg(i, 2, 10, QLatin1Char('0'));
            QVERIFY2(driveToVerdict(server, id, QStringLiteral("agent1")) > 0, qPrintable(id));
            tickets << id;
        }
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("client.sqlite"));
        const QStringList args = QStringList{server.baseUrl(), server.token(QStringLiteral("agent1")), cache,
                                             rulesVersion(server), QString::number(kOps)} + tickets;

        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        qInfo("random seed %u", seed);

        QSet<int> recorded;
        int kills = 0;
        bool drained = false;
        for (int run = 0; run < kKills + 5 && !drained; ++run) {
            QProcess client;
            client.setProcessChannelMode(QProcess::SeparateChannels);
            QByteArray pendingOut;
            QStringList lines;
            connect(&client, &QProcess::readyReadStandardOutput, this, [&] {
                pendingOut += client.readAllStandardOutput();
                int nl;
                while ((nl = pendingOut.indexOf('\n')) >= 0) {
                    const QString line = QString::fromUtf8(pendingOut.left(nl));
                    pendingOut.remove(0, nl + 1);
                    lines << line;
                    if (line.startsWith(QLatin1String("recorded ")))
                        recorded.insert(line.mid(9).toInt());
                    else if (line == QLatin1String("drained"))
                        drained = true;
                }
            });
            client.start(QStringLiteral(WD_OUTBOX_CLIENT_PATH), args);
            QVERIFY2(client.waitForStarted(10000), qPrintable(client.errorString()));
            if (kills < kKills) {
                // Let it run a random while (the server answers meanwhile), then pull the plug.
                const int lifeMs = 80 + int(random.bounded(700));
                QTest::qWait(lifeMs);
                if (client.state() == QProcess::Running) {
                    client.kill(); // SIGKILL: no chance to flush or close anything
                    QVERIFY(client.waitForFinished(10000));
                    ++kills;
                    continue;
                }
            }
            QTRY_VERIFY_WITH_TIMEOUT(client.state() == QProcess::NotRunning, 120000);
            client.waitForFinished(1000);
            QVERIFY2(client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0,
                     qPrintable(lines.join(QLatin1Char('\n')) + QString::fromUtf8(client.readAllStandardError())));
        }
        qInfo("killed the client %d times; %lld writes reported as recorded", kills, qint64(recorded.size()));
        QVERIFY(drained);
        QCOMPARE(kills, kKills);
        // A kill between the commit and the "recorded" line loses only the line, never the write.
        QVERIFY(recorded.size() >= kOps - kills);

        // Count every op the server applied: each applied write leaves one audit entry, whose
        // detail is what the write recorded (the note's text, the verdict's reasoning).
        QHash<int, int> seen;
        std::function<void(const QJsonObject &)> scan = [&](const QJsonObject &o) {
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.value().isObject()) {
                    scan(it.value().toObject());
                } else if ((it.key() == QLatin1String("text") || it.key() == QLatin1String("reasoning"))
                           && it.value().toString().startsWith(QLatin1String("op "))) {
                    seen[it.value().toString().mid(3).toInt()] += 1;
                }
            }
        };
        for (const QString &id : tickets) {
            for (const QJsonValue &entry : auditEntries(server, 0, id))
                scan(entry.toObject().value(QStringLiteral("detail")).toObject());
        }
        QStringList missing, doubled;
        for (int op : std::as_const(recorded))
            QVERIFY2(seen.value(op) == 1, qPrintable(QStringLiteral("recorded op %1 is on the server %2 times").arg(op).arg(seen.value(op))));
        for (int op = 0; op < kOps; ++op) {
            if (seen.value(op) == 0)
                missing << QString::number(op);
            else if (seen.value(op) > 1)
                doubled << QStringLiteral("%1x%2").arg(op).arg(seen.value(op));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("missing on the server: ") + missing.join(QLatin1Char(' '))));
        QVERIFY2(doubled.isEmpty(), qPrintable(QStringLiteral("written twice: ") + doubled.join(QLatin1Char(' '))));
        QCOMPARE(seen.size(), kOps);
    }
};

QTEST_GUILESS_MAIN(TestOutboxKill)
#include "tst_outbox_kill.moc"
