#pragma once
// --demo: the central server embedded in the workstation, on a loopback port, over a SQLite file
// in the app-data folder that is seeded with the demo data the first time. It runs on a thread of
// its own so the window stays responsive while it answers (and while it seeds).

#include <QObject>
#include <QString>
#include <QThread>
#include <QUrl>

#include <memory>

namespace wd::server {
class ApiServer;
}

namespace wd::app {

class DemoServer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDemoTickets = 400;

    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Opens (seeding when new) `databasePath` and listens on 127.0.0.1. Blocks until the server
    // listens; the seeding reports progress through seedProgress. False with `error` set on failure.
    bool start(const QString &databasePath, QString *error);
    void stop();
    QUrl url() const { return m_url; }
    static QString password(const QString &user) { return QStringLiteral("demo-") + user; }
    static QString defaultDatabasePath();

signals:
    void seedProgress(int done, int total);

private:
    QThread m_thread;
    QObject *m_worker = nullptr;   // lives on m_thread, owns the ApiServer
    server::ApiServer *m_server = nullptr;
    QUrl m_url;
};

} // namespace wd::app
