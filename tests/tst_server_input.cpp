// Hostile and broken input over real HTTP: every bad request gets a 4xx problem+json answer (never
// a 500) and leaves nothing behind (tickets, audit entries, evidence, idempotency records and the
// ticket's version are compared before and after). Malformed JSON, wrong types, unknown enum
// values, missing fields, a 100 MB body, 10,000 nested arrays, bad UTF-8, path tricks, unknown
// routes and methods, NUL characters, and the sample case files of tests/data (bad ones refused with
// the right field, good ones accepted). Evidence files: tst_server_evidence.cpp.

#include "servertesthelpers.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTest>

using namespace wd;
using namespace wd::test;

Q_DECLARE_METATYPE(wd::test::Headers)

namespace {

const QString kTicket = QStringLiteral("T-IN-1");

QByteArray nested(int depth)
{
    return "{\"kind\":\"internal\",\"text\":\"x\",\"extra\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + '}';
}

} // namespace

class tst_ServerInput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void badJson_data();
    void badJson();
    void hugeBodies();
    void pathTricks_data();
    void pathTricks();
    void unknownRoutesAndMethods_data();
    void unknownRoutesAndMethods();
    void nulCharacters_data();
    void nulCharacters();
    void badCaseFiles_data();
    void badCaseFiles();
    void goodCaseFiles();
    void cleanupTestCase();

private:
    std::unique_ptr<TestServer> m_server;
};

