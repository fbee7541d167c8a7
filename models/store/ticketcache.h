#pragma once
// The queue's tickets in the local cache: upserts of the server's queue summaries (one
// transaction per sync page, the sync cursor in the same transaction) and the queue's filtered,
// sorted, keyset-paged reads, with text search through the trigram full-text index.

#include "localstore.h"
#include "ticketsummary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wd::store {

enum class QueueSort { Sla, Submitted, Updated, Amount };

struct QueueFilter
{
    QStringList steps, statuses, categories, liableParties, productTypes, merchants, slaStates;
    enum class Holder { Anyone, Me, Nobody } holder = Holder::Anyone;
    QString me;               // the signed-in user, for Holder::Me
    QString text;             // the search box: every whitespace-separated term must match
    bool pendingOnly = false; // tickets with unsent writes or blocked by a conflict
    QueueSort sort = QueueSort::Sla;
    bool descending = false;
    bool operator==(const QueueFilter &other) const;
};

// A position in a sorted queue: the sort key and ticket id of the last row shown.
struct QueueCursor
{
    qint64 key = 0;
    QString id;
    bool valid() const { return !id.isEmpty(); }
};

struct QueueRow
{
    remote::TicketSummary summary;
    int pending = 0;      // unsent writes
    bool blocked = false; // a write was refused (conflict or error) and waits for the agent
};

struct QueuePage
{
    QList<QueueRow> rows;
    QueueCursor next; // invalid on the last page
};

class TicketCache
{
public:
    explicit TicketCache(LocalStore &store) : m_store(store) {}

    // Inserts or replaces the summaries and the search index rows; within the caller's
    // transaction when there is one.
    // Queue pages commit Relaxed (LocalStore::Durability): the server sends them again.
    void upsert(const QList<remote::TicketSummary> &summaries);
    // Before a sync: on an empty cache, leaves the search index out of upsert() until
    // buildSearchIndex() and drops the deferrable queue indexes (storeschema.h); searches scan
    // the table and other orders sort meanwhile. True while deferred.
    bool deferSearchIfEmpty();
    bool searchDeferred() const;
    // After a complete sync, the deferred search index is built chunk by chunk, each chunk in its
    // own short transaction, so it can run on a second connection in the background
    // (sync::SearchIndexBuilder) while the agent works: one step indexes the next `rows` tickets
    // and returns true once every ticket is indexed (searches use the index from then on).
    // finishQueueIndexes() then creates the dropped queue indexes and the planner's statistics.
    // buildSearchIndex() does all of it at once. Each does nothing when nothing is pending.
    bool buildSearchIndexStep(int rows);
    void finishQueueIndexes();
    void buildSearchIndex();
    // True until the search index and the queue indexes are complete.
    bool searchIndexPending() const;
    static constexpr int kSearchChunkRows = 5000;
    void setNotesText(const QString &ticketId, const QString &notesText);
    // The local view of a write the server has not confirmed yet.
    void setPending(const QString &ticketId, int pending, bool blocked);
    // What a confirmed write changed (its answer's version, holder and, when given, step and
    // status); an older answer never overwrites a newer row. An empty holder means nobody.
    void applyConfirmedWrite(const QString &ticketId, qint64 version, const QString &holder, const QString &step,
                             const QString &status);

    QueuePage page(const QueueFilter &filter, const QueueCursor &after, int limit);
    int count(const QueueFilter &filter);
    std::optional<QueueRow> ticket(const QString &id);
    int total();

    // meta: "deferred" while the search index waits, "indexes" while the queue indexes do.
    static constexpr const char *kSearchIndexKey = "search_index";
    // meta: the last rowid the background build has indexed while deferred.
    static constexpr const char *kSearchUpToKey = "search_index_upto";

private:
    struct Sql
    {
        QString where;
        QVariantList values;
    };
    Sql whereClause(const QueueFilter &filter) const;
    void indexForSearch(const remote::TicketSummary &summary, qint64 rowid, const QString &notesText);

    LocalStore &m_store;
};

} // namespace wd::store
