// CaseWorkflow: every guard and role rule of the five-step workflow (domain.md), each allowed and refused.
// A row builds a case at a stage, optionally prepares it, runs one action and checks the Decision:
// refused -> the exact guard id, `missing`, both reasons, and a CaseState identical to before;
// allowed -> the row's check of the new state. Appeals, escalation and the full path: tst_workflow_appeal.cpp.
#include "tst_workflow_fixture.h"

class tst_Workflow : public QObject
{
    Q_OBJECT
private slots:
    void claim_data();
    void claim() { runRow(); }
    void release_data();
    void release() { runRow(); }
    void advance_data();
    void advance() { runRow(); }
    void moreEvidence_data();
    void moreEvidence() { runRow(); }
    void notes_data();
    void notes() { runRow(); }
    void recordVerdict_data();
    void recordVerdict() { runRow(); }
    void approveVerdict_data();
    void approveVerdict() { runRow(); }
    void execution_data();
    void execution() { runRow(); }
    void nextStep();
    void decisionHelpers();
};

void tst_Workflow::claim_data()
{
    columns();
    row("agent claims an open ticket", Stage::Fresh, {}, claimBy(kLi), "", {}, [](const Fx &fx) {
        QCOMPARE(fx.s.holder, kLi.id);
        expectAt(fx, Step::Feedback, Status::InProgress);
    });
    row("supervisor claims", Stage::Fresh, {}, claimBy(kZhao), "", {},
        [](const Fx &fx) { QCOMPARE(fx.s.holder, kZhao.id); });
    row("holder claims again", Stage::Feedback, {}, claimBy(kLi), "", {},
        [](const Fx &fx) { QCOMPARE(fx.s.holder, kLi.id); });
    row("released ticket keeps awaiting_customer", Stage::Review, [](Fx &fx) {
        must(wf().requestMoreEvidence(fx.s, kLi, at(kNow)), "request");
        must(wf().release(fx.s, kLi), "release");
    }, claimBy(kWang), "", {}, [](const Fx &fx) {
        QCOMPARE(fx.s.holder, kWang.id);
        expectAt(fx, Step::Evidence, Status::AwaitingCustomer);
    });
    row("admin refused", Stage::Fresh, {}, claimBy(kAdmin), "role.not_case_worker");
    row("held by another agent", Stage::Feedback, {}, claimBy(kWang), "role.held_by_other");
    row("held by an agent, supervisor", Stage::Feedback, {}, claimBy(kZhao), "role.held_by_other");
    row("closed ticket", Stage::Closed, {}, claimBy(kLi), "step.closed");
    row("closed ticket, supervisor", Stage::Closed, {}, claimBy(kZhao), "step.closed");
}

void tst_Workflow::release_data()
{
    columns();
    const Check released = [](const Fx &fx) { QVERIFY(fx.s.holder.isEmpty()); };
    row("by the holder", Stage::Evidence, {}, releaseBy(kLi), "", {}, released);
    row("by a supervisor who does not hold it", Stage::Evidence, {}, releaseBy(kZhao), "", {}, released);
    row("by another agent", Stage::Evidence, {}, releaseBy(kWang), "role.not_holder");
    row("unheld ticket, agent", Stage::Fresh, {}, releaseBy(kWang), "role.not_holder");
    row("by an admin", Stage::Evidence, {}, releaseBy(kAdmin), "role.not_case_worker");
}