void tst_ServerInput::initTestCase()
{
    if (const QString why = TestServer::postgresUnavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_server = std::make_unique<TestServer>();
    QCOMPARE(m_server->intake(TestServer::sampleCase(kTicket)).status, 201);
    QCOMPARE(m_server->write(QStringLiteral("/api/v1/tickets/%1/claim").arg(kTicket), {}, QStringLiteral("agent1"), 0).status, 200);
}

void tst_ServerInput::cleanupTestCase()
{
    if (m_server) {
        const HttpReply verify = m_server->request("GET", QStringLiteral("/api/v1/audit/verify"), {}, QStringLiteral("admin"));
        QCOMPARE(verify.status, 200);
        QVERIFY2(verify.json().value(QStringLiteral("ok")).toBool(), verify.body.constData());
    }
    m_server.reset();
}

void tst_ServerInput::badJson_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field"); // expected `field`, or empty
    const QString t = QStringLiteral("/api/v1/tickets/") + kTicket;
    const QString notes = t + QStringLiteral("/notes");
    auto row = [](const char *name, const QByteArray &method, const QString &path, const QByteArray &body, int status, const char *field = "") {
        QTest::newRow(name) << method << path << body << status << QString::fromLatin1(field);
    };
    row("malformed json", "POST", notes, "{\"kind\": ", 400);
    row("trailing garbage", "POST", notes, "{\"kind\":\"internal\",\"text\":\"x\"} {", 400);
    row("single quotes", "POST", notes, "{'kind':'internal','text':'x'}", 400);
    row("json array body", "POST", notes, "[{\"kind\":\"internal\",\"text\":\"x\"}]", 400);
    row("json string body", "POST", notes, "\"internal\"", 400);
    row("json null body", "POST", notes, "null", 400);
    row("bad utf-8 in a string", "POST", notes, "{\"kind\":\"internal\",\"text\":\"ab\xff\xfe\xc3\x28\"}", 400);
    row("overlong utf-8 slash", "POST", notes, "{\"kind\":\"internal\",\"text\":\"\xc0\xaf\"}", 400);
    row("10000 nested arrays", "POST", notes, nested(10000), 400);
    row("nested arrays in intake", "POST", QStringLiteral("/api/v1/tickets"),
        "{\"ticket\":" + QByteArray(10000, '[') + QByteArray(10000, ']') + "}", 400);
    row("kind wrong type", "POST", notes, "{\"kind\":5,\"text\":\"x\"}", 422, "kind");
    row("text wrong type", "POST", notes, "{\"kind\":\"internal\",\"text\":[\"x\"]}", 422, "text");
    row("text null", "POST", notes, "{\"kind\":\"internal\",\"text\":null}", 422, "text");
    row("unknown note kind", "POST", notes, "{\"kind\":\"memo\",\"text\":\"x\"}", 422, "kind");
    row("note kind wrong case", "POST", notes, "{\"kind\":\"Internal\",\"text\":\"x\"}", 422, "kind");
    row("missing text", "POST", notes, "{\"kind\":\"internal\"}", 422, "text");
    row("empty body", "POST", notes, "", 422, "kind");
    row("empty object", "POST", notes, "{}", 422, "kind");
    row("unknown category", "PATCH", t, "{\"category\":\"product_defect.lost_key\"}", 422, "category");
    row("category wrong type", "PATCH", t, "{\"category\":7}", 422, "category");
    row("findings wrong type", "PATCH", t, "{\"findings\":{\"user_error\":\"yes\"}}", 422, "findings.user_error");
    row("findings not an object", "PATCH", t, "{\"findings\":true}", 422, "findings");
    row("nothing to change", "PATCH", t, "{}", 422);
    row("unknown remedy", "POST", t + QStringLiteral("/executions"), "{\"remedy\":\"cash\",\"reference\":\"R-1\"}", 422, "remedy");
    row("missing reference", "POST", t + QStringLiteral("/executions"), "{\"remedy\":\"refund\"}", 422, "reference");
    row("unknown remedy in verdict", "POST", t + QStringLiteral("/verdict"),
        "{\"liable_party\":\"merchant\",\"remedies\":[\"refund\",\"cash\"],\"amount\":\"1.00\",\"rules_version\":\"x\"}", 422, "remedies[1]");
    row("amount with three decimals", "POST", t + QStringLiteral("/verdict"),
        "{\"liable_party\":\"merchant\",\"remedies\":[\"refund\"],\"amount\":\"1.005\",\"rules_version\":\"x\"}", 422, "amount");
    row("amount wrong type", "POST", t + QStringLiteral("/verdict"),
        "{\"liable_party\":\"merchant\",\"remedies\":[\"refund\"],\"amount\":{\"cents\":100},\"rules_version\":\"x\"}", 422, "amount");
    row("unknown liable party", "POST", t + QStringLiteral("/verdict"),
        "{\"liable_party\":\"publisher\",\"remedies\":[\"refund\"],\"amount\":\"1.00\",\"rules_version\":\"x\"}", 422, "liable_party");
    row("unknown action", "POST", t + QStringLiteral("/transitions"), "{\"action\":\"jump\"}", 422, "action");
    row("action wrong type", "POST", t + QStringLiteral("/transitions"), "{\"action\":true}", 422, "action");
    row("unknown waiver kind", "POST", t + QStringLiteral("/waivers"), "{\"kind\":\"selfie\",\"reason\":\"x\"}", 422, "kind");
    row("unknown appellant", "POST", t + QStringLiteral("/appeals"), "{\"appellant\":\"publisher\",\"reason\":\"x\"}", 422, "appellant");
    row("intake without ticket", "POST", QStringLiteral("/api/v1/tickets"), "{\"order\":{}}", 422);
    row("intake with a bad id", "POST", QStringLiteral("/api/v1/tickets"),
        compact([] {
            QJsonObject c = TestServer::sampleCase(QStringLiteral("T-OK"));
            QJsonObject ticket = c.value(QStringLiteral("ticket")).toObject();
            ticket[QStringLiteral("id")] = QStringLiteral("../T 1");
            c[QStringLiteral("ticket")] = ticket;
            return c;
        }()),
        422, "ticket.id");
    row("intake with an id the routes refuse", "POST", QStringLiteral("/api/v1/tickets"), compact(TestServer::sampleCase(QStringLiteral("T..1"))), 422,
        "ticket.id");
    row("intake with an unknown category", "POST", QStringLiteral("/api/v1/tickets"),
        compact(TestServer::sampleCase(QStringLiteral("T-BADCAT"), QStringLiteral("product_defect.mystery"))), 422, "ticket.category");
    row("login username wrong type", "POST", QStringLiteral("/api/v1/auth/login"), "{\"username\":5,\"password\":\"x\"}", 422, "username");
}

void tst_ServerInput::badJson()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    TestServer &s = *m_server;
    const StoreSnapshot before = StoreSnapshot::take(s, kTicket);
    const QString user = path.endsWith(QLatin1String("/tickets")) ? QStringLiteral("super1") : QStringLiteral("agent1");
    const HttpReply r = s.request(method, path, body, user, writeHeaders(before.version));
    QVERIFY2(r.status == status, describe(r).constData());
    QVERIFY2(isProblem(r), r.body.constData());
    if (!field.isEmpty())
        QCOMPARE(r.json().value(QStringLiteral("field")).toString(), field);
    const StoreSnapshot after = StoreSnapshot::take(s, kTicket);
    QVERIFY2(after == before, (before.toString() + " -> " + after.toString()).constData());
}

