#include "outbox.h"

#include <QJsonDocument>
#include <QUuid>

namespace wd::store {

namespace {

const QString kColumns = QStringLiteral(
    "seq, ticket_id, action, body, base_version, after_seq, idempotency_key, created_at, state, attempts,"
    " next_attempt_at, error_json, result_version, result_json, label");
const QString kOpenStates = QStringLiteral("('queued','conflict','failed')");

QString toText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QJsonDocument::fromJson(value.toByteArray()).object();
}

OutboxState stateFromName(const QString &name)
{
    if (name == QLatin1String("conflict")) return OutboxState::Conflict;
    if (name == QLatin1String("failed")) return OutboxState::Failed;
    if (name == QLatin1String("done")) return OutboxState::Done;
    if (name == QLatin1String("discarded")) return OutboxState::Discarded;
    return OutboxState::Queued;
}

} // namespace

QString outboxStateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued: return QStringLiteral("queued");
    case OutboxState::Conflict: return QStringLiteral("conflict");
    case OutboxState::Failed: return QStringLiteral("failed");
    case OutboxState::Done: return QStringLiteral("done");
    case OutboxState::Discarded: return QStringLiteral("discarded");
    }
    return QStringLiteral("queued");
}

OutboxEntry Outbox::readEntry(const QSqlQuery &q) const
{
    OutboxEntry e;
    e.seq = q.value(0).toLongLong();
    e.ticketId = q.value(1).toString();
    e.action = q.value(2).toString();
    e.body = fromText(q.value(3));
    e.baseVersion = q.value(4).toLongLong();
    e.afterSeq = q.value(5).toLongLong();
    e.idempotencyKey = q.value(6).toString();
    e.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    e.state = stateFromName(q.value(8).toString());
    e.attempts = q.value(9).toInt();
    e.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
    e.error = fromText(q.value(11));
    e.resultVersion = q.value(12).toLongLong();
    e.result = fromText(q.value(13));
    e.label = q.value(14).toString();
    return e;
}

OutboxEntry Outbox::enqueue(const QString &ticketId, const QString &action, const QJsonObject &body, qint64 baseVersion,
                            const QString &label, const QDateTime &now)
{
    OutboxEntry e;
    m_store.write([&] {
        QSqlQuery &last = m_store.exec(
            QStringLiteral("SELECT max(seq) FROM outbox WHERE ticket_id = ? AND state IN %1").arg(kOpenStates), {ticketId});
        const qint64 afterSeq = last.next() ? last.value(0).toLongLong() : 0;
        last.finish();
        e.ticketId = ticketId;
        e.action = action;
        e.body = body;
        e.baseVersion = baseVersion;
        e.afterSeq = afterSeq;
        e.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.createdAt = now;
        e.nextAttemptAt = now;
        e.label = label;
        QSqlQuery &q = m_store.exec(
            QStringLiteral("INSERT INTO outbox(ticket_id, action, body, base_version, after_seq, idempotency_key, created_at,"
                           " next_attempt_at, label) VALUES(?,?,?,?,?,?,?,?,?) RETURNING seq"),
            {ticketId, action, toText(body), baseVersion, afterSeq ? QVariant(afterSeq) : QVariant(), e.idempotencyKey,
             now.toMSecsSinceEpoch(), now.toMSecsSinceEpoch(), label});
        if (!q.next())
            throw StoreError(QStringLiteral("the outbox returned no sequence number"));
        e.seq = q.value(0).toLongLong();
        q.finish();
        refreshTicket(ticketId);
    });
    return e;
}

QList<OutboxEntry> Outbox::ready(const QDateTime &now, int limit)
{
    QSqlQuery &q = m_store.exec(
        QStringLiteral("SELECT %1 FROM outbox o WHERE o.state = 'queued' AND o.next_attempt_at <= ?"
                       " AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.ticket_id = o.ticket_id AND p.seq < o.seq"
                       " AND p.state IN %2) ORDER BY o.seq LIMIT ?")
            .arg(kColumns, kOpenStates),
        {now.toMSecsSinceEpoch(), limit});
    QList<OutboxEntry> entries;
    while (q.next())
        entries << readEntry(q);
    q.finish();
    return entries;
}

std::optional<QDateTime> Outbox::nextDue()
{
    QSqlQuery &q = m_store.exec(
        QStringLiteral("SELECT min(o.next_attempt_at) FROM outbox o WHERE o.state = 'queued'"
                       " AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.ticket_id = o.ticket_id AND p.seq < o.seq"
                       " AND p.state IN %1)").arg(kOpenStates));
    std::optional<QDateTime> due;
    if (q.next() && !q.value(0).isNull())
        due = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    q.finish();
    return due;
}

qint64 Outbox::ifMatchFor(const OutboxEntry &entry)
{
    if (entry.afterSeq == 0)
        return entry.baseVersion;
    QSqlQuery &q = m_store.exec(QStringLiteral("SELECT state, result_version FROM outbox WHERE seq = ?"), {entry.afterSeq});
    qint64 version = entry.baseVersion;
    if (q.next() && q.value(0).toString() == QLatin1String("done") && !q.value(1).isNull())
        version = q.value(1).toLongLong();
    q.finish();
    return version;
}

