// CaseWorkflow, after the verdict: appeals (filing within the window, independent decision), external
// escalation, and the whole path feedback -> closed -> appeal -> amended verdict -> closed -> appeal again.
#include "tst_workflow_fixture.h"

// Every step of the happy path must be allowed; a refusal names its guard.
#define ALLOWED(expr)                                                                                        \
    do {                                                                                                     \
        const Decision d_ = (expr);                                                                          \
        QVERIFY2(d_, qPrintable(d_.guard + u' ' + d_.reasonEn));                                             \
    } while (false)
#define REFUSED(expr, id)                                                                                    \
    do {                                                                                                     \
        const Decision d_ = (expr);                                                                          \
        QCOMPARE(d_.guard, QStringLiteral(id));                                                              \
    } while (false)

static Act appealBy(Actor a, Appellant who, const char *reason, const char *when)
{
    return [=](Fx &fx) { return wf().fileAppeal(fx.s, who, QString::fromUtf8(reason), a, at(when)); };
}
static Act decideBy(Actor a, AppealOutcome outcome, const char *reason)
{
    return [=](Fx &fx) { return wf().decideAppeal(fx.s, outcome, QString::fromUtf8(reason), a, at(kNow)); };
}
static Act escalateBy(Actor a, const char *channel)
{
    return [=](Fx &fx) { return wf().escalateExternal(fx.s, QString::fromUtf8(channel), a); };
}

class tst_WorkflowAppeal : public QObject
{
    Q_OBJECT
private slots:
    void fileAppeal_data();
    void fileAppeal() { runRow(); }
    void decideAppeal_data();
    void decideAppeal() { runRow(); }
    void escalate_data();
    void escalate() { runRow(); }
    void fullPath();
};

void tst_WorkflowAppeal::fileAppeal_data()
{
    columns();
    // The built verdict was decided at 2026-11-06T10:00:00+08:00; the window is 7 days, end instant included.
    row("within the window", Stage::Closed, {}, appealBy(kWang, Appellant::Customer, " 补发卡密仍无效 ", kNow), "", {},
        [](const Fx &fx) {
            expectAt(fx, Step::AppealReview, Status::Appealed);
            QVERIFY(fx.s.appeal);
            QCOMPARE(enumName(fx.s.appeal->appellant), QStringLiteral("customer"));
            QCOMPARE(fx.s.appeal->reason, QStringLiteral("补发卡密仍无效"));
            QCOMPARE(fx.s.appeal->filedBy, kWang.id);
            QCOMPARE(fx.s.appeal->filedAt, at(kNow));
            QVERIFY(!fx.s.appeal->outcome);
            QVERIFY(fx.s.verdict); // the verdict under appeal stays until decided
        });
    row("exactly 7 days after the verdict", Stage::Closed, {},
        appealBy(kLi, Appellant::Customer, "理由", "2026-11-13T10:00:00+08:00"), "", {},
        [](const Fx &fx) { expectAt(fx, Step::AppealReview, Status::Appealed); });
    row("one second later", Stage::Closed, {}, appealBy(kLi, Appellant::Customer, "理由", "2026-11-13T10:00:01+08:00"),
        "appeal.window_closed");
    row("the last instant written in UTC", Stage::Closed, {},
        appealBy(kLi, Appellant::Customer, "理由", "2026-11-13T02:00:00Z"), "", {},
        [](const Fx &fx) { expectAt(fx, Step::AppealReview, Status::Appealed); });
    row("one second later written in UTC", Stage::Closed, {},
        appealBy(kLi, Appellant::Customer, "理由", "2026-11-13T02:00:01Z"), "appeal.window_closed");
    row("the merchant appeals", Stage::Closed, {}, appealBy(kLi, Appellant::Merchant, "买家已使用卡密", kNow), "", {},
        [](const Fx &fx) { QCOMPARE(enumName(fx.s.appeal->appellant), QStringLiteral("merchant")); });
    row("a supervisor files it", Stage::Closed, {}, appealBy(kZhao, Appellant::Customer, "理由", kNow), "", {},
        [](const Fx &fx) { QCOMPARE(fx.s.appeal->filedBy, kZhao.id); });
    row("blank reason", Stage::Closed, {}, appealBy(kLi, Appellant::Customer, "  ", kNow), "appeal.reason_missing",
        {"reason"});
    row("not closed", Stage::Execution, {}, appealBy(kLi, Appellant::Customer, "理由", kNow), "appeal.not_closed");
    row("no verdict yet", Stage::Verdict, {}, appealBy(kLi, Appellant::Customer, "理由", kNow), "appeal.not_closed");
    row("already under appeal", Stage::Appealed, {}, appealBy(kLi, Appellant::Customer, "理由", kNow),
        "appeal.not_closed");
    row("admin", Stage::Closed, {}, appealBy(kAdmin, Appellant::Customer, "理由", kNow), "role.not_case_worker");
}

