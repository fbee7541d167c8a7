#include "authservice.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>

namespace wd::server {

namespace {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + count));
    return bytes;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

User userFromRow(const Rows &q)
{
    User u;
    u.id = q.value(0).toString();
    u.displayName = q.value(1).toString();
    u.role = enumFromName<Role>(q.value(2).toString()).value_or(Role::Agent);
    u.disabled = q.value(3).toInt() != 0;
    return u;
}

} // namespace

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

std::optional<TokenCache::Entry> TokenCache::find(const QString &tokenHash) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(tokenHash);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return *it;
}

quint64 TokenCache::generation() const
{
    QMutexLocker lock(&m_mutex);
    return m_generation;
}

void TokenCache::insert(const QString &tokenHash, const Entry &entry, quint64 generation)
{
    QMutexLocker lock(&m_mutex);
    if (generation != m_generation)
        return;
    if (m_entries.size() > 10000)
        m_entries.clear();
    m_entries.insert(tokenHash, entry);
}

void TokenCache::remove(const QString &tokenHash)
{
    QMutexLocker lock(&m_mutex);
    m_entries.remove(tokenHash);
}

void TokenCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
    ++m_generation;
}

AuthService::AuthService(Database &db, AuditLog &audit, Clock clock, LoginPolicy policy)
    : m_db(db), m_audit(audit), m_clock(std::move(clock)), m_policy(policy)
{
}

QString AuthService::hashPassword(const QString &password, int iterations)
{
    const QByteArray salt = randomBytes(16);
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                                              iterations, 32);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool AuthService::verifyPassword(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256"))
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1 || iterations > 10'000'000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                                              iterations, quint64(expected.size()));
    return !expected.isEmpty() && constantTimeEquals(key, expected);
}

void AuthService::checkPasswordStrength(const QString &password)
{
    if (password.size() < 10)
        throw ApiError::validation(QStringLiteral("password"), QStringLiteral("a password needs at least 10 characters"));
    if (password.size() > 1024)
        throw ApiError::validation(QStringLiteral("password"), QStringLiteral("a password may have at most 1024 characters"));
}

