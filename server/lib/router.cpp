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

namespace {

const QString kParameter = QStringLiteral("{}"); // a route's segment that is a parameter

// A path parameter is one segment of safe characters, 1 to 64 of [A-Za-z0-9._-], starting with a
// letter or digit: no slashes, no encoded tricks.
bool isParameter(QStringView segment)
{
    if (segment.isEmpty() || segment.size() > 64)
        return false;
    for (qsizetype i = 0; i < segment.size(); ++i) {
        const char16_t c = segment[i].unicode();
        const bool alnum = (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
        if (!alnum && (i == 0 || (c != u'.' && c != u'_' && c != u'-')))
            return false;
    }
    return true;
}

// The path's segments against the route's, compared segment by segment (a regular expression
// per route, tried in turn, cost a verdict write's dispatch about 9,000 instructions more, and
// each server its JIT compilation of every pattern).
bool matches(const Route &route, QStringView path, QList<QStringView> *params)
{
    params->clear();
    qsizetype at = 0;
    for (const QString &expected : route.segments) {
        if (at > path.size())
            return false;
        qsizetype end = path.indexOf(u'/', at);
        if (end < 0)
            end = path.size();
        const QStringView segment = path.sliced(at, end - at);
        if (expected == kParameter) {
            if (!isParameter(segment))
                return false;
            params->append(segment);
        } else if (segment != expected) {
            return false;
        }
        at = end + 1;
    }
    return at == path.size() + 1; // the whole path, and no trailing '/'
}

} // namespace

void Router::add(const QByteArray &method, const QString &pattern, RouteHandler handler)
{
    QStringList segments = pattern.split(QLatin1Char('/'));
    for (QString &segment : segments) {
        if (segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}')))
            segment = kParameter;
    }
    m_routes.append(Route{method, pattern, segments, std::move(handler)});
}

HttpResponse Router::dispatch(const HttpRequest &request) const
{
    QStringList allowed;
    QList<QStringView> params;
    for (const Route &route : m_routes) {
        if (!matches(route, request.path, &params))
            continue;
        if (route.method != request.method) {
            allowed << QString::fromLatin1(route.method);
            continue;
        }
        RouteMatch match;
        for (QStringView param : params) {
            if (param.contains(QLatin1String("..")))
                return HttpResponse::problem(ApiError::badRequest(QStringLiteral("invalid_path"), QStringLiteral("malformed id in the path")));
            match.params << param.toString();
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
