#include "searchindexbuilder.h"

#include "localstore.h"
#include "ticketcache.h"

#include <QMetaObject>

namespace wd::sync {

SearchIndexBuilder::SearchIndexBuilder(QObject *parent) : QObject(parent) {}

SearchIndexBuilder::~SearchIndexBuilder()
{
    stop();
}

bool SearchIndexBuilder::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void SearchIndexBuilder::stop()
{
    if (!m_thread)
        return;
    m_cancel->store(true);
    m_thread->wait();
    m_thread.reset();
}

void SearchIndexBuilder::start(const QString &path)
{
    if (isRunning())
        return;
    if (m_thread)
        m_thread->wait();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    // Results travel back as queued calls on this object (which outlives the thread: the
    // destructor waits for it); the thread touches nothing else of it.
    m_thread.reset(QThread::create([this, path, cancel] {
        bool ok = false;
        try {
            // The thread's own connection: Qt SQL connections belong to the thread that opened them.
            std::unique_ptr<store::LocalStore> store = store::LocalStore::open(path);
            store::TicketCache tickets(*store);
            bool indexed = false;
            while (!cancel->load() && !indexed)
                indexed = tickets.buildSearchIndexStep(store::TicketCache::kSearchChunkRows);
            if (indexed) {
                QMetaObject::invokeMethod(this, [this] { emit searchIndexReady(); }, Qt::QueuedConnection);
                if (!cancel->load()) {
                    tickets.finishQueueIndexes();
                    ok = true;
                }
            }
        } catch (const store::StoreError &e) {
            // Still pending: searches keep scanning, and the next complete pull starts again.
            qWarning("sync: the search index could not be built: %s", qPrintable(e.message()));
        }
        QMetaObject::invokeMethod(this, [this, ok] { emit finished(ok); }, Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("search-index"));
    m_thread->start(QThread::LowPriority);
}

} // namespace wd::sync
