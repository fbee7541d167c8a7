// warrantydesk-server: the central server and its administration commands.
//   warrantydesk-server [serve] [--db URL] [--listen ADDRESS] [--port N]
//   warrantydesk-server user add ID --role agent|supervisor|admin [--name NAME]   (password on stdin)
//   warrantydesk-server user passwd ID | user disable ID | user enable ID | user list
//   warrantydesk-server audit verify
//   warrantydesk-server migrate
//   warrantydesk-server seed --tickets N [--seed S]

#include "apiserver.h"
#include "demoloader.h"

#include <QCommandLineParser>
#include <QThread>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

using namespace wd;
using namespace wd::server;

namespace {

void say(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QString readPassword()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readLine(4096)).trimmed();
}

QString defaultDatabase()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/warrantydesk-server.db");
}

int userCommand(ApiServer &server, const QStringList &args, const QCommandLineParser &parser)
{
    if (args.size() < 2) {
        say(stderr, QStringLiteral("usage: warrantydesk-server user add|passwd|disable|enable|list [ID]"));
        return 1;
    }
    const QString verb = args.at(1);
    if (verb == QLatin1String("list")) {
        for (const User &u : server.auth().users())
            say(stdout, QStringLiteral("%1\t%2\t%3%4").arg(u.id, enumName(u.role), u.displayName,
                                                          u.disabled ? QStringLiteral("\t(disabled)") : QString()));
        return 0;
    }
    if (args.size() != 3) {
        say(stderr, QStringLiteral("usage: warrantydesk-server user %1 ID").arg(verb));
        return 1;
    }
    const QString id = args.at(2);
    if (verb == QLatin1String("add")) {
        const std::optional<Role> role = enumFromName<Role>(parser.value(QStringLiteral("role")));
        if (!role) {
            say(stderr, QStringLiteral("warrantydesk-server: --role must be agent, supervisor or admin"));
            return 1;
        }
        say(stderr, QStringLiteral("password for %1 (one line on standard input):").arg(id));
        server.auth().addUser(id, parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : id, *role, readPassword());
    } else if (verb == QLatin1String("passwd")) {
        say(stderr, QStringLiteral("new password for %1 (one line on standard input):").arg(id));
        server.auth().setPassword(id, readPassword());
    } else if (verb == QLatin1String("disable") || verb == QLatin1String("enable")) {
        server.auth().setDisabled(id, verb == QLatin1String("disable"));
    } else {
        say(stderr, QStringLiteral("warrantydesk-server: unknown user command \"%1\"").arg(verb));
        return 1;
    }
    say(stdout, QStringLiteral("ok"));
    return 0;
}

} // namespace

int seedCommand(ApiServer &server, const QCommandLineParser &parser)
{
    bool ok = false;
    const int count = parser.value(QStringLiteral("tickets")).toInt(&ok);
    if (!ok || count < 1 || count > 10'000'000) {
        say(stderr, QStringLiteral("warrantydesk-server: --tickets must be 1..10000000"));
        return 1;
    }
    const quint32 seedValue = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok) {
        say(stderr, QStringLiteral("warrantydesk-server: --seed must be a number"));
        return 1;
    }
    // Continue numbering after tickets already in the database, so seeding twice adds more.
    wd::server::Rows existing = server.database().exec(QStringLiteral("SELECT COUNT(*) FROM tickets"));
    const int first = existing.next() ? existing.value(0).toInt() : 0;
    const DemoSeed seed(seedValue, QDateTime::currentDateTimeUtc());
    const DemoLoadReport report = loadDemoData(server, seed, count, first, [count](int done) {
        if (done % 5000 == 0 || done == count)
            say(stderr, QStringLiteral("seeded %1 / %2 tickets").arg(done).arg(count));
    });
    say(stdout, QStringLiteral("seeded %1 tickets with %2 evidence files and %3 new users in %4 s")
                    .arg(report.tickets)
                    .arg(report.evidence)
                    .arg(report.users)
                    .arg(double(report.elapsedMs) / 1000.0, 0, 'f', 1));
    for (const SeedUser &u : seed.users())
        say(stdout, QStringLiteral("  %1 (%2): password %3").arg(u.id, enumName(u.role), u.password));
    return 0;
}

