#pragma once
// Shared by tst_workflow.cpp and tst_workflow_appeal.cpp: a valid case driven through CaseWorkflow to a
// stage, a dump of CaseState for "unchanged" comparisons, and the data-driven row runner.

#include "caseworkflow.h"
#include "isotime.h"
#include "warrantyassessor.h"

#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace wd;

// ---- fixture: a valid case driven through the workflow to a stage ----------------------------------

inline const char *const kSubmitted = "2026-11-05T14:20:00+08:00";
inline const char *const kT0 = "2026-11-05T15:00:00+08:00";        // setup actions
inline const char *const kVerdictAt = "2026-11-06T10:00:00+08:00"; // the verdict of the built stages
inline const char *const kNow = "2026-11-07T09:30:00+08:00";       // the action under test

inline QDateTime at(const char *iso)
{
    const std::optional<QDateTime> t = parseIsoInstant(QString::fromLatin1(iso));
    Q_ASSERT(t);
    return *t;
}

inline const Actor kLi{QStringLiteral("A-li"), Role::Agent};
inline const Actor kWang{QStringLiteral("A-wang"), Role::Agent};
inline const Actor kZhao{QStringLiteral("S-zhao"), Role::Supervisor};
inline const Actor kQian{QStringLiteral("S-qian"), Role::Supervisor};
inline const Actor kSun{QStringLiteral("S-sun"), Role::Supervisor};
inline const Actor kAdmin{QStringLiteral("X-admin"), Role::Admin};

inline const CaseWorkflow &wf()
{
    static const CaseWorkflow workflow(RuleSet::builtIn());
    return workflow;
}

// product_defect.invalid_key, delivered 2026-11-01, 15-day standard warranty, the publisher reports the
// customer's failed activation, evidence E-1 (key usage) and E-2 (talks with the merchant): covered,
// merchant liable, reissue_key or refund, nothing missing.
inline CaseFile validCase()
{
    CaseFile c;
    c.ticket = Ticket{QStringLiteral("T-1001"), Category::InvalidKey, QStringLiteral("激活提示卡密无效"), at(kSubmitted),
                      Step::Feedback, Status::Open, 1, {}};
    Order o;
    o.orderNo = QStringLiteral("KM202611010001");
    o.customerId = QStringLiteral("U10086");
    o.merchantId = QStringLiteral("M2001");
    o.product = Product{QStringLiteral("G-100"), QStringLiteral("某游戏 100 元点卡"), ProductType::GameCard,
                        Money::fromCents(10000), QStringLiteral("电信一区")};
    o.amountPaid = Money::fromCents(9850);
    o.paidAt = at("2026-11-01T09:58:00+08:00");
    o.deliveredAt = at("2026-11-01T10:00:00+08:00");
    c.order = o;
    c.warrantyPolicy = WarrantyPolicy{15, PolicyMode::Standard, true, QStringLiteral("自发货起 15 天内卡密无效可补发或退款")};
    c.merchant = Merchant{QStringLiteral("M2001"), QStringLiteral("星河点卡店"), Certification::Gold, 0.012,
                          Money::fromCents(500000)};
    c.keyEvents = {
        KeyEvent{at("2026-11-01T10:00:00+08:00"), QStringLiteral("K-1"), KeyEventType::Delivered, std::nullopt,
                 EventSource::Platform, QStringLiteral("U10086"), {}, {}},
        KeyEvent{at("2026-11-05T14:03:00+08:00"), QStringLiteral("K-1"), KeyEventType::ActivationAttempt,
                 KeyResult::Invalid, EventSource::Publisher, QStringLiteral("U10086"), QStringLiteral("203.0.113.7"),
                 QStringLiteral("卡密无效")},
    };
    c.evidence = {
        Evidence{QStringLiteral("E-1"), EvidenceKind::KeyUsageRecord, QStringLiteral("image/png"), QStringLiteral("e1"),
                 at("2026-11-05T14:03:30+08:00"), EvidenceSource::Customer, QStringLiteral("activation.png")},
        Evidence{QStringLiteral("E-2"), EvidenceKind::CommunicationRecord, QStringLiteral("image/png"),
                 QStringLiteral("e2"), at("2026-11-05T14:10:00+08:00"), EvidenceSource::Customer, QStringLiteral("chat.png")},
    };
    return c;
}

