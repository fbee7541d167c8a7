#include "apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace wd::remote {

namespace {

using Kind = ApiError::Kind;

// Every code of the error table in docs/api.md. Codes not listed fall back to the status.
Kind kindOfCode(const QString &code, int status, bool isLogin)
{
    struct Entry
    {
        const char *code;
        Kind kind;
    };
    static constexpr Entry table[] = {
        {"malformed_json", Kind::Validation},
        {"malformed_multipart", Kind::Validation},
        {"invalid_parameter", Kind::Validation},
        {"invalid_path", Kind::Validation},
        {"if_match_invalid", Kind::Validation},
        {"idempotency_key_missing", Kind::Validation},
        {"idempotency_key_invalid", Kind::Validation},
        {"token_invalid", Kind::SessionExpired},
        {"token_expired", Kind::SessionExpired},
        {"role_forbidden", Kind::Forbidden},
        {"forbidden", Kind::Forbidden},
        {"not_found", Kind::NotFound},
        {"no_such_route", Kind::NotFound},
        {"method_not_allowed", Kind::Protocol},
        {"guard_refused", Kind::GuardRefused},
        {"ticket_exists", Kind::Conflict},
        {"evidence_exists", Kind::Conflict},
        {"rules_version_mismatch", Kind::Conflict},
        {"version_conflict", Kind::VersionConflict},
        {"body_too_large", Kind::TooLarge},
        {"evidence_too_large", Kind::TooLarge},
        {"unsupported_media_type", Kind::UnsupportedMedia},
        {"image_unreadable", Kind::UnsupportedMedia},
        {"validation_failed", Kind::Validation},
        {"invalid_case", Kind::Validation},
        {"checksum_mismatch", Kind::Validation},
        {"idempotency_key_reused", Kind::IdempotencyKeyReused},
        {"precondition_required", Kind::Validation},
        {"login_locked", Kind::LoginLocked},
        {"internal_error", Kind::Server},
        {"database_error", Kind::Server},
        {"audit_broken", Kind::Server},
        {"ticket_corrupt", Kind::Server},
        {"database_unavailable", Kind::Server},
    };
    // Two codes mean different things at sign-in and later on.
    if (code == QLatin1String("unauthorized"))
        return isLogin ? Kind::BadCredentials : Kind::SessionExpired;
    if (code == QLatin1String("account_disabled"))
        return status == 401 ? Kind::SessionExpired : Kind::Forbidden;
    for (const Entry &e : table) {
        if (code == QLatin1String(e.code))
            return e.kind;
    }
    if (status >= 500 || status == 429)
        return Kind::Server;
    switch (status) {
    case 400: case 422: case 428: return Kind::Validation;
    case 401: return isLogin ? Kind::BadCredentials : Kind::SessionExpired;
    case 403: return Kind::Forbidden;
    case 404: case 410: return Kind::NotFound;
    case 409: return Kind::Conflict;
    case 412: return Kind::VersionConflict;
    case 413: return Kind::TooLarge;
    case 415: return Kind::UnsupportedMedia;
    default: break;
    }
    return Kind::Protocol;
}

QString boundedText(const QJsonValue &value, int maxLength = 2000)
{
    return value.isString() ? value.toString().left(maxLength) : QString();
}

} // namespace

bool ApiError::isRetryable() const
{
    return kind == Kind::Unreachable || kind == Kind::Timeout || httpStatus == 429
        || (kind == Kind::Server && (httpStatus >= 500 || httpStatus == 0));
}

QString ApiError::toString() const
{
    if (kind == Kind::None)
        return QStringLiteral("ok");
    QString text = httpStatus > 0 ? QString::number(httpStatus) + QLatin1Char(' ') : QString();
    text += code.isEmpty() ? kindName(kind) : code;
    if (!title.isEmpty())
        text += QStringLiteral(": ") + title;
    if (!field.isEmpty())
        text += QStringLiteral(" [") + field + QLatin1Char(']');
    if (!guard.isEmpty())
        text += QStringLiteral(" (guard ") + guard + QLatin1Char(')');
    if (!detail.isEmpty())
        text += QStringLiteral(" - ") + detail;
    return text;
}

ApiError ApiError::make(Kind kind, const QString &code, const QString &title, const QString &field)
{
    ApiError e;
    e.kind = kind;
    e.code = code;
    e.title = title;
    e.field = field;
    return e;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &contentType, bool isLogin)
{
    ApiError e;
    e.httpStatus = status;
    QJsonObject problem;
    // problem+json is the server's; a proxy in between may answer with HTML or nothing.
    if (contentType.startsWith("application/problem+json") || contentType.startsWith("application/json")) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error == QJsonParseError::NoError && doc.isObject())
            problem = doc.object();
    }
    e.code = boundedText(problem.value(QStringLiteral("code")), 128);
    e.kind = kindOfCode(e.code, status, isLogin);
    e.title = boundedText(problem.value(QStringLiteral("title")));
    if (e.title.isEmpty())
        e.title = QStringLiteral("the server answered HTTP %1").arg(status);
    e.field = boundedText(problem.value(QStringLiteral("field")), 512);
    e.guard = boundedText(problem.value(QStringLiteral("guard")), 128);
    e.reasonZh = boundedText(problem.value(QStringLiteral("reason_zh")));
    const QJsonArray missing = problem.value(QStringLiteral("missing")).toArray();
    for (qsizetype i = 0; i < missing.size() && i < 100; ++i) {
        if (missing.at(i).isString())
            e.missing << missing.at(i).toString().left(128);
    }
    e.currentVersion = problem.value(QStringLiteral("current_version")).toInteger();
    e.current = problem.value(QStringLiteral("current")).toObject();
    const double retryAfter = problem.value(QStringLiteral("retry_after_seconds")).toDouble();
    e.retryAfterSeconds = retryAfter > 0 ? int(qMin(retryAfter, 86400.0)) : 0;
    return e;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Unreachable: return QStringLiteral("unreachable");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::SessionExpired: return QStringLiteral("session_expired");
    case Kind::BadCredentials: return QStringLiteral("bad_credentials");
    case Kind::LoginLocked: return QStringLiteral("login_locked");
    case Kind::Forbidden: return QStringLiteral("forbidden");
    case Kind::NotFound: return QStringLiteral("not_found");
    case Kind::VersionConflict: return QStringLiteral("version_conflict");
    case Kind::GuardRefused: return QStringLiteral("guard_refused");
    case Kind::Conflict: return QStringLiteral("conflict");
    case Kind::Validation: return QStringLiteral("validation");
    case Kind::IdempotencyKeyReused: return QStringLiteral("idempotency_key_reused");
    case Kind::TooLarge: return QStringLiteral("too_large");
    case Kind::UnsupportedMedia: return QStringLiteral("unsupported_media");
    case Kind::Server: return QStringLiteral("server");
    case Kind::Protocol: return QStringLiteral("protocol");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::Integrity: return QStringLiteral("integrity");
    }
    return QStringLiteral("unknown");
}

} // namespace wd::remote
