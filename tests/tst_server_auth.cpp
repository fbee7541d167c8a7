// Sign-in, sessions and lockout over real HTTP: one 401 answer for wrong passwords and unknown
// users, 256-bit tokens stored only as hashes, logout, expiry after a shift, progressive lockout,
// disabled accounts, PBKDF2 password storage and the audit trail of every attempt and refusal.

#include "servertesthelpers.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace wd;
using namespace wd::test;

namespace {

const QString kLogin = QStringLiteral("/api/v1/auth/login");

HttpReply login(TestServer &s, const QString &user, const QString &password)
{
    return s.request("POST", kLogin, compact({{QStringLiteral("username"), user}, {QStringLiteral("password"), password}}));
}

// A path of `pattern` with its {id} filled in.
QString concrete(const QString &pattern)
{
    QString p = pattern;
    p.replace(QRegularExpression(QStringLiteral("\\{[a-z_]+\\}")), QStringLiteral("T-AUTH-1"));
    return p;
}

bool isPublic(const server::Route &route)
{
    return route.pattern == QLatin1String("/api/v1/auth/login") || route.pattern == QLatin1String("/api/v1/health");
}

} // namespace

class tst_ServerAuth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loginAnswers();
    void passwordsAndTokensAreStoredHashed();
    void me();
    void userDirectory();
    void protectedRoutesNeedAToken_data();
    void protectedRoutesNeedAToken();
    void unauthorizedNamesTheScheme();
    void logoutEndsOnlyThatSession();
    void tokensExpireAfterAShift();
    void lockoutAfterRepeatedFailures();
    void disabledUsers();
    void refusalsAreAudited();
    void cleanupTestCase();

private:
    std::unique_ptr<TestServer> m_server;
};

