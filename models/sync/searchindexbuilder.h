#pragma once
// Builds the search index a first sync deferred (store::TicketCache::buildSearchIndexStep) on a
// thread of its own, over its own connection to the same SQLite file, in chunks of a few thousand
// tickets, each its own short transaction: the agent browses, searches (by scanning until the
// index is complete) and records writes meanwhile, waiting at most one chunk for the write lock.
// Stopping (or destroying the builder) finishes the current chunk and leaves the rest for the
// next start, which carries on where the last one stopped.

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace wd::sync {

class SearchIndexBuilder : public QObject
{
    Q_OBJECT

public:
    explicit SearchIndexBuilder(QObject *parent = nullptr);
    ~SearchIndexBuilder() override;

    // Starts building the index of the store at `path` unless a build is running already.
    void start(const QString &path);
    bool isRunning() const;
    // Asks the thread to stop after its current chunk and waits for it.
    void stop();

signals:
    // Every ticket is searchable through the index (the queue's other indexes follow).
    void searchIndexReady();
    // The queue's indexes and statistics are complete too; the build is over.
    void finished(bool ok);

private:
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace wd::sync
