// docs/openapi.yaml against the real server: every route the spec names is registered and served,
// every registered route is in the spec, the answers a request gets are among the statuses the
// spec documents for that operation, errors are problem+json, and only the routes the spec marks
// `security: []` work without a token.
//
// The spec is read without a YAML library by a line-based extractor, so docs/openapi.yaml keeps a
// regular block layout: `paths:` at column 0, path keys at two spaces, methods at four, operation
// members (`security`, `responses`) at six and response codes at eight, as quoted strings.

#include "testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <algorithm>

using wd::test::HttpReply;
using wd::test::TestServer;

namespace {

struct SpecOperation
{
    QString path;       // "/api/v1/tickets/{id}"
    QByteArray method;  // "GET"
    QSet<int> statuses; // documented response codes
    bool public_ = false; // `security: []`
    int line = 0;

    QString name() const { return QString::fromLatin1(method) + QLatin1Char(' ') + path; }
};

struct Spec
{
    QList<SpecOperation> operations;
    bool globalBearer = false;
    QString error; // empty when the file was read
};

int indentOf(const QString &line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == QLatin1Char(' '))
        ++n;
    return n;
}

Spec readSpec(const QString &fileName)
{
    Spec spec;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        spec.error = QStringLiteral("cannot open %1").arg(fileName);
        return spec;
    }
    static const QRegularExpression pathKey(QStringLiteral("^  (/[^\\s:]*):\\s*$"));
    static const QRegularExpression methodKey(QStringLiteral("^    (get|put|post|delete|options|head|patch|trace):\\s*$"));
    static const QRegularExpression statusKey(QStringLiteral("^        ['\"]?([1-5][0-9][0-9])['\"]?:\\s*$"));

    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    bool inPaths = false;
    bool inResponses = false;
    bool inGlobalSecurity = false;
    QString currentPath;
    SpecOperation *op = nullptr;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const int indent = indentOf(line);
        if (indent == 0) {
            inPaths = trimmed == QLatin1String("paths:");
            inGlobalSecurity = trimmed == QLatin1String("security:");
            op = nullptr;
            continue;
        }
        if (inGlobalSecurity && indent == 2 && trimmed.startsWith(QLatin1String("- bearerAuth:")))
            spec.globalBearer = true;
        if (!inPaths)
            continue;
        static const QRegularExpression flowValue(QStringLiteral(":\\s+[\\[{]"));
        if (indent <= 4 && flowValue.match(trimmed).hasMatch()) {
            spec.error = QStringLiteral("line %1: flow style under paths is not supported: %2").arg(i + 1).arg(trimmed);
            return spec;
        }
        if (indent == 2) {
            const QRegularExpressionMatch m = pathKey.match(line);
            if (!m.hasMatch()) {
                spec.error = QStringLiteral("line %1: expected a path key at two spaces: %2").arg(i + 1).arg(trimmed);
                return spec;
            }
            currentPath = m.captured(1);
            op = nullptr;
            continue;
        }
        if (indent == 4) {
            op = nullptr;
            const QRegularExpressionMatch m = methodKey.match(line);
            if (m.hasMatch()) {
                spec.operations.append(SpecOperation{currentPath, m.captured(1).toUpper().toLatin1(), {}, false, i + 1});
                op = &spec.operations.last();
                inResponses = false;
            }
            continue; // path-level members (parameters, summary) are not operations
        }
        if (!op)
            continue;
        if (indent == 6) {
            inResponses = trimmed == QLatin1String("responses:");
            if (trimmed == QLatin1String("security: []"))
                op->public_ = true;
            continue;
        }
        if (indent == 8 && inResponses) {
            const QRegularExpressionMatch m = statusKey.match(line);
            if (m.hasMatch())
                op->statuses.insert(m.captured(1).toInt());
            else if (trimmed != QLatin1String("default:")) {
                spec.error = QStringLiteral("line %1: expected a response code at eight spaces: %2").arg(i + 1).arg(trimmed);
                return spec;
            }
        }
    }
    return spec;
}

QString routeKey(const QByteArray &method, const QString &pattern)
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + pattern;
}