void tst_ServerInput::hugeBodies()
{
    TestServer &s = *m_server;
    const StoreSnapshot before = StoreSnapshot::take(s, kTicket);
    // 100 MB of case file: refused by size, whatever it holds.
    QByteArray huge;
    huge.reserve(100 * 1024 * 1024 + 64);
    huge += "{\"ticket\":{\"id\":\"T-HUGE\",\"description\":\"";
    huge += QByteArray(100 * 1024 * 1024, 'a');
    huge += "\"}}";
    HttpReply r = s.request("POST", QStringLiteral("/api/v1/tickets"), huge, QStringLiteral("super1"));
    huge.clear();
    huge.squeeze();
    QVERIFY2(r.status == 413, describe(r).constData());
    QVERIFY2(isProblem(r), r.body.constData());
    QCOMPARE(code(r), QStringLiteral("body_too_large"));
    // Just over the 4 MiB JSON limit on a workflow write.
    const QByteArray big = "{\"kind\":\"internal\",\"text\":\"" + QByteArray(4 * 1024 * 1024, 'b') + "\"}";
    r = s.request("POST", QStringLiteral("/api/v1/tickets/%1/notes").arg(kTicket), big, QStringLiteral("agent1"), writeHeaders(before.version));
    QVERIFY2(r.status == 413, describe(r).constData());
    // A long note text within the body limit is still refused by the field's own limit.
    const QByteArray longText = compact({{QStringLiteral("kind"), QStringLiteral("internal")}, {QStringLiteral("text"), QString(20001, QLatin1Char('c'))}});
    r = s.request("POST", QStringLiteral("/api/v1/tickets/%1/notes").arg(kTicket), longText, QStringLiteral("agent1"), writeHeaders(before.version));
    QVERIFY2(r.status == 422, describe(r).constData());
    QCOMPARE(r.json().value(QStringLiteral("field")).toString(), QStringLiteral("text"));
    // Sign-in takes only small bodies.
    r = s.request("POST", QStringLiteral("/api/v1/auth/login"), "{\"username\":\"agent1\",\"password\":\"" + QByteArray(70000, 'p') + "\"}");
    QCOMPARE(r.status, 413);
    const StoreSnapshot after = StoreSnapshot::take(s, kTicket);
    QVERIFY2(after == before, (before.toString() + " -> " + after.toString()).constData());
    // The server is still fine.
    QCOMPARE(s.request("GET", QStringLiteral("/api/v1/health")).status, 200);
}

void tst_ServerInput::pathTricks_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    auto row = [](const char *name, const QByteArray &method, const QString &path) { QTest::newRow(name) << method << path; };
    row("dot-dot encoded slashes", "GET", QStringLiteral("/api/v1/tickets/..%2F..%2Fetc"));
    row("dot-dot encoded slashes, write", "POST", QStringLiteral("/api/v1/tickets/..%2F..%2Fetc%2Fpasswd/notes"));
    row("encoded dot-dot", "GET", QStringLiteral("/api/v1/tickets/%2e%2e"));
    row("dot-dot inside an id", "GET", QStringLiteral("/api/v1/tickets/a..b"));
    row("dot-dot inside an id, write", "POST", QStringLiteral("/api/v1/tickets/T-IN-1..x/notes"));
    row("NUL byte", "GET", QStringLiteral("/api/v1/tickets/%00"));
    row("NUL byte after an id", "GET", QStringLiteral("/api/v1/tickets/T-IN-1%00"));
    row("invalid utf-8", "GET", QStringLiteral("/api/v1/tickets/%ff%fe"));
    row("chinese id", "GET", QStringLiteral("/api/v1/tickets/%E5%B7%A5%E5%8D%95"));
    row("backslash", "GET", QStringLiteral("/api/v1/tickets/..%5C..%5Cwindows"));
    row("very long id", "GET", QStringLiteral("/api/v1/tickets/") + QString(4000, QLatin1Char('A')));
    row("65 character id", "GET", QStringLiteral("/api/v1/tickets/") + QString(65, QLatin1Char('T')));
    row("very long id, write", "POST", QStringLiteral("/api/v1/tickets/") + QString(4000, QLatin1Char('A')) + QStringLiteral("/notes"));
    row("evidence traversal", "GET", QStringLiteral("/api/v1/evidence/..%2F..%2Fetc%2Fpasswd/content"));
    row("evidence unknown", "GET", QStringLiteral("/api/v1/evidence/E-NOPE/content"));
    row("SQL in an id", "GET", QStringLiteral("/api/v1/tickets/T-1'%20OR%20'1'='1"));
    row("id starting with a dot", "GET", QStringLiteral("/api/v1/tickets/.T-IN-1"));
    row("id starting with a dash, write", "POST", QStringLiteral("/api/v1/tickets/-T-IN-1/notes"));
    row("empty id, write", "POST", QStringLiteral("/api/v1/tickets//notes"));
    row("newline after an id", "GET", QStringLiteral("/api/v1/tickets/T-IN-1%0A"));
    row("newline after an id, write", "POST", QStringLiteral("/api/v1/tickets/T-IN-1/notes%0A"));
    row("double slash", "POST", QStringLiteral("/api/v1//tickets/T-IN-1/notes"));
    row("64 character id (well formed, no such ticket)", "GET", QStringLiteral("/api/v1/tickets/") + QString(64, QLatin1Char('T')));
}

