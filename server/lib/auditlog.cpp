#include "auditlog.h"

#include "jsontext.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace wd::server {

QByteArray AuditLog::canonicalJson(const QJsonObject &object)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray AuditLog::entryHash(const QString &prevHash, qint64 seq, qint64 atMs, const QString &actor,
                               const QString &action, const QString &ticketId, const QString &detailJson)
{
    return entryHashUtf8(prevHash.toLatin1(), seq, atMs, actor, action, ticketId, detailJson.toUtf8());
}

QByteArray AuditLog::entryHashUtf8(QByteArrayView prevHash, qint64 seq, qint64 atMs, const QString &actor, const QString &action,
                                   const QString &ticketId, QByteArrayView detailJson)
{
    // The canonical JSON of {seq, at, actor, action, ticket_id, detail} (numbers and the detail as
    // strings), written directly in the form QJsonDocument gives that object (the form every
    // stored chain was hashed in): keys sorted, compact. tst_server_audit compares the two on
    // every kind of character.
    QByteArray entry;
    entry.reserve(96 + actor.size() + action.size() + ticketId.size() + detailJson.size() * 5 / 4);
    entry += "{\"action\":";
    jsontext::appendUtf8String(entry, action.toUtf8());
    entry += ",\"actor\":";
    jsontext::appendUtf8String(entry, actor.toUtf8());
    entry += ",\"at\":\"";
    entry += QByteArray::number(atMs);
    entry += "\",\"detail\":";
    jsontext::appendUtf8String(entry, detailJson);
    entry += ",\"seq\":\"";
    entry += QByteArray::number(seq);
    entry += "\",\"ticket_id\":";
    jsontext::appendUtf8String(entry, ticketId.toUtf8());
    entry += '}';
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash);
    hash.addData(entry);
    return hash.result().toHex();
}

qint64 AuditLog::append(const QString &actor, const QString &action, const QString &ticketId, const QJsonObject &detail)
{
    return appendCanonical(actor, action, ticketId, canonicalJson(detail));
}

qint64 AuditLog::appendCanonical(const QString &actor, const QString &action, const QString &ticketId, const QByteArray &detailJson)
{
    Q_ASSERT(m_db.inTransaction());
    Rows head = m_db.exec(QStringLiteral("SELECT audit_seq, audit_hash FROM head WHERE id = 1") + m_db.forUpdate());
    if (!head.next())
        throw ApiError(500, QStringLiteral("audit_broken"), QStringLiteral("the audit head row is missing"));
    const qint64 seq = head.value(0).toLongLong() + 1;
    const QString prev = head.value(1).toString();
    const qint64 at = m_clock().toMSecsSinceEpoch();
    const QString hash = QString::fromLatin1(entryHashUtf8(prev.toLatin1(), seq, at, actor, action, ticketId, detailJson));
    m_db.change(QStringLiteral("INSERT INTO audit (seq, at, actor, action, ticket_id, detail, prev_hash, hash) "
                             "VALUES (?, ?, ?, ?, ?, %1, ?, ?)").arg(m_db.textParam()),
              {seq, at, actor, action, ticketId.isEmpty() ? QVariant() : QVariant(ticketId),
               m_db.textValue(detailJson), prev, hash});
    m_db.change(QStringLiteral("UPDATE head SET audit_seq = ?, audit_hash = ? WHERE id = 1"), {seq, hash});
    return seq;
}

qint64 AuditLog::appendStandalone(const QString &actor, const QString &action, const QString &ticketId,
                                  const QJsonObject &detail)
{
    qint64 seq = 0;
    m_db.write([&] { seq = append(actor, action, ticketId, detail); });
    return seq;
}

