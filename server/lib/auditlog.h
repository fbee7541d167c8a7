#pragma once
// The append-only, hash-chained audit log. Each entry's hash is
// SHA-256(prev_hash ‖ canonical JSON of {seq, at, actor, action, ticket_id, detail}); the chain's
// head lives in the `head` row so that appends from several processes stay in one order.

#include "database.h"
#include "serverclock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace wd::server {

struct AuditVerification
{
    bool ok = true;
    qint64 entries = 0;
    std::optional<qint64> firstBrokenSeq;
    QString problem;
};

class AuditLog
{
public:
    AuditLog(Database &db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

    // Must run inside Database::write: the entry commits or rolls back with the change it records.
    // Returns the entry's sequence number.
    qint64 append(const QString &actor, const QString &action, const QString &ticketId, const QJsonObject &detail);
    // The same with the detail already in canonical form (canonicalJson), e.g. made on a read
    // worker while the write was prepared.
    qint64 appendCanonical(const QString &actor, const QString &action, const QString &ticketId, const QByteArray &detailJson);
    // Appends in its own transaction (logins, refusals: nothing else to commit with).
    qint64 appendStandalone(const QString &actor, const QString &action, const QString &ticketId,
                            const QJsonObject &detail);

    QJsonArray entries(const QString &ticketId, int limit, qint64 afterSeq) const;
    // The same entries as JSON text, with each stored detail spliced in as it is (the ticket
    // detail's hot path: no parsing of the details).
    QByteArray entriesJson(const QString &ticketId, int limit) const;
    AuditVerification verify() const;

    static QByteArray canonicalJson(const QJsonObject &object); // compact, keys sorted
    static QByteArray entryHash(const QString &prevHash, qint64 seq, qint64 atMs, const QString &actor,
                                const QString &action, const QString &ticketId, const QString &detailJson);
    static QByteArray entryHashUtf8(QByteArrayView prevHash, qint64 seq, qint64 atMs, const QString &actor, const QString &action,
                                    const QString &ticketId, QByteArrayView detailJson);

private:
    Database &m_db;
    Clock m_clock;
};

} // namespace wd::server