void tst_ServerAuth::initTestCase()
{
    if (const QString why = TestServer::postgresUnavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_server = std::make_unique<TestServer>();
}

void tst_ServerAuth::cleanupTestCase()
{
    if (m_server) {
        const HttpReply verify = m_server->request("GET", QStringLiteral("/api/v1/audit/verify"), {}, QStringLiteral("admin"));
        QCOMPARE(verify.status, 200);
        QVERIFY2(verify.json().value(QStringLiteral("ok")).toBool(), verify.body.constData());
    }
    m_server.reset();
}

void tst_ServerAuth::loginAnswers()
{
    TestServer &s = *m_server;
    const qint64 seq = lastAuditSeq(s);

    const HttpReply ok = login(s, QStringLiteral("agent1"), TestServer::password(QStringLiteral("agent1")));
    QCOMPARE(ok.status, 200);
    const QJsonObject body = ok.json();
    const QString token = body.value(QStringLiteral("token")).toString();
    // 256 random bits in base64url without padding: at least 43 characters of that alphabet.
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43,}$")).match(token).hasMatch(), qPrintable(token));
    QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(body.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("agent1"));
    QCOMPARE(body.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("agent"));
    const QDateTime expires = QDateTime::fromString(body.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    QVERIFY2(expires.isValid(), qPrintable(body.value(QStringLiteral("expires_at")).toString()));
    QVERIFY2(qAbs(s.now().secsTo(expires) - 12 * 3600) < 300, qPrintable(expires.toString(Qt::ISODate))); // one shift
    QVERIFY(!body.contains(QStringLiteral("password_hash")));

    // A second sign-in gets another token; both work.
    const QString second = freshToken(s, QStringLiteral("agent1"));
    QVERIFY(!second.isEmpty());
    QVERIFY(second != token);
    QCOMPARE(withToken(s, "GET", QStringLiteral("/api/v1/me"), token).status, 200);
    QCOMPARE(withToken(s, "GET", QStringLiteral("/api/v1/me"), second).status, 200);

    // A wrong password and an unknown user get the very same answer.
    const HttpReply wrong = login(s, QStringLiteral("agent2"), QStringLiteral("not-the-password"));
    const HttpReply unknown = login(s, QStringLiteral("nobody-here"), QStringLiteral("not-the-password"));
    QCOMPARE(wrong.status, 401);
    QVERIFY2(isProblem(wrong), wrong.body.constData());
    QCOMPARE(unknown.status, wrong.status);
    QCOMPARE(unknown.body, wrong.body);
    QCOMPARE(unknown.header("Content-Type"), wrong.header("Content-Type"));
    QVERIFY(!wrong.json().contains(QStringLiteral("token")));
    // An empty password is not a way in either.
    QVERIFY(login(s, QStringLiteral("agent2"), QString()).status >= 400);

    // Missing fields are input errors, not sign-in attempts against somebody.
    const HttpReply noPassword = s.request("POST", kLogin, compact({{QStringLiteral("username"), QStringLiteral("agent2")}}));
    QCOMPARE(noPassword.status, 422);
    QCOMPARE(noPassword.json().value(QStringLiteral("field")).toString(), QStringLiteral("password"));

    const QJsonArray entries = auditEntries(s, seq);
    const QJsonArray logins = entriesWithAction(entries, QStringLiteral("login"));
    QCOMPARE(logins.size(), 2);
    QCOMPARE(logins.at(0).toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("agent1"));
    const QJsonArray failed = entriesWithAction(entries, QStringLiteral("login.failed"));
    QCOMPARE(failed.size(), 3); // wrong password, unknown user, empty password
    QCOMPARE(failed.at(0).toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("agent2"));
    QCOMPARE(failed.at(1).toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("nobody-here"));
    // The audit never holds a password.
    for (const QJsonValue &e : entries)
        QVERIFY(!QJsonDocument(e.toObject()).toJson().contains("not-the-password"));
    // The wrong password counted against agent2; a good sign-in clears it again.
    wd::server::Rows q = s.api().database().exec(QStringLiteral("SELECT failed_logins FROM users WHERE id = ?"), {QStringLiteral("agent2")});
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QCOMPARE(login(s, QStringLiteral("agent2"), TestServer::password(QStringLiteral("agent2"))).status, 200);
    q = s.api().database().exec(QStringLiteral("SELECT failed_logins FROM users WHERE id = ?"), {QStringLiteral("agent2")});
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void tst_ServerAuth::passwordsAndTokensAreStoredHashed()
{
    TestServer &s = *m_server;
    wd::server::Rows q = s.api().database().exec(QStringLiteral("SELECT id, password_hash FROM users ORDER BY id"));
    const QRegularExpression format(QStringLiteral(R"(^pbkdf2-sha256\$210000\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$)"));
    QSet<QString> salts;
    int users = 0;
    while (q.next()) {
        ++users;
        const QString id = q.value(0).toString();
        const QString stored = q.value(1).toString();
        const QRegularExpressionMatch m = format.match(stored);
        QVERIFY2(m.hasMatch(), qPrintable(id + QStringLiteral(": ") + stored));
        QVERIFY2(QByteArray::fromBase64(m.captured(1).toLatin1()).size() >= 16, qPrintable(id)); // 128-bit salt
        QCOMPARE(QByteArray::fromBase64(m.captured(2).toLatin1()).size(), 32);                   // SHA-256 output
        QVERIFY(!stored.contains(TestServer::password(id)));
        salts.insert(m.captured(1));
        QVERIFY(server::AuthService::verifyPassword(TestServer::password(id), stored));
        QVERIFY(!server::AuthService::verifyPassword(TestServer::password(id) + QLatin1Char('x'), stored));
    }
    QVERIFY(users >= TestServer::users().size());
    QCOMPARE(salts.size(), users); // every password has its own salt

    // Sessions keep the SHA-256 of the token, never the token itself.
    const QString token = freshToken(s, QStringLiteral("super2"));
    QVERIFY(!token.isEmpty());
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
    q = s.api().database().exec(QStringLiteral("SELECT token_hash, user_id FROM sessions"));
    bool found = false;
    while (q.next()) {
        QVERIFY(q.value(0).toString() != token);
        if (q.value(0).toString() == hash) {
            found = true;
            QCOMPARE(q.value(1).toString(), QStringLiteral("super2"));
        }
    }
    QVERIFY(found);
}

void tst_ServerAuth::me()
{
    TestServer &s = *m_server;
    for (const QString &user : TestServer::users()) {
        const HttpReply r = s.request("GET", QStringLiteral("/api/v1/me"), {}, user);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("id")).toString(), user);
        const QString role = user.startsWith(QLatin1String("agent")) ? QStringLiteral("agent")
                           : user.startsWith(QLatin1String("super")) ? QStringLiteral("supervisor")
                                                                     : QStringLiteral("admin");
        QCOMPARE(r.json().value(QStringLiteral("role")).toString(), role);
        QVERIFY(r.json().contains(QStringLiteral("display_name")));
        QVERIFY(!r.json().contains(QStringLiteral("password_hash")));
    }
}

