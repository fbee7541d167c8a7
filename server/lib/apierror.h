#pragma once
// An API failure as RFC 7807 problem+json: a stable machine `code`, a human `title`, the HTTP
// status, and where it applies the offending `field` plus any extra members.

#include <QJsonObject>
#include <QString>

#include <exception>

namespace wd::server {

class ApiError : public std::exception
{
public:
    ApiError(int status, QString code, QString title, QString field = {}, QJsonObject extra = {})
        : m_status(status), m_code(std::move(code)), m_title(std::move(title)), m_field(std::move(field)),
          m_extra(std::move(extra))
    {
    }
    const char *what() const noexcept override { return "wd::server::ApiError"; }

    int status() const { return m_status; }
    QString code() const { return m_code; }
    QString title() const { return m_title; }
    QString field() const { return m_field; }
    QJsonObject problem() const;

    static ApiError badRequest(const QString &code, const QString &title, const QString &field = {});
    static ApiError validation(const QString &field, const QString &title);
    static ApiError notFound(const QString &what);
    static ApiError unauthorized(const QString &title);
    static ApiError forbidden(const QString &code, const QString &title, QJsonObject extra = {});

private:
    int m_status;
    QString m_code;
    QString m_title;
    QString m_field;
    QJsonObject m_extra;
};

} // namespace wd::server
