#include "caseviewbuilder.h"

#include "casestatecodec.h"
#include "domainlabels.h"
#include "jsonreader.h"
#include "warrantyassessor.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace wd::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CaseViewBuilder)
};

// Applies one unsent write to the local copy of the state, as the server will. A write the
// workflow refuses here is left out of the view (the server will refuse it too and say why).
void applyPending(const store::OutboxEntry &e, CaseState &state, const CaseFile &caseFile, const Assessment *assessment,
                  const Actor &actor, const QDateTime &now, const CaseWorkflow &workflow, QList<Note> &pendingNotes)
{
    const QString action = e.action;
    if (action == QLatin1String("claim")) {
        workflow.claim(state, actor);
    } else if (action == QLatin1String("release")) {
        workflow.release(state, actor);
    } else if (action == QLatin1String("transitions")) {
        const QString what = e.body.value(QStringLiteral("action")).toString();
        if (what == QLatin1String("advance"))
            workflow.advance(state, caseFile, assessment, actor, now);
        else if (what == QLatin1String("request_evidence"))
            workflow.requestMoreEvidence(state, actor, now);
        else if (what == QLatin1String("customer_responded"))
            workflow.customerResponded(state, actor, now);
    } else if (action == QLatin1String("notes") || action == QLatin1String("notifications")) {
        Note note;
        note.id = QStringLiteral("pending-%1").arg(e.seq);
        note.kind = action == QLatin1String("notifications") ? NoteKind::Customer
                                                              : enumFromName<NoteKind>(e.body.value(QStringLiteral("kind")).toString()).value_or(NoteKind::Internal);
        note.author = actor.id;
        note.text = e.body.value(QStringLiteral("text")).toString();
        note.at = e.createdAt;
        // A review note is what the review guard waits for: it counts in the local state too.
        if (workflow.addNote(state, note, actor))
            state.notes.removeLast();
        pendingNotes << note;
        if (action == QLatin1String("notifications"))
            workflow.markCustomerNotified(state, actor);
    } else if (action == QLatin1String("verdict") && assessment) {
        JsonReader reader(e.body);
        Verdict verdict = readVerdictRequest(reader);
        if (reader.ok())
            workflow.recordVerdict(state, verdict, caseFile, *assessment, actor, now);
    } else if (action == QLatin1String("executions")) {
        ExecutionRecord record;
        if (const auto remedy = enumFromName<Remedy>(e.body.value(QStringLiteral("remedy")).toString())) {
            record.remedy = *remedy;
            record.reference = e.body.value(QStringLiteral("reference")).toString();
            workflow.recordExecution(state, record, actor, now);
        }
    } else if (action == QLatin1String("waivers")) {
        if (const auto kind = enumFromName<EvidenceKind>(e.body.value(QStringLiteral("kind")).toString()))
            workflow.waiveEvidence(state, *kind, e.body.value(QStringLiteral("reason")).toString(), actor, now);
    } else if (action == QLatin1String("approval")) {
        workflow.approveVerdict(state, actor, now);
    } else if (action == QLatin1String("appeal-decision")) {
        if (const auto outcome = enumFromName<AppealOutcome>(e.body.value(QStringLiteral("outcome")).toString()))
            workflow.decideAppeal(state, *outcome, e.body.value(QStringLiteral("reason")).toString(), actor, now);
    }
}

} // namespace