Session AuthService::login(const QString &userId, const QString &password, const QString &peer)
{
    const qint64 now = m_clock().toMSecsSinceEpoch();
    const QJsonObject detail{{QStringLiteral("peer"), peer}};
    Rows q = m_db.exec(QStringLiteral("SELECT id, display_name, role, disabled, password_hash, failed_logins, "
                                           "locked_until FROM users WHERE id = ?"),
                            {userId});
    if (!q.next()) {
        // Same work and same answer as a wrong password, so user names cannot be probed.
        verifyPassword(password, hashPassword(QStringLiteral("x"), kPbkdf2Iterations));
        m_audit.appendStandalone(userId.left(128), QStringLiteral("login.failed"), {},
                                 QJsonObject{{QStringLiteral("peer"), peer}, {QStringLiteral("reason"), QStringLiteral("unknown_user")}});
        throw ApiError::unauthorized(QStringLiteral("wrong user name or password"));
    }
    const User user = userFromRow(q);
    const QString stored = q.value(4).toString();
    const int failures = q.value(5).toInt();
    const qint64 lockedUntil = q.value(6).toLongLong();

    if (lockedUntil > now) {
        const qint64 wait = (lockedUntil - now + 999) / 1000;
        m_audit.appendStandalone(user.id, QStringLiteral("login.refused"), {},
                                 QJsonObject{{QStringLiteral("peer"), peer}, {QStringLiteral("reason"), QStringLiteral("locked")}});
        throw ApiError(429, QStringLiteral("login_locked"),
                       QStringLiteral("too many failed sign-ins; try again in %1 s").arg(wait), {},
                       QJsonObject{{QStringLiteral("retry_after_seconds"), double(wait)}});
    }
    if (!verifyPassword(password, stored)) {
        const int count = failures + 1;
        qint64 until = 0;
        if (count >= m_policy.lockAfterFailures)
            until = now + m_policy.lockMs;
        else if (count > m_policy.freeFailures)
            until = now + (qint64(1000) << qMin(count - m_policy.freeFailures - 1, 8)); // 1 s, 2 s, 4 s, …
        m_db.write([&] {
            m_db.exec(QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"), {count, until, user.id});
            m_audit.append(user.id, QStringLiteral("login.failed"), {},
                           QJsonObject{{QStringLiteral("peer"), peer}, {QStringLiteral("failures"), count}});
        });
        throw ApiError::unauthorized(QStringLiteral("wrong user name or password"));
    }
    // Only someone who knows the password learns that the account is disabled.
    if (user.disabled) {
        m_audit.appendStandalone(user.id, QStringLiteral("login.refused"), {},
                                 QJsonObject{{QStringLiteral("peer"), peer}, {QStringLiteral("reason"), QStringLiteral("disabled")}});
        throw ApiError::forbidden(QStringLiteral("account_disabled"), QStringLiteral("this account is disabled"));
    }

    Session session;
    session.token = QString::fromLatin1(randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    session.expiresAt = QDateTime::fromMSecsSinceEpoch(now + m_policy.tokenLifetimeMs, Qt::UTC);
    session.user = user;
    m_db.write([&] {
        m_db.exec(QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = ?"), {user.id});
        m_db.exec(QStringLiteral("DELETE FROM sessions WHERE user_id = ? AND expires_at < ?"), {user.id, now});
        m_db.exec(QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)"),
                  {tokenHash(session.token), user.id, now, session.expiresAt.toMSecsSinceEpoch()});
        m_audit.append(user.id, QStringLiteral("login"), {}, detail);
    });
    return session;
}

void AuthService::logout(const QString &token)
{
    m_tokenCache->clear();
    m_db.write([&] {
        Rows q = m_db.exec(QStringLiteral("SELECT user_id FROM sessions WHERE token_hash = ?"), {tokenHash(token)});
        if (!q.next())
            return;
        const QString userId = q.value(0).toString();
        m_db.exec(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {tokenHash(token)});
        m_audit.append(userId, QStringLiteral("logout"), {}, {});
    });
    m_tokenCache->clear(); // again: a lookup on another thread may have cached it meanwhile
}

User AuthService::authenticate(const QByteArray &header)
{
    static const QRegularExpression bearer(QStringLiteral("^Bearer ([A-Za-z0-9_-]{20,128})$"));
    const QRegularExpressionMatch m = bearer.match(QString::fromLatin1(header));
    if (!m.hasMatch())
        throw ApiError::unauthorized(header.isEmpty() ? QStringLiteral("sign in first: no bearer token")
                                                      : QStringLiteral("malformed Authorization header"));
    const QString hash = tokenHash(m.captured(1));
    const qint64 now = m_clock().toMSecsSinceEpoch();
    std::optional<TokenCache::Entry> cached = m_tokenCache->find(hash);
    if (!cached || now - cached->checkedAtMs > kTokenCacheMs) {
        const quint64 generation = m_tokenCache->generation();
        Rows q = m_db.exec(QStringLiteral("SELECT u.id, u.display_name, u.role, u.disabled, s.expires_at FROM sessions s "
                                               "JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?"),
                                {hash});
        if (!q.next()) {
            m_tokenCache->remove(hash);
            throw ApiError(401, QStringLiteral("token_invalid"), QStringLiteral("the session is unknown or was signed out"));
        }
        cached = TokenCache::Entry{userFromRow(q), q.value(4).toLongLong(), now};
        m_tokenCache->insert(hash, *cached, generation);
    }
    if (cached->expiresAtMs < now)
        throw ApiError(401, QStringLiteral("token_expired"), QStringLiteral("the session has expired; sign in again"));
    if (cached->user.disabled)
        throw ApiError(401, QStringLiteral("account_disabled"), QStringLiteral("this account is disabled"));
    return cached->user;
}

void AuthService::addUser(const QString &id, const QString &displayName, Role role, const QString &password)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,63}$"));
    if (!idPattern.match(id).hasMatch())
        throw ApiError::validation(QStringLiteral("id"), QStringLiteral("user names are 2-64 of a-z 0-9 . _ -"));
    checkPasswordStrength(password);
    const QString hash = hashPassword(password);
    m_db.write([&] {
        if (m_db.exec(QStringLiteral("SELECT 1 FROM users WHERE id = ?"), {id}).next())
            throw ApiError(409, QStringLiteral("user_exists"), QStringLiteral("user %1 already exists").arg(id));
        m_db.exec(QStringLiteral("INSERT INTO users (id, display_name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)"),
                  {id, displayName, enumName(role), hash, m_clock().toMSecsSinceEpoch()});
        m_audit.append(QStringLiteral("admin"), QStringLiteral("user.add"), {},
                       QJsonObject{{QStringLiteral("user"), id}, {QStringLiteral("role"), enumName(role)}});
    });
}

void AuthService::setPassword(const QString &id, const QString &password)
{
    checkPasswordStrength(password);
    const QString hash = hashPassword(password);
    m_tokenCache->clear();
    m_db.write([&] {
        if (!m_db.exec(QStringLiteral("SELECT 1 FROM users WHERE id = ?"), {id}).next())
            throw ApiError::notFound(QStringLiteral("user %1").arg(id));
        m_db.exec(QStringLiteral("UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = 0 WHERE id = ?"), {hash, id});
        m_db.exec(QStringLiteral("DELETE FROM sessions WHERE user_id = ?"), {id});
        m_audit.append(QStringLiteral("admin"), QStringLiteral("user.passwd"), {}, QJsonObject{{QStringLiteral("user"), id}});
    });
    m_tokenCache->clear();
}

void AuthService::setDisabled(const QString &id, bool disabled)
{
    m_tokenCache->clear();
    m_db.write([&] {
        if (!m_db.exec(QStringLiteral("SELECT 1 FROM users WHERE id = ?"), {id}).next())
            throw ApiError::notFound(QStringLiteral("user %1").arg(id));
        m_db.exec(QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"), {disabled ? 1 : 0, id});
        if (disabled)
            m_db.exec(QStringLiteral("DELETE FROM sessions WHERE user_id = ?"), {id});
        m_audit.append(QStringLiteral("admin"), disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"), {},
                       QJsonObject{{QStringLiteral("user"), id}});
    });
    m_tokenCache->clear();
}

std::optional<User> AuthService::user(const QString &id)
{
    Rows q = m_db.exec(QStringLiteral("SELECT id, display_name, role, disabled FROM users WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return userFromRow(q);
}

QList<User> AuthService::users()
{
    QList<User> out;
    Rows q = m_db.exec(QStringLiteral("SELECT id, display_name, role, disabled FROM users ORDER BY id"));
    while (q.next())
        out << userFromRow(q);
    return out;
}

} // namespace wd::server
