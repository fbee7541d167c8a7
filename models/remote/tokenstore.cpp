#include "tokenstore.h"

#include <QTimer>

namespace wd::remote {

void TokenJob::complete(Status status, const QString &token, const QString &message)
{
    if (m_status != Status::Pending)
        return;
    m_status = status;
    m_token = token;
    m_message = message;
    // Never synchronously: the caller connects to finished() after the store returns the job.
    QTimer::singleShot(0, this, [this] {
        emit finished();
        deleteLater();
    });
}

QString TokenStore::keyFor(const QUrl &server, const QString &user)
{
    QUrl root = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    if (root.path() == QLatin1String("/")) // "https://host/" and "https://host" are one server
        root.setPath(QString());
    return user + QLatin1Char('@') + root.toString();
}

TokenJob *InMemoryTokenStore::unavailable()
{
    auto *job = new TokenJob(this);
    job->complete(TokenJob::Status::Unavailable, {}, QStringLiteral("the in-memory test store is set unavailable"));
    return job;
}

TokenJob *InMemoryTokenStore::save(const QUrl &server, const QString &user, const QString &token)
{
    if (!m_available)
        return unavailable();
    m_tokens.insert(keyFor(server, user), token);
    auto *job = new TokenJob(this);
    job->complete(TokenJob::Status::Ok);
    return job;
}

TokenJob *InMemoryTokenStore::load(const QUrl &server, const QString &user)
{
    if (!m_available)
        return unavailable();
    auto *job = new TokenJob(this);
    const auto it = m_tokens.constFind(keyFor(server, user));
    if (it == m_tokens.constEnd())
        job->complete(TokenJob::Status::NotFound);
    else
        job->complete(TokenJob::Status::Ok, it.value());
    return job;
}

TokenJob *InMemoryTokenStore::remove(const QUrl &server, const QString &user)
{
    if (!m_available)
        return unavailable();
    auto *job = new TokenJob(this);
    job->complete(m_tokens.remove(keyFor(server, user)) > 0 ? TokenJob::Status::Ok : TokenJob::Status::NotFound);
    return job;
}

} // namespace wd::remote
