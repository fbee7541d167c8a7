#pragma once
// Where the workstation keeps a session token between runs: the operating system's credential
// store, never a file in clear. Every call is asynchronous and answers through a TokenJob; a
// store that cannot be reached answers Unavailable, and the app asks for the password again.

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

namespace wd::remote {

class TokenJob : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Pending,
        Ok,          // saved, removed, or loaded (token())
        NotFound,    // nothing stored under this server and user
        Unavailable, // no credential store reachable (no keychain, no session bus, refused, no answer)
    };
    Q_ENUM(Status)

    explicit TokenJob(QObject *parent) : QObject(parent) {}
    Status status() const { return m_status; }
    bool isFinished() const { return m_status != Status::Pending; }
    QString token() const { return m_token; }
    QString message() const { return m_message; } // why it is Unavailable, for the log

    // Called by the store, once; emits finished() on the next turn of the event loop and then
    // deletes the job (connect before returning to the event loop).
    void complete(Status status, const QString &token = {}, const QString &message = {});

signals:
    void finished();

private:
    Status m_status = Status::Pending;
    QString m_token;
    QString m_message;
};

class TokenStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~TokenStore() override = default;

    virtual TokenJob *save(const QUrl &server, const QString &user, const QString &token) = 0;
    virtual TokenJob *load(const QUrl &server, const QString &user) = 0;
    virtual TokenJob *remove(const QUrl &server, const QString &user) = 0;

    // The entry's name: "agent1@https://wd.example:8470" (user info, query and fragment dropped).
    static QString keyFor(const QUrl &server, const QString &user);
};

// A fake for tests (no credential store runs here): tokens live in this object only.
// setAvailable(false) makes it answer Unavailable like a machine without a keychain.
class InMemoryTokenStore : public TokenStore
{
    Q_OBJECT
public:
    using TokenStore::TokenStore;
    void setAvailable(bool available) { m_available = available; }

    TokenJob *save(const QUrl &server, const QString &user, const QString &token) override;
    TokenJob *load(const QUrl &server, const QString &user) override;
    TokenJob *remove(const QUrl &server, const QString &user) override;

private:
    TokenJob *unavailable();
    bool m_available = true;
    QHash<QString, QString> m_tokens;
};

} // namespace wd::remote