// GET /users: every signed-in role reads the directory (id, display name, role, active), ordered
// by id; a disabled account is listed as inactive; nothing about passwords, lockouts or sessions.
void tst_ServerAuth::userDirectory()
{
    TestServer &s = *m_server;
    const QString retired = QStringLiteral("dir-retired1");
    s.api().auth().addUser(retired, QStringLiteral("退休客服"), Role::Agent, QStringLiteral("dir-retired1-password"));
    s.api().auth().setDisabled(retired, true);
    for (const QString &caller : TestServer::users()) {
        const HttpReply r = s.request("GET", QStringLiteral("/api/v1/users"), {}, caller);
        QVERIFY2(r.status == 200, describe(r).constData());
        const QJsonArray users = r.json().value(QStringLiteral("users")).toArray();
        QStringList ids;
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &v : users) {
            const QJsonObject u = v.toObject();
            QStringList keys = u.keys();
            keys.sort();
            QCOMPARE(keys, (QStringList{QStringLiteral("active"), QStringLiteral("display_name"), QStringLiteral("id"), QStringLiteral("role")}));
            ids << u.value(QStringLiteral("id")).toString();
            byId.insert(ids.last(), u);
        }
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(ids, sorted);
        for (const QString &user : TestServer::users()) {
            QVERIFY2(byId.contains(user), qPrintable(user));
            QCOMPARE(byId.value(user).value(QStringLiteral("active")).toBool(), true);
            QVERIFY(!byId.value(user).value(QStringLiteral("display_name")).toString().isEmpty());
        }
        QCOMPARE(byId.value(QStringLiteral("super1")).value(QStringLiteral("role")).toString(), QStringLiteral("supervisor"));
        QCOMPARE(byId.value(retired).value(QStringLiteral("display_name")).toString(), QStringLiteral("退休客服"));
        QCOMPARE(byId.value(retired).value(QStringLiteral("active")).toBool(), false);
        QVERIFY(!r.body.contains("pbkdf2"));
        QVERIFY(!r.body.contains("password"));
    }
    QCOMPARE(s.request("GET", QStringLiteral("/api/v1/users")).status, 401);
}

void tst_ServerAuth::protectedRoutesNeedAToken_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization"); // empty: no header
    QTest::addColumn<QString>("expectedCode");     // empty: any 401 code
    // A well-formed token nobody was given.
    const QByteArray unknown = QByteArray(32, 'k').toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QList<std::pair<const char *, QByteArray>> variants{
        {"no header", QByteArray()},
        {"basic auth", QByteArray("Basic YWdlbnQxOnRlc3QtcGFzc3dvcmQtYWdlbnQx")},
        {"bearer without token", QByteArray("Bearer")},
        {"bearer too short", QByteArray("Bearer abc")},
        {"bearer bad characters", QByteArray("Bearer ") + QByteArray(43, '!')},
        {"bearer token twice", QByteArray("Bearer ") + unknown + ' ' + unknown},
        {"unknown token", QByteArray("Bearer ") + unknown},
    };
    TestServer &s = *m_server;
    int routes = 0;
    for (const server::Route &route : s.api().router().routes()) {
        if (isPublic(route))
            continue;
        ++routes;
        for (const auto &variant : variants) {
            QTest::addRow("%s %s, %s", route.method.constData(), qPrintable(route.pattern), variant.first)
                << route.method << concrete(route.pattern) << variant.second
                << (qstrcmp(variant.first, "unknown token") == 0 ? QStringLiteral("token_invalid") : QString());
        }
    }
    QVERIFY(routes >= 20);
}