QJsonArray AuditLog::entries(const QString &ticketId, int limit, qint64 afterSeq) const
{
    Rows q = ticketId.isEmpty()
        ? m_db.exec(QStringLiteral("SELECT seq, at, actor, action, ticket_id, detail, hash FROM audit WHERE seq > ? "
                                   "ORDER BY seq LIMIT ?"),
                    {afterSeq, limit})
        : m_db.exec(QStringLiteral("SELECT seq, at, actor, action, ticket_id, detail, hash FROM audit "
                                   "WHERE ticket_id = ? AND seq > ? ORDER BY seq LIMIT ?"),
                    {ticketId, afterSeq, limit});
    QJsonArray out;
    while (q.next()) {
        out.append(QJsonObject{
            {QStringLiteral("seq"), q.value(0).toLongLong()},
            {QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs)},
            {QStringLiteral("actor"), q.value(2).toString()},
            {QStringLiteral("action"), q.value(3).toString()},
            {QStringLiteral("ticket_id"), q.value(4).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(4).toString())},
            {QStringLiteral("detail"), QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object()},
            {QStringLiteral("hash"), q.value(6).toString()},
        });
    }
    return out;
}

QByteArray AuditLog::entriesJson(const QString &ticketId, int limit) const
{
    Rows q = m_db.exec(QStringLiteral("SELECT seq, at, actor, action, ticket_id, detail, hash FROM audit "
                                           "WHERE ticket_id = ? ORDER BY seq LIMIT ?"),
                            {ticketId, limit});
    QByteArray out = "[";
    while (q.next()) {
        if (out.size() > 1)
            out += ',';
        QByteArray head = QJsonDocument(QJsonObject{
                                            {QStringLiteral("seq"), q.value(0).toLongLong()},
                                            {QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs)},
                                            {QStringLiteral("actor"), q.value(2).toString()},
                                            {QStringLiteral("action"), q.value(3).toString()},
                                            {QStringLiteral("ticket_id"), q.value(4).toString()},
                                            {QStringLiteral("hash"), q.value(6).toString()},
                                        })
                               .toJson(QJsonDocument::Compact);
        head.chop(1); // the closing brace: the stored detail (canonical JSON) goes in before it
        out += head;
        out += ",\"detail\":";
        out += q.value(5).toString().toUtf8();
        out += '}';
    }
    out += ']';
    return out;
}

AuditVerification AuditLog::verify() const
{
    AuditVerification result;
    QString expectedPrev(64, QLatin1Char('0'));
    qint64 expectedSeq = 1;
    Rows q = m_db.exec(QStringLiteral("SELECT seq, at, actor, action, ticket_id, detail, prev_hash, hash FROM audit ORDER BY seq"));
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        auto broken = [&](const QString &why) {
            result.ok = false;
            result.firstBrokenSeq = seq;
            result.problem = why;
        };
        if (seq != expectedSeq) {
            broken(QStringLiteral("entry %1 is missing (found %2 next)").arg(expectedSeq).arg(seq));
            result.firstBrokenSeq = expectedSeq;
            break;
        }
        if (q.value(6).toString() != expectedPrev) {
            broken(QStringLiteral("entry %1 does not link to the hash of entry %2").arg(seq).arg(seq - 1));
            break;
        }
        const QByteArray recomputed = entryHash(expectedPrev, seq, q.value(1).toLongLong(), q.value(2).toString(),
                                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString());
        if (recomputed != q.value(7).toString().toLatin1()) {
            broken(QStringLiteral("entry %1 was altered: its content does not match its hash").arg(seq));
            break;
        }
        expectedPrev = q.value(7).toString();
        ++expectedSeq;
        ++result.entries;
    }
    if (result.ok) {
        Rows head = m_db.exec(QStringLiteral("SELECT audit_seq, audit_hash FROM head WHERE id = 1"));
        if (head.next() && (head.value(0).toLongLong() != expectedSeq - 1 || head.value(1).toString() != expectedPrev)) {
            result.ok = false;
            result.firstBrokenSeq = expectedSeq;
            result.problem = QStringLiteral("the log ends at entry %1 but its head says %2: entries were removed")
                                 .arg(expectedSeq - 1)
                                 .arg(head.value(0).toLongLong());
        }
    }
    return result;
}

} // namespace wd::server
