// Routes for sessions, the user directory, the rule set, the supervisor dashboard, the audit log
// and health.

#include "apiserver.h"

#include "isotime.h"

#include <QJsonArray>

namespace wd::server {

namespace {
const QString kApi = QStringLiteral("/api/v1");

QJsonObject userJson(const User &user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("display_name"), user.displayName},
            {QStringLiteral("role"), enumName(user.role)}};
}
} // namespace

void ApiServer::addOtherRoutes()
{
    m_router.add("POST", kApi + QStringLiteral("/auth/login"), [this](const HttpRequest &request, const RouteMatch &) {
        if (request.body.size() > 64 * 1024)
            throw ApiError(413, QStringLiteral("body_too_large"), QStringLiteral("a sign-in request is small"));
        JsonReader r(readJsonBody(request));
        const QString user = r.string(QStringLiteral("username"), 64);
        const QString password = r.string(QStringLiteral("password"), 1024);
        if (!r.ok())
            throw ApiError::validation(r.error().path, r.error().toString());
        const Session session = m_auth->login(user, password, request.peer);
        return HttpResponse::json(QJsonObject{{QStringLiteral("token"), session.token},
                                              {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                              {QStringLiteral("expires_at"), formatIsoInstant(session.expiresAt)},
                                              {QStringLiteral("user"), userJson(session.user)}});
    });

    m_router.add("POST", kApi + QStringLiteral("/auth/logout"), [this](const HttpRequest &request, const RouteMatch &) {
        authenticate(request);
        m_auth->logout(QString::fromLatin1(request.header("authorization").mid(7)));
        return HttpResponse::noContent();
    });

    m_router.add("GET", kApi + QStringLiteral("/me"), [this](const HttpRequest &request, const RouteMatch &) {
        return HttpResponse::json(userJson(authenticate(request).user));
    });

    // The user directory: who is behind the ids the tickets carry (holders, note authors, history),
    // for every signed-in role. Never password material, lockout counters or sessions.
    m_router.add("GET", kApi + QStringLiteral("/users"), [this](const HttpRequest &request, const RouteMatch &) {
        authenticate(request);
        QList<User> users;
        m_db->read([&] { users = m_auth->users(); });
        QJsonArray list;
        for (const User &user : users) {
            QJsonObject o = userJson(user);
            o.insert(QStringLiteral("active"), !user.disabled);
            list.append(o);
        }
        return HttpResponse::json(QJsonObject{{QStringLiteral("users"), list}});
    });

    m_router.add("GET", kApi + QStringLiteral("/rules"), [this](const HttpRequest &request, const RouteMatch &) {
        authenticate(request);
        HttpResponse r = HttpResponse::json(m_rules.toJson());
        r.withHeader("ETag", ('"' + m_rules.version() + '"').toUtf8());
        return r;
    });

    m_router.add("GET", kApi + QStringLiteral("/stats"), [this](const HttpRequest &request, const RouteMatch &) {
        requireRole(request, {Role::Supervisor, Role::Admin});
        QJsonObject stats;
        m_db->read([&] { stats = m_tickets->stats(); });
        return HttpResponse::json(stats);
    });

    m_router.add("GET", kApi + QStringLiteral("/audit"), [this](const HttpRequest &request, const RouteMatch &) {
        requireRole(request, {Role::Supervisor, Role::Admin});
        bool ok = true;
        const qint64 after = request.query.hasQueryItem(QStringLiteral("after")) ? request.queryValue(QStringLiteral("after")).toLongLong(&ok) : 0;
        if (!ok || after < 0)
            throw ApiError::badRequest(QStringLiteral("invalid_parameter"), QStringLiteral("after is an audit sequence number"), QStringLiteral("after"));
        int limit = 200;
        if (request.query.hasQueryItem(QStringLiteral("limit"))) {
            limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
            if (!ok || limit < 1 || limit > 1000)
                throw ApiError::badRequest(QStringLiteral("invalid_parameter"), QStringLiteral("limit is 1..1000"), QStringLiteral("limit"));
        }
        const QJsonArray entries = m_audit->entries(request.queryValue(QStringLiteral("ticket")).left(64), limit, after);
        return HttpResponse::json(QJsonObject{{QStringLiteral("entries"), entries}});
    });

    m_router.add("GET", kApi + QStringLiteral("/audit/verify"), [this](const HttpRequest &request, const RouteMatch &) {
        requireRole(request, {Role::Supervisor, Role::Admin});
        const AuditVerification v = m_audit->verify();
        return HttpResponse::json(QJsonObject{
            {QStringLiteral("ok"), v.ok},
            {QStringLiteral("entries"), double(v.entries)},
            {QStringLiteral("first_broken_seq"), v.firstBrokenSeq ? QJsonValue(double(*v.firstBrokenSeq)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("problem"), v.problem}});
    });

    m_router.add("GET", kApi + QStringLiteral("/health"), [this](const HttpRequest &, const RouteMatch &) {
        return HttpResponse::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                              {QStringLiteral("version"), QStringLiteral(WD_VERSION)},
                                              {QStringLiteral("rules_version"), m_rules.version()},
                                              {QStringLiteral("database"), m_db->isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")}});
    });
}

} // namespace wd::server
