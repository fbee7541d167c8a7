#include "demoloader.h"

#include "warrantyassessor.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QUuid>

namespace wd::server {

namespace {

constexpr qint64 kDemoLeaseMs = 12LL * 3600 * 1000; // a shift: the demo's held tickets stay held

// Where in the workflow a seeded ticket ends up, by index: half wait in the queue untouched.
enum class Stage { Queue, Evidence, AwaitingCustomer, Review, Verdict, Execution, Closed, Appealed };

Stage stageFor(int index)
{
    switch (index % 20) {
    case 10: case 11: return Stage::Evidence;
    case 12: return Stage::AwaitingCustomer;
    case 13: case 14: return Stage::Review;
    case 15: return Stage::Verdict;
    case 16: return Stage::Execution;
    case 17: case 18: return Stage::Closed;
    case 19: return Stage::Appealed;
    default: return Stage::Queue;
    }
}

QString referenceFor(Remedy remedy, const QString &ticketId)
{
    const QString digits = QString(ticketId).remove(QStringLiteral("T-"));
    switch (remedy) {
    case Remedy::Refund:
    case Remedy::PartialRefund: return QStringLiteral("RF2026%1").arg(digits);
    case Remedy::ReissueKey: return QStringLiteral("KEY-%1-R1").arg(digits);
    case Remedy::DepositPayout: return QStringLiteral("DEP-%1 从保证金扣除").arg(digits);
    case Remedy::Compensation: return QStringLiteral("VC-%1 代金券 10 元").arg(digits);
    case Remedy::Deliver: return QStringLiteral("补发货 DL-%1").arg(digits);
    case Remedy::RestoreAccount: return QStringLiteral("账户已恢复 AR-%1").arg(digits);
    case Remedy::CoordinateThirdParty: return QStringLiteral("已联系运营商/官方,工单号 TP-%1,已到账").arg(digits);
    case Remedy::Reject: break;
    }
    return QStringLiteral("REF-%1").arg(digits);
}

class Walker
{
public:
    Walker(TicketStore &store, const RuleSet &rules, TicketRecord &record, const QDateTime &now)
        : m_store(store), m_rules(rules), m_record(record), m_now(now), m_workflow(rules)
    {
    }

    // Applies one workflow action and saves it as its own version (its own history line).
    bool apply(const Actor &actor, const QString &action, const std::function<Decision()> &fn)
    {
        const Decision d = fn();
        if (!d)
            return false;
        return m_store.save(m_record, actor.id, action, QByteArrayLiteral("{\"seeded\":true}"));
    }

    bool walk(Stage target, const Actor &agent, const Actor &supervisor, const Actor &appealSupervisor)
    {
        TicketRecord &t = m_record;
        t.leaseUntilMs = m_now.toMSecsSinceEpoch() + kDemoLeaseMs;
        if (!apply(agent, QStringLiteral("ticket.claim"), [&] { return m_workflow.claim(t.state, agent); }))
            return false;
        if (!advance(agent))
            return false;
        if (target == Stage::Evidence)
            return true;
        if (target == Stage::AwaitingCustomer)
            return apply(agent, QStringLiteral("ticket.transition"), [&] { return m_workflow.requestMoreEvidence(t.state, agent, m_now); });
        const Assessment assessment = m_store.assess(t);
        for (EvidenceKind kind : assessment.missingEvidence) {
            apply(agent, QStringLiteral("evidence.waive"), [&] {
                return m_workflow.waiveEvidence(t.state, kind, QStringLiteral("已电话联系买家核实,买家无法提供该项材料"), agent, m_now);
            });
        }
        if (!advance(agent))
            return false;
        Note review{QUuid::createUuid().toString(QUuid::Id128).left(16), NoteKind::Review, agent.id,
                    assessment.covered ? QStringLiteral("核对订单与卡密日志,与买家描述一致。") : QStringLiteral("核查后不符合质保条件。"), m_now};
        apply(agent, QStringLiteral("note.add"), [&] { return m_workflow.addNote(t.state, review, agent); });
        if (target == Stage::Review)
            return true;
        if (!advance(agent))
            return false;
        Verdict v;
        v.liableParty = assessment.liableParty;
        v.remedies = {assessment.remedies.value(0, Remedy::Reject)};
        v.amount = assessment.covered && t.caseFile.order ? t.caseFile.order->amountPaid : Money();
        v.reasoning = QStringLiteral("按规则引擎建议处理。");
        for (const Evidence &e : t.caseFile.evidence)
            v.citedEvidence << e.id;
        v.rulesVersion = m_rules.version();
        if (!apply(agent, QStringLiteral("verdict.record"),
                   [&] { return m_workflow.recordVerdict(t.state, v, t.caseFile, assessment, agent, m_now); }))
            return false;
        if (m_workflow.needsApproval(*t.state.verdict))
            apply(supervisor, QStringLiteral("verdict.approve"), [&] { return m_workflow.approveVerdict(t.state, supervisor, m_now); });
        if (target == Stage::Verdict)
            return true;
        if (!advance(agent))
            return false;
        for (Remedy r : t.state.verdict->remedies) {
            if (r == Remedy::Reject)
                continue;
            apply(agent, QStringLiteral("execution.record"), [&] {
                return m_workflow.recordExecution(t.state, ExecutionRecord{r, referenceFor(r, t.caseFile.ticket.id), {}, {}}, agent, m_now);
            });
        }
        if (target == Stage::Execution)
            return true;
        apply(agent, QStringLiteral("customer.notify"), [&] {
            const Decision d = m_workflow.markCustomerNotified(t.state, agent);
            if (d)
                t.state.notes << Note{QUuid::createUuid().toString(QUuid::Id128).left(16), NoteKind::Customer, agent.id,
                                      QStringLiteral("您好,您的工单 %1 已处理完毕,处理结果已发送至您的账户。").arg(t.caseFile.ticket.id), m_now};
            return d;
        });
        if (!advance(agent))
            return false;
        if (target == Stage::Closed)
            return true;
        Q_UNUSED(appealSupervisor);
        return apply(agent, QStringLiteral("appeal.file"), [&] {
            return m_workflow.fileAppeal(t.state, Appellant::Merchant, QStringLiteral("商家认为买家已使用卡密,申请复核。"), agent, m_now);
        });
    }

private:
    bool advance(const Actor &actor)
    {
        const Result<Assessment> a = WarrantyAssessor(m_rules).assess(m_record.caseFile, m_now);
        return apply(actor, QStringLiteral("ticket.transition"),
                     [&] { return m_workflow.advance(m_record.state, m_record.caseFile, a ? &a.value() : nullptr, actor, m_now); });
    }

