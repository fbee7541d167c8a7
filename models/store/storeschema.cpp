#include "storeschema.h"

namespace wd::store {

QList<QStringList> schemaMigrations()
{
    return {
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
                " sla_key INTEGER NOT NULL, summary_json TEXT NOT NULL,"
                " pending INTEGER NOT NULL DEFAULT 0, blocked INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX tickets_sla ON tickets(sla_key, id)"),
            QStringLiteral("CREATE INDEX tickets_submitted ON tickets(submitted_at, id)"),
            QStringLiteral("CREATE INDEX tickets_updated ON tickets(updated_at, id)"),
            QStringLiteral("CREATE INDEX tickets_amount ON tickets(amount_cents, id)"),
            QStringLiteral("CREATE INDEX tickets_step ON tickets(step, sla_key)"),
            QStringLiteral("CREATE INDEX tickets_status ON tickets(status, sla_key)"),
            QStringLiteral("CREATE INDEX tickets_holder ON tickets(holder, sla_key)"),
            QStringLiteral("CREATE INDEX tickets_category ON tickets(category, sla_key)"),
            QStringLiteral("CREATE INDEX tickets_merchant ON tickets(merchant_id, sla_key)"),
            QStringLiteral("CREATE INDEX tickets_pending ON tickets(pending) WHERE pending > 0"),
            // Full-text search over what an agent types into the search box. The trigram
            // tokenizer finds any substring of three or more characters, Chinese included.
            QStringLiteral(
                "CREATE VIRTUAL TABLE ticket_search USING fts5("
                " ticket_id, order_no, customer_id, merchant, product, description, notes,"
                " tokenize = 'trigram')"),
            // The last detail fetched for a ticket (case file, state, assessment, history).
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
}

} // namespace wd::store