struct Fx
{
    CaseFile c = validCase();
    Assessment a;
    CaseState s;
    void reassess()
    {
        auto result = WarrantyAssessor(RuleSet::builtIn()).assess(c, at(kT0));
        QVERIFY2(result.ok(), "the fixture case must be assessable");
        a = result.value();
        s.assessedCaseVersion = c.ticket.version;
    }
};

// Each stage is reached through the workflow itself. Stage::Appealed is the four-eyes case: supervisor
// Qian held it and decided 600.00, supervisor Zhao approved, the customer appealed the next day.
enum class Stage { Fresh, Feedback, Evidence, Review, Verdict, Verdicted, Pending, Execution, Closed, Appealed };

inline void must(const Decision &d, const char *what)
{
    if (!d)
        QTest::qFail(qPrintable(QStringLiteral("setup '%1' refused: %2 (%3)").arg(QLatin1String(what), d.guard, d.reasonEn)),
                     __FILE__, __LINE__);
}

inline Note note(NoteKind kind, const char *text, const Actor &author)
{
    return Note{QStringLiteral("N-1"), kind, author.id, QString::fromUtf8(text), at(kT0)};
}

inline Verdict verdict(qint64 cents, LiableParty party = LiableParty::Merchant, QList<Remedy> remedies = {Remedy::Refund},
                       const char *reasoning = "卡密经发行方确认无效,退款。")
{
    Verdict v;
    v.liableParty = party;
    v.remedies = remedies;
    v.amount = Money::fromCents(cents);
    v.reasoning = QString::fromUtf8(reasoning);
    v.citedEvidence = QStringList{QStringLiteral("E-1"), QStringLiteral("E-2")};
    v.rulesVersion = RuleSet::builtIn().version();
    return v;
}

inline ExecutionRecord exec(Remedy remedy, const char *reference)
{
    ExecutionRecord r;
    r.remedy = remedy;
    r.reference = QString::fromLatin1(reference);
    return r;
}

inline Fx build(Stage stage)
{
    Fx fx;
    fx.reassess();
    const Actor worker = stage == Stage::Appealed ? kQian : kLi;
    const qint64 cents = stage == Stage::Pending || stage == Stage::Appealed ? 60000 : 9850;
    if (stage == Stage::Fresh)
        return fx;
    must(wf().claim(fx.s, worker), "claim");
    if (stage == Stage::Feedback)
        return fx;
    must(wf().advance(fx.s, fx.c, &fx.a, worker, at(kT0)), "advance to evidence");
    if (stage == Stage::Evidence)
        return fx;
    must(wf().advance(fx.s, fx.c, &fx.a, worker, at(kT0)), "advance to review");
    if (stage == Stage::Review)
        return fx;
    must(wf().addNote(fx.s, note(NoteKind::Review, "发行方日志显示激活失败", worker), worker), "review note");
    must(wf().advance(fx.s, fx.c, &fx.a, worker, at(kT0)), "advance to verdict");
    if (stage == Stage::Verdict)
        return fx;
    must(wf().recordVerdict(fx.s, verdict(cents), fx.c, fx.a, worker, at(kVerdictAt)), "verdict");
    if (stage == Stage::Verdicted || stage == Stage::Pending)
        return fx;
    if (wf().needsApproval(*fx.s.verdict))
        must(wf().approveVerdict(fx.s, kZhao, at(kVerdictAt)), "approve");
    must(wf().advance(fx.s, fx.c, &fx.a, worker, at(kVerdictAt)), "advance to execution");
    if (stage == Stage::Execution)
        return fx;
    must(wf().recordExecution(fx.s, exec(Remedy::Refund, "RF-20261106-0001"), worker, at(kVerdictAt)), "execute");
    must(wf().markCustomerNotified(fx.s, worker), "notify");
    must(wf().advance(fx.s, fx.c, &fx.a, worker, at(kVerdictAt)), "close");
    if (stage == Stage::Closed)
        return fx;
    must(wf().fileAppeal(fx.s, Appellant::Customer, QStringLiteral("补发的卡密同样无效"), kLi,
                         at("2026-11-07T09:00:00+08:00")), "appeal");
    return fx;
}

// Everything in a CaseState, one fact a line, so that "unchanged" is one comparison with a readable diff.
inline QString dt(const QDateTime &t) { return t.isValid() ? formatIsoInstant(t) : QStringLiteral("-"); }
inline QString dt(const std::optional<QDateTime> &t) { return t ? dt(*t) : QStringLiteral("open"); }

