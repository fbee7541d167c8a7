#pragma once
// Tickets in the database: the case file and workflow state as JSON documents, plus the columns
// the queue filters and sorts on (kept in step with the documents on every save). Every change
// bumps the ticket's version, takes the next global change number (for incremental sync) and
// appends to the audit log, all in the caller's write transaction.

#include "auditlog.h"
#include "database.h"
#include "serverclock.h"
#include "evidenceinspector.h"

#include "assessment.h"
#include "casefile.h"
#include "caseworkflow.h"
#include "ruleset.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace wd::server {

struct TicketRecord
{
    CaseFile caseFile;
    CaseState state;
    qint64 version = 0;
    qint64 leaseUntilMs = 0;

    // Set by whoever changes caseFile (category, findings, evidence). Workflow writes change only
    // the state, so a save reuses the stored case document and its assessment instead of
    // encoding and assessing the case file again.
    bool caseChanged = true;
    QByteArray storedCaseBody;   // the case document without its "ticket" member
    bool hasAssessment = false;  // false when the case cannot be assessed
    QByteArray storedAssessment; // set when the case document is (re)made; a load reads only hasAssessment
    QString storedAssessedLiable;
    // The row as loaded (TicketStore's column order): a save writes only the columns that
    // changed, so the indexes over unchanged ones (SLA due time, holder, submission) are not
    // rewritten. Empty: every column is written.
    QVariantList storedRow;
};

struct TicketFilter
{
    QStringList steps, statuses, categories, liableParties, merchants, productTypes, slaStates;
    QString holder;        // a user id ("me" resolved by the caller)
    bool unheld = false;
    QString text;
    QString sort = QStringLiteral("sla");
    int limit = 50;
    QString cursor;        // opaque keyset cursor from the previous page
    std::optional<qint64> updatedSince; // change number: incremental sync, oldest change first
};

// A save computed from a loaded record without writing anything (on any connection, against a
// snapshot); applySave() writes it on the writing connection if the ticket is still at
// `expected`. The change number and the audit entry's place in the chain are taken there.
struct PlannedSave
{
    QString id;
    qint64 expected = 0;
    QString sql;             // UPDATE tickets … WHERE id = ? AND version = ?
    QVariantList values;     // its values; the change number goes in at changeSeqIndex
    int changeSeqIndex = -1;
    QVariantList row;        // the full row, the record's storedRow after the save
    bool caseRemade = false;
    QByteArray caseBody, assessment;
    QString actor, action;
    QByteArray auditDetailJson; // AuditLog::canonicalJson of the detail
};

class TicketStore
{
public:
    static constexpr int kMaxPageSize = 500;
    static constexpr int kMaxDuplicateDistance = 3; // dHash bits; four 16-bit bands make this exact

    TicketStore(Database &db, AuditLog &audit, const RuleSet &rules, Clock clock);

    // Intake: stores a new ticket at step feedback, status open, version 1.
    void create(CaseFile caseFile, const QString &actor);
    std::optional<TicketRecord> load(const QString &id, bool forUpdate);
    // Saves `record` as version `record.version + 1` if the stored version is still `record.version`.
    // Returns false (nothing written) when another writer got there first.
    // `detailJson`: the audit entry's detail in canonical form (AuditLog::canonicalJson), empty
    // for none; the new version is added to it.
    bool save(TicketRecord &record, const QString &actor, const QString &action, const QByteArray &detailJson);
    // save() in two halves: planSave moves `record` to the next version and reads nothing but
    // the clock; applySave writes (in the caller's write transaction) and returns false, having
    // written nothing, when the ticket is no longer at plan.expected.
    PlannedSave planSave(TicketRecord &record, const QString &actor, const QString &action, const QByteArray &detailJson) const;
    bool applySave(PlannedSave &plan);

    Assessment assess(const TicketRecord &record) const;
    // The ticket detail (case file, state, notes, holder, history, assessment, duplicates,
    // evidence files) assembled from the stored JSON documents without decoding and re-encoding
    // the case file; nullopt if there is no such ticket. Inside a write it sees that write.
    std::optional<QByteArray> detailJson(const QString &id, qint64 *version) const;
    QByteArray list(const TicketFilter &filter) const; // the page as JSON text

    // The most urgent ticket nobody holds (or whose lease ran out), claimed for `userId`.
    std::optional<TicketRecord> pull(const QString &userId, qint64 leaseMs);

    // Stores evidence bytes already checked by EvidenceInspector, inside the caller's write;
    // returns the content id under which GET /evidence/{content_id}/content serves them.
    // `perceptual` false: look for byte-identical copies only (for pictures known to share a
    // template, where a perceptual match says nothing).
    QString storeEvidenceContent(const CaseFile &caseFile, const Evidence &meta, const QByteArray &content,
                                 const InspectedEvidence &inspected, bool perceptual = true);
    bool evidenceExists(const QString &ticketId, const QString &evidenceId) const;
    QJsonArray evidenceFiles(const QString &ticketId) const;

    // Screenshots of this ticket that also appear (dHash within kMaxDuplicateDistance bits) in a
    // ticket of another customer, as found when the evidence arrived.
    QJsonArray duplicateScreenshots(const QString &ticketId) const;
    QJsonObject stats() const;

    QDateTime now() const { return m_clock(); }
    const RuleSet &rules() const { return m_rules; }

private:
    void recordScreenshotMatches(const QString &ticketId, const QString &customerId, const QString &evidenceId,
                                 quint64 hash, const QString &sha256, bool perceptual);
    qint64 nextChangeSeq();
    void refreshDocuments(TicketRecord &record) const; // re-encodes and re-assesses a changed case
    QVariantList rowValues(const TicketRecord &record, qint64 changeSeq) const;

    Database &m_db;
    AuditLog &m_audit;
    const RuleSet &m_rules;
    Clock m_clock;
    QString m_loadSql[2]; // load()'s statement, without and with FOR UPDATE
};

} // namespace wd::server
