#include "apierror.h"

namespace wd::server {

QJsonObject ApiError::problem() const
{
    QJsonObject body = m_extra;
    body.insert(QStringLiteral("type"), QStringLiteral("https://warrantydesk.example/problems/") + m_code);
    body.insert(QStringLiteral("code"), m_code);
    body.insert(QStringLiteral("title"), m_title);
    body.insert(QStringLiteral("status"), m_status);
    if (!m_field.isEmpty())
        body.insert(QStringLiteral("field"), m_field);
    return body;
}

ApiError ApiError::badRequest(const QString &code, const QString &title, const QString &field)
{
    return ApiError(400, code, title, field);
}

ApiError ApiError::validation(const QString &field, const QString &title)
{
    return ApiError(422, QStringLiteral("validation_failed"), title, field);
}

ApiError ApiError::notFound(const QString &what)
{
    return ApiError(404, QStringLiteral("not_found"), QStringLiteral("%1 not found").arg(what));
}

ApiError ApiError::unauthorized(const QString &title)
{
    return ApiError(401, QStringLiteral("unauthorized"), title);
}

ApiError ApiError::forbidden(const QString &code, const QString &title, QJsonObject extra)
{
    return ApiError(403, code, title, {}, std::move(extra));
}

} // namespace wd::server
