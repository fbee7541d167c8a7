#include "demoserver.h"

#include "apiserver.h"
#include "demoloader.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace wd::app {

DemoServer::DemoServer(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("demo-server"));
}

DemoServer::~DemoServer()
{
    stop();
}

QString DemoServer::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("demo/demo-server.sqlite"));
}

bool DemoServer::start(const QString &databasePath, QString *error)
{
    if (!QDir().mkpath(QFileInfo(databasePath).absolutePath())) {
        *error = tr("Cannot create the folder of %1").arg(databasePath);
        return false;
    }
    const bool fresh = !QFileInfo::exists(databasePath);
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    quint16 port = 0;
    QString failure;
    // The server (and its database connection) is made on its own thread and lives there.
    QMetaObject::invokeMethod(
        m_worker,
        [&] {
            try {
                server::ServerOptions options;
                options.databaseUrl = databasePath;
                m_server = new server::ApiServer(options, m_worker);
                if (fresh) {
                    const DemoSeed seed(20261125, QDateTime::currentDateTimeUtc());
                    server::loadDemoData(*m_server, seed, kDemoTickets, 0, [this](int done) { emit seedProgress(done, kDemoTickets); });
                }
                port = m_server->listen(QHostAddress::LocalHost, 0);
                if (port == 0)
                    failure = tr("The demo server could not listen on a loopback port");
            } catch (const server::ApiError &e) {
                failure = e.title();
            }
        },
        Qt::BlockingQueuedConnection);
    if (!failure.isEmpty()) {
        *error = failure;
        stop();
        return false;
    }
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    return true;
}

void DemoServer::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit(); // the worker, and the server with it, is deleted on its own thread
    m_thread.wait();
    m_worker = nullptr;
    m_server = nullptr;
}

} // namespace wd::app