inline QString dump(const Verdict &v)
{
    QStringList remedies;
    for (Remedy r : v.remedies)
        remedies << enumName(r);
    return QStringLiteral("verdict %1 [%2] %3 '%4' cites [%5] rules %6 by %7 at %8 departs [%9] approved %10 against %11")
        .arg(enumName(v.liableParty), remedies.join(u','), v.amount.toString(), v.reasoning,
             v.citedEvidence.join(u','), v.rulesVersion, v.decidedBy, dt(v.decidedAt), v.departures.join(u','))
        .arg(v.approval ? v.approval->by + u' ' + dt(v.approval->at) : QStringLiteral("no"),
             QString::fromUtf8(v.assessmentJson));
}

inline QString dump(const AppealRecord &a)
{
    return QStringLiteral("appeal %1 '%2' by %3 at %4 outcome %5 '%6' by %7 at %8")
        .arg(enumName(a.appellant), a.reason, a.filedBy, dt(a.filedAt),
             a.outcome ? enumName(*a.outcome) : QStringLiteral("-"), a.decisionReason, a.decidedBy, dt(a.decidedAt));
}

inline QString dump(const CaseState &s)
{
    QStringList out;
    out << QStringLiteral("%1/%2 holder '%3' assessed %4 notified %5 escalated %6 '%7'")
               .arg(enumName(s.step), enumName(s.status), s.holder,
                    s.assessedCaseVersion ? QString::number(*s.assessedCaseVersion) : QStringLiteral("-"))
               .arg(s.customerNotified)
               .arg(s.escalatedExternal)
               .arg(s.escalationChannel);
    for (const Pause &p : s.slaPauses)
        out << QStringLiteral("pause %1..%2").arg(dt(p.from), dt(p.until));
    for (const Waiver &w : s.waivers)
        out << QStringLiteral("waiver %1 '%2' by %3 at %4").arg(enumName(w.kind), w.reason, w.by, dt(w.at));
    for (const Note &n : s.notes)
        out << QStringLiteral("note %1 %2 by %3 '%4' at %5").arg(n.id, enumName(n.kind), n.author, n.text, dt(n.at));
    if (s.verdict)
        out << dump(*s.verdict);
    for (const ExecutionRecord &e : s.executions)
        out << QStringLiteral("exec %1 '%2' by %3 at %4").arg(enumName(e.remedy), e.reference, e.by, dt(e.at));
    if (s.appeal)
        out << dump(*s.appeal);
    for (const Verdict &v : s.supersededVerdicts)
        out << QStringLiteral("superseded ") + dump(v);
    for (const ExecutionRecord &e : s.supersededExecutions)
        out << QStringLiteral("superseded exec %1 '%2'").arg(enumName(e.remedy), e.reference);
    for (const AppealRecord &a : s.pastAppeals)
        out << QStringLiteral("past ") + dump(a);
    return out.join(u'\n');
}

// ---- the data-driven runner ------------------------------------------------------------------------

using Prep = std::function<void(Fx &)>;
using Act = std::function<Decision(Fx &)>;
using Check = std::function<void(const Fx &)>;
Q_DECLARE_METATYPE(Stage)
Q_DECLARE_METATYPE(Prep)
Q_DECLARE_METATYPE(Act)
Q_DECLARE_METATYPE(Check)

inline void columns()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<Prep>("prep");
    QTest::addColumn<Act>("act");
    QTest::addColumn<QString>("guard"); // empty: allowed
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<Check>("check");
}

inline void row(const char *name, Stage stage, const Prep &prep, const Act &act, const char *guard = "",
                const QStringList &missing = {}, const Check &check = {})
{
    QTest::newRow(name) << stage << prep << act << QString::fromLatin1(guard) << missing << check;
}

inline void runRow()
{
    QFETCH(Stage, stage);
    QFETCH(Prep, prep);
    QFETCH(Act, act);
    QFETCH(QString, guard);
    QFETCH(QStringList, missing);
    QFETCH(Check, check);
    Fx fx = build(stage);
    if (prep)
        prep(fx);
    if (QTest::currentTestFailed())
        return;
    const QString before = dump(fx.s);
    const Decision d = act(fx);
    QCOMPARE(d.guard, guard);
    QCOMPARE(d.allowed, guard.isEmpty());
    QCOMPARE(d.missing, missing);
    if (!d.allowed) {
        QVERIFY2(!d.reasonEn.trimmed().isEmpty(), "reasonEn");
        QVERIFY2(!d.reasonZh.trimmed().isEmpty(), "reasonZh");
        QCOMPARE(dump(fx.s), before); // a refused action leaves the state untouched
    } else if (check) {
        check(fx);
    }
}

