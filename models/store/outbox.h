#pragma once
// Every write the agent makes is committed here first (synchronous=FULL), with a fresh
// idempotency key and the version it was based on; the sync engine sends it later, in order per
// ticket, and retries with the same key, so it reaches the server exactly once however often the
// app is killed or the network drops. A write that builds on an earlier unsent write on the same
// ticket is chained to it (`afterSeq`) and sent with that write's resulting version.

#include "localstore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace wd::store {

enum class OutboxState { Queued, Conflict, Failed, Done, Discarded };
QString outboxStateName(OutboxState state);

struct OutboxEntry
{
    qint64 seq = 0;
    QString ticketId;
    QString action;       // claim, renew, release, patch, transitions, notes, verdict, approval, …
    QJsonObject body;
    qint64 baseVersion = 0; // 0: no If-Match (claim, renew, release)
    qint64 afterSeq = 0;    // the earlier unsent write on this ticket this one builds on
    QString idempotencyKey;
    QDateTime createdAt;
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QJsonObject error;      // the last refusal or failure
    qint64 resultVersion = 0;
    QJsonObject result;
    QString label;          // what the agent sees in the pending list
};

class Outbox
{
public:
    explicit Outbox(LocalStore &store) : m_store(store) {}

    // Commits the write durably and marks the ticket pending; returns the entry. When the ticket
    // has an open write already, the new one is chained to it.
    OutboxEntry enqueue(const QString &ticketId, const QString &action, const QJsonObject &body, qint64 baseVersion,
                        const QString &label, const QDateTime &now);

    // Writes that may be sent now: per ticket the first open one, when it is queued and due.
    QList<OutboxEntry> ready(const QDateTime &now, int limit);
    // When the next queued write becomes due (for the retry timer).
    std::optional<QDateTime> nextDue();
    // The If-Match to send: the chained predecessor's resulting version, else the base version.
    qint64 ifMatchFor(const OutboxEntry &entry);
    // The version the ticket reached from `version` through this computer's own confirmed writes
    // alone (each write moves a ticket on by exactly one version): `version` itself when none
    // follows it. A write recorded on the cached case before the detail fetched after one's own
    // write arrives is based on this, not on a version the agent's own write already replaced.
    qint64 versionAfterOwnWrites(const QString &ticketId, qint64 version);

    void markDone(qint64 seq, qint64 resultVersion, const QJsonObject &result, const QDateTime &now);
    void markRetry(qint64 seq, const QDateTime &nextAttemptAt, const QJsonObject &error);
    // Every queued write becomes due now (the agent asked, or the network came back).
    void makeAllDue();
    // Stops the ticket's queue until the agent decides (conflict or a refusal that retrying cannot fix).
    void markBlocked(qint64 seq, OutboxState state, const QJsonObject &error);
    // The agent's decisions on a blocked write.
    void discard(qint64 seq, const QDateTime &now);
    void retryOnVersion(qint64 seq, qint64 version); // send again, based on the version the agent reloaded

    std::optional<OutboxEntry> entry(qint64 seq);
    QList<OutboxEntry> openEntries(const QString &ticketId = {}); // queued, conflict, failed
    int pendingCount();
    int blockedCount();
    // Done and discarded entries older than `before` are removed.
    int prune(const QDateTime &before);

private:
    void refreshTicket(const QString &ticketId);
    OutboxEntry readEntry(const QSqlQuery &q) const;

    LocalStore &m_store;
};

} // namespace wd::store