void tst_Workflow::advance_data()
{
    columns();
    // feedback: category set, order linked
    row("feedback complete", Stage::Feedback, {}, advanceBy(kLi), "", {},
        [](const Fx &fx) { expectAt(fx, Step::Evidence, Status::InProgress); });
    row("feedback: category missing", Stage::Feedback, [](Fx &fx) { fx.c.ticket.category.reset(); }, advanceBy(kLi),
        "feedback.incomplete", {"ticket.category"});
    row("feedback: order missing", Stage::Feedback, [](Fx &fx) { fx.c.order.reset(); }, advanceBy(kLi),
        "feedback.incomplete", {"order"});
    row("feedback: blank order number", Stage::Feedback, [](Fx &fx) { fx.c.order->orderNo = QStringLiteral("  "); },
        advanceBy(kLi), "feedback.incomplete", {"order"});
    row("feedback: both missing", Stage::Feedback, [](Fx &fx) {
        fx.c.ticket.category.reset();
        fx.c.order.reset();
    }, advanceBy(kLi), "feedback.incomplete", {"ticket.category", "order"});
    // roles: only the holder moves the case on, whatever the step
    row("unclaimed ticket", Stage::Fresh, {}, advanceBy(kLi), "role.not_holder");
    row("another agent", Stage::Feedback, {}, advanceBy(kWang), "role.not_holder");
    row("supervisor not holding", Stage::Evidence, {}, advanceBy(kZhao), "role.not_holder");
    row("admin", Stage::Review, {}, advanceBy(kAdmin), "role.not_case_worker");
    // evidence: no missing_evidence, or each missing item waived with a written reason
    row("evidence complete", Stage::Evidence, {}, advanceBy(kLi), "", {},
        [](const Fx &fx) { expectAt(fx, Step::Review, Status::InProgress); });
    row("evidence: not assessed", Stage::Evidence, {}, advanceBy(kLi, false), "evidence.not_assessed");
    row("evidence: one item missing", Stage::Evidence, dropEvidence(false), advanceBy(kLi), "evidence.missing",
        {"communication_record"});
    row("evidence: two items missing", Stage::Evidence, dropEvidence(true), advanceBy(kLi), "evidence.missing",
        {"key_usage_record", "communication_record"});
    row("evidence: one of two waived", Stage::Evidence, [](Fx &fx) {
        dropEvidence(true)(fx);
        must(wf().waiveEvidence(fx.s, EvidenceKind::CommunicationRecord, QStringLiteral("商家已注销,无法沟通"), kLi,
                                at(kT0)), "waive");
    }, advanceBy(kLi), "evidence.missing", {"key_usage_record"});
    row("evidence: all missing items waived", Stage::Evidence, [](Fx &fx) {
        dropEvidence(true)(fx);
        for (EvidenceKind k : {EvidenceKind::KeyUsageRecord, EvidenceKind::CommunicationRecord})
            must(wf().waiveEvidence(fx.s, k, QStringLiteral("发行方后台截图已由平台调取"), kLi, at(kT0)), "waive");
    }, advanceBy(kLi), "", {}, [](const Fx &fx) {
        expectAt(fx, Step::Review, Status::InProgress);
        QCOMPARE(fx.s.waivers.size(), 2);
    });
    row("evidence: a stored waiver with a blank reason does not count", Stage::Evidence, [](Fx &fx) {
        dropEvidence(false)(fx);
        fx.s.waivers << Waiver{EvidenceKind::CommunicationRecord, QStringLiteral(" "), kLi.id, at(kT0)};
    }, advanceBy(kLi), "evidence.missing", {"communication_record"});
    row("evidence: waiver without reason", Stage::Evidence, dropEvidence(false),
        waiveBy(kLi, EvidenceKind::CommunicationRecord, QStringLiteral(" \t")), "evidence.waiver_reason_missing", {"reason"});
    row("evidence: waiver by another agent", Stage::Evidence, dropEvidence(false),
        waiveBy(kWang, EvidenceKind::CommunicationRecord, QStringLiteral("理由")), "role.not_holder");
    row("evidence: waiver outside evidence", Stage::Review, {},
        waiveBy(kLi, EvidenceKind::CommunicationRecord, QStringLiteral("理由")), "step.wrong_step");
    row("evidence: waiver records reason and author", Stage::Evidence, dropEvidence(false),
        waiveBy(kLi, EvidenceKind::CommunicationRecord, QStringLiteral("  商家失联  ")), "", {}, [](const Fx &fx) {
            QCOMPARE(fx.s.waivers.size(), 1);
            QCOMPARE(fx.s.waivers[0].reason, QStringLiteral("商家失联"));
            QCOMPARE(fx.s.waivers[0].by, kLi.id);
            QCOMPARE(fx.s.waivers[0].at, at(kNow));
        });
    // review: a review note and an assessment computed on the current case file
    row("review ready", Stage::Review, addReviewNote(), advanceBy(kLi), "", {},
        [](const Fx &fx) { expectAt(fx, Step::Verdict, Status::InProgress); });
    row("review: no note", Stage::Review, {}, advanceBy(kLi), "review.note_missing", {"review_note"});
    row("review: internal note only", Stage::Review, [](Fx &fx) {
        must(wf().addNote(fx.s, note(NoteKind::Internal, "内部备注", kLi), kLi), "note");
    }, advanceBy(kLi), "review.note_missing", {"review_note"});
    row("review: case file changed since assessment", Stage::Review, [](Fx &fx) {
        addReviewNote()(fx);
        fx.c.ticket.version = 2;
    }, advanceBy(kLi), "review.assessment_stale", {"assessment"});
    row("review: never assessed", Stage::Review, [](Fx &fx) {
        addReviewNote()(fx);
        fx.s.assessedCaseVersion.reset();
    }, advanceBy(kLi), "review.assessment_stale", {"assessment"});
    row("review: no assessment given", Stage::Review, addReviewNote(), advanceBy(kLi, false), "review.assessment_stale",
        {"assessment"});
    // verdict: recorded, and approved when above the four-eyes threshold (500.00)
    row("verdict: none", Stage::Verdict, {}, advanceBy(kLi), "verdict.missing", {"verdict"});
    row("verdict: 98.50", Stage::Verdicted, {}, advanceBy(kLi), "", {},
        [](const Fx &fx) { expectAt(fx, Step::Execution, Status::InProgress); });
    row("verdict: exactly 500.00 needs no approval", Stage::Verdict, recordAmount(50000), advanceBy(kLi), "", {},
        [](const Fx &fx) { expectAt(fx, Step::Execution, Status::InProgress); });
    row("verdict: 500.01 needs approval", Stage::Verdict, recordAmount(50001), advanceBy(kLi),
        "verdict.approval_pending", {"approval"});
    row("verdict: 600.00 not approved", Stage::Pending, {}, advanceBy(kLi), "verdict.approval_pending", {"approval"});
    row("verdict: 600.00 approved", Stage::Pending, approvedBy(kZhao), advanceBy(kLi), "", {},
        [](const Fx &fx) { expectAt(fx, Step::Execution, Status::InProgress); });
    // execution: an execution record per remedy, and the customer notified
    row("execution: no record", Stage::Execution, {}, advanceBy(kLi), "execution.record_missing", {"refund"});
    row("execution: record with blank reference does not count", Stage::Execution,
        [](Fx &fx) { fx.s.executions << ExecutionRecord{Remedy::Refund, QStringLiteral(" "), kLi.id, at(kT0)}; },
        advanceBy(kLi), "execution.record_missing", {"refund"});
    row("execution: one of two remedies recorded", Stage::Verdict, [](Fx &fx) {
        must(wf().recordVerdict(fx.s, verdict(9850, LiableParty::Merchant, {Remedy::ReissueKey, Remedy::Refund}), fx.c,
                                fx.a, kLi, at(kVerdictAt)), "verdict");
        must(wf().advance(fx.s, fx.c, &fx.a, kLi, at(kVerdictAt)), "advance");
        must(wf().recordExecution(fx.s, exec(Remedy::Refund, "RF-1"), kLi, at(kVerdictAt)), "execute");
    }, advanceBy(kLi), "execution.record_missing", {"reissue_key"});
    row("execution: customer not notified", Stage::Execution, executed(false), advanceBy(kLi),
        "execution.customer_not_notified", {"customer_notification"});
    row("execution: done", Stage::Execution, executed(true), advanceBy(kLi), "", {}, [](const Fx &fx) {
        expectAt(fx, Step::Closed, Status::Closed);
        QVERIFY(fx.s.holder.isEmpty());
    });
    row("execution: a rejection needs no record", Stage::Verdict, [](Fx &fx) {
        fx.c.findings.userError = true; // the agent found user error: not covered, reject
        fx.reassess();
        must(wf().recordVerdict(fx.s, verdict(0, LiableParty::Customer, {Remedy::Reject}), fx.c, fx.a, kLi,
                                at(kVerdictAt)), "verdict");
        must(wf().advance(fx.s, fx.c, &fx.a, kLi, at(kVerdictAt)), "advance");
        must(wf().markCustomerNotified(fx.s, kLi), "notify");
    }, advanceBy(kLi), "", {}, [](const Fx &fx) { expectAt(fx, Step::Closed, Status::Closed); });
    row("closed: final", Stage::Closed, [](Fx &fx) { fx.s.holder = kLi.id; }, advanceBy(kLi), "step.final");
    row("appeal_review: a supervisor decides", Stage::Appealed, [](Fx &fx) { must(wf().claim(fx.s, kLi), "claim"); },
        advanceBy(kLi), "appeal.decision_required");
}