int main(int argc, char *argv[])
{
    // Drawing the demo's evidence screenshots needs a GUI application (offscreen is enough).
    bool seeding = false;
    for (int i = 1; i < argc; ++i)
        seeding = seeding || qstrcmp(argv[i], "seed") == 0;
    if (seeding && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt's own event loop instead of GLib's on every thread: it wakes a sleeping thread once for
    // any number of events posted meanwhile (GLib writes its wake-up file for each one), and the
    // server hands every write request from thread to thread twice. No effect on Windows.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    std::unique_ptr<QCoreApplication> application(seeding ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("WarrantyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("warrantydesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "WarrantyDesk central server (质保工作台中心服务).\n\n"
        "Commands:\n"
        "  serve                     run the REST API (default)\n"
        "  user add ID --role R      add a user; the password is read from standard input\n"
        "  user passwd ID            set a new password (standard input)\n"
        "  user disable|enable ID    lock a user out / let them back in\n"
        "  user list                 list users\n"
        "  audit verify              check the audit log's hash chain\n"
        "  migrate                   apply schema migrations and exit\n"
        "  seed --tickets N          add N demo tickets (and the demo users) to the database"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("serve, user, audit, migrate"));
    parser.addOption({QStringLiteral("db"), QStringLiteral("SQLite file or postgresql:// URL."), QStringLiteral("URL"), defaultDatabase()});
    parser.addOption({QStringLiteral("listen"), QStringLiteral("Address to listen on."), QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1")});
    parser.addOption({QStringLiteral("port"), QStringLiteral("Port (0: any free port)."), QStringLiteral("N"), QStringLiteral("8470")});
    parser.addOption({QStringLiteral("role"), QStringLiteral("Role of a new user."), QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("Display name of a new user."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("tickets"), QStringLiteral("Number of demo tickets to seed."), QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed of the demo data."), QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("read-threads"),
                      QStringLiteral("Threads answering GET requests and preparing ticket writes besides the listening one (0: none; default: one per core beyond the first, at least one)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("write-timings"),
                      QStringLiteral("Write a line per group-committed write to FILE: when it arrived, was prepared, batched, committed, durable and answered (µs since start)."),
                      QStringLiteral("FILE")});
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString command = args.isEmpty() ? QStringLiteral("serve") : args.first();
    try {
        ServerOptions options;
        options.databaseUrl = parser.value(QStringLiteral("db"));
        if (command == QLatin1String("serve")) {
            bool threadsOk = true;
            options.readThreads = parser.isSet(QStringLiteral("read-threads"))
                                      ? parser.value(QStringLiteral("read-threads")).toInt(&threadsOk)
                                      : qBound(1, QThread::idealThreadCount() - 1, 8);
            if (!threadsOk || options.readThreads < 0 || options.readThreads > 64) {
                say(stderr, QStringLiteral("warrantydesk-server: --read-threads takes a number from 0 to 64"));
                return 1;
            }
            options.writeTimingsPath = parser.value(QStringLiteral("write-timings"));
        }
        ApiServer server(options);
        if (command == QLatin1String("migrate")) {
            say(stdout, QStringLiteral("schema version %1").arg(server.database().schemaVersion()));
            return 0;
        }
        if (command == QLatin1String("user"))
            return userCommand(server, args, parser);
        if (command == QLatin1String("seed"))
            return seedCommand(server, parser);
        if (command == QLatin1String("audit") && args.value(1) == QLatin1String("verify")) {
            const AuditVerification v = server.audit().verify();
            if (v.ok) {
                say(stdout, QStringLiteral("audit log intact: %1 entries").arg(v.entries));
                return 0;
            }
            say(stdout, QStringLiteral("audit log BROKEN at entry %1: %2").arg(*v.firstBrokenSeq).arg(v.problem));
            return 3;
        }
        if (command != QLatin1String("serve")) {
            say(stderr, QStringLiteral("warrantydesk-server: unknown command \"%1\" (try --help)").arg(command));
            return 1;
        }
        bool portOk = false;
        const int port = parser.value(QStringLiteral("port")).toInt(&portOk);
        const QHostAddress address(parser.value(QStringLiteral("listen")));
        if (!portOk || port < 0 || port > 65535 || address.isNull()) {
            say(stderr, QStringLiteral("warrantydesk-server: invalid --listen or --port"));
            return 1;
        }
        const quint16 bound = server.listen(address, quint16(port));
        if (bound == 0) {
            say(stderr, QStringLiteral("warrantydesk-server: cannot listen on %1:%2").arg(address.toString()).arg(port));
            return 1;
        }
        say(stdout, QStringLiteral("warrantydesk-server %1 listening on http://%2:%3/api/v1 (database %4, rules %5, %6 read threads, %7)")
                        .arg(QStringLiteral(WD_VERSION), address.toString())
                        .arg(bound)
                        .arg(server.database().describe(), server.rules().version())
                        .arg(server.readThreads())
                        .arg(QStringLiteral(WD_SERVER_ALLOCATOR)));
        return app.exec();
    } catch (const ApiError &error) {
        say(stderr, QStringLiteral("warrantydesk-server: %1").arg(error.title()));
        return 2;
    }
}
