#include "demoseed.h"

#include "evidenceart.h"
#include "seedcatalog.h"
#include "seedrandom.h"
#include "seedscenario.h"

#include <QCryptographicHash>
#include <QMutexLocker>

namespace wd {

namespace {

// Ticket indices i with i % 32 == 19 (about 3 %) reuse another customer's screenshot.
constexpr int kDuplicatePeriod = 32;
constexpr int kDuplicateSlot = 19;
constexpr int kDuplicateSearch = 120; // how far back to look for an original of the same category

bool isDuplicateSlot(int index)
{
    return index % kDuplicatePeriod == kDuplicateSlot;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

int firstImage(const QList<SeedEvidence> &evidence)
{
    for (int i = 0; i < evidence.size(); ++i) {
        if (evidence.at(i).meta.mediaType == QLatin1String("image/png"))
            return i;
    }
    return -1;
}

} // namespace

DemoSeed::DemoSeed(quint32 seed, QDateTime now)
    : m_seed(seed), m_now(now.toOffsetFromUtc(8 * 3600)) // every generated instant is written as +08:00
{
}

QList<SeedUser> DemoSeed::users() const
{
    auto user = [](const char *id, const char *name, Role role) {
        const QString login = QString::fromLatin1(id);
        return SeedUser{login, QString::fromUtf8(name), role, QString::fromLatin1(kPasswordPrefix) + login};
    };
    return {
        user("agent1", "张敏", Role::Agent),
        user("agent2", "李强", Role::Agent),
        user("super1", "王芳", Role::Supervisor),
        user("super2", "陈静", Role::Supervisor),
        user("admin", "系统管理员", Role::Admin),
    };
}

QList<Merchant> DemoSeed::merchants() const
{
    QList<Merchant> out;
    for (const seed::CatalogMerchant &m : seed::catalogMerchants())
        out << m.merchant;
    return out;
}

QString DemoSeed::ticketId(int index)
{
    return QStringLiteral("T-%1").arg(index + 100001);
}

SeedTicket DemoSeed::ticket(int index) const
{
    return generate(index, true);
}

int DemoSeed::pooledImageCount() const
{
    QMutexLocker lock(&m_poolMutex);
    return int(m_pool.size());
}

SeedTicket DemoSeed::generate(int index, bool allowDuplicate) const
{
    const seed::Draft draft = seed::buildDraft(m_seed, index, m_now);
    SeedTicket t;
    t.caseFile = draft.caseFile;
    t.notes = draft.notes;

    const QString digits = QString::number(index + 100001);
    for (int n = 0; n < draft.evidence.size(); ++n) {
        const seed::EvidencePlan &plan = draft.evidence.at(n);
        SeedEvidence e;
        e.meta.id = QStringLiteral("E-%1-%2").arg(digits).arg(n + 1);
        e.meta.kind = plan.kind;
        e.meta.mediaType = plan.specific.mediaType();
        e.meta.capturedAt = plan.capturedAt;
        e.meta.source = EvidenceSource::Customer;
        e.meta.name = plan.name;
        e.content = evidenceBytes(index, e.meta.id, plan);
        e.meta.sha256 = sha256Hex(e.content);
        t.evidence << e;
    }

    // A customer who files someone else's screenshot: the exact bytes of an earlier ticket's
    // picture, preferably one of the same category so that it looks plausible.
    if (allowDuplicate && isDuplicateSlot(index) && index > 0) {
        SeedRng rng = SeedRng::stream(m_seed, quint64(index), 3);
        const Category category = draft.scenario;
        int original = -1;
        const int reach = qMin(index, kDuplicateSearch);
        const int start = 1 + rng.index(qMin(index, 40));
        for (int k = start; k <= reach && original < 0; ++k) {
            const int candidate = index - k;
            if (!isDuplicateSlot(candidate) && seed::scenarioCategory(m_seed, candidate) == category)
                original = candidate;
        }
        for (int k = 1; k <= reach && original < 0; ++k) {
            if (!isDuplicateSlot(index - k))
                original = index - k;
        }
        const int mine = firstImage(t.evidence);
        if (original >= 0 && mine >= 0) {
            const SeedTicket source = generate(original, false);
            const int theirs = firstImage(source.evidence);
            if (theirs >= 0 && source.caseFile.order->customerId != t.caseFile.order->customerId) {
                SeedEvidence &e = t.evidence[mine];
                e.content = source.evidence.at(theirs).content;
                e.meta.sha256 = source.evidence.at(theirs).meta.sha256;
                e.meta.kind = source.evidence.at(theirs).meta.kind;
                e.meta.name = source.evidence.at(theirs).meta.name;
                const qint64 since = t.caseFile.ticket.submittedAt.secsTo(m_now);
                if (since > 20 * 60 && rng.chance(350)) {
                    t.notes << SeedNote{NoteKind::Internal, QStringLiteral("agent2"), seed::duplicateImageNote(),
                                        t.caseFile.ticket.submittedAt.addSecs(rng.range(10 * 60, qMin<qint64>(since - 60, 86400)))};
                }
            }
        }
    }

    for (const SeedEvidence &e : t.evidence)
        t.caseFile.evidence << e.meta;
    return t;
}

QByteArray DemoSeed::evidenceBytes(int index, const QString &evidenceId, const seed::EvidencePlan &plan) const
{
    if (!plan.specific.isImage() || index < kUniqueImageTickets)
        return plan.specific.render();

    // The pool: one rendering per distinct generic picture. Eviction only costs a re-render;
    // the bytes depend on the key alone, so output does not depend on call order or threads.
    const QString key = plan.generic.cacheKey();
    QByteArray base;
    {
        QMutexLocker lock(&m_poolMutex);
        base = m_pool.value(key);
    }
    if (base.isEmpty()) {
        base = plan.generic.render();
        QMutexLocker lock(&m_poolMutex);
        if (!m_pool.contains(key)) {
            if (m_pool.size() >= kPoolCapacity)
                m_pool.remove(m_poolOrder.takeFirst());
            m_pool.insert(key, base);
            m_poolOrder << key;
        }
    }
    // Same pixels, distinct bytes: a copy per evidence item, marked as pooled.
    return art::withPngText(base, kPoolMarkKeyword, QByteArray("pooled demo picture, copy for ") + evidenceId.toLatin1());
}

} // namespace wd
