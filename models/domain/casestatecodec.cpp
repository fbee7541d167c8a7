#include "casestatecodec.h"

#include "isotime.h"
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wd {

namespace {

constexpr int kLongText = 20000;

Note readNote(JsonReader &r)
{
    Note n;
    n.id = r.string(QStringLiteral("id"), 64);
    n.kind = r.enumValue<NoteKind>(QStringLiteral("kind"));
    n.author = r.string(QStringLiteral("author"), 128);
    n.text = r.string(QStringLiteral("text"), kLongText);
    n.at = r.instant(QStringLiteral("at"));
    return n;
}

Verdict readStoredVerdict(JsonReader &r)
{
    Verdict v = readVerdictRequest(r);
    v.decidedBy = r.string(QStringLiteral("decided_by"), 128);
    v.decidedAt = r.instant(QStringLiteral("decided_at"));
    v.departures = r.strings(QStringLiteral("departures"), 8, false);
    if (auto assessment = r.optionalObject(QStringLiteral("assessment")); assessment && !assessment->raw().isEmpty())
        v.assessmentJson = QJsonDocument(assessment->raw()).toJson(QJsonDocument::Compact);
    if (auto approval = r.optionalObject(QStringLiteral("approval")))
        v.approval = Approval{approval->string(QStringLiteral("by"), 128), approval->instant(QStringLiteral("at"))};
    return v;
}

ExecutionRecord readExecution(JsonReader &r)
{
    ExecutionRecord e;
    e.remedy = r.enumValue<Remedy>(QStringLiteral("remedy"));
    e.reference = r.string(QStringLiteral("reference"), 1024);
    e.by = r.string(QStringLiteral("by"), 128);
    e.at = r.instant(QStringLiteral("at"));
    return e;
}

AppealRecord readAppeal(JsonReader &r)
{
    AppealRecord a;
    a.appellant = r.enumValue<Appellant>(QStringLiteral("appellant"));
    a.reason = r.string(QStringLiteral("reason"), kLongText);
    a.filedBy = r.string(QStringLiteral("filed_by"), 128);
    a.filedAt = r.instant(QStringLiteral("filed_at"));
    a.outcome = r.optionalEnum<AppealOutcome>(QStringLiteral("outcome"));
    a.decisionReason = r.optionalString(QStringLiteral("decision_reason"), kLongText);
    a.decidedBy = r.optionalString(QStringLiteral("decided_by"), 128);
    if (auto at = r.optionalInstant(QStringLiteral("decided_at")))
        a.decidedAt = *at;
    return a;
}

} // namespace

Verdict readVerdictRequest(JsonReader &r)
{
    Verdict v;
    v.liableParty = r.enumValue<LiableParty>(QStringLiteral("liable_party"));
    v.remedies = r.enumList<Remedy>(QStringLiteral("remedies"), 16);
    v.amount = r.money(QStringLiteral("amount"));
    v.reasoning = r.optionalString(QStringLiteral("reasoning"), kLongText);
    v.citedEvidence = r.strings(QStringLiteral("cited_evidence"), 1000, false);
    v.rulesVersion = r.string(QStringLiteral("rules_version"), 64);
    return v;
}

namespace {

using namespace jsontext;

QJsonObject parsed(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// Each writer lists its keys in QJsonObject's (alphabetical) order.

void appendNote(QByteArray &out, const Note &n)
{
    appendKey(out += '{', "at", true);
    appendInstant(out, n.at);
    appendKey(out, "author");
    appendString(out, n.author);
    appendKey(out, "id");
    appendString(out, n.id);
    appendKey(out, "kind");
    appendAsciiString(out, enumAsciiName(n.kind));
    appendKey(out, "text");
    appendString(out, n.text);
    out += '}';
}

void appendVerdict(QByteArray &out, const Verdict &v, bool withAssessment)
{
    appendKey(out += '{', "amount", true);
    appendNumber(out, double(v.amount.cents()) / 100.0); // as Money::toJson
    appendKey(out, "approval");
    if (v.approval) {
        appendKey(out += '{', "at", true);
        appendInstant(out, v.approval->at);
        appendKey(out, "by");
        appendString(out, v.approval->by);
        out += '}';
    } else {
        out += "null";
    }
    if (withAssessment) {
        appendKey(out, "assessment");
        out += v.assessmentJson.isEmpty() ? QByteArray("null") : v.assessmentJson;
    }
    appendKey(out, "cited_evidence");
    appendStrings(out, v.citedEvidence);
    appendKey(out, "decided_at");
    appendInstant(out, v.decidedAt);
    appendKey(out, "decided_by");
    appendString(out, v.decidedBy);
    appendKey(out, "departs_from_assessment");
    appendBool(out, v.departsFromAssessment());
    appendKey(out, "departures");
    appendStrings(out, v.departures);
    appendKey(out, "liable_party");
    appendAsciiString(out, enumAsciiName(v.liableParty));
    appendKey(out, "reasoning");
    appendString(out, v.reasoning);
    appendKey(out, "remedies");
    appendEnumNames(out, v.remedies);
    appendKey(out, "rules_version");
    appendString(out, v.rulesVersion);
    out += '}';
}

void appendStoredVerdict(QByteArray &out, const Verdict &v)
{
    appendVerdict(out, v, true);
}

void appendExecution(QByteArray &out, const ExecutionRecord &e)
{
    appendKey(out += '{', "at", true);
    appendInstant(out, e.at);
    appendKey(out, "by");
    appendString(out, e.by);
    appendKey(out, "reference");
    appendString(out, e.reference);
    appendKey(out, "remedy");
    appendAsciiString(out, enumAsciiName(e.remedy));
    out += '}';
}

void appendAppeal(QByteArray &out, const AppealRecord &a)
{
    appendKey(out += '{', "appellant", true);
    appendAsciiString(out, enumAsciiName(a.appellant));
    appendKey(out, "decided_at");
    if (a.decidedAt.isValid())
        appendInstant(out, a.decidedAt);
    else
        out += "null";
    appendKey(out, "decided_by");
    appendString(out, a.decidedBy);
    appendKey(out, "decision_reason");
    appendString(out, a.decisionReason);
    appendKey(out, "filed_at");
    appendInstant(out, a.filedAt);
    appendKey(out, "filed_by");
    appendString(out, a.filedBy);
    appendKey(out, "outcome");
    if (a.outcome)
        appendAsciiString(out, enumAsciiName(*a.outcome));
    else
        out += "null";
    appendKey(out, "reason");
    appendString(out, a.reason);
    out += '}';
}

void appendWaiver(QByteArray &out, const Waiver &w)
{
    appendKey(out += '{', "at", true);
    appendInstant(out, w.at);
    appendKey(out, "by");
    appendString(out, w.by);
    appendKey(out, "kind");
    appendAsciiString(out, enumAsciiName(w.kind));
    appendKey(out, "reason");
    appendString(out, w.reason);
    out += '}';
}

} // namespace

void appendPauses(QByteArray &out, const QList<Pause> &pauses)
{
    appendArray(out, pauses, [](QByteArray &o, const Pause &p) {
        appendKey(o += '{', "from", true);
        appendInstant(o, p.from);
        appendKey(o, "until");
        appendInstantOrNull(o, p.until);
        o += '}';
    });
}

QByteArray encodeNoteJson(const Note &note)
{
    QByteArray out;
    appendNote(out, note);
    return out;
}

QByteArray encodeVerdictJson(const Verdict &verdict, bool withAssessment)
{
    QByteArray out;
    out.reserve(512 + (withAssessment ? verdict.assessmentJson.size() : 0));
    appendVerdict(out, verdict, withAssessment);
    return out;
}

QByteArray encodeExecutionJson(const ExecutionRecord &record)
{
    QByteArray out;
    appendExecution(out, record);
    return out;
}

QByteArray encodeAppealJson(const AppealRecord &appeal)
{
    QByteArray out;
    appendAppeal(out, appeal);
    return out;
}

QByteArray encodeCaseStateJson(const CaseState &s)
{
    QByteArray out;
    out.reserve(2048);
    appendKey(out += '{', "appeal", true);
    if (s.appeal)
        appendAppeal(out, *s.appeal);
    else
        out += "null";
    appendKey(out, "assessed_case_version");
    if (s.assessedCaseVersion)
        appendInteger(out, *s.assessedCaseVersion);
    else
        out += "null";
    appendKey(out, "customer_notified");
    appendBool(out, s.customerNotified);
    appendKey(out, "escalated_external");
    appendBool(out, s.escalatedExternal);
    appendKey(out, "escalation_channel");
    appendString(out, s.escalationChannel);
    appendKey(out, "executions");
    appendArray(out, s.executions, appendExecution);
    appendKey(out, "holder");
    appendStringOrNull(out, s.holder, s.holder.isEmpty());
    appendKey(out, "notes");
    appendArray(out, s.notes, appendNote);
    appendKey(out, "past_appeals");
    appendArray(out, s.pastAppeals, appendAppeal);
    appendKey(out, "sla_pauses");
    appendPauses(out, s.slaPauses);
    appendKey(out, "status");
    appendAsciiString(out, enumAsciiName(s.status));
    appendKey(out, "step");
    appendAsciiString(out, enumAsciiName(s.step));
    appendKey(out, "superseded_executions");
    appendArray(out, s.supersededExecutions, appendExecution);
    appendKey(out, "superseded_verdicts");
    appendArray(out, s.supersededVerdicts, appendStoredVerdict);
    appendKey(out, "verdict");
    if (s.verdict)
        appendVerdict(out, *s.verdict, true);
    else
        out += "null";
    appendKey(out, "waivers");
    appendArray(out, s.waivers, appendWaiver);
    out += '}';
    return out;
}

QJsonObject encodeNote(const Note &note)
{
    return parsed(encodeNoteJson(note));
}

QJsonObject encodeVerdict(const Verdict &verdict, bool withAssessment)
{
    return parsed(encodeVerdictJson(verdict, withAssessment));
}

QJsonObject encodeExecution(const ExecutionRecord &record)
{
    return parsed(encodeExecutionJson(record));
}

QJsonObject encodeAppeal(const AppealRecord &appeal)
{
    return parsed(encodeAppealJson(appeal));
}

QJsonObject encodeCaseState(const CaseState &state)
{
    return parsed(encodeCaseStateJson(state));
}

Result<CaseState> decodeCaseState(const QJsonObject &object)
{
    JsonReader r(object);
    CaseState s;
    s.step = r.enumValue<Step>(QStringLiteral("step"));
    s.status = r.enumValue<Status>(QStringLiteral("status"));
    s.holder = r.optionalString(QStringLiteral("holder"), 128);
    if (auto v = r.optionalInteger(QStringLiteral("assessed_case_version"), 1, Q_INT64_C(1) << 52))
        s.assessedCaseVersion = *v;
    r.objects(QStringLiteral("sla_pauses"), 10000, [&](JsonReader &p) {
        s.slaPauses << Pause{p.instant(QStringLiteral("from")), p.optionalInstant(QStringLiteral("until"))};
    });
    r.objects(QStringLiteral("waivers"), 100, [&](JsonReader &w) {
        s.waivers << Waiver{w.enumValue<EvidenceKind>(QStringLiteral("kind")), w.string(QStringLiteral("reason"), kLongText),
                            w.string(QStringLiteral("by"), 128), w.instant(QStringLiteral("at"))};
    });
    r.objects(QStringLiteral("notes"), 100000, [&](JsonReader &n) { s.notes << readNote(n); });
    if (auto v = r.optionalObject(QStringLiteral("verdict")))
        s.verdict = readStoredVerdict(*v);
    r.objects(QStringLiteral("executions"), 1000, [&](JsonReader &e) { s.executions << readExecution(e); });
    s.customerNotified = r.optionalBoolean(QStringLiteral("customer_notified"), false);
    if (auto a = r.optionalObject(QStringLiteral("appeal")))
        s.appeal = readAppeal(*a);
    r.objects(QStringLiteral("superseded_verdicts"), 1000, [&](JsonReader &v) { s.supersededVerdicts << readStoredVerdict(v); });
    r.objects(QStringLiteral("superseded_executions"), 10000, [&](JsonReader &e) { s.supersededExecutions << readExecution(e); });
    r.objects(QStringLiteral("past_appeals"), 1000, [&](JsonReader &a) { s.pastAppeals << readAppeal(a); });
    s.escalatedExternal = r.optionalBoolean(QStringLiteral("escalated_external"), false);
    s.escalationChannel = r.optionalString(QStringLiteral("escalation_channel"), 256);
    if (!r.ok())
        return r.error();
    return s;
}

} // namespace wd
