#pragma once
// The server's own view of an HTTP exchange, independent of QtHttpServer so that routing, auth
// and handlers can be tested and documented (openapi.yaml) from one route table.

#include "apierror.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace wd::server {

struct HttpRequest
{
    QByteArray method;               // "GET", "POST", ...
    QString path;                    // decoded path, e.g. /api/v1/tickets/T-1
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString peer;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse problem(const ApiError &error);
    static HttpResponse noContent();
    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

} // namespace wd::server
