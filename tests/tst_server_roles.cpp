// Who may do what, over real HTTP: the role x route matrix (every route of the router, each role
// agent / supervisor / admin), object-level rules (an agent works only on tickets it holds,
// approvals and appeal decisions only by supervisors, never by the supervisor concerned), and an
// authz.refused audit entry for every refusal. A route added without a rule here fails the test.

#include "servertesthelpers.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace wd;
using namespace wd::test;

namespace {

struct RouteRule
{
    QByteArray method;
    QString pattern;
    QStringList allowed; // role names
};

const QStringList kRoles{QStringLiteral("agent"), QStringLiteral("supervisor"), QStringLiteral("admin")};
const QString kAll = QStringLiteral("agent,supervisor,admin");
const QString kWorkers = QStringLiteral("agent,supervisor");

// The expected role rules of every route (docs/workflow.md "Roles"; reads are open to every
// signed-in user, ticket work is for agents and supervisors, management for supervisors/admins).
const QList<RouteRule> &routeRules()
{
    static const QList<RouteRule> rules = [] {
        const QList<std::tuple<const char *, const char *, QString>> table{
            {"POST", "/api/v1/auth/login", kAll},
            {"POST", "/api/v1/auth/logout", kAll},
            {"GET", "/api/v1/me", kAll},
            {"GET", "/api/v1/users", kAll},
            {"GET", "/api/v1/health", kAll},
            {"GET", "/api/v1/rules", kAll},
            {"GET", "/api/v1/stats", QStringLiteral("supervisor,admin")},
            {"GET", "/api/v1/audit", QStringLiteral("supervisor,admin")},
            {"GET", "/api/v1/audit/verify", QStringLiteral("supervisor,admin")},
            {"POST", "/api/v1/tickets", QStringLiteral("supervisor,admin")},
            {"GET", "/api/v1/tickets", kAll},
            {"GET", "/api/v1/tickets/{id}", kAll},
            {"GET", "/api/v1/evidence/{id}/content", kAll},
            {"POST", "/api/v1/tickets/pull", kWorkers},
            {"PATCH", "/api/v1/tickets/{id}", kWorkers},
            {"POST", "/api/v1/tickets/{id}/claim", kWorkers},
            {"POST", "/api/v1/tickets/{id}/renew", kWorkers},
            {"POST", "/api/v1/tickets/{id}/release", kWorkers},
            // The admin account is also the platform's intake integration: it files tickets and
            // the customer's evidence files (docs/workflow.md).
            {"POST", "/api/v1/tickets/{id}/evidence", kAll},
            {"POST", "/api/v1/tickets/{id}/transitions", kWorkers},
            {"POST", "/api/v1/tickets/{id}/waivers", kWorkers},
            {"POST", "/api/v1/tickets/{id}/notes", kWorkers},
            {"POST", "/api/v1/tickets/{id}/verdict", kWorkers},
            {"POST", "/api/v1/tickets/{id}/executions", kWorkers},
            {"POST", "/api/v1/tickets/{id}/notifications", kWorkers},
            {"POST", "/api/v1/tickets/{id}/appeals", kWorkers},
            {"POST", "/api/v1/tickets/{id}/approval", QStringLiteral("supervisor")},
            {"POST", "/api/v1/tickets/{id}/appeal-decision", QStringLiteral("supervisor")},
        };
        QList<RouteRule> out;
        for (const auto &[method, pattern, roles] : table)
            out << RouteRule{method, QString::fromLatin1(pattern), roles.split(QLatin1Char(','))};
        return out;
    }();
    return rules;
}

QString rowName(const QByteArray &method, const QString &pattern, const QString &role)
{
    return QStringLiteral("%1 %2 as %3").arg(QString::fromLatin1(method), pattern, role);
}

QStringList matrixRowNames()
{
    QStringList names;
    for (const RouteRule &rule : routeRules()) {
        for (const QString &role : kRoles)
            names << rowName(rule.method, rule.pattern, role);
    }
    return names;
}

QString userOf(const QString &role)
{
    return role == QLatin1String("agent") ? QStringLiteral("agent1") : role == QLatin1String("supervisor") ? QStringLiteral("super1")
                                                                                                        : QStringLiteral("admin");
}

bool isTicketRoute(const QString &pattern)
{
    return pattern.startsWith(QLatin1String("/api/v1/tickets/{id}"));
}

// A request body that passes validation, so that what decides is the role and not the input.
QJsonObject bodyFor(TestServer &s, const QString &pattern, const QString &ticketId)
{
    const QString tail = pattern.section(QLatin1Char('/'), -1);
    if (pattern == QLatin1String("/api/v1/tickets"))
        return TestServer::sampleCase(ticketId);
    if (pattern == QLatin1String("/api/v1/tickets/{id}"))
        return {{QStringLiteral("findings"), QJsonObject{{QStringLiteral("merchant_refused"), true}}}};
    if (tail == QLatin1String("transitions"))
        return {{QStringLiteral("action"), QStringLiteral("advance")}};
    if (tail == QLatin1String("waivers"))
        return {{QStringLiteral("kind"), QStringLiteral("communication_record")}, {QStringLiteral("reason"), QStringLiteral("商家已关店")}};
    if (tail == QLatin1String("notes"))
        return {{QStringLiteral("kind"), QStringLiteral("internal")}, {QStringLiteral("text"), QStringLiteral("已联系商家")}};
    if (tail == QLatin1String("verdict"))
        return verdictBody(s, QStringLiteral("98.50"));
    if (tail == QLatin1String("executions"))
        return {{QStringLiteral("remedy"), QStringLiteral("refund")}, {QStringLiteral("reference"), QStringLiteral("RF-1")}};
    if (tail == QLatin1String("notifications"))
        return {{QStringLiteral("text"), QStringLiteral("您的投诉已受理。")}};
    if (tail == QLatin1String("appeals"))
        return {{QStringLiteral("appellant"), QStringLiteral("customer")}, {QStringLiteral("reason"), QStringLiteral("不服")}};
    if (tail == QLatin1String("appeal-decision"))
        return {{QStringLiteral("outcome"), QStringLiteral("uphold")}, {QStringLiteral("reason"), QStringLiteral("维持")}};
    return {};
}

QJsonArray refusalsSince(TestServer &s, qint64 seq)
{
    return entriesWithAction(auditEntries(s, seq), QStringLiteral("authz.refused"));
}

} // namespace

