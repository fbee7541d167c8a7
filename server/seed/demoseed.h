#pragma once
// Deterministic demo data for `warrantydesk-server seed --tickets N [--seed S]`: users,
// merchants and tickets with evidence files and notes. Ticket i depends only on (seed, now, i),
// so a caller can stream any number of tickets without holding them in memory, and the same
// (seed, now) always yields the same JSON and the same image bytes.
//
// Rendering evidence images needs a QGuiApplication (QT_QPA_PLATFORM=offscreen is enough).
// ticket() may be called from several threads at once.

#include "casefile.h"
#include "enums.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

namespace wd {

namespace seed {
struct EvidencePlan;
}

struct SeedEvidence
{
    Evidence meta;      // meta.sha256 is the SHA-256 of content
    QByteArray content; // PNG, or UTF-8 text for chat logs
};

struct SeedNote
{
    NoteKind kind = NoteKind::Internal;
    QString author; // a SeedUser id
    QString text;
    QDateTime at;
};

struct SeedTicket
{
    CaseFile caseFile;
    QList<SeedEvidence> evidence; // the same items, in the same order, as caseFile.evidence
    QList<SeedNote> notes;
};

struct SeedUser
{
    QString id;
    QString displayName;
    Role role = Role::Agent;
    QString password;
};

class DemoSeed
{
public:
    // Demo passwords are this prefix plus the user id: "demo-agent1", "demo-super2", "demo-admin".
    static constexpr const char *kPasswordPrefix = "demo-";
    // Tickets with a smaller index get images drawn for them alone; later tickets take theirs from
    // a pool of shared pictures, each copy marked with a PNG text chunk (see README.md).
    static constexpr int kUniqueImageTickets = 2000;
    // The pool's key space is about 140 pictures (see README.md); the cap only bounds memory.
    static constexpr int kPoolCapacity = 192;
    // The PNG tEXt keyword marking a pooled picture; its text ends with the evidence id it was
    // copied for ("E-102345-1"), which also names the ticket.
    static constexpr const char *kPoolMarkKeyword = "wd-seed-pool";

    explicit DemoSeed(quint32 seed, QDateTime now);

    quint32 seed() const { return m_seed; }
    QDateTime now() const { return m_now; }

    QList<SeedUser> users() const;
    QList<Merchant> merchants() const;
    // index 0..N-1, each generated on its own from (seed, now, index).
    SeedTicket ticket(int index) const;

    // "T-" + (index + 100001): six digits up to index 899998. Evidence ids are "E-<digits>-<n>".
    static QString ticketId(int index);

    // Distinct pooled pictures currently held (for tests and measurements).
    int pooledImageCount() const;

private:
    SeedTicket generate(int index, bool allowDuplicate) const;
    QByteArray evidenceBytes(int index, const QString &evidenceId, const seed::EvidencePlan &plan) const;

    quint32 m_seed;
    QDateTime m_now;
    mutable QMutex m_poolMutex;
    mutable QHash<QString, QByteArray> m_pool;
    mutable QList<QString> m_poolOrder; // insertion order, for eviction beyond kPoolCapacity
};

} // namespace wd
