#include "migrations.h"

#include "database.h"

namespace wd::server {

QList<Migration> migrations(const Database &db)
{
    const QString blob = db.blobType();
    return {
        {1,
         {
             QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY, display_name TEXT NOT NULL, role TEXT NOT NULL, "
                            "password_hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0, "
                            "failed_logins INTEGER NOT NULL DEFAULT 0, locked_until BIGINT NOT NULL DEFAULT 0, "
                            "created_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), "
                            "created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)"),
             QStringLiteral("CREATE INDEX sessions_user ON sessions (user_id)"),
             // One row: the change counter for incremental sync and the head of the audit chain.
             // Every audited write updates it first, which also orders writers across processes.
             QStringLiteral("CREATE TABLE head (id INTEGER PRIMARY KEY, change_seq BIGINT NOT NULL, "
                            "audit_seq BIGINT NOT NULL, audit_hash TEXT NOT NULL)"),
             QStringLiteral("INSERT INTO head (id, change_seq, audit_seq, audit_hash) VALUES (1, 0, 0, '%1')")
                 .arg(QString(64, QLatin1Char('0'))),
             QStringLiteral("CREATE TABLE tickets (id TEXT PRIMARY KEY, category TEXT, step TEXT NOT NULL, "
                            "status TEXT NOT NULL, version BIGINT NOT NULL, holder TEXT, lease_until BIGINT, review_started_at BIGINT, "
                            "submitted_at BIGINT NOT NULL, sla_warn_at BIGINT NOT NULL, sla_due_at BIGINT NOT NULL, "
                            "warranty_ends_at BIGINT, merchant_id TEXT NOT NULL, merchant_name TEXT NOT NULL, "
                            "product_type TEXT NOT NULL, product_name TEXT NOT NULL, liable_party TEXT, "
                            "amount_cents BIGINT NOT NULL, order_no TEXT NOT NULL, customer_id TEXT NOT NULL, "
                            "description TEXT NOT NULL, search_text TEXT NOT NULL, change_seq BIGINT NOT NULL, created_at BIGINT NOT NULL, "
                            "updated_at BIGINT NOT NULL, ticket_json TEXT NOT NULL, case_json TEXT NOT NULL, "
                            "state_json TEXT NOT NULL, assessment_json TEXT, assessed_liable TEXT)"),
             QStringLiteral("CREATE INDEX tickets_by_sla ON tickets (sla_due_at, id)"),
             QStringLiteral("CREATE INDEX tickets_by_status_sla ON tickets (status, sla_due_at, id)"),
             QStringLiteral("CREATE INDEX tickets_by_step_sla ON tickets (step, sla_due_at, id)"),
             QStringLiteral("CREATE INDEX tickets_by_holder ON tickets (holder, sla_due_at, id)"),
             QStringLiteral("CREATE INDEX tickets_by_submitted ON tickets (submitted_at, id)"),
             QStringLiteral("CREATE UNIQUE INDEX tickets_by_change ON tickets (change_seq)"),
             // Evidence ids are the case file's own (E-1, E-2 per ticket); content_id is the server's global
             // name for the stored bytes (GET /evidence/{content_id}/content).
             QStringLiteral("CREATE TABLE evidence (content_id TEXT PRIMARY KEY, id TEXT NOT NULL, "
                            "ticket_id TEXT NOT NULL REFERENCES tickets(id), "
                            "kind TEXT NOT NULL, media_type TEXT NOT NULL, sha256 TEXT NOT NULL, size BIGINT NOT NULL, "
                            "dhash BIGINT, dhash_b0 INTEGER, dhash_b1 INTEGER, dhash_b2 INTEGER, dhash_b3 INTEGER, "
                            "captured_at BIGINT, source TEXT NOT NULL, name TEXT NOT NULL, "
                            "customer_id TEXT NOT NULL, created_at BIGINT NOT NULL, content %1 NOT NULL)")
                 .arg(blob),
             QStringLiteral("CREATE UNIQUE INDEX evidence_by_ticket ON evidence (ticket_id, id)"),
             QStringLiteral("CREATE INDEX evidence_by_sha256 ON evidence (sha256)"),
             // dHash split into four 16-bit bands: two hashes within 3 bits share at least one band.
             QStringLiteral("CREATE INDEX evidence_by_band0 ON evidence (dhash_b0)"),
             QStringLiteral("CREATE INDEX evidence_by_band1 ON evidence (dhash_b1)"),
             QStringLiteral("CREATE INDEX evidence_by_band2 ON evidence (dhash_b2)"),
             QStringLiteral("CREATE INDEX evidence_by_band3 ON evidence (dhash_b3)"),
             // Screenshot matches across customers, found once when evidence arrives (both directions).
             QStringLiteral("CREATE TABLE evidence_matches (ticket_id TEXT NOT NULL, evidence_id TEXT NOT NULL, "
                            "other_ticket_id TEXT NOT NULL, other_evidence_id TEXT NOT NULL, distance INTEGER NOT NULL, "
                            "identical INTEGER NOT NULL, PRIMARY KEY (ticket_id, evidence_id, other_ticket_id, other_evidence_id))"),
             QStringLiteral("CREATE TABLE idempotency (user_id TEXT NOT NULL, idem_key TEXT NOT NULL, "
                            "request_hash TEXT NOT NULL, status INTEGER NOT NULL, response TEXT NOT NULL, "
                            "headers TEXT NOT NULL, created_at BIGINT NOT NULL, PRIMARY KEY (user_id, idem_key))"),
             QStringLiteral("CREATE INDEX idempotency_by_age ON idempotency (created_at)"),
             QStringLiteral("CREATE TABLE audit (seq BIGINT PRIMARY KEY, at BIGINT NOT NULL, actor TEXT NOT NULL, "
                            "action TEXT NOT NULL, ticket_id TEXT, detail TEXT NOT NULL, prev_hash TEXT NOT NULL, "
                            "hash TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX audit_by_ticket ON audit (ticket_id, seq)"),
         }},
        // The case document and its assessment (3-4 KB of a ticket's 5) change only with the case
        // file, while every workflow write rewrites the ticket's row: kept apart, a write no
        // longer copies them (and their overflow pages) into the log.
        {2,
         {
             QStringLiteral("CREATE TABLE ticket_cases (id TEXT PRIMARY KEY REFERENCES tickets(id), "
                            "case_json TEXT NOT NULL, assessment_json TEXT)"),
             QStringLiteral("INSERT INTO ticket_cases (id, case_json, assessment_json) "
                            "SELECT id, case_json, assessment_json FROM tickets"),
             QStringLiteral("ALTER TABLE tickets DROP COLUMN case_json"),
             QStringLiteral("ALTER TABLE tickets DROP COLUMN assessment_json"),
         }},
    };
}

} // namespace wd::server