class tst_ServerRoles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyRouteHasARoleRule();
    void matrix_data();
    void matrix();
    void agentsWorkOnlyOnTicketsTheyHold();
    void supervisorsWithoutHolding();
    void approvalsOnlyBySupervisors();
    void appealDecisionsOnlyByIndependentSupervisors();
    void cleanupTestCase();

private:
    std::unique_ptr<TestServer> m_server;
    QString m_contentId; // of evidence everybody may read
    int m_next = 0;
};

void tst_ServerRoles::initTestCase()
{
    if (const QString why = TestServer::postgresUnavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_server = std::make_unique<TestServer>();
    // Evidence content everybody may read.
    QJsonObject c = TestServer::sampleCase(QStringLiteral("T-ROLE-EV"));
    c[QStringLiteral("evidence")] = QJsonArray();
    QCOMPARE(m_server->intake(c).status, 201);
    const HttpReply r = m_server->request("POST", QStringLiteral("/api/v1/tickets/T-ROLE-EV/evidence"), QByteArray("聊天记录:商家承认发错卡密"),
                                          QStringLiteral("super1"),
                                          {{"Content-Type", "text/plain"}, {"X-Evidence-Kind", "chat_log"}, {"X-Evidence-Id", "E-ROLE-1"}});
    QVERIFY2(r.status == 201, r.body.constData());
    m_contentId = r.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("content_id")).toString();
    QVERIFY2(!m_contentId.isEmpty(), r.body.constData());
}

void tst_ServerRoles::cleanupTestCase()
{
    if (m_server) {
        const HttpReply verify = m_server->request("GET", QStringLiteral("/api/v1/audit/verify"), {}, QStringLiteral("admin"));
        QCOMPARE(verify.status, 200);
        QVERIFY2(verify.json().value(QStringLiteral("ok")).toBool(), verify.body.constData());
    }
    m_server.reset();
}

