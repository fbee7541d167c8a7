#include "router.h"

#include <QJsonDocument>

namespace wd::server {

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::problem(const ApiError &error)
{
    HttpResponse r;
    r.status = error.status();
    r.contentType = "application/problem+json";
    r.body = QJsonDocument(error.problem()).toJson(QJsonDocument::Compact);
    if (error.status() == 401)
        r.withHeader("WWW-Authenticate", "Bearer realm=\"warrantydesk\"");
    return r;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

void Router::add(const QByteArray &method, const QString &pattern, RouteHandler handler)
{
    QString rx = QRegularExpression::escape(pattern);
    // A path parameter is one segment of safe characters: no slashes, no dot-dot tricks.
    rx.replace(QRegularExpression(QStringLiteral(R"(\\\{[a-z_]+\\\})")), QStringLiteral("([A-Za-z0-9][A-Za-z0-9._-]{0,63})"));
    m_routes.append(Route{method, pattern, QRegularExpression(QLatin1Char('^') + rx + QLatin1Char('$')), std::move(handler)});
}

HttpResponse Router::dispatch(const HttpRequest &request) const
{
    QStringList allowed;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch m = route.regex.match(request.path);
        if (!m.hasMatch())
            continue;
        if (route.method != request.method) {
            allowed << QString::fromLatin1(route.method);
            continue;
        }
        RouteMatch match;
        for (int i = 1; i <= m.lastCapturedIndex(); ++i) {
            if (m.captured(i).contains(QLatin1String("..")))
                return HttpResponse::problem(ApiError::badRequest(QStringLiteral("invalid_path"), QStringLiteral("malformed id in the path")));
            match.params << m.captured(i);
        }
        try {
            return route.handler(request, match);
        } catch (const ApiError &error) {
            return HttpResponse::problem(error);
        }
    }
    if (!allowed.isEmpty()) {
        HttpResponse r = HttpResponse::problem(ApiError(405, QStringLiteral("method_not_allowed"),
                                                        QStringLiteral("%1 is not allowed here").arg(QString::fromLatin1(request.method))));
        r.withHeader("Allow", allowed.join(QStringLiteral(", ")).toLatin1());
        return r;
    }
    return HttpResponse::problem(ApiError(404, QStringLiteral("no_such_route"), QStringLiteral("no such endpoint: %1").arg(request.path.left(200))));
}

} // namespace wd::server
