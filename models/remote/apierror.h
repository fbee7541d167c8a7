#pragma once
// What went wrong with one request to the central server, typed so that the UI can explain it
// (expired session, forbidden, conflict with the current version, validation error naming the
// field, server unreachable) and the sync engine can decide whether to retry.

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace wd::remote {

struct ApiError
{
    enum class Kind {
        None,
        Unreachable,          // no connection (refused, host unknown, dropped mid-answer)
        Timeout,              // no byte moved for the client's timeout
        Tls,                  // certificate refused or handshake failed (see ApiClient::certificateProblem)
        SessionExpired,       // 401 on anything but sign-in: token expired, unknown, signed out, account disabled
        BadCredentials,       // 401 at sign-in: wrong user name or password
        LoginLocked,          // 429 login_locked (retryAfterSeconds)
        Forbidden,            // 403 role_forbidden, or a role guard (guard = "role.*")
        NotFound,             // 404
        VersionConflict,      // 412: currentVersion and current (the ticket as it is now)
        GuardRefused,         // 409 guard_refused: guard, reasonZh, missing
        Conflict,             // 409 ticket_exists, evidence_exists, rules_version_mismatch
        Validation,           // 400/422/428: the request was refused as malformed (field)
        IdempotencyKeyReused, // 422: the key was used for a different request
        TooLarge,             // 413 from the server, or an answer over the client's limit
        UnsupportedMedia,     // 415
        Server,               // 5xx, or 429 other than login_locked
        Protocol,             // an answer this client cannot read (field names where)
        Cancelled,            // ApiJob::abort()
        Integrity,            // downloaded bytes whose SHA-256 is not the announced or expected one
    };

    Kind kind = Kind::None;
    int httpStatus = 0;        // 0 when no HTTP answer arrived
    QString code;              // the problem's `code`, or the client's own ("timeout", "too_large"...)
    QString title;             // English, for people
    QString field;             // the offending member, header or JSON path
    QString guard;             // workflow guard id ("review.note_missing")
    QString reasonZh;          // the guard's reason in Chinese
    QStringList missing;       // what the guard found missing
    qint64 currentVersion = 0; // 412
    QJsonObject current;       // 412: the ticket detail as it is now (decodeTicketDetail reads it)
    int retryAfterSeconds = 0; // 429
    QString detail;            // network or TLS error text

    bool isError() const { return kind != Kind::None; }
    // Worth sending again unchanged (with the same Idempotency-Key): the request may not have
    // reached the server, or the server failed on its side.
    bool isRetryable() const;
    // The user has to sign in again.
    bool isSessionProblem() const { return kind == Kind::SessionExpired; }
    // One line for logs: "412 version_conflict: the ticket changed ... [If-Match]".
    QString toString() const;

    // A non-2xx answer: problem+json when it is one, else by status. `isLogin` tells a wrong
    // password (401 at sign-in) from an expired session.
    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &contentType, bool isLogin);
    static ApiError make(Kind kind, const QString &code, const QString &title, const QString &field = {});
    static QString kindName(Kind kind);
};

} // namespace wd::remote

Q_DECLARE_METATYPE(wd::remote::ApiError)