void tst_ServerRoles::everyRouteHasARoleRule()
{
    // Each route of the router has a rule (and so a matrix row per role); each rule a route.
    QSet<QString> routes;
    for (const server::Route &route : m_server->api().router().routes()) {
        const QString key = QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern;
        routes.insert(key);
        const QStringList rows = matrixRowNames();
        for (const QString &role : kRoles)
            QVERIFY2(rows.contains(rowName(route.method, route.pattern, role)),
                     qPrintable(QStringLiteral("no role rule for %1: add it to routeRules()").arg(key)));
    }
    for (const RouteRule &rule : routeRules()) {
        const QString key = QString::fromLatin1(rule.method) + QLatin1Char(' ') + rule.pattern;
        QVERIFY2(routes.contains(key), qPrintable(QStringLiteral("the rule for %1 names no route").arg(key)));
    }
    QCOMPARE(routes.size(), routeRules().size());
}

void tst_ServerRoles::matrix_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("allowed");
    for (const RouteRule &rule : routeRules()) {
        for (const QString &role : kRoles)
            QTest::newRow(qPrintable(rowName(rule.method, rule.pattern, role))) << rule.method << rule.pattern << role << rule.allowed.contains(role);
    }
}

void tst_ServerRoles::matrix()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, pattern);
    QFETCH(QString, role);
    QFETCH(bool, allowed);
    TestServer &s = *m_server;
    const QString user = userOf(role);
    const QString ticketId = QStringLiteral("T-ROLE-%1").arg(++m_next);

    // The setting: a ticket of its own; a case worker holds it (so that only the role decides).
    QString path = pattern;
    if (isTicketRoute(pattern)) {
        QCOMPARE(s.intake(TestServer::sampleCase(ticketId)).status, 201);
        const bool claimRoute = pattern.endsWith(QLatin1String("/claim"));
        if (role != QLatin1String("admin") && !claimRoute)
            QCOMPARE(s.write(QStringLiteral("/api/v1/tickets/%1/claim").arg(ticketId), {}, user, 0).status, 200);
        path.replace(QStringLiteral("{id}"), ticketId);
    }
    path.replace(QStringLiteral("{id}"), m_contentId);
    const qint64 versionBefore = isTicketRoute(pattern) ? s.version(ticketId) : 0;

    QByteArray body = method == "GET" ? QByteArray() : compact(bodyFor(s, pattern, ticketId));
    Headers headers = writeHeaders(versionBefore);
    QString token = s.token(user);
    if (pattern.endsWith(QLatin1String("/evidence"))) {
        body = QByteArray("买家提供的聊天记录");
        headers << qMakePair(QByteArray("Content-Type"), QByteArray("text/plain")) << qMakePair(QByteArray("X-Evidence-Kind"), QByteArray("chat_log"));
    } else if (pattern == QLatin1String("/api/v1/auth/login")) {
        body = compact({{QStringLiteral("username"), user}, {QStringLiteral("password"), TestServer::password(user)}});
        token.clear();
    } else if (pattern == QLatin1String("/api/v1/auth/logout")) {
        token = freshToken(s, user); // not the shared session
    }
    const qint64 seq = lastAuditSeq(s);
    if (!token.isEmpty())
        headers << qMakePair(QByteArray("Authorization"), ("Bearer " + token).toLatin1());
    const HttpReply r = s.request(method, path, body, {}, headers);
    const QJsonArray refused = refusalsSince(s, seq);
    const qint64 versionAfter = isTicketRoute(pattern) ? s.version(ticketId) : 0;
    const QByteArray what = QStringLiteral("%1 %2 as %3 -> %4 (new authz.refused: %5, version %6 -> %7)")
                                .arg(QString::fromLatin1(method), path, user, QString::fromUtf8(describe(r)))
                                .arg(refused.size())
                                .arg(versionBefore)
                                .arg(versionAfter)
                                .toUtf8();
    if (allowed) {
        // Done, or refused by a workflow guard that is not about roles (e.g. wrong step): never 401/403.
        const bool ok = ((r.status >= 200 && r.status < 300) || (r.status == 409 && !guard(r).startsWith(QLatin1String("role."))))
            && refused.isEmpty();
        QVERIFY2(ok, what.constData());
    } else {
        const bool ok = r.status == 403 && isProblem(r)
            && (code(r) == QLatin1String("role_forbidden") || code(r) == QLatin1String("forbidden")) && refused.size() == 1
            && refused.at(0).toObject().value(QStringLiteral("actor")).toString() == user
            && refused.at(0).toObject().value(QStringLiteral("detail")).toObject().value(QStringLiteral("path")).toString() == path
            && versionAfter == versionBefore;
        QVERIFY2(ok, what.constData());
    }
}

