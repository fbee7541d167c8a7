#pragma once
// Case details and evidence bytes kept for offline work. Evidence is checked against its SHA-256
// when it arrives (a mismatch is never stored) and again on every load (a file damaged on disk
// reads as an integrity failure, never as valid evidence).

#include "localstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace wd::store {

struct CachedDetail
{
    qint64 version = 0;
    QJsonObject detail;  // the server's GET /tickets/{id} answer
    QDateTime fetchedAt;
};

enum class EvidenceIntegrity { Missing, Verified, Mismatch };

struct CachedEvidence
{
    EvidenceIntegrity integrity = EvidenceIntegrity::Missing;
    QByteArray content;        // empty unless Verified
    QString mediaType;
    QString expectedSha256;    // hex, lower case
    QString actualSha256;      // of the stored bytes (differs from expected on a mismatch)
};

class CaseCache
{
public:
    explicit CaseCache(LocalStore &store) : m_store(store) {}

    // Keeps the detail and indexes its notes for search. An older version never replaces a newer one.
    void storeDetail(const QString &ticketId, qint64 version, const QJsonObject &detail, const QDateTime &fetchedAt);
    std::optional<CachedDetail> detail(const QString &ticketId);
    qint64 detailVersion(const QString &ticketId); // 0 when none is cached

    // Refuses (returns false, nothing stored) bytes whose SHA-256 is not `sha256Hex`.
    bool storeEvidence(const QString &evidenceId, const QString &ticketId, const QString &sha256Hex,
                       const QString &mediaType, const QByteArray &content);
    CachedEvidence evidence(const QString &evidenceId);
    bool hasEvidence(const QString &evidenceId);

private:
    LocalStore &m_store;
};

QString sha256Hex(const QByteArray &content);

} // namespace wd::store
