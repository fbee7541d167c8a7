#include "database.h"

#include "migrations.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QVersionNumber>

#include <utility>

namespace wd::server {

namespace {
QAtomicInt g_connectionCounter;
}

SqlFailure::SqlFailure(const QSqlError &error, const QString &sql)
    // The driver's message may quote the statement and other rows' values: it goes to the
    // server's log, never to the client.
    : ApiError(500, QStringLiteral("database_error"), QStringLiteral("the database could not complete the request")),
      sqlError(error)
{
    qWarning("SQL failure (%s): %s in: %s", qPrintable(error.nativeErrorCode()), qPrintable(error.text()),
             qPrintable(sql.left(200)));
}

std::unique_ptr<Database> Database::open(const QString &url)
{
    std::unique_ptr<Database> db(new Database);
    db->m_connectionName = QStringLiteral("wd-server-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase conn;
    if (url.startsWith(QLatin1String("postgresql://")) || url.startsWith(QLatin1String("postgres://"))) {
        db->m_dialect = Dialect::Postgres;
        const QUrl u(url);
        conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
        const QUrlQuery q(u);
        const QString socketDir = q.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        conn.setHostName(!socketDir.isEmpty() ? socketDir : (u.host().isEmpty() ? QStringLiteral("localhost") : u.host()));
        conn.setPort(u.port(5432));
        conn.setUserName(u.userName(QUrl::FullyDecoded));
        conn.setPassword(u.password(QUrl::FullyDecoded));
        conn.setDatabaseName(u.path().mid(1));
        conn.setConnectOptions(QStringLiteral("connect_timeout=10"));
        db->m_describe = QStringLiteral("postgresql://%1@%2:%3/%4")
                             .arg(u.userName(), conn.hostName())
                             .arg(conn.port())
                             .arg(conn.databaseName());
    } else {
        QString path = url;
        if (path.startsWith(QLatin1String("sqlite://")))
            path = QUrl(url).toLocalFile();
        const QFileInfo info(path);
        if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
            throw ApiError(500, QStringLiteral("database_unavailable"),
                           QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));
        conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        conn.setDatabaseName(info.absoluteFilePath());
        conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        db->m_describe = info.absoluteFilePath();
    }
    if (!conn.isValid())
        throw ApiError(500, QStringLiteral("database_unavailable"),
                       QStringLiteral("the Qt SQL driver for %1 is not installed").arg(db->m_describe));
    if (!conn.open())
        throw ApiError(500, QStringLiteral("database_unavailable"),
                       QStringLiteral("cannot open %1: %2").arg(db->m_describe, conn.lastError().text()));
    if (db->m_dialect == Dialect::Sqlite) {
        // RETURNING (3.35) is used on the write path; Debian 12 has 3.40, Qt's own build newer.
        QString version;
        {
            QSqlQuery q(conn);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                version = q.value(0).toString();
        }
        if (!version.isEmpty() && QVersionNumber::fromString(version) < QVersionNumber(3, 35))
            throw ApiError(500, QStringLiteral("database_unavailable"),
                           QStringLiteral("SQLite %1 is too old: the server needs 3.35 or newer").arg(version));
        // WAL for concurrent readers; FULL so an acknowledged commit survives a power cut.
        db->execDirect(QStringLiteral("PRAGMA journal_mode=WAL"));
        db->execDirect(QStringLiteral("PRAGMA synchronous=FULL"));
        db->execDirect(QStringLiteral("PRAGMA foreign_keys=ON"));
        // 32 MiB of pages per connection (the default 2 MiB re-reads a busy database's index
        // and ticket pages from the OS for nearly every request).
        db->execDirect(QStringLiteral("PRAGMA cache_size=-32768"));
        // A batch's savepoints keep the pages they change in a statement journal; past 64 KiB
        // SQLite spills it to a temporary file (open, write, unlink for every few batches).
        db->execDirect(QStringLiteral("PRAGMA temp_store=MEMORY"));
        // A log that grew large (a reader held old frames for long) is cut back to 256 MiB the
        // next time it starts over. Not smaller: cutting a file is a stall of its own, and a log
        // that keeps its blocks is rewritten in place.
        db->execDirect(QStringLiteral("PRAGMA journal_size_limit=268435456"));
    } else {
        db->execDirect(QStringLiteral("SET synchronous_commit TO on"));
        db->execDirect(QStringLiteral("SET client_min_messages TO warning"));
    }
    return db;
}

Database::~Database()
{
    m_prepared.clear();
    qDeleteAll(m_idle);
    m_idle.clear();
    {
        QSqlDatabase conn = QSqlDatabase::database(m_connectionName, false);
        if (conn.isOpen())
            conn.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::describe() const
{
    return m_describe;
}

Rows::Rows(Database *owner, const QString &sql, std::unique_ptr<QSqlQuery> query)
    : m_owner(owner), m_sql(sql), m_query(std::move(query))
{
}

Rows::Rows(Rows &&other) noexcept
    : m_owner(std::exchange(other.m_owner, nullptr)), m_sql(std::move(other.m_sql)), m_query(std::move(other.m_query))
{
}

Rows &Rows::operator=(Rows &&other) noexcept
{
    if (this != &other) {
        giveBack();
        m_owner = std::exchange(other.m_owner, nullptr);
        m_sql = std::move(other.m_sql);
        m_query = std::move(other.m_query);
    }
    return *this;
}

Rows::~Rows()
{
    giveBack();
}

void Rows::giveBack()
{
    if (m_query && m_owner)
        m_owner->giveBack(m_sql, std::move(m_query));
    m_query.reset();
    m_owner = nullptr;
}

void Database::giveBack(const QString &sql, std::unique_ptr<QSqlQuery> query)
{
    query->finish();
    if (m_idleCount >= kMaxIdleStatements)
        return; // destroyed
    m_idle.insert(sql, query.release());
    ++m_idleCount;
}

Rows Database::exec(const QString &sql, const QVariantList &values)
{
    if (m_writesForbidden && !sql.startsWith(QLatin1String("SELECT")))
        throw WritesForbidden();
    std::unique_ptr<QSqlQuery> query;
    const auto idle = m_idle.find(sql);
    if (idle != m_idle.end()) {
        query.reset(idle.value());
        m_idle.erase(idle);
        --m_idleCount;
    } else {
        query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        // QPSQL streams forward-only results row by row, which breaks a query issued while another
        // is being read; fetching PostgreSQL results whole keeps nested reads correct.
        query->setForwardOnly(!isPostgres());
        if (!query->prepare(sql))
            throw SqlFailure(query->lastError(), sql);
    }
    // SQL NULL is an invalid QVariant; a null QString is an empty string, never NULL.
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        query->bindValue(i, v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
    }
    if (!query->exec())
        throw SqlFailure(query->lastError(), sql); // the statement is dropped: prepared afresh next time
    return Rows(this, sql, std::move(query));
}

int Database::change(const QString &sql, const QVariantList &values)
{
    if (m_writesForbidden)
        throw WritesForbidden();
    return runPrepared(sql, values);
}

int Database::runPrepared(const QString &sql, const QVariantList &values)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        if (!query.prepare(sql))
            throw SqlFailure(query.lastError(), sql);
        it = m_prepared.insert(sql, query);
    }
    QSqlQuery &query = *it;
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        query.bindValue(i, v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
    }
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        m_prepared.erase(it); // prepare afresh next time
        throw SqlFailure(error, sql);
    }
    const int rows = query.numRowsAffected();
    query.finish();
    return rows;
}

