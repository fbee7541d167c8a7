#pragma once
// Applies the rule set to a case file: the rules of the domain contract in their precedence
// (exclusions, period, one-time verification, liability, remedies, evidence, flags), each step
// recorded as a trace line with a reason in English and Chinese.

#include "assessment.h"
#include "casefile.h"
#include "result.h"
#include "ruleset.h"

namespace wd {

class WarrantyAssessor
{
public:
    explicit WarrantyAssessor(const RuleSet &rules) : m_rules(rules) {}

    // Refuses only a case that cannot be assessed at all: no category or no order yet.
    Result<Assessment> assess(const CaseFile &caseFile, const QDateTime &now) const;

    // The customer's first activation attempt of the key (earliest by time; file order on ties).
    static const KeyEvent *firstCustomerAttempt(const CaseFile &caseFile);

private:
    const RuleSet &m_rules;
};

} // namespace wd
