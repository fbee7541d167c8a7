#include "evidencechecklist.h"

namespace wd::ui {

QList<ChecklistItem> evidenceChecklist(const CaseFile &c, const CaseState &state, const Assessment &assessment,
                                       const RuleSet &rules)
{
    auto idsOf = [&c](EvidenceKind kind) {
        QStringList ids;
        for (const Evidence &e : c.evidence) {
            if (e.kind == kind)
                ids << e.id;
        }
        return ids;
    };
    QList<ChecklistItem> items;
    const QList<EvidenceKind> required = rules.category(assessment.category).evidence;
    for (EvidenceKind kind : required) {
        ChecklistItem item;
        item.kind = kind;
        item.evidenceIds = idsOf(kind);
        if (assessment.missingEvidence.contains(kind)) {
            item.state = ChecklistItem::State::Missing;
            for (const Waiver &w : state.waivers) {
                if (w.kind == kind && !w.reason.trimmed().isEmpty()) {
                    item.state = ChecklistItem::State::Waived;
                    item.waiverReason = w.reason;
                }
            }
        } else {
            item.byOrder = kind == EvidenceKind::OrderDetails && item.evidenceIds.isEmpty();
            item.byKeyLog = kind == EvidenceKind::KeyUsageRecord && item.evidenceIds.isEmpty();
        }
        items << item;
    }
    for (const auto &entry : enumValues<EvidenceKind>()) {
        if (required.contains(entry.value))
            continue;
        const QStringList ids = idsOf(entry.value);
        if (!ids.isEmpty())
            items << ChecklistItem{entry.value, ChecklistItem::State::Present, false, ids, false, false, {}};
    }
    return items;
}

} // namespace wd::ui
