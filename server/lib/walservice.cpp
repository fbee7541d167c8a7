#include "walservice.h"

#include "database.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QTimer>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace wd::server {

namespace {

// The one platform call Qt has no API for: flush a file's written data to the device.
bool flushToDisk(QFile &file)
{
#ifdef Q_OS_WIN
    return FlushFileBuffers(reinterpret_cast<HANDLE>(_get_osfhandle(file.handle()))) != 0;
#elif defined(Q_OS_LINUX)
    return ::fdatasync(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

} // namespace

WalSyncer::WalSyncer(const QString &databaseFile, QObject *parent)
    : QObject(parent), m_walPath(databaseFile + QStringLiteral("-wal"))
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("wd-wal-sync"));
    m_thread->start(QThread::HighPriority);
}

WalSyncer::~WalSyncer()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
}

void WalSyncer::syncThen(std::function<void(bool)> done)
{
    QMutexLocker lock(&m_mutex);
    m_waiting.append(std::move(done));
    m_wake.wakeAll();
}

bool WalSyncer::flush()
{
    if (!m_wal.isOpen()) {
        // Opened once and kept: SQLite rewrites the log in place, it is not replaced while
        // connections are open. ReadWrite without truncation: Windows wants write access to flush.
        m_wal.setFileName(m_walPath);
        if (!m_wal.open(QIODevice::ReadWrite)) {
            qWarning("warrantydesk-server: cannot open %s to flush it: %s", qPrintable(m_walPath), qPrintable(m_wal.errorString()));
            return false;
        }
    }
    if (!flushToDisk(m_wal)) {
        qWarning("warrantydesk-server: flushing %s to disk failed", qPrintable(m_walPath));
        return false;
    }
    return true;
}

void WalSyncer::run()
{
    for (;;) {
        QList<std::function<void(bool)>> batch;
        {
            QMutexLocker lock(&m_mutex);
            while (m_waiting.isEmpty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_waiting.isEmpty() && m_stopping)
                break;
            batch.swap(m_waiting); // everything committed before this point is covered by one flush
        }
        const bool ok = flush();
        // The answers go out from the owner's thread, in the order the batches committed. While
        // stopping, the owner is being destroyed: nobody is left to answer.
        for (auto &done : batch) {
            QMetaObject::invokeMethod(this, [done = std::move(done), ok] { done(ok); }, Qt::QueuedConnection);
        }
    }
    m_wal.close();
}

WalCheckpointer::WalCheckpointer(const QString &databaseUrl)
{
    m_thread.setObjectName(QStringLiteral("wd-wal-checkpoint"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(
        m_context,
        [this, databaseUrl] {
            std::shared_ptr<Database> db;
            try {
                db = Database::open(databaseUrl);
            } catch (const ApiError &e) {
                qWarning("warrantydesk-server: no background checkpoints: %s", qPrintable(e.title()));
                return;
            }
            auto *timer = new QTimer(m_context);
            QObject::connect(timer, &QTimer::timeout, m_context, [this, db, timer, lastLogFrames = -1]() mutable {
                bool busy = false;
                try {
                    // A pass copies what the log held when it began; the writer goes on meanwhile.
                    // Passes follow each other while they still find much to copy, so what is
                    // left for the writing thread's own pass (takeCaughtUp) is a few frames.
                    int previousDone = -1;
                    for (int pass = 0; pass < kMaxPasses; ++pass) {
                        Rows result = db->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
                        if (!result.next())
                            break;
                        const int logFrames = result.value(1).toInt();
                        const int copied = result.value(2).toInt();
                        if (pass == 0) // new frames since the last tick: passes every 10 ms
                            busy = logFrames != lastLogFrames || copied != logFrames;
                        lastLogFrames = logFrames; // what the next tick compares with: the last pass's
                        if (logFrames <= 0 || copied != logFrames)
                            break; // empty, or a reader still needs older frames: try again later
                        if (previousDone >= 0 && copied - previousDone <= kFewFrames && logFrames >= kRestartFrames) {
                            m_caughtUp.store(true, std::memory_order_release);
                            break;
                        }
                        previousDone = copied;
                    }
                } catch (const ApiError &e) {
                    qWarning("warrantydesk-server: checkpoint failed: %s", qPrintable(e.title()));
                }
                const int interval = busy ? kBusyIntervalMs : kIdleIntervalMs;
                if (timer->interval() != interval)
                    timer->setInterval(interval);
            });
            timer->start(kIdleIntervalMs);
        },
        Qt::BlockingQueuedConnection);
}

WalCheckpointer::~WalCheckpointer()
{
    // The timer and with it the connection (its lambdas hold the only references) go on their thread.
    QMetaObject::invokeMethod(m_context, [this] { qDeleteAll(m_context->children()); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace wd::server
