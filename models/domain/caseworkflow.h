#pragma once
// The five-step workflow (问题反馈 → 证据提交 → 平台审核 → 责任判定 → 结果执行) plus closed and
// appeal_review: every guard and role rule of the contract. A refused action says which guard
// refused it and what is missing; a refused action leaves the state untouched.

#include "assessment.h"
#include "casefile.h"
#include "money.h"
#include "ruleset.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wd {

struct Actor
{
    QString id;
    Role role = Role::Agent;
};

struct Waiver
{
    EvidenceKind kind = EvidenceKind::Other;
    QString reason;
    QString by;
    QDateTime at;
};

struct Note
{
    QString id;
    NoteKind kind = NoteKind::Internal;
    QString author;
    QString text;
    QDateTime at;
};

struct Approval
{
    QString by;
    QDateTime at;
};

struct Verdict
{
    LiableParty liableParty = LiableParty::Customer;
    QList<Remedy> remedies;
    Money amount;
    QString reasoning;
    QStringList citedEvidence;
    QString rulesVersion;
    QString decidedBy;
    QDateTime decidedAt;
    QStringList departures; // what differs from the assessment: "liable_party", "remedies", "amount" (above the amount paid)
    QByteArray assessmentJson; // the assessment (English reasons) the verdict was measured against, as compact JSON text; empty: none
    std::optional<Approval> approval;
    bool departsFromAssessment() const { return !departures.isEmpty(); }
};

struct ExecutionRecord
{
    Remedy remedy = Remedy::Refund;
    QString reference; // refund transaction id, new key id, deposit deduction, voucher id, coordination result
    QString by;
    QDateTime at;
};

struct AppealRecord
{
    Appellant appellant = Appellant::Customer;
    QString reason;
    QString filedBy;
    QDateTime filedAt;
    std::optional<AppealOutcome> outcome;
    QString decisionReason;
    QString decidedBy;
    QDateTime decidedAt;
};

// Everything the workflow knows about one ticket besides its case file.
struct CaseState
{
    Step step = Step::Feedback;
    Status status = Status::Open;
    QString holder;
    std::optional<qint64> assessedCaseVersion; // ticket.version the current assessment was computed on
    QList<Pause> slaPauses;
    QList<Waiver> waivers;
    QList<Note> notes;
    std::optional<Verdict> verdict;
    QList<ExecutionRecord> executions;
    bool customerNotified = false;
    std::optional<AppealRecord> appeal;
    QList<Verdict> supersededVerdicts;
    QList<ExecutionRecord> supersededExecutions;
    QList<AppealRecord> pastAppeals;
    bool escalatedExternal = false;
    QString escalationChannel;
};

struct Decision
{
    bool allowed = true;
    QString guard;   // e.g. "evidence.missing", "role.not_holder"
    QString reasonEn;
    QString reasonZh;
    QStringList missing;

    static Decision allow() { return {}; }
    static Decision refuse(const char *guard, const QString &en, const QString &zh, const QStringList &missing = {});
    explicit operator bool() const { return allowed; }
    QString reason(Language language) const { return language == Language::Chinese ? reasonZh : reasonEn; }
};

class CaseWorkflow
{
public:
    explicit CaseWorkflow(const RuleSet &rules) : m_rules(rules) {}

    static std::optional<Step> nextStep(Step step);

    Decision claim(CaseState &state, const Actor &actor) const;
    Decision release(CaseState &state, const Actor &actor) const;

    // The guard of the current step. `assessment` is the one computed on `caseFile` (may be null).
    Decision canAdvance(const CaseState &state, const CaseFile &caseFile, const Assessment *assessment,
                        const Actor &actor) const;
    Decision advance(CaseState &state, const CaseFile &caseFile, const Assessment *assessment, const Actor &actor,
                     const QDateTime &now) const;
    // review or evidence -> evidence: more evidence asked of the customer; status awaiting_customer, SLA paused.
    Decision requestMoreEvidence(CaseState &state, const Actor &actor, const QDateTime &now) const;
    // The customer answered: the pause ends and work goes on.
    Decision customerResponded(CaseState &state, const Actor &actor, const QDateTime &now) const;

    Decision addNote(CaseState &state, const Note &note, const Actor &actor) const;
    Decision waiveEvidence(CaseState &state, EvidenceKind kind, const QString &reason, const Actor &actor,
                           const QDateTime &now) const;
    // Records (or replaces, before approval) the verdict; compares it with the assessment.
    Decision recordVerdict(CaseState &state, Verdict verdict, const CaseFile &caseFile, const Assessment &assessment,
                           const Actor &actor, const QDateTime &now) const;
    bool needsApproval(const Verdict &verdict) const { return verdict.amount > m_rules.fourEyesThreshold(); }
    // What a verdict changes from the assessment ("liable_party", "remedies", "amount" above the
    // amount paid). recordVerdict uses it; the workstation's verdict dialog shows the same list.
    static QStringList departures(const Verdict &verdict, const CaseFile &caseFile, const Assessment &assessment);
    Decision approveVerdict(CaseState &state, const Actor &actor, const QDateTime &now) const;
    Decision recordExecution(CaseState &state, const ExecutionRecord &record, const Actor &actor,
                             const QDateTime &now) const;
    Decision markCustomerNotified(CaseState &state, const Actor &actor) const;
    // Within the appeal window from when the verdict took effect (approval, where needed); one
    // decided appeal per verdict.
    Decision fileAppeal(CaseState &state, Appellant appellant, const QString &reason, const Actor &actor,
                        const QDateTime &now) const;
    Decision decideAppeal(CaseState &state, AppealOutcome outcome, const QString &reason, const Actor &actor,
                          const QDateTime &now) const;
    Decision escalateExternal(CaseState &state, const QString &channel, const Actor &actor) const;

private:
    Decision mustHold(const CaseState &state, const Actor &actor) const;
    Decision mustBeAt(const CaseState &state, Step step) const;

    const RuleSet &m_rules;
};

} // namespace wd
