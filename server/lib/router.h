#pragma once
// Method + path pattern -> handler. Patterns use {name} for one path segment. Unknown paths get
// 404 and known paths with another method 405 (with Allow), both as problem+json.

#include "httptypes.h"

#include <QStringList>

#include <functional>

namespace wd::server {

struct RouteMatch
{
    QStringList params;
};

using RouteHandler = std::function<HttpResponse(const HttpRequest &, const RouteMatch &)>;

struct Route
{
    QByteArray method;
    QString pattern; // "/api/v1/tickets/{id}"
    QStringList segments; // the pattern split at '/', a parameter as "{}"
    RouteHandler handler;
};

class Router
{
public:
    void add(const QByteArray &method, const QString &pattern, RouteHandler handler);
    HttpResponse dispatch(const HttpRequest &request) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

} // namespace wd::server