void tst_Workflow::moreEvidence_data()
{
    columns();
    row("from review", Stage::Review, addReviewNote(), requestBy(kLi), "", {}, [](const Fx &fx) {
        expectAt(fx, Step::Evidence, Status::AwaitingCustomer);
        QCOMPARE(fx.s.slaPauses.size(), 1);
        QCOMPARE(fx.s.slaPauses[0].from, at(kNow));
        QVERIFY(!fx.s.slaPauses[0].until);
        QCOMPARE(fx.s.notes.size(), 1); // the review note survives the step back
    });
    row("at the evidence step itself", Stage::Evidence, {}, requestBy(kLi), "", {}, [](const Fx &fx) {
        expectAt(fx, Step::Evidence, Status::AwaitingCustomer);
        QCOMPARE(fx.s.slaPauses.size(), 1);
    });
    row("asked twice", Stage::Review, request(), requestBy(kLi), "evidence.already_requested");
    row("from verdict", Stage::Verdict, {}, requestBy(kLi), "step.back_not_allowed");
    row("from execution", Stage::Execution, {}, requestBy(kLi), "step.back_not_allowed");
    row("from feedback", Stage::Feedback, {}, requestBy(kLi), "step.back_not_allowed");
    row("not the holder", Stage::Review, {}, requestBy(kWang), "role.not_holder");
    row("customer responded", Stage::Review, request(), respondBy(kLi), "", {}, [](const Fx &fx) {
        expectAt(fx, Step::Evidence, Status::InProgress);
        QCOMPARE(fx.s.slaPauses.size(), 1);
        QCOMPARE(fx.s.slaPauses[0].from, at(kT0));
        QCOMPARE(fx.s.slaPauses[0].until, std::optional<QDateTime>(at(kNow)));
    });
    row("customer responded, nothing asked", Stage::Review, {}, respondBy(kLi), "status.not_awaiting_customer");
    row("customer responded, not the holder", Stage::Review, request(), respondBy(kWang), "role.not_holder");
    row("advancing while awaiting the customer", Stage::Review, request(), advanceBy(kLi), "", {}, [](const Fx &fx) {
        expectAt(fx, Step::Review, Status::InProgress);
        QCOMPARE(fx.s.slaPauses.size(), 1);
        QCOMPARE(fx.s.slaPauses[0].until, std::optional<QDateTime>(at(kNow)));
    });
    row("second request after the answer opens a second pause", Stage::Review, [](Fx &fx) {
        request()(fx);
        must(wf().customerResponded(fx.s, kLi, at(kVerdictAt)), "respond");
    }, requestBy(kLi), "", {}, [](const Fx &fx) {
        QCOMPARE(fx.s.slaPauses.size(), 2);
        QVERIFY(fx.s.slaPauses[0].until);
        QVERIFY(!fx.s.slaPauses[1].until);
    });
}

