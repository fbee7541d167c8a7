#include "casestatecodec.h"

#include "isotime.h"

#include <QJsonArray>

namespace wd {

namespace {

constexpr int kLongText = 20000;

template <typename T, typename Fn>
QJsonArray mapArray(const QList<T> &items, Fn fn)
{
    QJsonArray out;
    for (const T &item : items)
        out.append(fn(item));
    return out;
}

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
    if (auto assessment = r.optionalObject(QStringLiteral("assessment")))
        v.assessment = assessment->raw();
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

QJsonValue instantOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(formatIsoInstant(t)) : QJsonValue(QJsonValue::Null);
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

QJsonObject encodeNote(const Note &n)
{
    return {{QStringLiteral("id"), n.id},
            {QStringLiteral("kind"), enumName(n.kind)},
            {QStringLiteral("author"), n.author},
            {QStringLiteral("text"), n.text},
            {QStringLiteral("at"), formatIsoInstant(n.at)}};
}

QJsonObject encodeVerdict(const Verdict &v)
{
    return {{QStringLiteral("liable_party"), enumName(v.liableParty)},
            {QStringLiteral("remedies"), enumNamesArray(v.remedies)},
            {QStringLiteral("amount"), v.amount.toJson()},
            {QStringLiteral("reasoning"), v.reasoning},
            {QStringLiteral("cited_evidence"), QJsonArray::fromStringList(v.citedEvidence)},
            {QStringLiteral("rules_version"), v.rulesVersion},
            {QStringLiteral("decided_by"), v.decidedBy},
            {QStringLiteral("decided_at"), formatIsoInstant(v.decidedAt)},
            {QStringLiteral("departs_from_assessment"), v.departsFromAssessment()},
            {QStringLiteral("departures"), QJsonArray::fromStringList(v.departures)},
            {QStringLiteral("assessment"), v.assessment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.assessment)},
            {QStringLiteral("approval"), v.approval ? QJsonValue(QJsonObject{{QStringLiteral("by"), v.approval->by},
                                                                             {QStringLiteral("at"), formatIsoInstant(v.approval->at)}})
                                                    : QJsonValue(QJsonValue::Null)}};
}

QJsonObject encodeExecution(const ExecutionRecord &e)
{
    return {{QStringLiteral("remedy"), enumName(e.remedy)},
            {QStringLiteral("reference"), e.reference},
            {QStringLiteral("by"), e.by},
            {QStringLiteral("at"), formatIsoInstant(e.at)}};
}

QJsonObject encodeAppeal(const AppealRecord &a)
{
    return {{QStringLiteral("appellant"), enumName(a.appellant)},
            {QStringLiteral("reason"), a.reason},
            {QStringLiteral("filed_by"), a.filedBy},
            {QStringLiteral("filed_at"), formatIsoInstant(a.filedAt)},
            {QStringLiteral("outcome"), a.outcome ? QJsonValue(enumName(*a.outcome)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("decision_reason"), a.decisionReason},
            {QStringLiteral("decided_by"), a.decidedBy},
            {QStringLiteral("decided_at"), instantOrNull(a.decidedAt)}};
}

QJsonObject encodeCaseState(const CaseState &s)
{
    return {
        {QStringLiteral("step"), enumName(s.step)},
        {QStringLiteral("status"), enumName(s.status)},
        {QStringLiteral("holder"), s.holder.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.holder)},
        {QStringLiteral("assessed_case_version"),
         s.assessedCaseVersion ? QJsonValue(double(*s.assessedCaseVersion)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("sla_pauses"), mapArray(s.slaPauses, [](const Pause &p) {
             return QJsonObject{{QStringLiteral("from"), formatIsoInstant(p.from)},
                                {QStringLiteral("until"), isoInstantToJson(p.until)}};
         })},
        {QStringLiteral("waivers"), mapArray(s.waivers, [](const Waiver &w) {
             return QJsonObject{{QStringLiteral("kind"), enumName(w.kind)},
                                {QStringLiteral("reason"), w.reason},
                                {QStringLiteral("by"), w.by},
                                {QStringLiteral("at"), formatIsoInstant(w.at)}};
         })},
        {QStringLiteral("notes"), mapArray(s.notes, encodeNote)},
        {QStringLiteral("verdict"), s.verdict ? QJsonValue(encodeVerdict(*s.verdict)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("executions"), mapArray(s.executions, encodeExecution)},
        {QStringLiteral("customer_notified"), s.customerNotified},
        {QStringLiteral("appeal"), s.appeal ? QJsonValue(encodeAppeal(*s.appeal)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("superseded_verdicts"), mapArray(s.supersededVerdicts, encodeVerdict)},
        {QStringLiteral("superseded_executions"), mapArray(s.supersededExecutions, encodeExecution)},
        {QStringLiteral("past_appeals"), mapArray(s.pastAppeals, encodeAppeal)},
        {QStringLiteral("escalated_external"), s.escalatedExternal},
        {QStringLiteral("escalation_channel"), s.escalationChannel},
    };
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