void Database::execDirect(const QString &sql)
{
    if (isPostgres()) {
        // PostgreSQL prepares only queries and DML (no SAVEPOINT, SET, …): sent as they are.
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        if (!query.exec(sql))
            throw SqlFailure(query.lastError(), sql);
        return;
    }
    // SQLite: kept prepared like change()'s statements; a group commit runs SAVEPOINT and RELEASE
    // for every write and the PRAGMAs for every batch, each otherwise compiled afresh (and the
    // connection looked up under Qt's lock) on the writing thread.
    runPrepared(sql, {});
}

bool Database::isUniqueViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // SQLite: 2067 SQLITE_CONSTRAINT_UNIQUE, 1555 SQLITE_CONSTRAINT_PRIMARYKEY, 19 constraint;
    // PostgreSQL: 23505 unique_violation.
    return code == QLatin1String("2067") || code == QLatin1String("1555") || code == QLatin1String("19")
        || code == QLatin1String("23505") || error.text().contains(QLatin1String("UNIQUE constraint"));
}

bool Database::isTransient(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    // SQLite 5 BUSY / 6 LOCKED; PostgreSQL 40001 serialization failure, 40P01 deadlock.
    return code == QLatin1String("5") || code == QLatin1String("6") || code == QLatin1String("40001")
        || code == QLatin1String("40P01");
}

