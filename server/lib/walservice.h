#pragma once
// Work on a SQLite database's write-ahead log that the listening thread should not wait for.
//
// WalSyncer: group commits commit with synchronous=NORMAL (no fsync on the listening thread) and
// then ask for the log to be made durable; one thread of its own flushes the -wal file to disk
// (fdatasync / FlushFileBuffers) for every batch committed meanwhile and only then are their
// answers sent. An acknowledged write is on disk exactly as with synchronous=FULL, and the next
// batch is being worked on while the disk writes the last one.
//
// WalCheckpointer: the listening connection's automatic checkpoints are turned off and a thread
// with a connection of its own copies the log back into the database file (PRAGMA
// wal_checkpoint(PASSIVE), which never blocks writers and syncs the log before it copies) every
// 10 ms while the log grows (100 ms when idle), so the database-file writes and their fsync are
// not done by a write request either, and each fsync has little to write. SQLite starts the log
// over only when a write transaction begins with every frame already copied; under a steady load
// a checkpoint never ends before the next commit, so the log would grow without bound (gigabytes
// an hour, every append a new block of the file). Once the log holds 64 MiB, the checkpointer
// therefore reports when it has caught up, and the writing thread then copies the last few
// frames itself between two transactions: its next one writes the log from the start again.

#include <QFile>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <functional>
#include <memory>

namespace wd::server {

class WalSyncer : public QObject
{
public:
    // `databaseFile`: the SQLite file; its log is databaseFile + "-wal". Callbacks run on the
    // thread this object lives on.
    explicit WalSyncer(const QString &databaseFile, QObject *parent = nullptr);
    ~WalSyncer() override; // syncs what is pending, then joins

    // After a commit with synchronous=NORMAL: `done(ok)` runs once everything committed so far is
    // on disk (ok false: the flush failed and nothing can be promised).
    void syncThen(std::function<void(bool ok)> done);

private:
    void run();
    bool flush();

    QString m_walPath;
    QFile m_wal;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QList<std::function<void(bool)>> m_waiting;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};

class WalCheckpointer
{
public:
    explicit WalCheckpointer(const QString &databaseUrl);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // True once after passes that copied the whole log and, the last one, only a few frames more
    // (committed while the one before ran). The writing thread asks between two transactions and
    // then runs a passive checkpoint of its own (see above).
    bool takeCaughtUp() { return m_caughtUp.exchange(false, std::memory_order_acq_rel); }

private:
    static constexpr int kMaxPasses = 6;
    static constexpr int kFewFrames = 64;
    // The writing thread's own pass is asked for only once the log holds this many frames
    // (64 MiB of 4 KiB pages): each such pass holds up every write for a few milliseconds.
    static constexpr int kRestartFrames = 16384;
    // While the log grows, small passes often: the database file's fsync after a pass then has
    // little to write and delays the log's own flushes (which every answer waits for) less.
    static constexpr int kBusyIntervalMs = 10;
    static constexpr int kIdleIntervalMs = 100;
    QThread m_thread;
    QObject *m_context = nullptr;
    std::atomic<bool> m_caughtUp{false};
};

} // namespace wd::server