QString codeOf(const HttpReply &reply)
{
    return reply.json().value(QStringLiteral("code")).toString();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

// The smallest plausible body for each operation: enough to get past JSON validation so that the
// request reaches the route's real checks.
QByteArray minimalBody(const SpecOperation &op, const QString &rulesVersion)
{
    const QString p = op.path;
    if (op.method == "PATCH")
        return compact({{QStringLiteral("category"), QStringLiteral("product_defect.invalid_key")}});
    if (p.endsWith(QLatin1String("/transitions")))
        return compact({{QStringLiteral("action"), QStringLiteral("advance")}});
    if (p.endsWith(QLatin1String("/waivers")))
        return compact({{QStringLiteral("kind"), QStringLiteral("communication_record")}, {QStringLiteral("reason"), QStringLiteral("商家已失联")}});
    if (p.endsWith(QLatin1String("/notes")))
        return compact({{QStringLiteral("kind"), QStringLiteral("internal")}, {QStringLiteral("text"), QStringLiteral("已联系商家")}});
    if (p.endsWith(QLatin1String("/verdict")))
        return compact({{QStringLiteral("liable_party"), QStringLiteral("merchant")},
                        {QStringLiteral("remedies"), QJsonArray{QStringLiteral("refund")}},
                        {QStringLiteral("amount"), QStringLiteral("98.50")},
                        {QStringLiteral("cited_evidence"), QJsonArray{QStringLiteral("E-1")}},
                        {QStringLiteral("rules_version"), rulesVersion}});
    if (p.endsWith(QLatin1String("/approval")))
        return "{}";
    if (p.endsWith(QLatin1String("/executions")))
        return compact({{QStringLiteral("remedy"), QStringLiteral("refund")}, {QStringLiteral("reference"), QStringLiteral("RF-1")}});
    if (p.endsWith(QLatin1String("/notifications")))
        return compact({{QStringLiteral("text"), QStringLiteral("您的订单已退款。")}});
    if (p.endsWith(QLatin1String("/appeals")))
        return compact({{QStringLiteral("appellant"), QStringLiteral("customer")}, {QStringLiteral("reason"), QStringLiteral("不同意")}});
    if (p.endsWith(QLatin1String("/appeal-decision")))
        return compact({{QStringLiteral("outcome"), QStringLiteral("uphold")}, {QStringLiteral("reason"), QStringLiteral("维持原判")}});
    if (p == QLatin1String("/api/v1/tickets") && op.method == "POST")
        return compact(TestServer::sampleCase(QStringLiteral("T-OAS-INTAKE")));
    return {};
}

} // namespace

class tst_OpenApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void specIsRegular();
    void specMatchesRouteTable();
    void everyRouteIsServed_data();
    void everyRouteIsServed();
    void onlyPublicRoutesWorkWithoutToken();
    void answersForARealTicketAreDocumented();
    void cleanupTestCase();

private:
    // Sends `op` as `user` (or with `token` when set) to `path`, with the headers a client sends.
    HttpReply send(const SpecOperation &op, const QString &path, const QString &user, const QByteArray &token = {});
    void checkDocumented(const SpecOperation &op, const HttpReply &reply, const QString &context);

    Spec m_spec;
    std::unique_ptr<TestServer> m_server;
    QString m_rulesVersion;
};