void Database::begin()
{
    execDirect(isPostgres() ? QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED") : QStringLiteral("BEGIN IMMEDIATE"));
    m_inTransaction = true;
}

void Database::write(const std::function<void()> &work)
{
    if (m_writesForbidden)
        throw WritesForbidden();
    if (m_inTransaction) {
        work(); // nested: part of the enclosing transaction
        return;
    }
    for (int attempt = 0;; ++attempt) {
        try {
            begin();
            work();
            execDirect(QStringLiteral("COMMIT"));
            m_inTransaction = false;
            return;
        } catch (const SqlFailure &failure) {
            if (m_inTransaction) {
                m_inTransaction = false;
                try {
                    execDirect(QStringLiteral("ROLLBACK"));
                } catch (const SqlFailure &) {
                }
            }
            if (attempt < 5 && isTransient(failure.sqlError)) {
                QThread::msleep(5u << attempt);
                continue;
            }
            throw;
        } catch (...) {
            if (m_inTransaction) {
                m_inTransaction = false;
                try {
                    execDirect(QStringLiteral("ROLLBACK"));
                } catch (const SqlFailure &) {
                }
            }
            throw;
        }
    }
}

void Database::read(const std::function<void()> &work)
{
    if (m_inTransaction) {
        work();
        return;
    }
    execDirect(QStringLiteral("BEGIN"));
    m_inTransaction = true;
    try {
        work();
    } catch (...) {
        m_inTransaction = false;
        try {
            execDirect(QStringLiteral("ROLLBACK"));
        } catch (const SqlFailure &) {
        }
        throw;
    }
    m_inTransaction = false;
    execDirect(QStringLiteral("COMMIT"));
}

int Database::schemaVersion()
{
    Rows q = exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    return q.next() ? q.value(0).toInt() : 0;
}

void Database::migrate(int upToVersion)
{
    if (isPostgres()) {
        // Several server processes may start at once: one migrates, the others wait for it.
        exec(QStringLiteral("SELECT pg_advisory_lock(7420110)"));
    }
    try {
        execDirect(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"));
        const QList<Migration> all = migrations(*this);
        for (const Migration &m : all) {
            if (m.version > upToVersion)
                break;
            write([&] {
                Rows done = exec(QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"), {m.version});
                if (done.next())
                    return;
                for (const QString &statement : m.statements)
                    execDirect(statement); // DDL cannot be prepared on PostgreSQL
                exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
                     {m.version, QDateTime::currentMSecsSinceEpoch()});
            });
        }
    } catch (...) {
        if (isPostgres())
            exec(QStringLiteral("SELECT pg_advisory_unlock(7420110)"));
        throw;
    }
    if (isPostgres())
        exec(QStringLiteral("SELECT pg_advisory_unlock(7420110)"));
}

} // namespace wd::server
