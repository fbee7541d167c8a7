// wd_outbox_client: a workstation without a window, for tst_outbox_kill. It records a fixed plan
// of writes (notes and verdicts, round-robin over the given tickets) through the real outbox and
// SyncEngine, printing "recorded N" the moment write N is committed (what an agent would see as
// recorded), and "drained" once the server has confirmed everything. Killed at any instant and
// started again on the same cache file, it continues with the next unrecorded write.
//   wd_outbox_client SERVER_URL TOKEN CACHE_FILE RULES_VERSION OPS TICKET...

#include "apiclient.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>

using namespace wd;

namespace {

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QJsonObject opBody(int op, const QString &rulesVersion)
{
    const QString tag = QStringLiteral("op %1").arg(op);
    if (op % 2 == 0)
        return {{QStringLiteral("kind"), QStringLiteral("internal")}, {QStringLiteral("text"), tag}};
    return {{QStringLiteral("liable_party"), QStringLiteral("merchant")},
            {QStringLiteral("remedies"), QJsonArray{QStringLiteral("refund")}},
            {QStringLiteral("amount"), QStringLiteral("98.50")},
            {QStringLiteral("reasoning"), tag},
            {QStringLiteral("cited_evidence"), QJsonArray{QStringLiteral("E-1")}},
            {QStringLiteral("rules_version"), rulesVersion}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 7) {
        std::fputs("usage: wd_outbox_client SERVER_URL TOKEN CACHE_FILE RULES_VERSION OPS TICKET...\n", stderr);
        return 1;
    }
    const QString rulesVersion = args.at(4);
    const int ops = args.at(5).toInt();
    const QStringList tickets = args.mid(6);

    QNetworkAccessManager network;
    remote::ApiClient client(&network);
    client.setBaseUrl(QUrl(args.at(1)));
    client.setToken(args.at(2));
    auto store = store::LocalStore::open(args.at(3));
    sync::SyncEngine engine(*store, client);
    engine.setRetryDelays(20, 300);
    engine.setPollInterval(60000, 100);
    store::TicketCache cache(*store);

    // The next write to record: one past the last one the outbox holds.
    int next = 0;
    {
        QSqlQuery &q = store->exec(QStringLiteral("SELECT max(CAST(substr(label, 4) AS INTEGER)) FROM outbox WHERE label LIKE 'op %'"));
        if (q.next() && !q.value(0).isNull())
            next = q.value(0).toInt() + 1;
        q.finish();
    }

    QTimer recorder;
    recorder.setInterval(15); // an agent's pace, sped up: kills land while recording and while sending
    bool pulled = false;
    QObject::connect(&engine, &sync::SyncEngine::pullFinished, &app, [&](bool ok) {
        if (ok && !pulled) {
            pulled = true;
            recorder.start();
        }
    });
    QObject::connect(&recorder, &QTimer::timeout, &app, [&] {
        if (next >= ops) {
            recorder.stop();
            return;
        }
        const QString ticket = tickets.at(next % tickets.size());
        // Based on the version the agent's screen shows: the cache's, kept current by the engine.
        const auto row = cache.ticket(ticket);
        if (!row) {
            say("error: ticket not in cache: " + ticket.toUtf8());
            QCoreApplication::exit(2);
            return;
        }
        const QString action = next % 2 == 0 ? QStringLiteral("notes") : QStringLiteral("verdict");
        engine.record(ticket, action, opBody(next, rulesVersion), row->summary.version, QStringLiteral("op %1").arg(next));
        say("recorded " + QByteArray::number(next));
        ++next;
    });
    auto checkDrained = [&] {
        if (next >= ops && engine.pendingCount() == 0) {
            say("drained");
            QCoreApplication::exit(0);
        } else if (engine.blockedCount() > 0) {
            say("blocked");
            QCoreApplication::exit(3);
        }
    };
    QObject::connect(&engine, &sync::SyncEngine::pendingChanged, &app, checkDrained);
    QObject::connect(&engine, &sync::SyncEngine::writeBlocked, &app,
                     [&](qint64 seq, const QString &ticket, const remote::ApiError &error) {
                         say(QStringLiteral("blocked %1 %2: %3").arg(seq).arg(ticket, error.toString()).toUtf8());
                     });
    engine.start();
    QTimer::singleShot(0, &app, checkDrained);
    return app.exec();
}