void tst_Workflow::notes_data()
{
    columns();
    row("empty text", Stage::Review, {}, noteBy(kLi, NoteKind::Internal, ""), "note.empty", {"text"});
    row("blank text", Stage::Review, {}, noteBy(kLi, NoteKind::Review, "   \n"), "note.empty", {"text"});
    row("review note at evidence", Stage::Evidence, {}, noteBy(kLi, NoteKind::Review, "审核意见"),
        "note.review_outside_review");
    row("review note at verdict", Stage::Verdict, {}, noteBy(kLi, NoteKind::Review, "审核意见"),
        "note.review_outside_review");
    row("review note at review", Stage::Review, {}, noteBy(kLi, NoteKind::Review, "日志显示激活失败"), "", {},
        [](const Fx &fx) {
            QCOMPARE(fx.s.notes.size(), 1);
            QCOMPARE(enumName(fx.s.notes[0].kind), enumName(NoteKind::Review));
        });
    row("internal note at feedback", Stage::Feedback, {}, noteBy(kLi, NoteKind::Internal, "已联系买家"), "", {},
        [](const Fx &fx) { QCOMPARE(fx.s.notes.size(), 1); });
    row("supervisor without holding", Stage::Evidence, {}, noteBy(kZhao, NoteKind::Internal, "请尽快处理"), "", {},
        [](const Fx &fx) {
            QCOMPARE(fx.s.notes.size(), 1);
            QCOMPARE(fx.s.holder, kLi.id);
        });
    row("supervisor review note counts for review", Stage::Review, [](Fx &fx) {
        must(wf().addNote(fx.s, note(NoteKind::Review, "主管审核意见", kZhao), kZhao), "note");
    }, advanceBy(kLi), "", {}, [](const Fx &fx) { expectAt(fx, Step::Verdict, Status::InProgress); });
    row("agent without holding", Stage::Evidence, {}, noteBy(kWang, NoteKind::Internal, "备注"), "role.not_holder");
    row("admin", Stage::Evidence, {}, noteBy(kAdmin, NoteKind::Internal, "备注"), "role.not_case_worker");
}

