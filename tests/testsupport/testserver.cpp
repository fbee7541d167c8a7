#include "testserver.h"

#include <QEventLoop>
#include <QUrlQuery>

#include <functional>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>
#include <QUuid>

namespace wd::test {

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

const QStringList &TestServer::users()
{
    static const QStringList list{QStringLiteral("agent1"), QStringLiteral("agent2"), QStringLiteral("super1"),
                                  QStringLiteral("super2"), QStringLiteral("admin")};
    return list;
}

QString TestServer::password(const QString &user)
{
    return QStringLiteral("test-password-") + user;
}

bool TestServer::usePostgres()
{
    return qEnvironmentVariable("WD_TEST_DB") == QLatin1String("postgres");
}

QString TestServer::postgresUnavailableReason()
{
    if (!usePostgres())
        return {};
    if (qEnvironmentVariableIsEmpty("WD_TEST_PG_URL"))
        return QStringLiteral("WD_TEST_PG_URL is not set: run through scripts/test, which starts a PostgreSQL cluster");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("the Qt PostgreSQL driver (libqt6sql6-psql) is not installed");
    return {};
}

namespace {
// Runs `work` on a connection to the cluster's maintenance database (WD_TEST_PG_URL).
bool withAdminConnection(const std::function<void(QSqlDatabase &)> &work, QString *error = nullptr)
{
    const QUrl admin(qEnvironmentVariable("WD_TEST_PG_URL"));
    const QString socketDir = QUrlQuery(admin).queryItemValue(QStringLiteral("host"));
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("wd-test-admin"));
        db.setHostName(socketDir.isEmpty() ? admin.host() : socketDir);
        db.setPort(admin.port(5432));
        db.setUserName(admin.userName());
        db.setPassword(admin.password());
        db.setDatabaseName(admin.path().mid(1));
        opened = db.open();
        if (opened)
            work(db);
        else if (error)
            *error = db.lastError().text();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("wd-test-admin"));
    return opened;
}
} // namespace

TestServer::TestServer(const std::function<void(server::ServerOptions &)> &configure)
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary folder");
    m_dbUrl = scratchDatabase();
    server::ServerOptions options;
    options.databaseUrl = m_dbUrl;
    options.clock = [this] { return now(); };
    // GET requests answered on two threads of their own, as the executable does by default.
    options.readThreads = 2;
    if (configure)
        configure(options);
    try {
        m_api = std::make_unique<server::ApiServer>(options);
    } catch (const server::ApiError &e) {
        qFatal("cannot start the server: %s", qPrintable(e.title()));
    }
    if (m_api->listen(QHostAddress::LocalHost, 0) == 0)
        qFatal("cannot listen on a loopback port");
    for (const QString &user : users()) {
        const Role role = user.startsWith(QLatin1String("agent")) ? Role::Agent
                        : user.startsWith(QLatin1String("super")) ? Role::Supervisor
                                                                  : Role::Admin;
        m_api->auth().addUser(user, user, role, password(user));
        const HttpReply r = request("POST", QStringLiteral("/api/v1/auth/login"),
                                    QJsonDocument(QJsonObject{{QStringLiteral("username"), user},
                                                              {QStringLiteral("password"), password(user)}})
                                        .toJson());
        if (r.status != 200)
            qFatal("cannot sign in %s: %d %s", qPrintable(user), r.status, r.body.constData());
        m_tokens.insert(user, r.json().value(QStringLiteral("token")).toString());
    }
}

TestServer::~TestServer()
{
    m_api.reset();
    if (!m_pgDatabases.isEmpty()) {
        withAdminConnection([&](QSqlDatabase &db) {
            for (const QString &name : std::as_const(m_pgDatabases))
                QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        });
    }
}