inline void expectAt(const Fx &fx, Step step, Status status)
{
    QCOMPARE(enumName(fx.s.step), enumName(step));
    QCOMPARE(enumName(fx.s.status), enumName(status));
}

// ---- actions and preparations ----------------------------------------------------------------------

inline Act claimBy(Actor a) { return [a](Fx &fx) { return wf().claim(fx.s, a); }; }
inline Act releaseBy(Actor a) { return [a](Fx &fx) { return wf().release(fx.s, a); }; }
// advance, checking that canAdvance gives the same answer first
inline Act advanceBy(Actor a, bool withAssessment = true)
{
    return [a, withAssessment](Fx &fx) {
        const Assessment *assessment = withAssessment ? &fx.a : nullptr;
        const Decision can = wf().canAdvance(fx.s, fx.c, assessment, a);
        const Decision did = wf().advance(fx.s, fx.c, assessment, a, at(kNow));
        if (can.guard != did.guard || can.missing != did.missing)
            QTest::qFail("canAdvance and advance disagree", __FILE__, __LINE__);
        return did;
    };
}
inline Act requestBy(Actor a) { return [a](Fx &fx) { return wf().requestMoreEvidence(fx.s, a, at(kNow)); }; }
inline Act respondBy(Actor a) { return [a](Fx &fx) { return wf().customerResponded(fx.s, a, at(kNow)); }; }
inline Act noteBy(Actor a, NoteKind kind, const char *text)
{
    return [a, kind, text](Fx &fx) { return wf().addNote(fx.s, note(kind, text, a), a); };
}
inline Act waiveBy(Actor a, EvidenceKind kind, QString reason)
{
    return [a, kind, reason](Fx &fx) { return wf().waiveEvidence(fx.s, kind, reason, a, at(kNow)); };
}
inline Act verdictBy(Actor a, Verdict v)
{
    return [a, v](Fx &fx) { return wf().recordVerdict(fx.s, v, fx.c, fx.a, a, at(kNow)); };
}
inline Act approveBy(Actor a) { return [a](Fx &fx) { return wf().approveVerdict(fx.s, a, at(kNow)); }; }
inline Act execBy(Actor a, ExecutionRecord r) { return [a, r](Fx &fx) { return wf().recordExecution(fx.s, r, a, at(kNow)); }; }
inline Act notifyBy(Actor a) { return [a](Fx &fx) { return wf().markCustomerNotified(fx.s, a); }; }

inline Prep addReviewNote()
{
    return [](Fx &fx) { must(wf().addNote(fx.s, note(NoteKind::Review, "日志显示激活失败", kLi), kLi), "note"); };
}
inline Prep request()
{
    return [](Fx &fx) {
        addReviewNote()(fx);
        must(wf().requestMoreEvidence(fx.s, kLi, at(kT0)), "request");
    };
}
// Drops E-2 (communication_record missing); with `keyUsageToo` also E-1 and the publisher's log line.
inline Prep dropEvidence(bool keyUsageToo)
{
    return [keyUsageToo](Fx &fx) {
        fx.c.evidence.removeLast();
        if (keyUsageToo) {
            fx.c.evidence.clear();
            fx.c.keyEvents.removeLast();
        }
        fx.reassess();
    };
}
inline Prep recordAmount(qint64 cents)
{
    return [cents](Fx &fx) { must(wf().recordVerdict(fx.s, verdict(cents), fx.c, fx.a, kLi, at(kVerdictAt)), "verdict"); };
}
inline Prep approvedBy(Actor a) { return [a](Fx &fx) { must(wf().approveVerdict(fx.s, a, at(kVerdictAt)), "approve"); }; }
inline Prep executed(bool notified)
{
    return [notified](Fx &fx) {
        must(wf().recordExecution(fx.s, exec(Remedy::Refund, "RF-20261106-0001"), kLi, at(kT0)), "execute");
        if (notified)
            must(wf().markCustomerNotified(fx.s, kLi), "notify");
    };
}
