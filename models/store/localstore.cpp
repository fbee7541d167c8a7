#include "localstore.h"

#include "storeschema.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

namespace wd::store {

namespace {

QString describe(const QSqlError &error)
{
    const QString driver = error.driverText().trimmed();
    const QString database = error.databaseText().trimmed();
    return database.isEmpty() ? driver : database;
}

} // namespace

std::unique_ptr<LocalStore> LocalStore::open(const QString &path)
{
    std::unique_ptr<LocalStore> store(new LocalStore);
    store->m_path = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        throw StoreError(QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));
    store->m_connectionName = QStringLiteral("wd-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        throw StoreError(QStringLiteral("cannot open %1: %2").arg(path, describe(db.lastError())));
    // A file that is not SQLite (or is damaged) fails here with a readable reason.
    store->execDirect(QStringLiteral("PRAGMA journal_mode=WAL"));
    store->execDirect(QStringLiteral("PRAGMA synchronous=FULL"));
    store->execDirect(QStringLiteral("PRAGMA foreign_keys=ON"));
    store->execDirect(QStringLiteral("PRAGMA temp_store=MEMORY"));
    // 32 MiB of page cache (the default is 2 MiB): the queue's ten indexes and the trigram index
    // of 100,000 tickets then stay in memory while a sync writes them, instead of being re-read.
    store->execDirect(QStringLiteral("PRAGMA cache_size=-32768"));
    // Checkpoint the WAL every 16 MiB instead of 4 MiB: a first sync rewrites the same index
    // pages again and again, and each checkpoint writes them back and syncs the file.
    store->execDirect(QStringLiteral("PRAGMA wal_autocheckpoint=4000"));
    store->migrate();
    return store;
}

QString LocalStore::defaultPath(const QUrl &server, const QString &user)
{
    QString name = QStringLiteral("%1_%2_%3").arg(server.host(), QString::number(server.port(server.scheme() == QLatin1String("https") ? 443 : 80)), user);
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('_')))
            c = QLatin1Char('_');
    }
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(base).filePath(QStringLiteral("cache/%1.sqlite").arg(name));
}

LocalStore::~LocalStore()
{
    m_prepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int LocalStore::schemaVersion()
{
    QSqlQuery &q = exec(QStringLiteral("PRAGMA user_version"));
    const int version = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return version;
}

void LocalStore::migrate()
{
    const int current = schemaVersion();
    if (current > kSchemaVersion)
        throw StoreError(QStringLiteral("%1 was written by a newer WarrantyDesk (schema %2, this one knows %3)")
                             .arg(m_path).arg(current).arg(kSchemaVersion));
    const QList<QStringList> steps = schemaMigrations();
    for (int version = current; version < kSchemaVersion; ++version) {
        write([&] {
            for (const QString &sql : steps.at(version))
                execDirect(sql);
            execDirect(QStringLiteral("PRAGMA user_version=%1").arg(version + 1));
        });
    }
}

QSqlQuery &LocalStore::exec(const QString &sql, const QVariantList &values)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            throw StoreError(QStringLiteral("cannot prepare [%1]: %2").arg(sql, describe(query.lastError())));
        it = m_prepared.insert(sql, query);
    }
    QSqlQuery &query = it.value();
    query.finish();
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        throw StoreError(QStringLiteral("[%1]: %2").arg(sql.simplified().left(120), describe(query.lastError())));
    return query;
}

int LocalStore::change(const QString &sql, const QVariantList &values)
{
    QSqlQuery &query = exec(sql, values);
    const int affected = query.numRowsAffected();
    query.finish();
    return affected;
}

void LocalStore::execDirect(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql))
        throw StoreError(QStringLiteral("[%1]: %2").arg(sql.simplified().left(120), describe(query.lastError())));
}

void LocalStore::write(const std::function<void()> &work, Durability durability)
{
    if (m_depth > 0) {
        // SQLite refuses to change the level inside a transaction: a write that must be durable
        // may not hide in one that need not be.
        if (durability == Durability::Full && m_relaxed)
            throw StoreError(QStringLiteral("a durable write cannot join a relaxed transaction"));
        work();
        return;
    }
    if (durability == Durability::Relaxed) {
        execDirect(QStringLiteral("PRAGMA synchronous=NORMAL"));
        m_relaxed = true;
    }
    // Back to FULL whatever happens: every other write on this connection is Full.
    const auto restore = [this] {
        if (!m_relaxed)
            return;
        m_relaxed = false;
        QSqlQuery full(QSqlDatabase::database(m_connectionName, false));
        full.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    };
    // A statement left open holds a read snapshot; once another connection (the background
    // search index build) has committed, SQLite refuses to turn that stale snapshot into a write
    // at once (SQLITE_BUSY, no waiting): start every write transaction from a fresh one.
    for (QSqlQuery &q : m_prepared)
        q.finish();
    try {
        execDirect(QStringLiteral("BEGIN IMMEDIATE"));
    } catch (...) {
        restore();
        throw;
    }
    m_depth = 1;
    try {
        work();
        for (QSqlQuery &q : m_prepared)
            q.finish();
        execDirect(QStringLiteral("COMMIT"));
        m_depth = 0;
        restore();
    } catch (...) {
        m_depth = 0;
        for (QSqlQuery &q : m_prepared)
            q.finish();
        QSqlQuery rollback(QSqlDatabase::database(m_connectionName, false));
        rollback.exec(QStringLiteral("ROLLBACK"));
        restore();
        throw;
    }
}

QString LocalStore::meta(const QString &key, const QString &fallback)
{
    QSqlQuery &q = exec(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    const QString value = q.next() ? q.value(0).toString() : fallback;
    q.finish();
    return value;
}

void LocalStore::setMeta(const QString &key, const QString &value)
{
    change(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
           {key, value});
}

} // namespace wd::store