void tst_ServerInput::pathTricks()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    TestServer &s = *m_server;
    const StoreSnapshot before = StoreSnapshot::take(s, kTicket);
    const HttpReply r = s.request(method, path, compact({{QStringLiteral("kind"), QStringLiteral("internal")}, {QStringLiteral("text"), QStringLiteral("x")}}),
                                  QStringLiteral("agent1"), writeHeaders(before.version));
    QVERIFY2(r.status == 400 || r.status == 404, describe(r).constData());
    QVERIFY2(isProblem(r), r.body.constData());
    const StoreSnapshot after = StoreSnapshot::take(s, kTicket);
    QVERIFY2(after == before, (before.toString() + " -> " + after.toString()).constData());
}

void tst_ServerInput::unknownRoutesAndMethods_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("allow");
    auto row = [](const char *name, const QByteArray &method, const QString &path, int status, const QStringList &allow = {}) {
        QTest::newRow(name) << method << path << status << allow;
    };
    row("unknown route", "GET", QStringLiteral("/api/v1/nothing-here"), 404);
    row("other api version", "GET", QStringLiteral("/api/v2/tickets"), 404);
    row("root", "GET", QStringLiteral("/"), 404);
    row("unknown ticket action", "POST", QStringLiteral("/api/v1/tickets/T-IN-1/teleport"), 404);
    row("trailing slash", "GET", QStringLiteral("/api/v1/tickets/T-IN-1/notes/"), 404);
    row("DELETE the queue", "DELETE", QStringLiteral("/api/v1/tickets"), 405, {QStringLiteral("GET"), QStringLiteral("POST")});
    row("PUT a ticket", "PUT", QStringLiteral("/api/v1/tickets/T-IN-1"), 405, {QStringLiteral("GET"), QStringLiteral("PATCH")});
    row("DELETE a ticket", "DELETE", QStringLiteral("/api/v1/tickets/T-IN-1"), 405, {QStringLiteral("GET"), QStringLiteral("PATCH")});
    row("GET notes", "GET", QStringLiteral("/api/v1/tickets/T-IN-1/notes"), 405, {QStringLiteral("POST")});
    row("GET login", "GET", QStringLiteral("/api/v1/auth/login"), 405, {QStringLiteral("POST")});
    row("POST health", "POST", QStringLiteral("/api/v1/health"), 405, {QStringLiteral("GET")});
    row("PATCH audit", "PATCH", QStringLiteral("/api/v1/audit"), 405, {QStringLiteral("GET")});
}

void tst_ServerInput::unknownRoutesAndMethods()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QStringList, allow);
    TestServer &s = *m_server;
    const StoreSnapshot before = StoreSnapshot::take(s, kTicket);
    const HttpReply r = s.request(method, path, "{}", QStringLiteral("super1"), writeHeaders(before.version));
    QVERIFY2(r.status == status, describe(r).constData());
    QVERIFY2(isProblem(r), r.body.constData());
    if (status == 405) {
        QStringList got = QString::fromLatin1(r.header("Allow")).split(QRegularExpression(QStringLiteral("\\s*,\\s*")), Qt::SkipEmptyParts);
        got.sort();
        QCOMPARE(got, allow);
    }
    QVERIFY2(StoreSnapshot::take(s, kTicket) == before, StoreSnapshot::take(s, kTicket).toString().constData());
}

