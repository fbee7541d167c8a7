#pragma once
// The workstation's one owner of its local SQLite file (one file per server and user): opens it,
// applies the versioned migrations, and runs statements prepared once with bound values. WAL with
// synchronous=FULL, so a write committed here (the outbox above all) survives a crash or a power
// cut; queue pages the server can resend may commit Relaxed (see Durability). Failures throw StoreError naming the statement and the driver's reason; a transaction that
// throws is rolled back whole.

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QVariant>

#include <functional>
#include <memory>
#include <stdexcept>

namespace wd::store {

class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

class LocalStore
{
public:
    static constexpr int kSchemaVersion = 1;

    // Opens (creating when absent) the file and migrates it. Throws StoreError.
    static std::unique_ptr<LocalStore> open(const QString &path);
    // <AppDataLocation>/cache/<host>_<port>_<user>.sqlite, the characters of the name made safe.
    static QString defaultPath(const QUrl &server, const QString &user);
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    QString path() const { return m_path; }
    int schemaVersion();

    // A statement prepared once per store and reused, values bound in order. Returns the active
    // query (for SELECT) positioned before the first row.
    QSqlQuery &exec(const QString &sql, const QVariantList &values = {});
    int change(const QString &sql, const QVariantList &values = {});
    void execDirect(const QString &sql);
    // How a transaction reaches the disk. Full: fsync of the WAL at commit (the outbox, anything
    // the agent recorded). Relaxed: synchronous=NORMAL for data the server can send again (queue
    // pages, the sync cursor committed with them): a power cut may lose the last such commits,
    // never corrupt the file, and a kill -9 loses nothing; the next sync fetches them again. The
    // WAL is one sequential log, so a later Full commit makes every earlier frame durable too.
    enum class Durability { Full, Relaxed };

    // Runs `work` in one write transaction (BEGIN IMMEDIATE); rolls back and rethrows on failure.
    // Nested calls join the outer transaction; a Full write inside a Relaxed one throws (SQLite
    // cannot raise the level of an open transaction).
    void write(const std::function<void()> &work, Durability durability = Durability::Full);
    bool inTransaction() const { return m_depth > 0; }

    // Small key/value settings kept with the data (the sync cursor, the last sync instant).
    QString meta(const QString &key, const QString &fallback = {});
    void setMeta(const QString &key, const QString &value);

private:
    LocalStore() = default;
    void migrate();

    QString m_path;
    QString m_connectionName;
    QHash<QString, QSqlQuery> m_prepared;
    int m_depth = 0;
    bool m_relaxed = false; // the open transaction commits with synchronous=NORMAL
};

} // namespace wd::store