void tst_WorkflowAppeal::decideAppeal_data()
{
    columns();
    // Stage::Appealed: supervisor Qian made the 600.00 verdict, supervisor Zhao approved it.
    const auto superseded = [](AppealOutcome outcome) {
        return Check([outcome](const Fx &fx) {
            expectAt(fx, Step::Verdict, Status::InProgress);
            QCOMPARE(fx.s.holder, kSun.id);
            QVERIFY(!fx.s.verdict);
            QVERIFY(!fx.s.appeal);
            QCOMPARE(fx.s.supersededVerdicts.size(), 1);
            QCOMPARE(fx.s.supersededVerdicts[0].decidedBy, kQian.id);
            QCOMPARE(fx.s.supersededVerdicts[0].amount, Money::fromCents(60000));
            QVERIFY(fx.s.executions.isEmpty());
            QCOMPARE(fx.s.supersededExecutions.size(), 1);
            QCOMPARE(fx.s.supersededExecutions[0].reference, QStringLiteral("RF-20261106-0001"));
            QVERIFY(!fx.s.customerNotified);
            QCOMPARE(fx.s.pastAppeals.size(), 1);
            QCOMPARE(enumName(*fx.s.pastAppeals[0].outcome), enumName(outcome));
        });
    };
    row("uphold", Stage::Appealed, {}, decideBy(kSun, AppealOutcome::Uphold, " 原判定正确 "), "", {}, [](const Fx &fx) {
        expectAt(fx, Step::Closed, Status::Closed);
        QVERIFY(!fx.s.appeal);
        QVERIFY(fx.s.verdict);
        QVERIFY(fx.s.supersededVerdicts.isEmpty());
        QCOMPARE(fx.s.pastAppeals.size(), 1);
        const AppealRecord &a = fx.s.pastAppeals[0];
        QCOMPARE(enumName(*a.outcome), QStringLiteral("uphold"));
        QCOMPARE(a.decisionReason, QStringLiteral("原判定正确"));
        QCOMPARE(a.decidedBy, kSun.id);
        QCOMPARE(a.decidedAt, at(kNow));
        QCOMPARE(a.filedBy, kLi.id);
    });
    row("overturn", Stage::Appealed, {}, decideBy(kSun, AppealOutcome::Overturn, "证据不足"), "", {},
        superseded(AppealOutcome::Overturn));
    row("amend", Stage::Appealed, {}, decideBy(kSun, AppealOutcome::Amend, "金额有误"), "", {},
        superseded(AppealOutcome::Amend));
    row("agent", Stage::Appealed, {}, decideBy(kLi, AppealOutcome::Uphold, "理由"), "role.supervisor_required");
    row("admin", Stage::Appealed, {}, decideBy(kAdmin, AppealOutcome::Uphold, "理由"), "role.supervisor_required");
    row("the supervisor who made the verdict", Stage::Appealed, {}, decideBy(kQian, AppealOutcome::Uphold, "理由"),
        "role.appeal_not_independent");
    row("the supervisor who approved it", Stage::Appealed, {}, decideBy(kZhao, AppealOutcome::Overturn, "理由"),
        "role.appeal_not_independent");
    row("blank reason", Stage::Appealed, {}, decideBy(kSun, AppealOutcome::Uphold, " "), "appeal.decision_reason_missing",
        {"reason"});
    row("nothing under appeal", Stage::Closed, {}, decideBy(kSun, AppealOutcome::Uphold, "理由"), "step.wrong_step");
}

