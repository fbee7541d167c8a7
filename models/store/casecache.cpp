#include "casecache.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace wd::store {

QString sha256Hex(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

namespace {

// The text of a detail's notes, for the queue's full-text search.
QString notesText(const QJsonObject &detail)
{
    QStringList texts;
    const QJsonArray notes = detail.value(QLatin1String("notes")).toArray();
    for (const QJsonValue &note : notes)
        texts << note.toObject().value(QLatin1String("text")).toString();
    return texts.join(QLatin1Char('\n'));
}

} // namespace

void CaseCache::storeDetail(const QString &ticketId, qint64 version, const QJsonObject &detail, const QDateTime &fetchedAt)
{
    m_store.write([&] {
        const int changed = m_store.change(
            QStringLiteral("INSERT INTO case_details(ticket_id, version, detail_json, fetched_at) VALUES(?,?,?,?)"
                           " ON CONFLICT(ticket_id) DO UPDATE SET version = excluded.version,"
                           " detail_json = excluded.detail_json, fetched_at = excluded.fetched_at"
                           " WHERE excluded.version >= case_details.version"),
            // The UTF-8 bytes as a blob: read back as they are, where TEXT would go through UTF-16
            // both ways (a third of the time to open a case with a long key log).
            {ticketId, version, QJsonDocument(detail).toJson(QJsonDocument::Compact), fetchedAt.toMSecsSinceEpoch()});
        if (changed == 0)
            return;
        const QString text = notesText(detail) + QLatin1String(""); // never a null QString: that binds NULL
        m_store.change(QStringLiteral("UPDATE tickets SET notes_text = ? WHERE id = ?"), {text, ticketId});
        m_store.change(QStringLiteral("UPDATE ticket_search SET notes = ? WHERE rowid = (SELECT rowid FROM tickets WHERE id = ?)"),
                       {text, ticketId});
    });
}

std::optional<CachedDetail> CaseCache::detail(const QString &ticketId)
{
    QSqlQuery &q = m_store.exec(QStringLiteral("SELECT version, detail_json, fetched_at FROM case_details WHERE ticket_id = ?"),
                                {ticketId});
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    CachedDetail cached;
    cached.version = q.value(0).toLongLong();
    const QByteArray json = q.value(1).toByteArray();
    cached.fetchedAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    q.finish();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        throw StoreError(QStringLiteral("the cached detail of %1 is damaged: %2").arg(ticketId, error.errorString()));
    cached.detail = doc.object();
    return cached;
}

qint64 CaseCache::detailVersion(const QString &ticketId)
{
    QSqlQuery &q = m_store.exec(QStringLiteral("SELECT version FROM case_details WHERE ticket_id = ?"), {ticketId});
    const qint64 v = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return v;
}

bool CaseCache::storeEvidence(const QString &evidenceId, const QString &ticketId, const QString &expectedSha256,
                              const QString &mediaType, const QByteArray &content)
{
    if (sha256Hex(content) != expectedSha256.toLower())
        return false;
    m_store.write([&] {
        m_store.change(QStringLiteral("INSERT INTO evidence_content(evidence_id, ticket_id, sha256, media_type, size, content, stored_at)"
                                      " VALUES(?,?,?,?,?,?,?) ON CONFLICT(evidence_id) DO UPDATE SET sha256 = excluded.sha256,"
                                      " media_type = excluded.media_type, size = excluded.size, content = excluded.content,"
                                      " stored_at = excluded.stored_at"),
                       {evidenceId, ticketId, expectedSha256.toLower(), mediaType, content.size(), content,
                        QDateTime::currentMSecsSinceEpoch()});
    });
    return true;
}

CachedEvidence CaseCache::evidence(const QString &evidenceId)
{
    CachedEvidence result;
    QSqlQuery &q = m_store.exec(QStringLiteral("SELECT sha256, media_type, content FROM evidence_content WHERE evidence_id = ?"),
                                {evidenceId});
    if (!q.next()) {
        q.finish();
        return result;
    }
    result.expectedSha256 = q.value(0).toString();
    result.mediaType = q.value(1).toString();
    QByteArray content = q.value(2).toByteArray();
    q.finish();
    result.actualSha256 = sha256Hex(content);
    if (result.actualSha256 == result.expectedSha256) {
        result.integrity = EvidenceIntegrity::Verified;
        result.content = std::move(content);
    } else {
        result.integrity = EvidenceIntegrity::Mismatch;
    }
    return result;
}

bool CaseCache::hasEvidence(const QString &evidenceId)
{
    QSqlQuery &q = m_store.exec(QStringLiteral("SELECT 1 FROM evidence_content WHERE evidence_id = ?"), {evidenceId});
    const bool has = q.next();
    q.finish();
    return has;
}

} // namespace wd::store