void tst_ServerRoles::agentsWorkOnlyOnTicketsTheyHold()
{
    TestServer &s = *m_server;
    const QString id = QStringLiteral("T-HOLD-1");
    QCOMPARE(s.intake(TestServer::sampleCase(id)).status, 201);
    const QString base = QStringLiteral("/api/v1/tickets/") + id;

    // Not held by anybody: agent1 must claim first.
    HttpReply r = s.write(base + QStringLiteral("/notes"), bodyFor(s, base + QStringLiteral("/notes"), id), QStringLiteral("agent1"), s.version(id));
    QCOMPARE(r.status, 403);
    QCOMPARE(guard(r), QStringLiteral("role.not_holder"));

    QCOMPARE(s.write(base + QStringLiteral("/claim"), {}, QStringLiteral("agent2"), 0).status, 200);
    const qint64 v = s.version(id);
    struct Attempt
    {
        QByteArray method;
        QString tail;
        QJsonObject body;
        QString guardId;
    };
    const QList<Attempt> attempts{
        {"POST", QStringLiteral("/notes"), bodyFor(s, QStringLiteral("/notes"), id), QStringLiteral("role.not_holder")},
        {"POST", QStringLiteral("/transitions"), bodyFor(s, QStringLiteral("/transitions"), id), QStringLiteral("role.not_holder")},
        {"POST", QStringLiteral("/transitions"), {{QStringLiteral("action"), QStringLiteral("escalate")}, {QStringLiteral("channel"), QStringLiteral("12315")}},
         QStringLiteral("role.not_holder")},
        {"POST", QStringLiteral("/waivers"), bodyFor(s, QStringLiteral("/waivers"), id), QStringLiteral("role.not_holder")},
        {"POST", QStringLiteral("/verdict"), bodyFor(s, QStringLiteral("/verdict"), id), QStringLiteral("role.not_holder")},
        {"POST", QStringLiteral("/executions"), bodyFor(s, QStringLiteral("/executions"), id), QStringLiteral("role.not_holder")},
        {"POST", QStringLiteral("/notifications"), bodyFor(s, QStringLiteral("/notifications"), id), QStringLiteral("role.not_holder")},
        {"PATCH", QString(), bodyFor(s, QStringLiteral("/api/v1/tickets/{id}"), id), QStringLiteral("role.not_holder")},
        {"POST", QStringLiteral("/renew"), {}, QStringLiteral("role.not_holder")},
        {"POST", QStringLiteral("/release"), {}, QStringLiteral("role.not_holder")},
        {"POST", QStringLiteral("/claim"), {}, QStringLiteral("role.held_by_other")},
        {"POST", QStringLiteral("/evidence"), {}, QStringLiteral("role.not_holder")},
    };
    for (const Attempt &a : attempts) {
        const qint64 seq = lastAuditSeq(s);
        Headers headers = writeHeaders(v);
        QByteArray body = compact(a.body);
        if (a.tail == QLatin1String("/evidence")) {
            body = "买家补充的聊天记录";
            headers << qMakePair(QByteArray("X-Evidence-Kind"), QByteArray("chat_log"));
        }
        r = s.request(a.method, base + a.tail, body, QStringLiteral("agent1"), headers);
        const QByteArray what = a.method + ' ' + a.tail.toLatin1() + " by agent1 on agent2's ticket: " + describe(r);
        QVERIFY2(r.status == 403, what.constData());
        QVERIFY2(isProblem(r), what.constData());
        QCOMPARE(code(r), QStringLiteral("forbidden"));
        QVERIFY2(guard(r) == a.guardId, what.constData());
        QVERIFY2(!r.json().value(QStringLiteral("reason_zh")).toString().isEmpty(), what.constData());
        const QJsonArray refused = refusalsSince(s, seq);
        QVERIFY2(refused.size() == 1, what.constData());
        QCOMPARE(refused.at(0).toObject().value(QStringLiteral("ticket_id")).toString(), id);
        QCOMPARE(refused.at(0).toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("agent1"));
        QCOMPARE(s.version(id), v); // nothing changed
    }
    const QJsonObject detail = s.request("GET", base, {}, QStringLiteral("agent1")).json();
    QCOMPARE(detail.value(QStringLiteral("holder")).toString(), QStringLiteral("agent2"));
    QVERIFY(detail.value(QStringLiteral("notes")).toArray().isEmpty());
    // The holder itself may.
    QCOMPARE(s.write(base + QStringLiteral("/notes"), bodyFor(s, QStringLiteral("/notes"), id), QStringLiteral("agent2"), v).status, 200);
}

