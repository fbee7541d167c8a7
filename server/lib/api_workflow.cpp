// Routes that walk a ticket through the workflow. Each runs the domain's CaseWorkflow guard
// inside the write transaction; a refusal rolls everything back and names the guard.

#include "apiserver.h"

#include "casestatecodec.h"
#include "jsontext.h"
#include "warrantyassessor.h"

#include <QUuid>

namespace wd::server {

namespace {

const QString kApi = QStringLiteral("/api/v1");

JsonReader readerFor(const QJsonObject &body)
{
    return JsonReader(body);
}

void checked(const JsonReader &r)
{
    if (!r.ok())
        throw ApiError::validation(r.error().path, r.error().toString());
}

QString newId(const char *prefix)
{
    return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

} // namespace

void ApiServer::addWorkflowRoutes()
{
    using Handler = std::function<WriteResult(TicketRecord &, const Caller &, const QDateTime &, JsonReader &)>;
    // Every workflow write: agents and supervisors, If-Match and Idempotency-Key required.
    auto write = [this](const QString &path, const QString &action, std::initializer_list<Role> roles, Handler handler) {
        const QList<Role> allowed(roles);
        m_router.add("POST", kApi + path, [this, action, allowed, handler](const HttpRequest &request, const RouteMatch &match) {
            Caller caller = authenticate(request);
            if (!allowed.contains(caller.user.role))
                refuse(caller, request,
                       ApiError::forbidden(QStringLiteral("role_forbidden"),
                                           QStringLiteral("%1 is not allowed for the role %2").arg(action, enumName(caller.user.role))));
            const QJsonObject body = readJsonBody(request);
            return ticketWrite(request, match.params.at(0), caller, action, WriteOptions::bodyRead(),
                               [&](TicketRecord &t, const Caller &c, const QDateTime &now) {
                JsonReader r = readerFor(body);
                WriteResult result = handler(t, c, now, r);
                checked(r);
                return result;
            });
        });
    };
    const auto workers = {Role::Agent, Role::Supervisor};

    write(QStringLiteral("/tickets/{id}/transitions"), QStringLiteral("ticket.transition"), workers,
          [this](TicketRecord &t, const Caller &c, const QDateTime &now, JsonReader &r) {
        const QString action = r.string(QStringLiteral("action"), 32);
        checked(r);
        const CaseWorkflow workflow(m_rules);
        const Step from = t.state.step;
        if (action == QLatin1String("advance")) {
            const Result<Assessment> assessment = WarrantyAssessor(m_rules).assess(t.caseFile, now);
            enforce(workflow.advance(t.state, t.caseFile, assessment ? &assessment.value() : nullptr, c.actor(), now));
        } else if (action == QLatin1String("request_evidence")) {
            enforce(workflow.requestMoreEvidence(t.state, c.actor(), now));
        } else if (action == QLatin1String("customer_responded")) {
            enforce(workflow.customerResponded(t.state, c.actor(), now));
        } else if (action == QLatin1String("escalate")) {
            enforce(workflow.escalateExternal(t.state, r.string(QStringLiteral("channel"), 256), c.actor()));
        } else {
            throw ApiError::validation(QStringLiteral("action"),
                                       QStringLiteral("action: unknown \"%1\" (advance, request_evidence, customer_responded, escalate)")
                                           .arg(action.left(32)));
        }
        return QJsonObject{{QStringLiteral("action"), action}, {QStringLiteral("from"), enumName(from)},
                           {QStringLiteral("to"), enumName(t.state.step)}};
    });

    write(QStringLiteral("/tickets/{id}/waivers"), QStringLiteral("evidence.waive"), workers,
          [this](TicketRecord &t, const Caller &c, const QDateTime &now, JsonReader &r) {
        const EvidenceKind kind = r.enumValue<EvidenceKind>(QStringLiteral("kind"));
        const QString reason = r.string(QStringLiteral("reason"), 4000);
        checked(r);
        enforce(CaseWorkflow(m_rules).waiveEvidence(t.state, kind, reason, c.actor(), now));
        return QJsonObject{{QStringLiteral("kind"), enumName(kind)}, {QStringLiteral("reason"), reason}};
    });

    write(QStringLiteral("/tickets/{id}/notes"), QStringLiteral("note.add"), workers,
          [this](TicketRecord &t, const Caller &c, const QDateTime &now, JsonReader &r) {
        Note note;
        note.id = newId("N-");
        note.kind = r.enumValue<NoteKind>(QStringLiteral("kind"));
        note.text = r.string(QStringLiteral("text"), 20000);
        note.author = c.user.id;
        note.at = now;
        checked(r);
        enforce(CaseWorkflow(m_rules).addNote(t.state, note, c.actor()));
        return encodeNote(note);
    });

    write(QStringLiteral("/tickets/{id}/verdict"), QStringLiteral("verdict.record"), workers,
          [this](TicketRecord &t, const Caller &c, const QDateTime &now, JsonReader &r) {
        Verdict verdict = readVerdictRequest(r);
        checked(r);
        const Result<Assessment> assessment = WarrantyAssessor(m_rules).assess(t.caseFile, now);
        if (!assessment)
            enforce(Decision::refuse("verdict.not_assessable", assessment.error().toString(), assessment.error().toString()));
        if (verdict.rulesVersion != m_rules.version())
            throw ApiError(409, QStringLiteral("rules_version_mismatch"),
                           QStringLiteral("the verdict cites rules %1 but the server applies %2; reload and review the assessment")
                               .arg(verdict.rulesVersion.left(64), m_rules.version()),
                           QStringLiteral("rules_version"));
        const CaseWorkflow workflow(m_rules);
        enforce(workflow.recordVerdict(t.state, verdict, t.caseFile, assessment.value(), c.actor(), now));
        // The assessment the verdict was measured against is kept with it (GET the ticket); the
        // write's answer stays small, as it is also what an idempotent replay returns.
        return WriteResult::fromText(jsontext::withMember(encodeVerdictJson(*t.state.verdict, false), "needs_approval",
                                                          workflow.needsApproval(*t.state.verdict) ? "true" : "false"));
    });

    write(QStringLiteral("/tickets/{id}/approval"), QStringLiteral("verdict.approve"), {Role::Supervisor},
          [this](TicketRecord &t, const Caller &c, const QDateTime &now, JsonReader &) {
        enforce(CaseWorkflow(m_rules).approveVerdict(t.state, c.actor(), now));
        return QJsonObject{{QStringLiteral("approved_by"), c.user.id}};
    });

    write(QStringLiteral("/tickets/{id}/executions"), QStringLiteral("execution.record"), workers,
          [this](TicketRecord &t, const Caller &c, const QDateTime &now, JsonReader &r) {
        ExecutionRecord record;
        record.remedy = r.enumValue<Remedy>(QStringLiteral("remedy"));
        record.reference = r.string(QStringLiteral("reference"), 1024);
        checked(r);
        enforce(CaseWorkflow(m_rules).recordExecution(t.state, record, c.actor(), now));
        return encodeExecution(t.state.executions.last());
    });

    // The customer notification: its text becomes a customer-visible note.
    write(QStringLiteral("/tickets/{id}/notifications"), QStringLiteral("customer.notify"), workers,
          [this](TicketRecord &t, const Caller &c, const QDateTime &now, JsonReader &r) {
        Note note;
        note.id = newId("N-");
        note.kind = NoteKind::Customer;
        note.text = r.string(QStringLiteral("text"), 20000);
        note.author = c.user.id;
        note.at = now;
        const QString templateId = r.optionalString(QStringLiteral("template"), 64);
        checked(r);
        const CaseWorkflow workflow(m_rules);
        enforce(workflow.markCustomerNotified(t.state, c.actor()));
        enforce(workflow.addNote(t.state, note, c.actor()));
        QJsonObject out = encodeNote(note);
        out.insert(QStringLiteral("template"), templateId);
        return out;
    });

    write(QStringLiteral("/tickets/{id}/appeals"), QStringLiteral("appeal.file"), workers,
          [this](TicketRecord &t, const Caller &c, const QDateTime &now, JsonReader &r) {
        const Appellant appellant = r.enumValue<Appellant>(QStringLiteral("appellant"));
        const QString reason = r.string(QStringLiteral("reason"), 20000);
        checked(r);
        enforce(CaseWorkflow(m_rules).fileAppeal(t.state, appellant, reason, c.actor(), now));
        return encodeAppeal(*t.state.appeal);
    });

    write(QStringLiteral("/tickets/{id}/appeal-decision"), QStringLiteral("appeal.decide"), {Role::Supervisor},
          [this](TicketRecord &t, const Caller &c, const QDateTime &now, JsonReader &r) {
        const AppealOutcome outcome = r.enumValue<AppealOutcome>(QStringLiteral("outcome"));
        const QString reason = r.string(QStringLiteral("reason"), 20000);
        checked(r);
        enforce(CaseWorkflow(m_rules).decideAppeal(t.state, outcome, reason, c.actor(), now));
        if (outcome != AppealOutcome::Uphold)
            t.leaseUntilMs = now.toMSecsSinceEpoch() + m_options.leaseMs; // the deciding supervisor now holds it
        return encodeAppeal(t.state.pastAppeals.last());
    });
}

} // namespace wd::server