void tst_Workflow::recordVerdict_data()
{
    columns();
    row("as assessed", Stage::Verdict, {}, verdictBy(kLi, verdict(9850)), "", {}, [](const Fx &fx) {
        QVERIFY(fx.s.verdict);
        QCOMPARE(fx.s.verdict->decidedBy, kLi.id);
        QCOMPARE(fx.s.verdict->decidedAt, at(kNow));
        QVERIFY(fx.s.verdict->departures.isEmpty());
        QVERIFY(!fx.s.verdict->approval);
        QCOMPARE(fx.s.verdict->assessmentJson, fx.a.toJsonText(Language::English)); // what it was measured against
        expectAt(fx, Step::Verdict, Status::InProgress);
    });
    row("wrong step", Stage::Review, addReviewNote(), verdictBy(kLi, verdict(9850)), "step.wrong_step");
    row("not the holder", Stage::Verdict, {}, verdictBy(kWang, verdict(9850)), "role.not_holder");
    row("supervisor not holding", Stage::Verdict, {}, verdictBy(kZhao, verdict(9850)), "role.not_holder");
    Verdict empty = verdict(9850);
    empty.remedies.clear();
    empty.rulesVersion = QStringLiteral(" ");
    empty.citedEvidence.clear();
    row("incomplete", Stage::Verdict, {}, verdictBy(kLi, empty), "verdict.incomplete",
        {"remedies", "rules_version", "cited_evidence"});
    row("negative amount", Stage::Verdict, {}, verdictBy(kLi, verdict(-1)), "verdict.incomplete", {"amount"});
    Verdict uncited = verdict(9850);
    uncited.citedEvidence.clear();
    row("no citations needed without evidence", Stage::Verdict, [](Fx &fx) { fx.c.evidence.clear(); },
        verdictBy(kLi, uncited), "", {}, [](const Fx &fx) { QVERIFY(fx.s.verdict); });
    Verdict unknown = verdict(9850);
    unknown.citedEvidence << QStringLiteral("E-9");
    row("unknown evidence", Stage::Verdict, {}, verdictBy(kLi, unknown), "verdict.unknown_evidence", {"E-9"});
    row("reject with the merchant liable", Stage::Verdict, {},
        verdictBy(kLi, verdict(0, LiableParty::Merchant, {Remedy::Reject}, "理由")), "verdict.inconsistent", {"remedies"});
    row("customer liable without reject", Stage::Verdict, {},
        verdictBy(kLi, verdict(0, LiableParty::Customer, {Remedy::Refund}, "理由")), "verdict.inconsistent",
        {"remedies"});
    row("other liable party, no reasoning", Stage::Verdict, {},
        verdictBy(kLi, verdict(9850, LiableParty::Platform, {Remedy::Refund}, " ")), "verdict.reasoning_required",
        {"reasoning"});
    row("remedy not proposed, no reasoning", Stage::Verdict, {},
        verdictBy(kLi, verdict(9850, LiableParty::Merchant, {Remedy::Compensation}, "")), "verdict.reasoning_required",
        {"reasoning"});
    row("reject against the assessment, no reasoning", Stage::Verdict, {},
        verdictBy(kLi, verdict(0, LiableParty::Customer, {Remedy::Reject}, "")), "verdict.reasoning_required",
        {"reasoning"});
    row("other liable party, reasoned", Stage::Verdict, {},
        verdictBy(kLi, verdict(9850, LiableParty::Platform, {Remedy::Refund}, "提取时平台正在维护")), "", {},
        [](const Fx &fx) { QCOMPARE(fx.s.verdict->departures, QStringList{"liable_party"}); });
    row("remedy not proposed, reasoned", Stage::Verdict, {},
        verdictBy(kLi, verdict(9850, LiableParty::Merchant, {Remedy::Refund, Remedy::Compensation}, "另补偿代金券")),
        "", {}, [](const Fx &fx) { QCOMPARE(fx.s.verdict->departures, QStringList{"remedies"}); });
    row("both departures, reasoned", Stage::Verdict, {},
        verdictBy(kLi, verdict(0, LiableParty::Customer, {Remedy::Reject}, "买家泄露卡密")), "", {},
        [](const Fx &fx) { QCOMPARE(fx.s.verdict->departures, (QStringList{"liable_party", "remedies"})); });
    row("a subset of the proposed remedies is no departure", Stage::Verdict, {},
        verdictBy(kLi, verdict(9850, LiableParty::Merchant, {Remedy::ReissueKey}, "")), "", {},
        [](const Fx &fx) { QVERIFY(fx.s.verdict->departures.isEmpty()); });
    row("covering what the assessment excluded", Stage::Verdict, [](Fx &fx) {
        fx.c.findings.forceMajeure = true; // assessed: not covered, customer, reject
        fx.reassess();
    }, verdictBy(kLi, verdict(9850, LiableParty::Merchant, {Remedy::Refund}, "非不可抗力,商家责任")), "", {},
        [](const Fx &fx) {
            // Overriding coverage shows as liable_party + remedies (caseworkflow.h names no other departure).
            QCOMPARE(fx.s.verdict->departures, (QStringList{"liable_party", "remedies"}));
            const QJsonObject measured = QJsonDocument::fromJson(fx.s.verdict->assessmentJson).object();
            QCOMPARE(measured.value(QStringLiteral("covered")).toBool(), false);
            QCOMPARE(measured.value(QStringLiteral("liable_party")).toString(), QStringLiteral("customer"));
        });
    row("stale departures are recomputed", Stage::Verdict, {}, [](Fx &fx) {
        Verdict v = verdict(9850);
        v.departures = QStringList{QStringLiteral("liable_party")};
        return wf().recordVerdict(fx.s, v, fx.c, fx.a, kLi, at(kNow));
    }, "", {}, [](const Fx &fx) { QVERIFY(fx.s.verdict->departures.isEmpty()); });
    Verdict preApproved = verdict(60000);
    preApproved.approval = Approval{kZhao.id, at(kT0)};
    row("an approval cannot be recorded with the verdict", Stage::Verdict, {}, verdictBy(kLi, preApproved), "", {},
        [](const Fx &fx) {
            QVERIFY(!fx.s.verdict->approval);
            expectAt(fx, Step::Verdict, Status::AwaitingApproval);
        });
    row("above threshold awaits approval", Stage::Verdict, {}, verdictBy(kLi, verdict(50001)), "", {},
        [](const Fx &fx) { expectAt(fx, Step::Verdict, Status::AwaitingApproval); });
    row("exactly at threshold", Stage::Verdict, {}, verdictBy(kLi, verdict(50000)), "", {},
        [](const Fx &fx) { expectAt(fx, Step::Verdict, Status::InProgress); });
    row("replaced while pending", Stage::Pending, {}, verdictBy(kLi, verdict(9850)), "", {}, [](const Fx &fx) {
        QCOMPARE(fx.s.verdict->amount, Money::fromCents(9850));
        expectAt(fx, Step::Verdict, Status::InProgress);
    });
    row("replaced after approval", Stage::Pending, approvedBy(kZhao), verdictBy(kLi, verdict(9850)),
        "verdict.already_approved");
}