void tst_ServerRoles::supervisorsWithoutHolding()
{
    TestServer &s = *m_server;
    const QString id = QStringLiteral("T-HOLD-2");
    QCOMPARE(s.intake(TestServer::sampleCase(id)).status, 201);
    const QString base = QStringLiteral("/api/v1/tickets/") + id;
    QCOMPARE(s.write(base + QStringLiteral("/claim"), {}, QStringLiteral("agent2"), 0).status, 200);
    // Notes and escalation on any ticket; releasing anyone's ticket.
    HttpReply r = s.write(base + QStringLiteral("/notes"), bodyFor(s, QStringLiteral("/notes"), id), QStringLiteral("super1"), s.version(id));
    QVERIFY2(r.status == 200, describe(r).constData());
    r = s.write(base + QStringLiteral("/transitions"), {{QStringLiteral("action"), QStringLiteral("escalate")}, {QStringLiteral("channel"), QStringLiteral("12315")}},
                QStringLiteral("super1"), s.version(id));
    QVERIFY2(r.status == 200, describe(r).constData());
    QCOMPARE(r.json().value(QStringLiteral("step")).toString(), QStringLiteral("feedback")); // escalation changes no step
    // But moving someone else's ticket on is for its holder.
    const qint64 seq = lastAuditSeq(s);
    r = s.write(base + QStringLiteral("/transitions"), bodyFor(s, QStringLiteral("/transitions"), id), QStringLiteral("super1"), s.version(id));
    QCOMPARE(r.status, 403);
    QCOMPARE(guard(r), QStringLiteral("role.not_holder"));
    QCOMPARE(refusalsSince(s, seq).size(), 1);
    r = s.write(base + QStringLiteral("/release"), {}, QStringLiteral("super1"), 0);
    QVERIFY2(r.status == 200, describe(r).constData());
    QVERIFY(r.json().value(QStringLiteral("holder")).isNull());
    // Admins: not even a note.
    r = s.write(base + QStringLiteral("/notes"), bodyFor(s, QStringLiteral("/notes"), id), QStringLiteral("admin"), s.version(id));
    QCOMPARE(r.status, 403);
}

void tst_ServerRoles::approvalsOnlyBySupervisors()
{
    TestServer &s = *m_server;
    const QString id = QStringLiteral("T-APPROVE-1");
    qint64 v = driveToVerdict(s, id, QStringLiteral("agent1"), 980.00);
    QVERIFY(v > 0);
    const QString base = QStringLiteral("/api/v1/tickets/") + id;
    HttpReply r = s.write(base + QStringLiteral("/verdict"), verdictBody(s, QStringLiteral("980.00")), QStringLiteral("agent1"), v);
    QVERIFY2(r.status == 200, describe(r).constData());
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_approval"));
    v = r.json().value(QStringLiteral("version")).toInteger();
    for (const QString &user : {QStringLiteral("agent1"), QStringLiteral("agent2"), QStringLiteral("admin")}) {
        const qint64 seq = lastAuditSeq(s);
        r = s.write(base + QStringLiteral("/approval"), {}, user, v);
        QVERIFY2(r.status == 403, qPrintable(user + QStringLiteral(": ") + QString::fromUtf8(describe(r))));
        QCOMPARE(code(r), QStringLiteral("role_forbidden"));
        QCOMPARE(refusalsSince(s, seq).size(), 1);
        QCOMPARE(s.version(id), v);
    }
    r = s.write(base + QStringLiteral("/approval"), {}, QStringLiteral("super2"), v);
    QVERIFY2(r.status == 200, describe(r).constData());
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));

    // Four eyes: a supervisor's own verdict needs another supervisor.
    const QString own = QStringLiteral("T-APPROVE-2");
    v = driveToVerdict(s, own, QStringLiteral("super1"), 980.00);
    QVERIFY(v > 0);
    r = s.write(QStringLiteral("/api/v1/tickets/%1/verdict").arg(own), verdictBody(s, QStringLiteral("980.00")), QStringLiteral("super1"), v);
    QVERIFY2(r.status == 200, describe(r).constData());
    v = r.json().value(QStringLiteral("version")).toInteger();
    const qint64 seq = lastAuditSeq(s);
    r = s.write(QStringLiteral("/api/v1/tickets/%1/approval").arg(own), {}, QStringLiteral("super1"), v);
    QCOMPARE(r.status, 403);
    QCOMPARE(guard(r), QStringLiteral("role.four_eyes_same_person"));
    QCOMPARE(refusalsSince(s, seq).size(), 1);
    QCOMPARE(s.request("POST", QStringLiteral("/api/v1/tickets/%1/approval").arg(own), "{}", QStringLiteral("super2"), writeHeaders(v)).status, 200);
}

