#include "storeschema.h"

namespace wd::store {

QList<QPair<QString, QString>> deferrableQueueIndexes()
{
    const QString filterColumns = QStringLiteral("step, status, holder, sla_state, category, pending, blocked");
    return {
        {QStringLiteral("tickets_submitted"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_submitted ON tickets(submitted_at, id, %1)").arg(filterColumns)},
        {QStringLiteral("tickets_updated"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_updated ON tickets(updated_at, id, %1)").arg(filterColumns)},
        {QStringLiteral("tickets_amount"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_amount ON tickets(amount_cents, id, %1)").arg(filterColumns)},
        // Selective filters: the agent's own tickets, one merchant's.
        {QStringLiteral("tickets_holder"), QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_holder ON tickets(holder, sla_key)")},
        {QStringLiteral("tickets_merchant"), QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_merchant ON tickets(merchant_id, sla_key)")},
    };
}

QList<QStringList> schemaMigrations()
{
    QList<QStringList> steps = {
        // Version 1.
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            // One row per ticket the queue knows, from the server's queue summaries. Instants are
            // UTC milliseconds. The *_key columns are the sort keys, never NULL, so keyset paging
            // runs on plain indexes. `pending` counts this workstation's unsent writes.
            QStringLiteral(
                "CREATE TABLE tickets ("
                " id TEXT PRIMARY KEY NOT NULL, category TEXT, step TEXT NOT NULL, status TEXT NOT NULL,"
                " version INTEGER NOT NULL, holder TEXT, lease_until INTEGER,"
                " submitted_at INTEGER NOT NULL, sla_due_at INTEGER, sla_state TEXT, warranty_ends_at INTEGER,"
                " merchant_id TEXT, merchant_name TEXT, product_type TEXT, product_name TEXT, liable_party TEXT,"
                " amount_cents INTEGER NOT NULL, order_no TEXT, customer_id TEXT, description TEXT,"
                " notes_text TEXT NOT NULL DEFAULT '', change_seq INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
                " sla_key INTEGER NOT NULL,"
                " pending INTEGER NOT NULL DEFAULT 0, blocked INTEGER NOT NULL DEFAULT 0)"),
            // One index per sort order. Each also carries the filter bar's columns: a filtered
            // page walks the index in order and tests them on the index entry, reading a table row
            // only for a match (100 rows for a page instead of every row scanned), and a count
            // over them scans an index instead of the table.
            QStringLiteral("CREATE INDEX tickets_sla ON tickets(sla_key, id, step, status, holder, sla_state, category, pending, blocked)"),
            // (the other sort orders and the selective filters: deferrableQueueIndexes(), added below)
            QStringLiteral("CREATE INDEX tickets_pending ON tickets(pending) WHERE pending > 0"),
            // Full-text search over what an agent types into the search box. The trigram
            // tokenizer finds any substring of three or more characters, Chinese included.
            // rowid = tickets.rowid. While meta 'search_index' is 'deferred' (a first sync into an
            // empty cache) it is left empty and searches scan the table; the end of the sync
            // builds it in one statement (TicketCache::buildSearchIndex).
            QStringLiteral(
                "CREATE VIRTUAL TABLE ticket_search USING fts5("
                " ticket_id, order_no, customer_id, merchant, product, description, notes,"
                " tokenize = 'trigram')"),
            // The last detail fetched for a ticket (case file, state, assessment, history);
            // detail_json holds the compact JSON's UTF-8 bytes as a blob.
            QStringLiteral(
                "CREATE TABLE case_details (ticket_id TEXT PRIMARY KEY NOT NULL, version INTEGER NOT NULL,"
                " detail_json TEXT NOT NULL, fetched_at INTEGER NOT NULL)"),
            // Evidence bytes for offline work, with the SHA-256 they must match on every load.
            QStringLiteral(
                "CREATE TABLE evidence_content (evidence_id TEXT PRIMARY KEY NOT NULL, ticket_id TEXT NOT NULL,"
                " sha256 TEXT NOT NULL, media_type TEXT, size INTEGER NOT NULL, content BLOB NOT NULL,"
                " stored_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX evidence_ticket ON evidence_content(ticket_id)"),
            // Every write the agent makes, committed here before anything is sent. `after_seq`
            // chains a write to the earlier unsent write on the same ticket whose resulting version
            // it builds on. States: queued, conflict, failed, done, discarded.
            QStringLiteral(
                "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, ticket_id TEXT NOT NULL,"
                " action TEXT NOT NULL, body TEXT NOT NULL, base_version INTEGER, after_seq INTEGER,"
                " idempotency_key TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL,"
                " state TEXT NOT NULL DEFAULT 'queued', attempts INTEGER NOT NULL DEFAULT 0,"
                " next_attempt_at INTEGER NOT NULL DEFAULT 0, error_json TEXT, result_version INTEGER,"
                " result_json TEXT, finished_at INTEGER, label TEXT)"),
            QStringLiteral("CREATE INDEX outbox_open ON outbox(state, seq)"),
            QStringLiteral("CREATE INDEX outbox_ticket ON outbox(ticket_id, seq)"),
        },
    };
    for (const auto &index : deferrableQueueIndexes())
        steps[0] << index.second;
    return steps;
}

} // namespace wd::store
