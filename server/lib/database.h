#pragma once
// The server's one owner of its SQL connection: opens SQLite (default) or PostgreSQL from a URL,
// applies the versioned migrations, and runs each write in a transaction that either commits
// whole or leaves nothing behind. SQL is written once with `?` placeholders; the few dialect
// differences are spelled out where they occur.

#include "apierror.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <limits>
#include <memory>

namespace wd::server {

class Database;

// The result of Database::exec: reads like a QSqlQuery (next(), value()). Its statement was
// prepared once for the connection and goes back for reuse when this is destroyed (parsing SQL
// and describing its columns cost more than the lookup itself; on PostgreSQL a prepare is a
// round trip). Destroy it before its Database.
class Rows
{
public:
    Rows(Rows &&other) noexcept;
    Rows &operator=(Rows &&other) noexcept;
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;
    ~Rows();

    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    bool isNull(int column) const { return m_query->isNull(column); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }

private:
    friend class Database;
    Rows(Database *owner, const QString &sql, std::unique_ptr<QSqlQuery> query);
    void giveBack();

    Database *m_owner = nullptr;
    QString m_sql;
    std::unique_ptr<QSqlQuery> m_query;
};

class Database
{
public:
    enum class Dialect { Sqlite, Postgres };

    // "path/to/file.db", "sqlite:///abs/path.db" or "postgresql://user:pass@host:port/db?host=/socket/dir".
    // Throws ApiError (status 500, code "database_unavailable") with the driver's reason.
    static std::unique_ptr<Database> open(const QString &url);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Dialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == Dialect::Postgres; }
    QString describe() const; // for logs, without the password
    // The SQLite file's absolute path; empty for PostgreSQL.
    QString sqliteFile() const { return isPostgres() ? QString() : m_describe; }
    int schemaVersion();
    // Idempotent; safe to run at every start and from several processes. `upToVersion`: stop
    // after that migration (tests of a later migration start from an older schema).
    void migrate(int upToVersion = std::numeric_limits<int>::max());

    // A prepared statement with the values bound in order; throws on a driver error. Bind SQL
    // NULL as QVariant(); a null QString binds as ''. The result ends (and an unfinished SQLite
    // read lets go of its snapshot) when the Rows are destroyed.
    Rows exec(const QString &sql, const QVariantList &values = {});
    // INSERT/UPDATE/DELETE through a statement prepared once per connection and reused (writes
    // repeat the same few statements); returns the number of rows affected.
    int change(const QString &sql, const QVariantList &values = {});
    // Statements without values (BEGIN, COMMIT, SAVEPOINT, SET, PRAGMA). SQLite: prepared once per
    // connection and reused; PostgreSQL (which prepares no such statement): sent as text.
    void execDirect(const QString &sql);
    // Runs `work` in a write transaction (SQLite: BEGIN IMMEDIATE). On an exception it rolls back
    // and rethrows. Transient conflicts (busy, serialization failure) are retried a few times.
    void write(const std::function<void()> &work);
    // For reads that must see one snapshot.
    void read(const std::function<void()> &work);
    bool inTransaction() const { return m_inTransaction; }
    // While set, change(), write() and any exec() that is not a SELECT throw WritesForbidden
    // (a read worker preparing a write must not write; whatever tries falls back to the writer).
    void setWritesForbidden(bool forbidden) { m_writesForbidden = forbidden; }

    // "FOR UPDATE" on PostgreSQL (row lock inside the write transaction), nothing on SQLite where
    // the write transaction already holds the database's write lock.
    QString forUpdate() const { return isPostgres() ? QStringLiteral(" FOR UPDATE") : QString(); }
    // A text column read as its UTF-8 bytes (QByteArray), without the driver's UTF-16 QString.
    QString utf8Bytes(const QString &column) const
    {
        return (isPostgres() ? QStringLiteral("convert_to(%1, 'UTF8')") : QStringLiteral("CAST(%1 AS BLOB)")).arg(column);
    }
    // A text parameter handed over as its UTF-8 bytes: on SQLite the QByteArray is bound as a blob
    // and cast to text in the statement (textParam()), which stores the bytes as they are; bound
    // as a QString the driver would convert it to UTF-16 and SQLite back to UTF-8 (the JSON
    // documents of every write). PostgreSQL gets the text as a QString and a plain placeholder.
    // An empty text (a 204's body) is '' in the column, not NULL: a null QByteArray binds as NULL.
    QVariant textValue(const QByteArray &utf8) const
    {
        if (isPostgres())
            return QString::fromUtf8(utf8);
        return utf8.isNull() ? QVariant(QByteArray("")) : QVariant(utf8);
    }
    QString textParam() const { return isPostgres() ? QStringLiteral("?") : QStringLiteral("CAST(? AS TEXT)"); }
    QString blobType() const { return isPostgres() ? QStringLiteral("BYTEA") : QStringLiteral("BLOB"); }

    static bool isUniqueViolation(const QSqlError &error);

private:
    friend class Rows;
    Database() = default;
    void giveBack(const QString &sql, std::unique_ptr<QSqlQuery> query);
    // A statement kept prepared in m_prepared: bound, run, reset; the rows it changed.
    int runPrepared(const QString &sql, const QVariantList &values);
    static constexpr qsizetype kMaxIdleStatements = 256; // list filters make many SQL texts
    void begin();
    bool isTransient(const QSqlError &error) const;

    QString m_connectionName;
    QHash<QString, QSqlQuery> m_prepared;
    // Prepared SELECTs not in use, by SQL (more than one when the same SQL is read nested).
    QMultiHash<QString, QSqlQuery *> m_idle;
    qsizetype m_idleCount = 0;
    Dialect m_dialect = Dialect::Sqlite;
    QString m_describe;
    bool m_inTransaction = false;
    bool m_writesForbidden = false;
};

// Thrown by a write attempted under Database::setWritesForbidden.
class WritesForbidden : public std::exception
{
public:
    const char *what() const noexcept override { return "wd::server::WritesForbidden"; }
};

// Thrown by Database::exec; carries the driver's error for retry decisions.
class SqlFailure : public ApiError
{
public:
    SqlFailure(const QSqlError &error, const QString &sql);
    QSqlError sqlError;
};

} // namespace wd::server
