#pragma once
// A real central server for tests: ApiServer on 127.0.0.1 port 0 over a fresh SQLite file in a
// temporary folder, or over a fresh PostgreSQL database when WD_TEST_DB=postgres (the URL of the
// cluster that scripts/test starts is in WD_TEST_PG_URL). Users agent1, agent2, super1, super2
// and admin exist; their tokens are ready. The server's clock can be moved forward.

#include "apiserver.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace wd::test {

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const;
};

class TestServer
{
public:
    // Throws nothing: failures to start are fatal for the test (qFatal with the reason).
    // `configure` may change the server's options before it starts.
    explicit TestServer(const std::function<void(server::ServerOptions &)> &configure = {});
    ~TestServer();

    static bool usePostgres();
    // Explains why the PostgreSQL variant cannot run (empty when it can).
    static QString postgresUnavailableReason();

    server::ApiServer &api() { return *m_api; }
    QString baseUrl() const;
    QString token(const QString &user) const { return m_tokens.value(user); }
    QString databaseUrl() const { return m_dbUrl; }
    // Another empty database of the same kind (SQLite file or PostgreSQL database), removed with
    // this server.
    QString scratchDatabase();

    // The server's clock: real time plus this offset.
    void advanceClock(qint64 seconds) { m_offsetSeconds += seconds; }
    QDateTime now() const;

    // Synchronous HTTP over the real socket. `headers` as {name, value}.
    HttpReply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const QString &user = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // A write with a fresh Idempotency-Key and If-Match set to `version` (0: no If-Match).
    HttpReply write(const QString &path, const QJsonObject &body, const QString &user, qint64 version);
    // Intake of a case file (JSON object) as super1.
    HttpReply intake(const QJsonObject &caseFile);
    qint64 version(const QString &ticketId);

    static QJsonObject sampleCase(const QString &ticketId, const QString &category = QStringLiteral("product_defect.invalid_key"));
    static const QStringList &users();
    static QString password(const QString &user);

private:
    QTemporaryDir m_dir;
    QString m_dbUrl;
    QStringList m_pgDatabases;
    int m_sqliteFiles = 0;
    qint64 m_offsetSeconds = 0;
    std::unique_ptr<server::ApiServer> m_api;
    QNetworkAccessManager m_network;
    QHash<QString, QString> m_tokens;
};

} // namespace wd::test