void tst_ServerRoles::appealDecisionsOnlyByIndependentSupervisors()
{
    TestServer &s = *m_server;
    const QString id = QStringLiteral("T-APPEAL-1");
    qint64 v = driveToVerdict(s, id, QStringLiteral("agent1"), 980.00);
    QVERIFY(v > 0);
    const QString base = QStringLiteral("/api/v1/tickets/") + id;
    HttpReply r = s.write(base + QStringLiteral("/verdict"), verdictBody(s, QStringLiteral("980.00")), QStringLiteral("agent1"), v);
    QVERIFY2(r.status == 200, describe(r).constData());
    r = s.write(base + QStringLiteral("/approval"), {}, QStringLiteral("super1"), r.json().value(QStringLiteral("version")).toInteger());
    QVERIFY2(r.status == 200, describe(r).constData());
    v = r.json().value(QStringLiteral("version")).toInteger();
    for (const auto &[tail, body] : QList<std::pair<QString, QJsonObject>>{
             {QStringLiteral("/transitions"), {{QStringLiteral("action"), QStringLiteral("advance")}}},
             {QStringLiteral("/executions"), {{QStringLiteral("remedy"), QStringLiteral("refund")}, {QStringLiteral("reference"), QStringLiteral("RF-9")}}},
             {QStringLiteral("/notifications"), {{QStringLiteral("text"), QStringLiteral("已退款。")}}},
             {QStringLiteral("/transitions"), {{QStringLiteral("action"), QStringLiteral("advance")}}}}) {
        r = s.write(base + tail, body, QStringLiteral("agent1"), v);
        QVERIFY2(r.status == 200, qPrintable(tail + QStringLiteral(": ") + QString::fromUtf8(describe(r))));
        v = r.json().value(QStringLiteral("version")).toInteger();
    }
    QCOMPARE(r.json().value(QStringLiteral("step")).toString(), QStringLiteral("closed"));
    // Any case worker files the appeal; admins may not.
    r = s.write(base + QStringLiteral("/appeals"), bodyFor(s, QStringLiteral("/appeals"), id), QStringLiteral("admin"), v);
    QCOMPARE(r.status, 403);
    r = s.write(base + QStringLiteral("/appeals"), bodyFor(s, QStringLiteral("/appeals"), id), QStringLiteral("agent2"), v);
    QVERIFY2(r.status == 200, describe(r).constData());
    v = r.json().value(QStringLiteral("version")).toInteger();
    const QJsonObject decision = bodyFor(s, QStringLiteral("/appeal-decision"), id);
    for (const auto &[user, expectedCode, expectedGuard] :
         QList<std::tuple<QString, QString, QString>>{{QStringLiteral("agent1"), QStringLiteral("role_forbidden"), QString()},
                                                       {QStringLiteral("agent2"), QStringLiteral("role_forbidden"), QString()},
                                                       {QStringLiteral("admin"), QStringLiteral("role_forbidden"), QString()},
                                                       {QStringLiteral("super1"), QStringLiteral("forbidden"), QStringLiteral("role.appeal_not_independent")}}) {
        const qint64 seq = lastAuditSeq(s);
        r = s.write(base + QStringLiteral("/appeal-decision"), decision, user, v);
        QVERIFY2(r.status == 403, qPrintable(user + QStringLiteral(": ") + QString::fromUtf8(describe(r))));
        QCOMPARE(code(r), expectedCode);
        QCOMPARE(guard(r), expectedGuard);
        QCOMPARE(refusalsSince(s, seq).size(), 1);
        QCOMPARE(s.version(id), v);
    }
    r = s.write(base + QStringLiteral("/appeal-decision"), decision, QStringLiteral("super2"), v);
    QVERIFY2(r.status == 200, describe(r).constData());
    QCOMPARE(r.json().value(QStringLiteral("step")).toString(), QStringLiteral("closed"));
}

QTEST_MAIN(tst_ServerRoles)
#include "tst_server_roles.moc"