void tst_WorkflowAppeal::escalate_data()
{
    columns();
    const Check escalatedAtReview = [](const Fx &fx) {
        QVERIFY(fx.s.escalatedExternal);
        QCOMPARE(fx.s.escalationChannel, QStringLiteral("12315"));
        expectAt(fx, Step::Review, Status::InProgress);
        QCOMPARE(fx.s.holder, kLi.id);
    };
    row("by the holder", Stage::Review, {}, escalateBy(kLi, " 12315 "), "", {}, escalatedAtReview);
    row("by a supervisor not holding", Stage::Review, {}, escalateBy(kZhao, "12315"), "", {}, escalatedAtReview);
    row("closed ticket, supervisor", Stage::Closed, {}, escalateBy(kZhao, "法院"), "", {}, [](const Fx &fx) {
        QVERIFY(fx.s.escalatedExternal);
        expectAt(fx, Step::Closed, Status::Closed);
    });
    row("blank channel", Stage::Review, {}, escalateBy(kLi, "  "), "escalation.channel_missing", {"channel"});
    row("agent not holding", Stage::Review, {}, escalateBy(kWang, "12315"), "role.not_holder");
    row("admin", Stage::Review, {}, escalateBy(kAdmin, "12315"), "role.not_case_worker");
    row("freezes nothing", Stage::Review, [](Fx &fx) {
        addReviewNote()(fx);
        must(wf().escalateExternal(fx.s, QStringLiteral("12315"), kLi), "escalate");
    }, advanceBy(kLi), "", {}, [](const Fx &fx) {
        expectAt(fx, Step::Verdict, Status::InProgress);
        QVERIFY(fx.s.escalatedExternal);
    });
}