void tst_ServerAuth::protectedRoutesNeedAToken()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    QFETCH(QString, expectedCode);
    TestServer &s = *m_server;
    Headers headers = writeHeaders(1);
    if (!authorization.isEmpty())
        headers << qMakePair(QByteArray("Authorization"), authorization);
    const HttpReply r = s.request(method, path, method == "GET" ? QByteArray() : QByteArray("{}"), {}, headers);
    QVERIFY2(r.status == 401, describe(r).constData());
    QVERIFY2(isProblem(r), r.body.constData());
    if (!expectedCode.isEmpty())
        QCOMPARE(code(r), expectedCode);
}

void tst_ServerAuth::unauthorizedNamesTheScheme()
{
    // RFC 9110 §11.6.1: a 401 carries WWW-Authenticate so that clients know to send a bearer token.
    const HttpReply r = m_server->request("GET", QStringLiteral("/api/v1/me"));
    QCOMPARE(r.status, 401);
    QVERIFY2(r.header("WWW-Authenticate").startsWith("Bearer"), r.header("WWW-Authenticate").constData());
}

void tst_ServerAuth::logoutEndsOnlyThatSession()
{
    TestServer &s = *m_server;
    const QString a = freshToken(s, QStringLiteral("agent2"));
    const QString b = freshToken(s, QStringLiteral("agent2"));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    const qint64 seq = lastAuditSeq(s);
    // Known to the session caches of the read threads, which must forget it with the sign-out.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(withToken(s, "GET", QStringLiteral("/api/v1/me"), a).status, 200);
    const HttpReply out = withToken(s, "POST", QStringLiteral("/api/v1/auth/logout"), a);
    QCOMPARE(out.status, 204);
    const HttpReply after = withToken(s, "GET", QStringLiteral("/api/v1/me"), a);
    QCOMPARE(after.status, 401);
    QCOMPARE(code(after), QStringLiteral("token_invalid"));
    QCOMPARE(withToken(s, "GET", QStringLiteral("/api/v1/tickets"), a).status, 401);
    // The other session of the same user is untouched.
    QCOMPARE(withToken(s, "GET", QStringLiteral("/api/v1/me"), b).status, 200);
    // Signing out twice is refused like any unknown token.
    QCOMPARE(withToken(s, "POST", QStringLiteral("/api/v1/auth/logout"), a).status, 401);
    const QJsonArray logouts = entriesWithAction(auditEntries(s, seq), QStringLiteral("logout"));
    QCOMPARE(logouts.size(), 1);
    QCOMPARE(logouts.at(0).toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("agent2"));
}