void tst_Workflow::approveVerdict_data()
{
    columns();
    row("another supervisor", Stage::Pending, {}, approveBy(kZhao), "", {}, [](const Fx &fx) {
        QVERIFY(fx.s.verdict->approval);
        QCOMPARE(fx.s.verdict->approval->by, kZhao.id);
        QCOMPARE(fx.s.verdict->approval->at, at(kNow));
        expectAt(fx, Step::Verdict, Status::InProgress);
    });
    row("agent", Stage::Pending, {}, approveBy(kWang), "role.supervisor_required");
    row("the agent who made it", Stage::Pending, {}, approveBy(kLi), "role.supervisor_required");
    row("admin", Stage::Pending, {}, approveBy(kAdmin), "role.supervisor_required");
    row("the supervisor who made it", Stage::Verdict, [](Fx &fx) {
        must(wf().release(fx.s, kLi), "release");
        must(wf().claim(fx.s, kQian), "claim");
        must(wf().recordVerdict(fx.s, verdict(60000), fx.c, fx.a, kQian, at(kVerdictAt)), "verdict");
    }, approveBy(kQian), "role.four_eyes_same_person");
    row("below threshold", Stage::Verdicted, {}, approveBy(kZhao), "approval.nothing_pending");
    row("no verdict", Stage::Verdict, {}, approveBy(kZhao), "approval.nothing_pending");
    row("already approved", Stage::Pending, approvedBy(kZhao), approveBy(kSun), "approval.nothing_pending");
    row("after the verdict step", Stage::Pending, [](Fx &fx) {
        approvedBy(kZhao)(fx);
        must(wf().advance(fx.s, fx.c, &fx.a, kLi, at(kT0)), "advance");
    }, approveBy(kSun), "approval.nothing_pending");
}