void tst_OpenApi::initTestCase()
{
    m_spec = readSpec(QStringLiteral(WD_OPENAPI_PATH));
    QVERIFY2(m_spec.error.isEmpty(), qPrintable(m_spec.error));
    if (const QString why = TestServer::postgresUnavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_server = std::make_unique<TestServer>();
    m_rulesVersion = m_server->request("GET", QStringLiteral("/api/v1/rules"), {}, QStringLiteral("agent1"))
                         .json()
                         .value(QStringLiteral("version"))
                         .toString();
    QVERIFY(!m_rulesVersion.isEmpty());
}

void tst_OpenApi::cleanupTestCase()
{
    if (m_server) {
        const HttpReply verify = m_server->request("GET", QStringLiteral("/api/v1/audit/verify"), {}, QStringLiteral("admin"));
        QCOMPARE(verify.status, 200);
        QVERIFY2(verify.json().value(QStringLiteral("ok")).toBool(), verify.body.constData());
    }
    m_server.reset();
}

void tst_OpenApi::specIsRegular()
{
    QVERIFY2(m_spec.operations.size() >= 20, qPrintable(QStringLiteral("only %1 operations read").arg(m_spec.operations.size())));
    QVERIFY2(m_spec.globalBearer, "the spec has no top-level `security: - bearerAuth: []`");
    QSet<QString> seen;
    for (const SpecOperation &op : m_spec.operations) {
        QVERIFY2(!seen.contains(op.name()), qPrintable(QStringLiteral("%1 twice (line %2)").arg(op.name()).arg(op.line)));
        seen.insert(op.name());
        QVERIFY2(op.path.startsWith(QLatin1String("/api/v1/")), qPrintable(op.name()));
        QVERIFY2(!op.statuses.isEmpty(), qPrintable(QStringLiteral("%1 documents no response code (line %2)").arg(op.name()).arg(op.line)));
        bool success = false;
        for (int s : op.statuses)
            success = success || (s >= 200 && s < 300);
        QVERIFY2(success, qPrintable(QStringLiteral("%1 documents no 2xx answer").arg(op.name())));
        if (!op.public_)
            QVERIFY2(op.statuses.contains(401), qPrintable(QStringLiteral("%1 needs a token but does not document 401").arg(op.name())));
    }
    QSet<QString> publicOps;
    for (const SpecOperation &op : m_spec.operations) {
        if (op.public_)
            publicOps.insert(op.name());
    }
    QCOMPARE(publicOps, (QSet<QString>{QStringLiteral("POST /api/v1/auth/login"), QStringLiteral("GET /api/v1/health")}));
}

void tst_OpenApi::specMatchesRouteTable()
{
    if (!m_server)
        QSKIP("no server");
    QSet<QString> spec;
    for (const SpecOperation &op : m_spec.operations)
        spec.insert(routeKey(op.method, op.path));
    QSet<QString> router;
    for (const wd::server::Route &route : m_server->api().router().routes())
        router.insert(routeKey(route.method, route.pattern));
    QStringList undocumented = QStringList(router.cbegin(), router.cend());
    undocumented.erase(std::remove_if(undocumented.begin(), undocumented.end(), [&](const QString &r) { return spec.contains(r); }),
                       undocumented.end());
    QStringList unserved = QStringList(spec.cbegin(), spec.cend());
    unserved.erase(std::remove_if(unserved.begin(), unserved.end(), [&](const QString &r) { return router.contains(r); }), unserved.end());
    undocumented.sort();
    unserved.sort();
    QVERIFY2(undocumented.isEmpty(), qPrintable(QStringLiteral("routes missing from docs/openapi.yaml: ") + undocumented.join(QStringLiteral("; "))));
    QVERIFY2(unserved.isEmpty(), qPrintable(QStringLiteral("spec operations the server does not register: ") + unserved.join(QStringLiteral("; "))));
    QCOMPARE(spec.size(), router.size());
}

HttpReply tst_OpenApi::send(const SpecOperation &op, const QString &path, const QString &user, const QByteArray &token)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers << qMakePair(QByteArray("Authorization"), "Bearer " + token);
    QByteArray body;
    if (op.method == "POST" || op.method == "PATCH" || op.method == "PUT") {
        headers << qMakePair(QByteArray("Idempotency-Key"), newKey());
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^/api/v1/tickets/([^/]+)")).match(path);
        qint64 version = 1; // placeholder ids: any version, the ticket is not found anyway
        if (m.hasMatch() && m.captured(1) != QLatin1String("pull")) {
            const HttpReply current = m_server->request("GET", QStringLiteral("/api/v1/tickets/") + m.captured(1), {}, QStringLiteral("agent1"));
            if (current.status == 200)
                version = current.json().value(QStringLiteral("version")).toInteger();
        }
        headers << qMakePair(QByteArray("If-Match"), QStringLiteral("\"%1\"").arg(version).toLatin1());
        if (op.path.endsWith(QLatin1String("/evidence"))) {
            body = QStringLiteral("聊天记录:商家承诺补发。").toUtf8();
            headers << qMakePair(QByteArray("Content-Type"), QByteArray("text/plain; charset=utf-8"))
                    << qMakePair(QByteArray("X-Evidence-Kind"), QByteArray("chat_log"));
        } else {
            body = minimalBody(op, m_rulesVersion);
        }
    }
    return m_server->request(op.method, path, body, user, headers);
}

void tst_OpenApi::checkDocumented(const SpecOperation &op, const HttpReply &reply, const QString &context)
{
    QVERIFY2(reply.status != 0, qPrintable(QStringLiteral("%1 (%2): no answer").arg(op.name(), context)));
    QVERIFY2(reply.status != 405, qPrintable(QStringLiteral("%1 (%2): 405, the method is not served: %3").arg(op.name(), context, QString::fromUtf8(reply.body))));
    QVERIFY2(!(reply.status == 404 && codeOf(reply) == QLatin1String("no_such_route")),
             qPrintable(QStringLiteral("%1 (%2): no_such_route").arg(op.name(), context)));
    QVERIFY2(op.statuses.contains(reply.status),
             qPrintable(QStringLiteral("%1 (%2) answered %3, which the spec does not document for it: %4")
                            .arg(op.name(), context)
                            .arg(reply.status)
                            .arg(QString::fromUtf8(reply.body.left(400)))));
    if (reply.status >= 400) {
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
        const QJsonObject problem = reply.json();
        QCOMPARE(problem.value(QStringLiteral("status")).toInt(), reply.status);
        QVERIFY2(!problem.value(QStringLiteral("code")).toString().isEmpty(), reply.body.constData());
        QVERIFY2(!problem.value(QStringLiteral("title")).toString().isEmpty(), reply.body.constData());
    }
}

void tst_OpenApi::everyRouteIsServed_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_spec.operations.size(); ++i)
        QTest::newRow(qPrintable(m_spec.operations.at(i).name())) << i;
}