void tst_ServerInput::nulCharacters_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("user");
    QTest::addColumn<Headers>("headers");
    const QString t = QStringLiteral("/api/v1/tickets/") + kTicket;
    auto withNul = [](const char *pointer, const QString &value) {
        QJsonObject c = TestServer::sampleCase(QStringLiteral("T-NUL-%1").arg(QString::fromLatin1(pointer).section(QLatin1Char('.'), -1)));
        QJsonObject part = c.value(QString::fromLatin1(pointer).section(QLatin1Char('.'), 0, 0)).toObject();
        part[QString::fromLatin1(pointer).section(QLatin1Char('.'), 1)] = value;
        c[QString::fromLatin1(pointer).section(QLatin1Char('.'), 0, 0)] = part;
        return compact(c);
    };
    const QString nul = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
    QTest::newRow("note text") << QByteArray("POST") << t + QStringLiteral("/notes") << QByteArray("{\"kind\":\"internal\",\"text\":\"a\\u0000b\"}")
                               << QStringLiteral("agent1") << Headers{};
    QTest::newRow("intake description") << QByteArray("POST") << QStringLiteral("/api/v1/tickets") << withNul("ticket.description", nul)
                                        << QStringLiteral("super1") << Headers{};
    QTest::newRow("intake customer id") << QByteArray("POST") << QStringLiteral("/api/v1/tickets") << withNul("order.customer_id", nul)
                                        << QStringLiteral("super1") << Headers{};
    QTest::newRow("login user name") << QByteArray("POST") << QStringLiteral("/api/v1/auth/login")
                                     << QByteArray("{\"username\":\"agent1\\u0000\",\"password\":\"x\"}") << QString() << Headers{};
    QTest::newRow("queue text search") << QByteArray("GET") << QStringLiteral("/api/v1/tickets?q=a%00b") << QByteArray() << QStringLiteral("agent1") << Headers{};
    QTest::newRow("queue merchant") << QByteArray("GET") << QStringLiteral("/api/v1/tickets?merchant=M%00") << QByteArray() << QStringLiteral("agent1") << Headers{};
    QTest::newRow("queue assignee") << QByteArray("GET") << QStringLiteral("/api/v1/tickets?assignee=a%00") << QByteArray() << QStringLiteral("agent1") << Headers{};
    QTest::newRow("audit ticket filter") << QByteArray("GET") << QStringLiteral("/api/v1/audit?ticket=T%00") << QByteArray() << QStringLiteral("admin") << Headers{};
    QTest::newRow("evidence name") << QByteArray("POST") << t + QStringLiteral("/evidence") << QByteArray("hello") << QStringLiteral("agent1")
                                   << Headers{{"X-Evidence-Kind", "chat_log"}, {"X-Evidence-Name", "a%00b"}};
    QTest::newRow("evidence id") << QByteArray("POST") << t + QStringLiteral("/evidence") << QByteArray("hello") << QStringLiteral("agent1")
                                 << Headers{{"X-Evidence-Kind", "chat_log"}, {"X-Evidence-Id", "E-1%00"}};
}

void tst_ServerInput::nulCharacters()
{
    // U+0000 is valid JSON ("\u0000") and valid percent-encoding: the server may refuse it (4xx)
    // or keep it, but on neither database may it fail with a 500 or show SQL to the caller.
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, user);
    QFETCH(Headers, headers);
    TestServer &s = *m_server;
    const StoreSnapshot before = StoreSnapshot::take(s, kTicket);
    const HttpReply r = s.request(method, path, body, user, headers + writeHeaders(before.version));
    QVERIFY2(r.status < 500, describe(r).constData());
    const bool leaks = r.body.contains("EXECUTE") || r.body.contains("LINE 1") || r.body.contains("QPSQL") || r.body.contains("SQL");
    QVERIFY2(!leaks, r.body.constData());
    if (r.status >= 400) {
        QVERIFY2(isProblem(r), r.body.constData());
        if (path.endsWith(QLatin1String("/auth/login")))
            return; // a refused sign-in is audited: that is the one thing it stores
        const StoreSnapshot after = StoreSnapshot::take(s, kTicket);
        QVERIFY2(after == before, (before.toString() + " -> " + after.toString()).constData());
    }
    QCOMPARE(s.request("GET", QStringLiteral("/api/v1/health")).status, 200);
}