void tst_WorkflowAppeal::fullPath()
{
    Fx fx;
    fx.reassess();
    CaseState &s = fx.s;
    const auto advance = [&](const char *when) { return wf().advance(s, fx.c, &fx.a, kLi, at(when)); };
    const auto state = [&] { return enumName(s.step) + u'/' + enumName(s.status); };

    // 问题反馈 -> 证据提交 -> 平台审核, then back for more evidence
    ALLOWED(wf().claim(s, kLi));
    QCOMPARE(state(), QStringLiteral("feedback/in_progress"));
    ALLOWED(advance("2026-11-05T15:00:00+08:00"));
    ALLOWED(advance("2026-11-05T16:00:00+08:00"));
    QCOMPARE(state(), QStringLiteral("review/in_progress"));
    ALLOWED(wf().requestMoreEvidence(s, kLi, at("2026-11-05T16:30:00+08:00")));
    QCOMPARE(state(), QStringLiteral("evidence/awaiting_customer"));
    ALLOWED(wf().customerResponded(s, kLi, at("2026-11-06T09:00:00+08:00")));
    QCOMPARE(s.slaPauses.size(), 1);
    QCOMPARE(s.slaPauses[0].until, std::optional<QDateTime>(at("2026-11-06T09:00:00+08:00")));
    fx.c.evidence << Evidence{QStringLiteral("E-3"), EvidenceKind::Screenshot, QStringLiteral("image/png"),
                              QStringLiteral("e3"), at("2026-11-06T08:50:00+08:00"), EvidenceSource::Customer, {}};
    fx.c.ticket.version = 2; // the case file changed: the review needs a fresh assessment
    ALLOWED(advance("2026-11-06T09:10:00+08:00"));
    ALLOWED(wf().addNote(s, note(NoteKind::Review, "发行方日志确认 K-1 激活失败", kLi), kLi));
    REFUSED(advance("2026-11-06T09:20:00+08:00"), "review.assessment_stale");
    fx.reassess();
    ALLOWED(advance("2026-11-06T09:30:00+08:00"));

    // 责任判定: 10 keys, 4 reissued and 6 refunded: 591.00 needs a second pair of eyes
    Verdict first = verdict(59100, LiableParty::Merchant, {Remedy::ReissueKey, Remedy::Refund});
    ALLOWED(wf().recordVerdict(s, first, fx.c, fx.a, kLi, at("2026-11-06T10:00:00+08:00")));
    QCOMPARE(state(), QStringLiteral("verdict/awaiting_approval"));
    REFUSED(advance("2026-11-06T10:05:00+08:00"), "verdict.approval_pending");
    ALLOWED(wf().approveVerdict(s, kZhao, at("2026-11-06T11:00:00+08:00")));
    ALLOWED(advance("2026-11-06T11:05:00+08:00"));

    // 结果执行 -> 已结案
    QCOMPARE(state(), QStringLiteral("execution/in_progress"));
    ALLOWED(wf().recordExecution(s, exec(Remedy::ReissueKey, "K-2"), kLi, at("2026-11-06T12:00:00+08:00")));
    REFUSED(advance("2026-11-06T12:05:00+08:00"), "execution.record_missing");
    ALLOWED(wf().recordExecution(s, exec(Remedy::Refund, "RF-20261106-0001"), kLi, at("2026-11-06T12:10:00+08:00")));
    REFUSED(advance("2026-11-06T12:15:00+08:00"), "execution.customer_not_notified");
    ALLOWED(wf().markCustomerNotified(s, kLi));
    ALLOWED(advance("2026-11-06T15:00:00+08:00"));
    QCOMPARE(state(), QStringLiteral("closed/closed"));
    QVERIFY(s.holder.isEmpty());

    // 结果复核: the customer appeals, supervisor Sun (independent) amends
    ALLOWED(wf().fileAppeal(s, Appellant::Customer, QStringLiteral("应全额退款"), kWang, at("2026-11-10T09:00:00+08:00")));
    QCOMPARE(state(), QStringLiteral("appeal_review/appealed"));
    REFUSED(wf().decideAppeal(s, AppealOutcome::Amend, QStringLiteral("理由"), kZhao, at("2026-11-11T10:00:00+08:00")),
            "role.appeal_not_independent");
    ALLOWED(wf().decideAppeal(s, AppealOutcome::Amend, QStringLiteral("补发卡密同批次失效,改为全额退款"), kSun,
                              at("2026-11-11T10:00:00+08:00")));
    QCOMPARE(state(), QStringLiteral("verdict/in_progress"));
    QCOMPARE(s.holder, kSun.id);
    QCOMPARE(s.supersededExecutions.size(), 2);

    // the new verdict -> execution -> closed
    Verdict second = verdict(98500, LiableParty::Merchant, {Remedy::Refund});
    second.citedEvidence << QStringLiteral("E-3");
    ALLOWED(wf().recordVerdict(s, second, fx.c, fx.a, kSun, at("2026-11-11T11:00:00+08:00")));
    REFUSED(wf().approveVerdict(s, kSun, at("2026-11-11T11:30:00+08:00")), "role.four_eyes_same_person");
    ALLOWED(wf().approveVerdict(s, kZhao, at("2026-11-11T11:30:00+08:00")));
    const auto sunAdvances = [&](const char *when) { return wf().advance(s, fx.c, &fx.a, kSun, at(when)); };
    ALLOWED(sunAdvances("2026-11-11T11:40:00+08:00"));
    ALLOWED(wf().recordExecution(s, exec(Remedy::Refund, "RF-20261111-0007"), kSun, at("2026-11-11T12:00:00+08:00")));
    ALLOWED(wf().markCustomerNotified(s, kSun));
    ALLOWED(sunAdvances("2026-11-11T12:10:00+08:00"));
    QCOMPARE(state(), QStringLiteral("closed/closed"));
    QCOMPARE(s.supersededVerdicts.size(), 1);
    QCOMPARE(s.supersededVerdicts[0].amount, Money::fromCents(59100));
    QCOMPARE(s.verdict->amount, Money::fromCents(98500));

    // The merchant appeals the new verdict: 8 days after the first verdict but within 7 of the new one.
    ALLOWED(wf().fileAppeal(s, Appellant::Merchant, QStringLiteral("买家已使用部分卡密"), kLi,
                            at("2026-11-14T12:00:00+08:00")));
    REFUSED(wf().decideAppeal(s, AppealOutcome::Uphold, QStringLiteral("理由"), kSun, at("2026-11-15T10:00:00+08:00")),
            "role.appeal_not_independent");
    REFUSED(wf().decideAppeal(s, AppealOutcome::Uphold, QStringLiteral("理由"), kZhao, at("2026-11-15T10:00:00+08:00")),
            "role.appeal_not_independent");
    ALLOWED(wf().decideAppeal(s, AppealOutcome::Uphold, QStringLiteral("日志显示卡密均未成功激活"), kQian,
                              at("2026-11-15T10:00:00+08:00")));
    QCOMPARE(state(), QStringLiteral("closed/closed"));
    QCOMPARE(s.pastAppeals.size(), 2);
    QCOMPARE(enumName(*s.pastAppeals[1].outcome), QStringLiteral("uphold"));
    // One decided appeal per verdict: the upheld verdict is final even inside its window.
    REFUSED(wf().fileAppeal(s, Appellant::Customer, QStringLiteral("理由"), kLi, at("2026-11-16T11:00:00+08:00")),
            "appeal.already_decided");
}

QTEST_GUILESS_MAIN(tst_WorkflowAppeal)
#include "tst_workflow_appeal.moc"