void tst_OpenApi::everyRouteIsServed()
{
    if (!m_server)
        QSKIP("no server");
    QFETCH(int, index);
    const SpecOperation &op = m_spec.operations.at(index);
    QString path = op.path;
    path.replace(QLatin1String("/evidence/{id}"), QLatin1String("/evidence/E-NOPE"));
    path.replace(QLatin1String("{id}"), QLatin1String("T-NOPE"));
    QVERIFY2(!path.contains(QLatin1Char('{')), qPrintable(QStringLiteral("unknown path parameter in ") + op.path));

    HttpReply reply;
    if (op.path == QLatin1String("/api/v1/auth/login")) {
        reply = m_server->request("POST", path,
                                  compact({{QStringLiteral("username"), QStringLiteral("agent1")},
                                           {QStringLiteral("password"), TestServer::password(QStringLiteral("agent1"))}}));
        QCOMPARE(reply.status, 200);
    } else if (op.path == QLatin1String("/api/v1/auth/logout")) {
        // Sign out a session of its own, not the one the other requests use.
        const QByteArray token = m_server->request("POST", QStringLiteral("/api/v1/auth/login"),
                                                   compact({{QStringLiteral("username"), QStringLiteral("agent1")},
                                                            {QStringLiteral("password"), TestServer::password(QStringLiteral("agent1"))}}))
                                     .json().value(QStringLiteral("token")).toString().toLatin1();
        QVERIFY(!token.isEmpty());
        reply = send(op, path, {}, token);
        QCOMPARE(reply.status, 204);
        QCOMPARE(m_server->request("GET", QStringLiteral("/api/v1/me"), {}, {}, {{"Authorization", "Bearer " + token}}).status, 401);
    } else {
        reply = send(op, path, QStringLiteral("agent1"));
    }
    checkDocumented(op, reply, QStringLiteral("as agent1 with placeholder ids"));
}

void tst_OpenApi::onlyPublicRoutesWorkWithoutToken()
{
    if (!m_server)
        QSKIP("no server");
    for (const SpecOperation &op : m_spec.operations) {
        QString path = op.path;
        path.replace(QLatin1String("{id}"), QLatin1String("T-NOPE"));
        const HttpReply reply = send(op, path, {});
        if (op.public_) {
            QVERIFY2(reply.status != 401, qPrintable(op.name() + QStringLiteral(" is public but asked for a token")));
        } else {
            QVERIFY2(reply.status == 401, qPrintable(QStringLiteral("%1 without a token answered %2").arg(op.name()).arg(reply.status)));
            QCOMPARE(codeOf(reply), QStringLiteral("unauthorized"));
        }
        checkDocumented(op, reply, QStringLiteral("without a token"));
    }
}

void tst_OpenApi::answersForARealTicketAreDocumented()
{
    if (!m_server)
        QSKIP("no server");
    TestServer &s = *m_server;
    const QString id = QStringLiteral("T-OAS-1");
    QCOMPARE(s.intake(TestServer::sampleCase(id)).status, 201);
    // Each user walks every operation on the real ticket, in spec order: claims, guards, role
    // refusals, version conflicts and successes must all be answers the spec documents.
    for (const QString &user : {QStringLiteral("agent2"), QStringLiteral("agent1"), QStringLiteral("super1"), QStringLiteral("admin")}) {
        for (const SpecOperation &op : m_spec.operations) {
            if (op.path.startsWith(QLatin1String("/api/v1/auth/")))
                continue;
            QString path = op.path;
            path.replace(QLatin1String("/evidence/{id}"), QLatin1String("/evidence/E-1"));
            path.replace(QLatin1String("{id}"), id);
            const HttpReply reply = send(op, path, user);
            checkDocumented(op, reply, QStringLiteral("as %1 on %2").arg(user, id));
            if (QTest::currentTestFailed())
                return;
        }
    }
    // Stale If-Match: 412 with the current ticket.
    const qint64 v = s.version(id);
    const HttpReply stale = s.write(QStringLiteral("/api/v1/tickets/%1/notes").arg(id),
                                    {{QStringLiteral("kind"), QStringLiteral("internal")}, {QStringLiteral("text"), QStringLiteral("x")}},
                                    QStringLiteral("super1"), v - 1);
    QCOMPARE(stale.status, 412);
    QCOMPARE(codeOf(stale), QStringLiteral("version_conflict"));
    QCOMPARE(stale.json().value(QStringLiteral("current_version")).toInteger(), v);
    QCOMPARE(stale.json().value(QStringLiteral("current")).toObject().value(QStringLiteral("ticket")).toObject().value(QStringLiteral("id")).toString(), id);
}

QTEST_MAIN(tst_OpenApi)
#include "tst_openapi.moc"