ui::CaseView buildCaseView(const CaseInputs &in, const RuleSet &rules)
{
    ui::CaseView view;
    view.caseFile = in.detail.caseFile;
    view.state = in.detail.state;
    view.actor = in.actor;
    view.cached = in.cached;
    // An unsent change of category or findings changes the case file the rules see.
    for (const store::OutboxEntry &e : in.pending) {
        if (e.state != store::OutboxState::Queued || e.action != QLatin1String("patch"))
            continue;
        if (const auto category = enumFromName<Category>(e.body.value(QStringLiteral("category")).toString()))
            view.caseFile.ticket.category = *category;
        const QJsonObject f = e.body.value(QStringLiteral("findings")).toObject();
        view.caseFile.findings.userError = f.value(QStringLiteral("user_error")).toBool();
        view.caseFile.findings.forceMajeure = f.value(QStringLiteral("force_majeure")).toBool();
        view.caseFile.findings.merchantRefused = f.value(QStringLiteral("merchant_refused")).toBool();
    }
    const WarrantyAssessor assessor(rules);
    const Result<Assessment> assessed = assessor.assess(view.caseFile, in.now);
    if (assessed.ok())
        view.assessment = assessed.value();
    else
        view.notAssessableReason = assessed.error().message;
    const Assessment *assessment = view.assessment ? &*view.assessment : nullptr;

    const CaseWorkflow workflow(rules);
    for (const store::OutboxEntry &e : in.pending) {
        if (e.state == store::OutboxState::Queued)
            applyPending(e, view.state, view.caseFile, assessment, in.actor, in.now, workflow, view.pendingNotes);
        else if (view.blockedWrite.isEmpty())
            view.blockedWrite = describeWrite(e) + QStringLiteral(" — ")
                + e.error.value(QStringLiteral("reason_zh")).toString(e.error.value(QStringLiteral("title")).toString());
    }

    view.meta.holder = view.state.holder;
    view.meta.leaseUntil = in.detail.leaseUntil;
    view.meta.duplicates = in.detail.duplicates;
    view.meta.warrantyEndsAt = warrantyEndsAt(view.caseFile);
    view.meta.pendingSync = !in.pending.isEmpty();
    if (view.assessment) {
        view.meta.slaDueAt = view.assessment->reviewSla.dueAt;
        view.meta.slaState = slaStateName(view.assessment->reviewSla.state);
    }

    // What the guards allow this agent now, on copies of the state.
    view.advance = workflow.canAdvance(view.state, view.caseFile, assessment, in.actor);
    CaseState probe = view.state;
    view.back = workflow.requestMoreEvidence(probe, in.actor, in.now);
    probe = view.state;
    view.claim = workflow.claim(probe, in.actor);
    probe = view.state;
    view.release = workflow.release(probe, in.actor);
    const bool holds = view.state.holder == in.actor.id;
    view.canRecordVerdict = holds && view.state.step == Step::Verdict && !(view.state.verdict && view.state.verdict->approval);
    view.canExecute = holds && view.state.step == Step::Execution;
    view.canEditCase = holds && (view.state.step == Step::Feedback || view.state.step == Step::Evidence || view.state.step == Step::Review);
    probe = view.state;
    view.canApprove = in.actor.role != Role::Agent && view.state.status == Status::AwaitingApproval
        && workflow.approveVerdict(probe, in.actor, in.now).allowed;
    probe = view.state;
    view.canDecideAppeal = in.actor.role != Role::Agent && view.state.step == Step::AppealReview
        && workflow.decideAppeal(probe, AppealOutcome::Uphold, QStringLiteral("probe"), in.actor, in.now).allowed;
    return view;
}

QString describeWrite(const store::OutboxEntry &e)
{
    const QJsonObject &b = e.body;
    if (e.action == QLatin1String("verdict")) {
        QStringList remedies;
        for (const QJsonValue &r : b.value(QStringLiteral("remedies")).toArray()) {
            const auto remedy = enumFromName<Remedy>(r.toString());
            remedies << (remedy ? DomainLabels::label(*remedy) : r.toString());
        }
        const auto party = enumFromName<LiableParty>(b.value(QStringLiteral("liable_party")).toString());
        return Tr::tr("Verdict: %1 · %2 · %3")
            .arg(party ? DomainLabels::label(*party) : QString(), remedies.join(QStringLiteral(", ")),
                 b.value(QStringLiteral("amount")).toVariant().toString());
    }
    if (e.action == QLatin1String("notes"))
        return Tr::tr("Note: %1").arg(b.value(QStringLiteral("text")).toString().left(60));
    if (e.action == QLatin1String("notifications"))
        return Tr::tr("Customer notification");
    if (e.action == QLatin1String("transitions")) {
        const QString what = b.value(QStringLiteral("action")).toString();
        return what == QLatin1String("advance") ? Tr::tr("Next step")
            : what == QLatin1String("request_evidence") ? Tr::tr("Ask the customer for more evidence")
                                                        : Tr::tr("Step change (%1)").arg(what);
    }
    if (e.action == QLatin1String("executions"))
        return Tr::tr("Execution: %1 %2").arg(b.value(QStringLiteral("remedy")).toString(), b.value(QStringLiteral("reference")).toString());
    if (e.action == QLatin1String("claim"))
        return Tr::tr("Claim");
    if (e.action == QLatin1String("patch"))
        return Tr::tr("Category and findings");
    if (e.action == QLatin1String("waivers"))
        return Tr::tr("Evidence waived: %1").arg(b.value(QStringLiteral("kind")).toString());
    if (e.action == QLatin1String("release"))
        return Tr::tr("Release");
    if (e.action == QLatin1String("approval"))
        return Tr::tr("Approval of the verdict");
    if (e.action == QLatin1String("appeal-decision"))
        return Tr::tr("Appeal decision: %1").arg(b.value(QStringLiteral("outcome")).toString());
    return e.label.isEmpty() ? e.action : e.label;
}

} // namespace wd::app
