#include "caseworkflow.h"

#include "isotime.h"

#include <algorithm>

namespace wd {

namespace {

QString stepNames(Step step)
{
    return QStringLiteral("%1 (%2)").arg(enumName(step), stepLabelZh(step));
}

bool isCaseWorker(const Actor &actor)
{
    return actor.role == Role::Agent || actor.role == Role::Supervisor;
}

Decision notCaseWorker()
{
    return Decision::refuse("role.not_case_worker",
                            QStringLiteral("Only agents and supervisors work on tickets; administrators manage users and rules."),
                            QStringLiteral("只有客服和主管可以处理工单;管理员仅负责用户与规则。"));
}

Decision notSupervisor(const QString &what, const QString &whatZh)
{
    return Decision::refuse("role.supervisor_required", QStringLiteral("Only a supervisor may %1.").arg(what),
                            QStringLiteral("只有主管可以%1。").arg(whatZh));
}

QList<EvidenceKind> unwaived(const CaseState &state, const QList<EvidenceKind> &missing)
{
    QList<EvidenceKind> open;
    for (EvidenceKind kind : missing) {
        const bool waived = std::any_of(state.waivers.begin(), state.waivers.end(), [kind](const Waiver &w) {
            return w.kind == kind && !w.reason.trimmed().isEmpty();
        });
        if (!waived)
            open << kind;
    }
    return open;
}

QStringList kindNames(const QList<EvidenceKind> &kinds)
{
    QStringList names;
    for (EvidenceKind k : kinds)
        names << enumName(k);
    return names;
}

QStringList kindLabelsZh(const QList<EvidenceKind> &kinds)
{
    QStringList names;
    for (EvidenceKind k : kinds)
        names << evidenceKindLabelZh(k);
    return names;
}

void closeOpenPause(CaseState &state, const QDateTime &now)
{
    for (Pause &p : state.slaPauses) {
        if (!p.until)
            p.until = now;
    }
}

} // namespace

Decision Decision::refuse(const char *guard, const QString &en, const QString &zh, const QStringList &missing)
{
    Decision d;
    d.allowed = false;
    d.guard = QString::fromLatin1(guard);
    d.reasonEn = en;
    d.reasonZh = zh;
    d.missing = missing;
    return d;
}

std::optional<Step> CaseWorkflow::nextStep(Step step)
{
    switch (step) {
    case Step::Feedback: return Step::Evidence;
    case Step::Evidence: return Step::Review;
    case Step::Review: return Step::Verdict;
    case Step::Verdict: return Step::Execution;
    case Step::Execution: return Step::Closed;
    case Step::Closed:
    case Step::AppealReview: return std::nullopt;
    }
    return std::nullopt;
}

Decision CaseWorkflow::mustHold(const CaseState &state, const Actor &actor) const
{
    if (!isCaseWorker(actor))
        return notCaseWorker();
    if (state.holder != actor.id) {
        return state.holder.isEmpty()
            ? Decision::refuse("role.not_holder", QStringLiteral("Claim the ticket before working on it."),
                               QStringLiteral("请先领取该工单再进行处理。"))
            : Decision::refuse("role.not_holder", QStringLiteral("The ticket is held by %1.").arg(state.holder),
                               QStringLiteral("该工单由 %1 持有。").arg(state.holder));
    }
    return Decision::allow();
}

Decision CaseWorkflow::mustBeAt(const CaseState &state, Step step) const
{
    if (state.step == step)
        return Decision::allow();
    return Decision::refuse("step.wrong_step",
                            QStringLiteral("This is done at the %1 step; the ticket is at %2.")
                                .arg(stepNames(step), stepNames(state.step)),
                            QStringLiteral("该操作应在“%1”步骤进行,工单当前处于“%2”。")
                                .arg(stepLabelZh(step), stepLabelZh(state.step)));
}

Decision CaseWorkflow::claim(CaseState &state, const Actor &actor) const
{
    if (!isCaseWorker(actor))
        return notCaseWorker();
    if (!state.holder.isEmpty() && state.holder != actor.id)
        return Decision::refuse("role.held_by_other", QStringLiteral("The ticket is already held by %1.").arg(state.holder),
                                QStringLiteral("该工单已被 %1 领取。").arg(state.holder));
    if (state.step == Step::Closed)
        return Decision::refuse("step.closed", QStringLiteral("A closed ticket cannot be claimed; record an appeal to reopen it."),
                                QStringLiteral("已结案工单不能领取;如需重新处理请登记复核申请。"));
    state.holder = actor.id;
    if (state.status == Status::Open)
        state.status = Status::InProgress;
    return Decision::allow();
}

Decision CaseWorkflow::release(CaseState &state, const Actor &actor) const
{
    const bool supervisor = actor.role == Role::Supervisor;
    if (!supervisor) {
        if (Decision d = mustHold(state, actor); !d)
            return d;
    }
    state.holder.clear();
    // Released before any work on it: back in the queue as new.
    if (state.step == Step::Feedback && state.status == Status::InProgress)
        state.status = Status::Open;
    return Decision::allow();
}

Decision CaseWorkflow::canAdvance(const CaseState &state, const CaseFile &c, const Assessment *assessment,
                                  const Actor &actor) const
{
    if (Decision d = mustHold(state, actor); !d)
        return d;
    switch (state.step) {
    case Step::Feedback: {
        QStringList missing;
        if (!c.ticket.category)
            missing << QStringLiteral("ticket.category");
        if (!c.order || c.order->orderNo.trimmed().isEmpty())
            missing << QStringLiteral("order");
        if (!missing.isEmpty())
            return Decision::refuse("feedback.incomplete",
                                    QStringLiteral("Set the category and link the order first (missing: %1).")
                                        .arg(missing.join(QStringLiteral(", "))),
                                    QStringLiteral("请先设置问题分类并关联订单(缺少:%1)。").arg(missing.join(QStringLiteral("、"))),
                                    missing);
        return Decision::allow();
    }
    case Step::Evidence: {
        if (!assessment)
            return Decision::refuse("evidence.not_assessed", QStringLiteral("The case has not been assessed yet."),
                                    QStringLiteral("案件尚未完成规则评估。"));
        const QList<EvidenceKind> open = unwaived(state, assessment->missingEvidence);
        if (!open.isEmpty())
            return Decision::refuse("evidence.missing",
                                    QStringLiteral("Evidence still missing and not waived: %1.").arg(kindNames(open).join(QStringLiteral(", "))),
                                    QStringLiteral("以下证据仍缺失且未经书面豁免:%1。").arg(kindLabelsZh(open).join(QStringLiteral("、"))),
                                    kindNames(open));
        return Decision::allow();
    }
    case Step::Review: {
        const bool hasReviewNote = std::any_of(state.notes.begin(), state.notes.end(), [](const Note &n) {
            return n.kind == NoteKind::Review && !n.text.trimmed().isEmpty();
        });
        if (!hasReviewNote)
            return Decision::refuse("review.note_missing", QStringLiteral("Write at least one review note first."),
                                    QStringLiteral("请至少填写一条审核意见。"), {QStringLiteral("review_note")});
        if (!assessment || state.assessedCaseVersion != c.ticket.version)
            return Decision::refuse("review.assessment_stale",
                                    QStringLiteral("The assessment was not computed on the current case file (version %1); reassess first.")
                                        .arg(c.ticket.version),
                                    QStringLiteral("规则评估不是基于当前案卷(版本 %1)计算的,请重新评估。").arg(c.ticket.version),
                                    {QStringLiteral("assessment")});
        return Decision::allow();
    }
    case Step::Verdict: {
        if (!state.verdict)
            return Decision::refuse("verdict.missing", QStringLiteral("Record a verdict first."),
                                    QStringLiteral("请先录入责任判定。"), {QStringLiteral("verdict")});
        if (needsApproval(*state.verdict) && !state.verdict->approval)
            return Decision::refuse("verdict.approval_pending",
                                    QStringLiteral("The amount %1 is above the four-eyes threshold %2: a supervisor must approve it.")
                                        .arg(state.verdict->amount.toString(), m_rules.fourEyesThreshold().toString()),
                                    QStringLiteral("金额 %1 超过双人复核阈值 %2,需主管审批。")
                                        .arg(state.verdict->amount.toString(), m_rules.fourEyesThreshold().toString()),
                                    {QStringLiteral("approval")});
        return Decision::allow();
    }
    case Step::Execution: {
        QStringList missing;
        for (Remedy remedy : state.verdict ? state.verdict->remedies : QList<Remedy>{}) {
            if (remedy == Remedy::Reject)
                continue; // a rejection is carried out by telling the customer
            const bool done = std::any_of(state.executions.begin(), state.executions.end(), [remedy](const ExecutionRecord &r) {
                return r.remedy == remedy && !r.reference.trimmed().isEmpty();
            });
            if (!done)
                missing << enumName(remedy);
        }
        if (!missing.isEmpty())
            return Decision::refuse("execution.record_missing",
                                    QStringLiteral("No execution record yet for: %1.").arg(missing.join(QStringLiteral(", "))),
                                    QStringLiteral("以下处理结果尚无执行记录:%1。").arg(missing.join(QStringLiteral("、"))), missing);
        if (!state.customerNotified)
            return Decision::refuse("execution.customer_not_notified", QStringLiteral("Notify the customer of the result first."),
                                    QStringLiteral("请先将处理结果通知买家。"), {QStringLiteral("customer_notification")});
        return Decision::allow();
    }
    case Step::Closed:
        return Decision::refuse("step.final", QStringLiteral("The ticket is closed; only an appeal reopens it."),
                                QStringLiteral("工单已结案,只有复核申请可以重新开启。"));
    case Step::AppealReview:
        return Decision::refuse("appeal.decision_required", QStringLiteral("A supervisor must decide the appeal."),
                                QStringLiteral("需由主管作出复核决定。"));
    }
    return Decision::allow();
}

Decision CaseWorkflow::advance(CaseState &state, const CaseFile &c, const Assessment *assessment, const Actor &actor,
                               const QDateTime &now) const
{
    if (Decision d = canAdvance(state, c, assessment, actor); !d)
        return d;
    const Step next = *nextStep(state.step);
    if (state.step == Step::Evidence && state.status == Status::AwaitingCustomer)
        closeOpenPause(state, now);
    state.step = next;
    state.status = next == Step::Closed ? Status::Closed : Status::InProgress;
    if (next == Step::Closed)
        state.holder.clear();
    return Decision::allow();
}

Decision CaseWorkflow::requestMoreEvidence(CaseState &state, const Actor &actor, const QDateTime &now) const
{
    if (Decision d = mustHold(state, actor); !d)
        return d;
    if (state.step != Step::Review && state.step != Step::Evidence)
        return Decision::refuse("step.back_not_allowed",
                                QStringLiteral("More evidence can be requested only at the evidence or review step."),
                                QStringLiteral("只有在证据提交或平台审核步骤才能要求补充证据。"));
    if (state.status == Status::AwaitingCustomer)
        return Decision::refuse("evidence.already_requested", QStringLiteral("The customer has already been asked for evidence."),
                                QStringLiteral("已在等待买家补充证据。"));
    state.step = Step::Evidence;
    state.status = Status::AwaitingCustomer;
    state.slaPauses << Pause{now, std::nullopt};
    return Decision::allow();
}

Decision CaseWorkflow::customerResponded(CaseState &state, const Actor &actor, const QDateTime &now) const
{
    if (Decision d = mustHold(state, actor); !d)
        return d;
    if (state.status != Status::AwaitingCustomer)
        return Decision::refuse("status.not_awaiting_customer", QStringLiteral("The ticket is not waiting for the customer."),
                                QStringLiteral("工单并未处于等待买家状态。"));
    closeOpenPause(state, now);
    state.status = Status::InProgress;
    return Decision::allow();
}

Decision CaseWorkflow::addNote(CaseState &state, const Note &note, const Actor &actor) const
{
    // Supervisors may leave notes on any ticket (e.g. when deciding an appeal); agents on theirs.
    if (actor.role != Role::Supervisor) {
        if (Decision d = mustHold(state, actor); !d)
            return d;
    }
    if (note.text.trimmed().isEmpty())
        return Decision::refuse("note.empty", QStringLiteral("A note needs text."), QStringLiteral("备注内容不能为空。"),
                                {QStringLiteral("text")});
    if (note.kind == NoteKind::Review && state.step != Step::Review)
        return Decision::refuse("note.review_outside_review",
                                QStringLiteral("Review notes are written at the review step."),
                                QStringLiteral("审核意见只能在平台审核步骤填写。"));
    state.notes << note;
    return Decision::allow();
}

Decision CaseWorkflow::waiveEvidence(CaseState &state, EvidenceKind kind, const QString &reason, const Actor &actor,
                                     const QDateTime &now) const
{
    if (Decision d = mustHold(state, actor); !d)
        return d;
    if (Decision d = mustBeAt(state, Step::Evidence); !d)
        return d;
    if (reason.trimmed().isEmpty())
        return Decision::refuse("evidence.waiver_reason_missing", QStringLiteral("A waiver needs a written reason."),
                                QStringLiteral("豁免证据必须填写书面理由。"), {QStringLiteral("reason")});
    state.waivers << Waiver{kind, reason.trimmed(), actor.id, now};
    return Decision::allow();
}

QStringList CaseWorkflow::departures(const Verdict &verdict, const CaseFile &c, const Assessment &assessment)
{
    QStringList found;
    if (verdict.liableParty != assessment.liableParty)
        found << QStringLiteral("liable_party");
    if (std::any_of(verdict.remedies.begin(), verdict.remedies.end(),
                    [&](Remedy r) { return !assessment.remedies.contains(r); }))
        found << QStringLiteral("remedies");
    if (c.order && verdict.amount > c.order->amountPaid)
        found << QStringLiteral("amount"); // more than the customer paid: say why
    return found;
}

Decision CaseWorkflow::recordVerdict(CaseState &state, Verdict verdict, const CaseFile &c, const Assessment &assessment,
                                     const Actor &actor, const QDateTime &now) const
{
    if (Decision d = mustHold(state, actor); !d)
        return d;
    if (Decision d = mustBeAt(state, Step::Verdict); !d)
        return d;
    if (state.verdict && state.verdict->approval)
        return Decision::refuse("verdict.already_approved", QStringLiteral("The verdict is approved and can no longer be changed."),
                                QStringLiteral("判定已获审批,不能再修改。"));
    QStringList missing;
    if (verdict.remedies.isEmpty())
        missing << QStringLiteral("remedies");
    if (verdict.amount < Money())
        missing << QStringLiteral("amount");
    if (verdict.rulesVersion.trimmed().isEmpty())
        missing << QStringLiteral("rules_version");
    if (verdict.citedEvidence.isEmpty() && !c.evidence.isEmpty())
        missing << QStringLiteral("cited_evidence");
    if (!missing.isEmpty())
        return Decision::refuse("verdict.incomplete",
                                QStringLiteral("The verdict is incomplete (missing: %1).").arg(missing.join(QStringLiteral(", "))),
                                QStringLiteral("判定信息不完整(缺少:%1)。").arg(missing.join(QStringLiteral("、"))), missing);
    for (const QString &id : verdict.citedEvidence) {
        const bool known = std::any_of(c.evidence.begin(), c.evidence.end(), [&id](const Evidence &e) { return e.id == id; });
        if (!known)
            return Decision::refuse("verdict.unknown_evidence",
                                    QStringLiteral("Cited evidence %1 is not in the case file.").arg(id),
                                    QStringLiteral("引用的证据 %1 不在案卷中。").arg(id), {id});
    }
    if (verdict.remedies.contains(Remedy::Reject) != (verdict.liableParty == LiableParty::Customer))
        return Decision::refuse("verdict.inconsistent",
                                QStringLiteral("A rejection goes with liable party \"customer\", and only with it."),
                                QStringLiteral("“驳回”必须且只能对应责任方“用户自担”。"), {QStringLiteral("remedies")});

    verdict.departures = departures(verdict, c, assessment);
    if (verdict.departsFromAssessment() && verdict.reasoning.trimmed().isEmpty())
        return Decision::refuse("verdict.reasoning_required",
                                QStringLiteral("The verdict departs from the assessment (%1): explain why in the reasoning.")
                                    .arg(verdict.departures.join(QStringLiteral(", "))),
                                QStringLiteral("判定与规则评估不一致(%1),必须填写判定理由。").arg(verdict.departures.join(QStringLiteral("、"))),
                                {QStringLiteral("reasoning")});
    verdict.decidedBy = actor.id;
    verdict.decidedAt = now;
    verdict.assessmentJson = assessment.toJsonText(Language::English);
    verdict.approval.reset();
    state.status = needsApproval(verdict) ? Status::AwaitingApproval : Status::InProgress;
    state.verdict = verdict;
    return Decision::allow();
}

Decision CaseWorkflow::approveVerdict(CaseState &state, const Actor &actor, const QDateTime &now) const
{
    if (actor.role != Role::Supervisor)
        return notSupervisor(QStringLiteral("approve a verdict above the four-eyes threshold"), QStringLiteral("审批超过阈值的判定"));
    if (!state.verdict || state.step != Step::Verdict || state.verdict->approval || !needsApproval(*state.verdict))
        return Decision::refuse("approval.nothing_pending", QStringLiteral("No verdict is waiting for approval."),
                                QStringLiteral("没有待审批的判定。"));
    if (state.verdict->decidedBy == actor.id)
        return Decision::refuse("role.four_eyes_same_person",
                                QStringLiteral("Four eyes: the supervisor who made the verdict cannot approve it."),
                                QStringLiteral("双人复核:判定人不能审批自己的判定。"));
    state.verdict->approval = Approval{actor.id, now};
    state.status = Status::InProgress;
    return Decision::allow();
}

Decision CaseWorkflow::recordExecution(CaseState &state, const ExecutionRecord &record, const Actor &actor,
                                       const QDateTime &now) const
{
    if (Decision d = mustHold(state, actor); !d)
        return d;
    if (Decision d = mustBeAt(state, Step::Execution); !d)
        return d;
    if (!state.verdict || !state.verdict->remedies.contains(record.remedy))
        return Decision::refuse("execution.remedy_not_in_verdict",
                                QStringLiteral("%1 is not a remedy of the verdict.").arg(enumName(record.remedy)),
                                QStringLiteral("“%1”不是本判定的处理方式。").arg(remedyLabelZh(record.remedy)));
    if (record.reference.trimmed().isEmpty())
        return Decision::refuse("execution.reference_missing",
                                QStringLiteral("An execution record needs its reference (transaction id, new key id, voucher id, deposit deduction or coordination result)."),
                                QStringLiteral("执行记录必须填写凭据(退款流水号、新卡密编号、代金券编号、保证金扣款或协调结果)。"),
                                {QStringLiteral("reference")});
    ExecutionRecord stored = record;
    stored.by = actor.id;
    stored.at = now;
    state.executions << stored;
    return Decision::allow();
}

Decision CaseWorkflow::markCustomerNotified(CaseState &state, const Actor &actor) const
{
    if (Decision d = mustHold(state, actor); !d)
        return d;
    if (Decision d = mustBeAt(state, Step::Execution); !d)
        return d;
    state.customerNotified = true;
    return Decision::allow();
}

Decision CaseWorkflow::fileAppeal(CaseState &state, Appellant appellant, const QString &reason, const Actor &actor,
                                  const QDateTime &now) const
{
    if (!isCaseWorker(actor))
        return notCaseWorker();
    if (state.step != Step::Closed || !state.verdict)
        return Decision::refuse("appeal.not_closed", QStringLiteral("Only a closed ticket with a verdict can be appealed."),
                                QStringLiteral("只有已结案且有判定的工单才能申请复核。"));
    const QDateTime effective = state.verdict->approval ? state.verdict->approval->at : state.verdict->decidedAt;
    const bool alreadyDecided = std::any_of(state.pastAppeals.begin(), state.pastAppeals.end(), [&](const AppealRecord &a) {
        return a.decidedAt >= effective;
    });
    if (alreadyDecided)
        return Decision::refuse("appeal.already_decided",
                                QStringLiteral("An appeal against this verdict was already decided; it is final."),
                                QStringLiteral("该判定的复核申请已作出决定,结果为最终结果。"));
    // The window runs from when the verdict took effect: its approval, where one was needed.
    const AppealWindow window = appealWindow(effective, m_rules.appealWindowDays(), now);
    if (!window.open)
        return Decision::refuse("appeal.window_closed",
                                QStringLiteral("The appeal window closed at %1 (%2 days after the verdict).")
                                    .arg(formatIsoInstant(window.closesAt)).arg(m_rules.appealWindowDays()),
                                QStringLiteral("复核期限已于 %1 届满(判定后 %2 天)。")
                                    .arg(formatIsoInstant(window.closesAt)).arg(m_rules.appealWindowDays()));
    if (reason.trimmed().isEmpty())
        return Decision::refuse("appeal.reason_missing", QStringLiteral("An appeal needs the appellant's reason."),
                                QStringLiteral("复核申请必须填写申请理由。"), {QStringLiteral("reason")});
    state.appeal = AppealRecord{appellant, reason.trimmed(), actor.id, now, std::nullopt, {}, {}, {}};
    state.step = Step::AppealReview;
    state.status = Status::Appealed;
    return Decision::allow();
}

Decision CaseWorkflow::decideAppeal(CaseState &state, AppealOutcome outcome, const QString &reason, const Actor &actor,
                                    const QDateTime &now) const
{
    if (actor.role != Role::Supervisor)
        return notSupervisor(QStringLiteral("decide an appeal"), QStringLiteral("作出复核决定"));
    if (Decision d = mustBeAt(state, Step::AppealReview); !d)
        return d;
    if (!state.appeal || !state.verdict)
        return Decision::refuse("appeal.missing", QStringLiteral("There is no appeal to decide."), QStringLiteral("没有待决定的复核申请。"));
    const bool madeIt = state.verdict->decidedBy == actor.id;
    const bool approvedIt = state.verdict->approval && state.verdict->approval->by == actor.id;
    if (madeIt || approvedIt)
        return Decision::refuse("role.appeal_not_independent",
                                QStringLiteral("The supervisor who %1 the verdict under appeal cannot decide the appeal.")
                                    .arg(madeIt ? QStringLiteral("made") : QStringLiteral("approved")),
                                QStringLiteral("%1被复核判定的主管不能作出复核决定。").arg(madeIt ? QStringLiteral("作出") : QStringLiteral("审批")));
    if (reason.trimmed().isEmpty())
        return Decision::refuse("appeal.decision_reason_missing", QStringLiteral("An appeal decision needs a written reason."),
                                QStringLiteral("复核决定必须填写理由。"), {QStringLiteral("reason")});
    AppealRecord decided = *state.appeal;
    decided.outcome = outcome;
    decided.decisionReason = reason.trimmed();
    decided.decidedBy = actor.id;
    decided.decidedAt = now;
    state.pastAppeals << decided;
    state.appeal.reset();
    if (outcome == AppealOutcome::Uphold) {
        state.step = Step::Closed;
        state.status = Status::Closed;
        state.holder.clear();
        return Decision::allow();
    }
    // Overturned or amended: a new verdict, then its execution. The deciding supervisor holds it.
    state.supersededVerdicts << *state.verdict;
    state.supersededExecutions << state.executions;
    state.verdict.reset();
    state.executions.clear();
    state.customerNotified = false;
    state.step = Step::Verdict;
    state.status = Status::InProgress;
    state.holder = actor.id;
    return Decision::allow();
}

Decision CaseWorkflow::escalateExternal(CaseState &state, const QString &channel, const Actor &actor) const
{
    if (actor.role != Role::Supervisor) {
        if (Decision d = mustHold(state, actor); !d)
            return d;
    }
    if (channel.trimmed().isEmpty())
        return Decision::refuse("escalation.channel_missing",
                                QStringLiteral("Name the external channel (e.g. 12315, court)."),
                                QStringLiteral("请注明外部投诉渠道(如 12315、法院)。"), {QStringLiteral("channel")});
    state.escalatedExternal = true;
    state.escalationChannel = channel.trimmed();
    return Decision::allow();
}

} // namespace wd