QString TestServer::scratchDatabase()
{
    if (!usePostgres())
        return m_dir.filePath(QStringLiteral("server-%1.db").arg(m_sqliteFiles++));
    // A fresh database in the cluster scripts/test started, dropped with this server.
    const QUrl admin(qEnvironmentVariable("WD_TEST_PG_URL"));
    const QString name = QStringLiteral("wd_test_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    QString error;
    const bool reached = withAdminConnection([&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("cannot create a test database: %s", qPrintable(q.lastError().text()));
    }, &error);
    if (!reached)
        qFatal("cannot reach PostgreSQL: %s", qPrintable(error));
    m_pgDatabases << name;
    QUrl url = admin;
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

QString TestServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_api->port());
}

QDateTime TestServer::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_offsetSeconds);
}

HttpReply TestServer::request(const QByteArray &method, const QString &path, const QByteArray &body, const QString &user,
                              const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest req(QUrl(baseUrl() + path));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!user.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_tokens.value(user).toLatin1());
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    req.setTransferTimeout(120000);
    QNetworkReply *reply = m_network.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers << qMakePair(pair.first, pair.second);
    reply->deleteLater();
    return r;
}

HttpReply TestServer::write(const QString &path, const QJsonObject &body, const QString &user, qint64 version)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}};
    if (version > 0)
        headers << qMakePair(QByteArray("If-Match"), QStringLiteral("\"%1\"").arg(version).toLatin1());
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), user, headers);
}

HttpReply TestServer::intake(const QJsonObject &caseFile)
{
    return request("POST", QStringLiteral("/api/v1/tickets"), QJsonDocument(caseFile).toJson(QJsonDocument::Compact),
                   QStringLiteral("super1"));
}

qint64 TestServer::version(const QString &ticketId)
{
    return request("GET", QStringLiteral("/api/v1/tickets/") + ticketId, {}, QStringLiteral("agent1"))
        .json()
        .value(QStringLiteral("version"))
        .toInteger();
}

QJsonObject TestServer::sampleCase(const QString &ticketId, const QString &category)
{
    const QByteArray json = R"({
      "ticket": {"id": "", "category": "", "description": "激活提示卡密无效",
                 "submitted_at": "2026-11-05T14:20:00+08:00", "step": "feedback", "status": "open", "version": 1},
      "order": {"order_no": "KM202611010001", "customer_id": "U10086", "merchant_id": "M2001",
                "product": {"sku": "G-100", "name": "某游戏 100 元点卡", "type": "game_card", "face_value": 100.00},
                "quantity": 1, "amount_paid": 98.50, "currency": "CNY",
                "paid_at": "2026-11-01T09:58:00+08:00", "delivered_at": "2026-11-01T10:00:00+08:00",
                "payment_status": "paid", "delivery_status": "delivered", "off_platform": false},
      "warranty_policy": {"days": 15, "mode": "standard", "disclosed": true},
      "merchant": {"id": "M2001", "name": "星河点卡店", "certification": "gold", "complaint_rate": 0.012, "deposit_balance": 5000.00},
      "key_events": [
        {"at": "2026-11-01T10:00:00+08:00", "key_id": "K-1", "type": "delivered", "source": "platform", "actor": "U10086"},
        {"at": "2026-11-05T14:03:00+08:00", "key_id": "K-1", "type": "activation_attempt", "result": "invalid",
         "source": "publisher", "actor": "U10086", "ip": "203.0.113.7", "message": "卡密无效"}],
      "platform_events": [],
      "evidence": [{"id": "E-1", "kind": "communication_record", "media_type": "image/png", "source": "customer"}],
      "findings": {"user_error": false, "force_majeure": false, "merchant_refused": false}
    })";
    QJsonObject c = QJsonDocument::fromJson(json).object();
    QJsonObject ticket = c.value(QStringLiteral("ticket")).toObject();
    ticket.insert(QStringLiteral("id"), ticketId);
    ticket.insert(QStringLiteral("category"), category);
    c.insert(QStringLiteral("ticket"), ticket);
    return c;
}

} // namespace wd::test