void tst_Workflow::execution_data()
{
    columns();
    row("record", Stage::Execution, {}, execBy(kLi, exec(Remedy::Refund, "RF-20261106-0001")), "", {},
        [](const Fx &fx) {
            QCOMPARE(fx.s.executions.size(), 1);
            QCOMPARE(fx.s.executions[0].by, kLi.id);
            QCOMPARE(fx.s.executions[0].at, at(kNow));
            QCOMPARE(fx.s.executions[0].reference, QStringLiteral("RF-20261106-0001"));
        });
    row("remedy not in the verdict", Stage::Execution, {}, execBy(kLi, exec(Remedy::ReissueKey, "K-2")),
        "execution.remedy_not_in_verdict");
    row("blank reference", Stage::Execution, {}, execBy(kLi, exec(Remedy::Refund, "  ")), "execution.reference_missing",
        {"reference"});
    row("wrong step", Stage::Verdicted, {}, execBy(kLi, exec(Remedy::Refund, "RF-1")), "step.wrong_step");
    row("not the holder", Stage::Execution, {}, execBy(kWang, exec(Remedy::Refund, "RF-1")), "role.not_holder");
    row("supervisor not holding", Stage::Execution, {}, execBy(kZhao, exec(Remedy::Refund, "RF-1")), "role.not_holder");
    row("notify customer", Stage::Execution, {}, notifyBy(kLi), "", {},
        [](const Fx &fx) { QVERIFY(fx.s.customerNotified); });
    row("notify at the wrong step", Stage::Verdicted, {}, notifyBy(kLi), "step.wrong_step");
    row("notify, not the holder", Stage::Execution, {}, notifyBy(kWang), "role.not_holder");
}

void tst_Workflow::nextStep()
{
    QCOMPARE(CaseWorkflow::nextStep(Step::Feedback), std::optional<Step>(Step::Evidence));
    QCOMPARE(CaseWorkflow::nextStep(Step::Evidence), std::optional<Step>(Step::Review));
    QCOMPARE(CaseWorkflow::nextStep(Step::Review), std::optional<Step>(Step::Verdict));
    QCOMPARE(CaseWorkflow::nextStep(Step::Verdict), std::optional<Step>(Step::Execution));
    QCOMPARE(CaseWorkflow::nextStep(Step::Execution), std::optional<Step>(Step::Closed));
    QVERIFY(!CaseWorkflow::nextStep(Step::Closed));
    QVERIFY(!CaseWorkflow::nextStep(Step::AppealReview));
}

void tst_Workflow::decisionHelpers()
{
    QCOMPARE(RuleSet::builtIn().fourEyesThreshold(), Money::fromCents(50000));
    QCOMPARE(RuleSet::builtIn().appealWindowDays(), 7);
    QVERIFY(bool(Decision::allow()));
    const Decision d = Decision::refuse("x.y", QStringLiteral("en"), QStringLiteral("中"), {QStringLiteral("m")});
    QVERIFY(!d);
    QCOMPARE(d.reason(Language::English), QStringLiteral("en"));
    QCOMPARE(d.reason(Language::Chinese), QStringLiteral("中"));
    QVERIFY(!wf().needsApproval(verdict(50000)));
    QVERIFY(wf().needsApproval(verdict(50001)));
}

QTEST_GUILESS_MAIN(tst_Workflow)
#include "tst_workflow.moc"