void tst_ServerInput::badCaseFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    const QDir dir(QStringLiteral(WD_TEST_DATA_DIR "/bad"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 9);
    for (const QString &name : files) {
        QFile error(dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".error.txt")));
        QVERIFY2(error.open(QIODevice::ReadOnly), qPrintable(error.fileName()));
        QTest::newRow(qPrintable(name)) << dir.filePath(name) << QString::fromUtf8(error.readAll()).trimmed();
    }
}

void tst_ServerInput::badCaseFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    TestServer &s = *m_server;
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const StoreSnapshot before = StoreSnapshot::take(s);
    const HttpReply r = s.request("POST", QStringLiteral("/api/v1/tickets"), f.readAll(), QStringLiteral("super1"));
    QVERIFY2(isProblem(r), describe(r).constData());
    // The .error.txt names the offending field's path; "JSON" means the file is not JSON at all.
    static const QRegularExpression fieldPath(QStringLiteral(R"(^[a-z_]+(\[\d+\])?(\.[a-z_]+(\[\d+\])?)*$)"));
    if (fieldPath.match(expected).hasMatch()) {
        QVERIFY2(r.status == 422, describe(r).constData());
        QCOMPARE(code(r), QStringLiteral("invalid_case"));
        QCOMPARE(r.json().value(QStringLiteral("field")).toString(), expected);
    } else {
        QCOMPARE(expected, QStringLiteral("JSON"));
        QVERIFY2(r.status == 400, describe(r).constData());
        QCOMPARE(code(r), QStringLiteral("malformed_json"));
    }
    const StoreSnapshot after = StoreSnapshot::take(s);
    QVERIFY2(after == before, (before.toString() + " -> " + after.toString()).constData());
}

void tst_ServerInput::goodCaseFiles()
{
    TestServer &s = *m_server;
    const QDir dir(QStringLiteral(WD_TEST_DATA_DIR "/cases"));
    QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    files.removeIf([](const QString &n) { return n.endsWith(QLatin1String(".expected.json")); });
    QVERIFY(files.size() >= 30);
    const qsizetype ticketsBefore = allTickets(s).size();
    QByteArray first;
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        if (first.isEmpty())
            first = bytes;
        const QString id = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("ticket")).toObject().value(QStringLiteral("id")).toString();
        const HttpReply r = s.request("POST", QStringLiteral("/api/v1/tickets"), bytes, QStringLiteral("super1"));
        QVERIFY2(r.status == 201, qPrintable(name + QStringLiteral(": ") + QString::fromUtf8(describe(r))));
        QCOMPARE(r.json().value(QStringLiteral("ticket_id")).toString(), id);
        QCOMPARE(QString::fromUtf8(r.header("Location")), QStringLiteral("/api/v1/tickets/") + id);
        const HttpReply detail = s.request("GET", QStringLiteral("/api/v1/tickets/") + id, {}, QStringLiteral("agent1"));
        QCOMPARE(detail.status, 200);
        QCOMPARE(detail.json().value(QStringLiteral("ticket")).toObject().value(QStringLiteral("step")).toString(), QStringLiteral("feedback"));
    }
    QCOMPARE(allTickets(s).size(), ticketsBefore + files.size());
    // The same ticket id again: 409, nothing stored.
    const StoreSnapshot before = StoreSnapshot::take(s);
    const HttpReply dup = s.request("POST", QStringLiteral("/api/v1/tickets"), first, QStringLiteral("super1"));
    QCOMPARE(dup.status, 409);
    QVERIFY2(isProblem(dup), dup.body.constData());
    QCOMPARE(code(dup), QStringLiteral("ticket_exists"));
    QCOMPARE(dup.json().value(QStringLiteral("field")).toString(), QStringLiteral("ticket.id"));
    QVERIFY2(StoreSnapshot::take(s) == before, StoreSnapshot::take(s).toString().constData());
}

QTEST_MAIN(tst_ServerInput)
#include "tst_server_input.moc"
