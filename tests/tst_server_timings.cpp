// --write-timings over real HTTP: a line per group-committed write, in the order answered, with
// each stage's time stamp no earlier than the one before; an unwritable file refuses the start.

#include "servertesthelpers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wd;
using namespace wd::test;

class tst_ServerTimings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeTimings();
    void writeTimingsFileRefused();
};

void tst_ServerTimings::initTestCase()
{
    if (const QString why = TestServer::postgresUnavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void tst_ServerTimings::writeTimings()
{
    // --write-timings: one line per group-committed write, in the order answered, each stage's
    // time stamp no earlier than the one before; a prepared write has its preparation stamped.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("timings.txt"));
    QList<int> statuses;
    {
        TestServer s([&](server::ServerOptions &o) { o.writeTimingsPath = path; });
        const QString id = QStringLiteral("T-TIMING-1");
        statuses << s.intake(TestServer::sampleCase(id)).status;
        const HttpReply claim = s.write(QStringLiteral("/api/v1/tickets/%1/claim").arg(id), {}, QStringLiteral("agent1"), 0);
        statuses << claim.status;
        const qint64 v = claim.json().value(QStringLiteral("version")).toInteger();
        const QJsonObject note{{QStringLiteral("kind"), QStringLiteral("internal")}, {QStringLiteral("text"), QStringLiteral("timed")}};
        statuses << s.write(QStringLiteral("/api/v1/tickets/%1/notes").arg(id), note, QStringLiteral("agent1"), v).status;
        statuses << s.write(QStringLiteral("/api/v1/tickets/%1/notes").arg(id), note, QStringLiteral("agent1"), v).status; // stale
        QCOMPARE(statuses, (QList<int>{201, 200, 200, 412}));
    } // the server is gone: its file is complete
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY2(lines.value(0).startsWith("# arrived prepared batched committed durable answered"), lines.value(0).constData());
    QList<QList<qint64>> rows;
    for (const QByteArray &line : lines.mid(1)) {
        if (line.isEmpty())
            continue;
        QList<qint64> row;
        for (const QByteArray &field : line.split(' ')) {
            bool ok = false;
            row << field.toLongLong(&ok);
            QVERIFY2(ok, line.constData());
        }
        QCOMPARE(row.size(), 8);
        rows << row;
    }
    QCOMPARE(rows.size(), statuses.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QList<qint64> &r = rows.at(i);
        QCOMPARE(int(r.at(7)), statuses.at(i));
        QVERIFY(r.at(0) >= 0);
        if (r.at(1) >= 0) // prepared on a read worker
            QVERIFY(r.at(0) <= r.at(1) && r.at(1) <= r.at(2));
        QVERIFY2(r.at(0) <= r.at(2) && r.at(2) <= r.at(3) && r.at(3) <= r.at(4) && r.at(4) <= r.at(5),
                 qPrintable(QStringLiteral("line %1 out of order").arg(i + 2)));
        QCOMPARE(r.at(6), 1); // one request at a time: batches of one
        if (i > 0)
            QVERIFY(rows.at(i - 1).at(5) <= r.at(0)); // sequential requests
    }
    QCOMPARE(rows.at(0).at(1), -1); // intake is written on the listening thread
    QVERIFY(rows.at(1).at(1) >= 0); // the claim and the note were prepared (two read threads)
    QVERIFY(rows.at(2).at(1) >= 0);
    QCOMPARE(rows.at(3).at(1), -1); // a stale If-Match is left to the writing thread
}

void tst_ServerTimings::writeTimingsFileRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    server::ServerOptions options;
    options.databaseUrl = dir.filePath(QStringLiteral("refused.db"));
    options.writeTimingsPath = dir.filePath(QStringLiteral("no/such/folder/timings.txt"));
    try {
        server::ApiServer api(options);
        QFAIL("a server whose timings file cannot be written started");
    } catch (const server::ApiError &e) {
        QCOMPARE(e.code(), QStringLiteral("write_timings_unavailable"));
        QVERIFY2(e.title().contains(QLatin1String("no/such/folder")), qPrintable(e.title()));
    }
}

QTEST_MAIN(tst_ServerTimings)
#include "tst_server_timings.moc"