    TicketStore &m_store;
    const RuleSet &m_rules;
    TicketRecord &m_record;
    QDateTime m_now;
    CaseWorkflow m_workflow;
};

// The demo reuses pooled pictures that differ only in a PNG text chunk; their pixels, and so their
// dHash, are the same. Keying inspection results on the image chunks alone avoids decoding each
// copy again. Returns an empty key for anything that is not a well-formed PNG.
QByteArray pngPixelKey(const QByteArray &png)
{
    if (!png.startsWith(QByteArray::fromHex("89504e470d0a1a0a")))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qsizetype pos = 8;
    while (pos + 12 <= png.size()) {
        const quint32 length = (quint32(quint8(png[pos])) << 24) | (quint32(quint8(png[pos + 1])) << 16)
                             | (quint32(quint8(png[pos + 2])) << 8) | quint32(quint8(png[pos + 3]));
        const QByteArray type = png.mid(pos + 4, 4);
        if (qsizetype(length) > png.size() - pos - 12)
            return {};
        if (type == "IHDR" || type == "PLTE" || type == "IDAT")
            hash.addData(QByteArrayView(png.constData() + pos + 8, qsizetype(length)));
        pos += 12 + qsizetype(length);
        if (type == "IEND")
            return hash.result();
    }
    return {};
}

InspectedEvidence inspectCached(const EvidenceInspector &inspector, const QByteArray &content,
                                QHash<QByteArray, InspectedEvidence> &cache)
{
    const QByteArray key = pngPixelKey(content);
    if (key.isEmpty())
        return inspector.inspect(content);
    auto it = cache.constFind(key);
    if (it == cache.constEnd()) {
        if (cache.size() > 4096)
            cache.clear();
        it = cache.insert(key, inspector.inspect(content));
    }
    InspectedEvidence result = *it;
    result.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    return result;
}

} // namespace

DemoLoadReport loadDemoData(ApiServer &server, const DemoSeed &seed, int count, int firstIndex,
                            const std::function<void(int)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    DemoLoadReport report;
    for (const SeedUser &u : seed.users()) {
        if (server.auth().user(u.id))
            continue;
        server.auth().addUser(u.id, u.displayName, u.role, u.password);
        ++report.users;
    }
    const EvidenceInspector inspector;
    QHash<QByteArray, InspectedEvidence> inspections;
    TicketStore &store = server.tickets();
    const Actor agents[] = {{QStringLiteral("agent1"), Role::Agent}, {QStringLiteral("agent2"), Role::Agent}};
    const Actor super1{QStringLiteral("super1"), Role::Supervisor};
    const Actor super2{QStringLiteral("super2"), Role::Supervisor};
    constexpr int kBatch = 500;
    for (int start = firstIndex; start < firstIndex + count; start += kBatch) {
        const int end = qMin(start + kBatch, firstIndex + count);
        server.database().write([&] {
            for (int i = start; i < end; ++i) {
                const SeedTicket ticket = seed.ticket(i);
                store.create(ticket.caseFile, QStringLiteral("intake"));
                for (const SeedEvidence &e : ticket.evidence) {
                    // Pooled demo pictures are copies of a few templates: only byte-identical copies
                    // (the seed's deliberate duplicates) are worth a warning.
                    const bool pooled = e.content.contains(DemoSeed::kPoolMarkKeyword);
                    store.storeEvidenceContent(ticket.caseFile, e.meta, e.content, inspectCached(inspector, e.content, inspections),
                                               !pooled);
                    ++report.evidence;
                }
                std::optional<TicketRecord> record = store.load(ticket.caseFile.ticket.id, true);
                if (!record)
                    continue;
                for (const SeedNote &n : ticket.notes)
                    record->state.notes << Note{QUuid::createUuid().toString(QUuid::Id128).left(16), n.kind, n.author, n.text, n.at};
                if (!ticket.notes.isEmpty())
                    store.save(*record, ticket.notes.first().author, QStringLiteral("note.add"), {});
                const Stage stage = stageFor(i);
                if (stage != Stage::Queue && record->caseFile.ticket.category) {
                    Walker walker(store, server.rules(), *record, store.now());
                    walker.walk(stage, agents[i % 2], i % 3 ? super1 : super2, i % 3 ? super2 : super1);
                }
                ++report.tickets;
            }
        });
        if (progress)
            progress(end - firstIndex);
    }
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace wd::server