void tst_ServerAuth::tokensExpireAfterAShift()
{
    // Its own server: moving the clock 12 hours on would expire the shared server's tokens.
    TestServer s;
    const QString token = s.token(QStringLiteral("agent1"));
    QCOMPARE(withToken(s, "GET", QStringLiteral("/api/v1/me"), token).status, 200);
    s.advanceClock(11 * 3600);
    QCOMPARE(withToken(s, "GET", QStringLiteral("/api/v1/me"), token).status, 200); // still inside the shift
    s.advanceClock(3600 + 60);
    const HttpReply r = withToken(s, "GET", QStringLiteral("/api/v1/me"), token);
    QCOMPARE(r.status, 401);
    QCOMPARE(code(r), QStringLiteral("token_expired"));
    // A new sign-in at the server's now gets a token valid for 12 hours from that now.
    const HttpReply again = login(s, QStringLiteral("agent1"), TestServer::password(QStringLiteral("agent1")));
    QCOMPARE(again.status, 200);
    const QDateTime expires = QDateTime::fromString(again.json().value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    QVERIFY2(qAbs(s.now().secsTo(expires) - 12 * 3600) < 300, qPrintable(expires.toString(Qt::ISODate)));
    QCOMPARE(withToken(s, "GET", QStringLiteral("/api/v1/me"), again.json().value(QStringLiteral("token")).toString()).status, 200);
}

void tst_ServerAuth::lockoutAfterRepeatedFailures()
{
    TestServer &s = *m_server;
    const QString user = QStringLiteral("locky");
    const QString password = QStringLiteral("locky-password-1");
    s.api().auth().addUser(user, user, Role::Agent, password);
    const qint64 seq = lastAuditSeq(s);
    auto failedLogins = [&] {
        wd::server::Rows q = s.api().database().exec(QStringLiteral("SELECT failed_logins FROM users WHERE id = ?"), {user});
        return q.next() ? q.value(0).toInt() : -1;
    };

    // Fail until the account locks for good (the tenth failure). Each wait the server asks for is
    // waited out on the server's clock, after which the next attempt counts again.
    int failures = 0;
    int throttled = 0; // how often depends on how fast the attempts come; each is audited
    while (failures < 10) {
        HttpReply r = login(s, user, QStringLiteral("wrong-password"));
        if (r.status == 401) {
            ++failures;
            continue;
        }
        QVERIFY2(r.status == 429, describe(r).constData());
        QVERIFY2(isProblem(r), r.body.constData());
        QCOMPARE(code(r), QStringLiteral("login_locked"));
        const qint64 wait = r.json().value(QStringLiteral("retry_after_seconds")).toInteger();
        QVERIFY2(wait >= 1, r.body.constData());
        QVERIFY2(failures >= 4, "the first three failures are free"); // LoginPolicy::freeFailures
        ++throttled;
        s.advanceClock(wait + 1);
        r = login(s, user, QStringLiteral("wrong-password"));
        QVERIFY2(r.status == 401, qPrintable(QStringLiteral("still locked after waiting %1 s on the server clock: ").arg(wait)
                                             + QString::fromUtf8(describe(r))));
        ++failures;
    }
    QCOMPARE(failedLogins(), 10);

    // Locked: even the right password is refused, with the time to wait.
    HttpReply r = login(s, user, password);
    QCOMPARE(r.status, 429);
    QCOMPARE(code(r), QStringLiteral("login_locked"));
    const qint64 wait = r.json().value(QStringLiteral("retry_after_seconds")).toInteger();
    QVERIFY2(wait > 10 * 60 && wait <= 15 * 60, r.body.constData());
    QVERIFY(!r.json().contains(QStringLiteral("token")));
    s.advanceClock(wait - 30);
    QCOMPARE(login(s, user, password).status, 429); // not yet

    // After the wait the right password works and the failures start from zero again.
    s.advanceClock(31);
    r = login(s, user, password);
    QVERIFY2(r.status == 200, describe(r).constData());
    QCOMPARE(failedLogins(), 0);
    QCOMPARE(login(s, user, QStringLiteral("wrong-password")).status, 401); // a fresh start: not locked
    QCOMPARE(failedLogins(), 1);

    const QJsonArray entries = auditEntries(s, seq);
    QCOMPARE(entriesWithAction(entries, QStringLiteral("login.failed")).size(), failures + 1);
    const QJsonArray refused = entriesWithAction(entries, QStringLiteral("login.refused"));
    QCOMPARE(refused.size(), throttled + 2);
    for (const QJsonValue &e : refused) {
        QCOMPARE(e.toObject().value(QStringLiteral("actor")).toString(), user);
        QCOMPARE(e.toObject().value(QStringLiteral("detail")).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("locked"));
    }
    QCOMPARE(entriesWithAction(entries, QStringLiteral("login")).size(), 1);
}

void tst_ServerAuth::disabledUsers()
{
    TestServer &s = *m_server;
    const QString user = QStringLiteral("gone1");
    const QString password = QStringLiteral("gone1-password-1");
    s.api().auth().addUser(user, user, Role::Agent, password);
    const HttpReply in = login(s, user, password);
    QCOMPARE(in.status, 200);
    const QString token = in.json().value(QStringLiteral("token")).toString();
    QCOMPARE(withToken(s, "GET", QStringLiteral("/api/v1/me"), token).status, 200);
    const qint64 seq = lastAuditSeq(s);

    s.api().auth().setDisabled(user, true);
    const HttpReply stale = withToken(s, "GET", QStringLiteral("/api/v1/me"), token);
    QCOMPARE(stale.status, 401);
    QVERIFY(isProblem(stale));
    QCOMPARE(withToken(s, "POST", QStringLiteral("/api/v1/tickets/pull"), token).status, 401);

    const HttpReply refused = login(s, user, password);
    QCOMPARE(refused.status, 403);
    QVERIFY(isProblem(refused));
    QCOMPARE(code(refused), QStringLiteral("account_disabled"));
    QVERIFY(!refused.json().contains(QStringLiteral("token")));
    // Without the password nobody may learn that the account exists and is disabled.
    const HttpReply probe = login(s, user, QStringLiteral("a-wrong-guess"));
    const HttpReply unknown = login(s, QStringLiteral("nobody-at-all"), QStringLiteral("a-wrong-guess"));
    QCOMPARE(probe.status, unknown.status);

    const QJsonArray entries = auditEntries(s, seq);
    QCOMPARE(entriesWithAction(entries, QStringLiteral("user.disable")).size(), 1);
    const QJsonArray loginRefused = entriesWithAction(entries, QStringLiteral("login.refused"));
    QVERIFY(loginRefused.size() >= 1);
    QCOMPARE(loginRefused.at(0).toObject().value(QStringLiteral("actor")).toString(), user);
    QCOMPARE(loginRefused.at(0).toObject().value(QStringLiteral("detail")).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("disabled"));
    QCOMPARE(entriesWithAction(entries, QStringLiteral("login")).size(), 0);

    // Enabled again: a new sign-in works; the old token stays dead.
    s.api().auth().setDisabled(user, false);
    const HttpReply back = login(s, user, password);
    QCOMPARE(back.status, 200);
    QCOMPARE(withToken(s, "GET", QStringLiteral("/api/v1/me"), back.json().value(QStringLiteral("token")).toString()).status, 200);
    QCOMPARE(withToken(s, "GET", QStringLiteral("/api/v1/me"), token).status, 401);
}

void tst_ServerAuth::refusalsAreAudited()
{
    TestServer &s = *m_server;
    const qint64 seq = lastAuditSeq(s);
    // Authenticated but not allowed: every refusal leaves an authz.refused entry naming who and what.
    const HttpReply stats = s.request("GET", QStringLiteral("/api/v1/stats"), {}, QStringLiteral("agent1"));
    QCOMPARE(stats.status, 403);
    QCOMPARE(code(stats), QStringLiteral("role_forbidden"));
    const HttpReply intake = s.intake(TestServer::sampleCase(QStringLiteral("T-AUTH-2")));
    QCOMPARE(intake.status, 201);
    const HttpReply claim = s.write(QStringLiteral("/api/v1/tickets/T-AUTH-2/claim"), {}, QStringLiteral("admin"), 0);
    QCOMPARE(claim.status, 403);
    const QJsonArray refused = entriesWithAction(auditEntries(s, seq), QStringLiteral("authz.refused"));
    QCOMPARE(refused.size(), 2);
    const QJsonObject first = refused.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("actor")).toString(), QStringLiteral("agent1"));
    QCOMPARE(first.value(QStringLiteral("detail")).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("/api/v1/stats"));
    QCOMPARE(first.value(QStringLiteral("detail")).toObject().value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    const QJsonObject second = refused.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("actor")).toString(), QStringLiteral("admin"));
    QCOMPARE(second.value(QStringLiteral("ticket_id")).toString(), QStringLiteral("T-AUTH-2"));
    // Reading the audit log is itself not for agents.
    QCOMPARE(s.request("GET", QStringLiteral("/api/v1/audit"), {}, QStringLiteral("agent2")).status, 403);
}

QTEST_MAIN(tst_ServerAuth)
#include "tst_server_auth.moc"
