#pragma once
// Users, passwords and sessions. Passwords: salted PBKDF2-SHA256 with 210,000 iterations (stored
// as "pbkdf2-sha256$iterations$salt$hash"). Tokens: 256 random bits, handed out once and stored only
// as their SHA-256, with an expiry. Repeated failures slow a user down, then lock the account.

#include "apierror.h"
#include "auditlog.h"
#include "database.h"
#include "serverclock.h"

#include "enums.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>
#include <optional>

namespace wd::server {

struct User
{
    QString id;
    QString displayName;
    Role role = Role::Agent;
    bool disabled = false;
};

struct Session
{
    QString token;
    QDateTime expiresAt;
    User user;
};

struct LoginPolicy
{
    int freeFailures = 3;           // failures before each attempt has to wait
    int lockAfterFailures = 10;     // then the account locks
    qint64 lockMs = 15 * 60 * 1000;
    qint64 tokenLifetimeMs = 12 * 3600 * 1000; // one shift
};

// Sessions checked in the last few seconds, so that every request does not query the sessions
// table; shared by every request thread of one server process (ApiServer's read workers).
// clear() after a sign-out or an account change reaches every thread at once: a lookup that
// began before it cannot put its (possibly stale) answer back afterwards (the generation).
class TokenCache
{
public:
    struct Entry
    {
        User user;
        qint64 expiresAtMs = 0;
        qint64 checkedAtMs = 0;
    };
    std::optional<Entry> find(const QString &tokenHash) const;
    quint64 generation() const;
    // Ignored when the cache was cleared since `generation` was read.
    void insert(const QString &tokenHash, const Entry &entry, quint64 generation);
    void remove(const QString &tokenHash);
    void clear();

private:
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    quint64 m_generation = 0;
};

class AuthService
{
public:
    static constexpr int kPbkdf2Iterations = 210000;

    AuthService(Database &db, AuditLog &audit, Clock clock, LoginPolicy policy = {});

    static QString hashPassword(const QString &password, int iterations = kPbkdf2Iterations);
    static bool verifyPassword(const QString &password, const QString &stored);

    // Throws ApiError 401 (wrong credentials, same answer for unknown users), 429 while slowed
    // down or locked (with retry_after_seconds), 403 for a disabled account.
    Session login(const QString &userId, const QString &password, const QString &peer);
    void logout(const QString &token);
    // The user behind a bearer token, or 401.
    User authenticate(const QByteArray &authorizationHeader);

    void addUser(const QString &id, const QString &displayName, Role role, const QString &password);
    void setPassword(const QString &id, const QString &password);
    void setDisabled(const QString &id, bool disabled);
    std::optional<User> user(const QString &id);
    QList<User> users();

    static void checkPasswordStrength(const QString &password);

    // Another AuthService's cache (a read worker shares its server's).
    void shareTokenCache(std::shared_ptr<TokenCache> cache) { m_tokenCache = std::move(cache); }
    std::shared_ptr<TokenCache> tokenCache() const { return m_tokenCache; }

private:
    static constexpr qint64 kTokenCacheMs = 5000;

    Database &m_db;
    AuditLog &m_audit;
    Clock m_clock;
    LoginPolicy m_policy;
    // Sign-outs and account changes in this process clear it at once (before and after their
    // commit); those made by another server process on the same database take effect within
    // kTokenCacheMs.
    std::shared_ptr<TokenCache> m_tokenCache = std::make_shared<TokenCache>();
};

QString tokenHash(const QString &token);

} // namespace wd::server