qint64 Outbox::versionAfterOwnWrites(const QString &ticketId, qint64 version)
{
    if (version <= 0)
        return version;
    // Done entries are kept until pruned (days); only those of this ticket that follow on.
    QSqlQuery &q = m_store.exec(QStringLiteral("SELECT result_version FROM outbox WHERE ticket_id = ? AND state = 'done'"
                                               " AND result_version > ? ORDER BY result_version"),
                                {ticketId, version});
    while (q.next()) {
        const qint64 result = q.value(0).toLongLong();
        if (result == version + 1)
            version = result;
        else if (result > version + 1)
            break; // someone else's write lies between
    }
    q.finish();
    return version;
}

void Outbox::markDone(qint64 seq, qint64 resultVersion, const QJsonObject &result, const QDateTime &now)
{
    m_store.write([&] {
        m_store.change(QStringLiteral("UPDATE outbox SET state = 'done', result_version = ?, result_json = ?, finished_at = ?,"
                                      " attempts = attempts + 1, error_json = NULL WHERE seq = ?"),
                       {resultVersion ? QVariant(resultVersion) : QVariant(), toText(result), now.toMSecsSinceEpoch(), seq});
        if (const auto e = entry(seq))
            refreshTicket(e->ticketId);
    });
}

void Outbox::markRetry(qint64 seq, const QDateTime &nextAttemptAt, const QJsonObject &error)
{
    m_store.change(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, error_json = ? WHERE seq = ?"),
                   {nextAttemptAt.toMSecsSinceEpoch(), toText(error), seq});
}

void Outbox::makeAllDue()
{
    m_store.change(QStringLiteral("UPDATE outbox SET next_attempt_at = 0 WHERE state = 'queued'"));
}

void Outbox::markBlocked(qint64 seq, OutboxState state, const QJsonObject &error)
{
    m_store.write([&] {
        m_store.change(QStringLiteral("UPDATE outbox SET state = ?, attempts = attempts + 1, error_json = ? WHERE seq = ?"),
                       {outboxStateName(state), toText(error), seq});
        if (const auto e = entry(seq))
            refreshTicket(e->ticketId);
    });
}

void Outbox::discard(qint64 seq, const QDateTime &now)
{
    m_store.write([&] {
        const auto e = entry(seq);
        if (!e || (e->state == OutboxState::Done))
            return;
        m_store.change(QStringLiteral("UPDATE outbox SET state = 'discarded', finished_at = ? WHERE seq = ?"),
                       {now.toMSecsSinceEpoch(), seq});
        // Writes chained to a discarded one would build on a version that never came to be:
        // they now wait on the ticket's current version, which the agent confirms with retryOnVersion.
        m_store.change(QStringLiteral("UPDATE outbox SET after_seq = ? WHERE after_seq = ?"),
                       {e->afterSeq ? QVariant(e->afterSeq) : QVariant(), seq});
        refreshTicket(e->ticketId);
    });
}

void Outbox::retryOnVersion(qint64 seq, qint64 version)
{
    m_store.write([&] {
        m_store.change(QStringLiteral("UPDATE outbox SET state = 'queued', base_version = ?, after_seq = NULL,"
                                      " next_attempt_at = 0, error_json = NULL WHERE seq = ? AND state IN %1").arg(kOpenStates),
                       {version, seq});
        if (const auto e = entry(seq))
            refreshTicket(e->ticketId);
    });
}

std::optional<OutboxEntry> Outbox::entry(qint64 seq)
{
    QSqlQuery &q = m_store.exec(QStringLiteral("SELECT %1 FROM outbox WHERE seq = ?").arg(kColumns), {seq});
    std::optional<OutboxEntry> e;
    if (q.next())
        e = readEntry(q);
    q.finish();
    return e;
}

QList<OutboxEntry> Outbox::openEntries(const QString &ticketId)
{
    QSqlQuery &q = ticketId.isEmpty()
        ? m_store.exec(QStringLiteral("SELECT %1 FROM outbox WHERE state IN %2 ORDER BY seq").arg(kColumns, kOpenStates))
        : m_store.exec(QStringLiteral("SELECT %1 FROM outbox WHERE ticket_id = ? AND state IN %2 ORDER BY seq").arg(kColumns, kOpenStates),
                       {ticketId});
    QList<OutboxEntry> entries;
    while (q.next())
        entries << readEntry(q);
    q.finish();
    return entries;
}

int Outbox::pendingCount()
{
    QSqlQuery &q = m_store.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state IN %1").arg(kOpenStates));
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

int Outbox::blockedCount()
{
    QSqlQuery &q = m_store.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('conflict','failed')"));
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

int Outbox::prune(const QDateTime &before)
{
    return m_store.change(QStringLiteral("DELETE FROM outbox WHERE state IN ('done','discarded') AND finished_at < ?"),
                          {before.toMSecsSinceEpoch()});
}

void Outbox::refreshTicket(const QString &ticketId)
{
    m_store.change(QStringLiteral(
                       "UPDATE tickets SET"
                       " pending = (SELECT count(*) FROM outbox WHERE ticket_id = tickets.id AND state IN %1),"
                       " blocked = EXISTS (SELECT 1 FROM outbox WHERE ticket_id = tickets.id AND state IN ('conflict','failed'))"
                       " WHERE id = ?").arg(kOpenStates),
                   {ticketId});
}

} // namespace wd::store
