#pragma once
// The evidence checklist of a case as the assessment panel shows it: each kind the rule set
// requires for the category, present (with the items or the log that satisfy it), missing, or
// waived (with the written reason), then the other evidence the case file holds. Missing comes
// from the assessment itself, so the checklist never disagrees with the evidence guard.

#include "assessment.h"
#include "caseworkflow.h"
#include "ruleset.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wd::ui {

struct ChecklistItem
{
    enum class State { Present, Missing, Waived };
    EvidenceKind kind = EvidenceKind::Other;
    State state = State::Present;
    bool required = true;
    QStringList evidenceIds;  // the case file's items of this kind
    bool byOrder = false;     // order_details: the order itself
    bool byKeyLog = false;    // key_usage_record satisfied by the key log, not an uploaded item
    QString waiverReason;
};

QList<ChecklistItem> evidenceChecklist(const CaseFile &caseFile, const CaseState &state, const Assessment &assessment,
                                       const RuleSet &rules);

} // namespace wd::ui
