#pragma once
// The reference for tst_statejson: the documents built as QJsonObjects, the way the domain
// library built them before it wrote JSON text directly (commit 9d90996). The test writes random
// values both ways and compares the bytes.

#include "assessment.h"
#include "casecodec.h"
#include "casestatecodec.h"
#include "isotime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wd::test::statejson {

inline QJsonObject refAssessment(const Assessment &a, Language language)
{
    QJsonArray traceLines;
    for (const TraceLine &line : a.trace)
        traceLines.append(QJsonObject{{QStringLiteral("rule"), line.rule}, {QStringLiteral("reason"), line.reason(language)}});
    auto secondsOrNull = [](const std::optional<qint64> &s) { return s ? QJsonValue(double(*s)) : QJsonValue(QJsonValue::Null); };
    const QJsonObject sla{
        {QStringLiteral("due_at"), formatIsoInstant(a.reviewSla.dueAt)},
        {QStringLiteral("state"), slaStateName(a.reviewSla.state)},
        {QStringLiteral("seconds_left"), double(a.reviewSla.leftMs / 1000)},
        {QStringLiteral("working_seconds_used"), double(a.reviewSla.usedMs / 1000)},
        {QStringLiteral("working_seconds_budget"), double(a.reviewSla.budgetMs / 1000)},
    };
    return QJsonObject{
        {QStringLiteral("rules_version"), a.rulesVersion},
        {QStringLiteral("assessed_at"), formatIsoInstant(a.assessedAt)},
        {QStringLiteral("category"), enumName(a.category)},
        {QStringLiteral("in_warranty"), a.inWarranty},
        {QStringLiteral("warranty_ends_at"), isoInstantToJson(a.warrantyEndsAt)},
        {QStringLiteral("covered"), a.covered},
        {QStringLiteral("liable_party"), enumName(a.liableParty)},
        {QStringLiteral("remedies"), enumNamesArray(a.remedies)},
        {QStringLiteral("missing_evidence"), enumNamesArray(a.missingEvidence)},
        {QStringLiteral("flags"), QJsonArray::fromStringList(a.flags)},
        {QStringLiteral("trace"), traceLines},
        {QStringLiteral("clocks"),
         QJsonObject{{QStringLiteral("warranty_seconds_left_at_submission"), secondsOrNull(a.warrantySecondsLeftAtSubmission)},
                     {QStringLiteral("warranty_seconds_left_now"), secondsOrNull(a.warrantySecondsLeftNow)},
                     {QStringLiteral("review_sla"), sla}}},
    };
}

template <typename T, typename Fn>
QJsonArray mapArray(const QList<T> &items, Fn fn)
{
    QJsonArray out;
    for (const T &item : items)
        out.append(fn(item));
    return out;
}

inline QJsonValue instantOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(formatIsoInstant(t)) : QJsonValue(QJsonValue::Null);
}

inline QJsonObject refNote(const Note &n)
{
    return {{QStringLiteral("id"), n.id},
            {QStringLiteral("kind"), enumName(n.kind)},
            {QStringLiteral("author"), n.author},
            {QStringLiteral("text"), n.text},
            {QStringLiteral("at"), formatIsoInstant(n.at)}};
}

// `assessment`: the object the verdict's assessmentJson was written from.
inline QJsonObject refVerdict(const Verdict &v, const QJsonObject &assessment)
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
            {QStringLiteral("assessment"), assessment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(assessment)},
            {QStringLiteral("approval"), v.approval ? QJsonValue(QJsonObject{{QStringLiteral("by"), v.approval->by},
                                                                             {QStringLiteral("at"), formatIsoInstant(v.approval->at)}})
                                                    : QJsonValue(QJsonValue::Null)}};
}

inline QJsonObject refExecution(const ExecutionRecord &e)
{
    return {{QStringLiteral("remedy"), enumName(e.remedy)},
            {QStringLiteral("reference"), e.reference},
            {QStringLiteral("by"), e.by},
            {QStringLiteral("at"), formatIsoInstant(e.at)}};
}

inline QJsonObject refAppeal(const AppealRecord &a)
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

// A state and the assessment objects its verdicts were written from (by verdict: current first,
// then the superseded ones in order).
struct Sample
{
    CaseState state;
    QList<QJsonObject> assessments;
};

inline QJsonObject refCaseState(const Sample &sample)
{
    const CaseState &s = sample.state;
    qsizetype next = 0;
    const QJsonObject current = s.verdict ? sample.assessments.at(next++) : QJsonObject();
    QJsonArray superseded;
    for (const Verdict &v : s.supersededVerdicts)
        superseded.append(refVerdict(v, sample.assessments.at(next++)));
    return {
        {QStringLiteral("step"), enumName(s.step)},
        {QStringLiteral("status"), enumName(s.status)},
        {QStringLiteral("holder"), s.holder.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.holder)},
        {QStringLiteral("assessed_case_version"),
         s.assessedCaseVersion ? QJsonValue(double(*s.assessedCaseVersion)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("sla_pauses"), mapArray(s.slaPauses, [](const Pause &p) {
             return QJsonObject{{QStringLiteral("from"), formatIsoInstant(p.from)}, {QStringLiteral("until"), isoInstantToJson(p.until)}};
         })},
        {QStringLiteral("waivers"), mapArray(s.waivers, [](const Waiver &w) {
             return QJsonObject{{QStringLiteral("kind"), enumName(w.kind)},
                                {QStringLiteral("reason"), w.reason},
                                {QStringLiteral("by"), w.by},
                                {QStringLiteral("at"), formatIsoInstant(w.at)}};
         })},
        {QStringLiteral("notes"), mapArray(s.notes, refNote)},
        {QStringLiteral("verdict"), s.verdict ? QJsonValue(refVerdict(*s.verdict, current)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("executions"), mapArray(s.executions, refExecution)},
        {QStringLiteral("customer_notified"), s.customerNotified},
        {QStringLiteral("appeal"), s.appeal ? QJsonValue(refAppeal(*s.appeal)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("superseded_verdicts"), superseded},
        {QStringLiteral("superseded_executions"), mapArray(s.supersededExecutions, refExecution)},
        {QStringLiteral("past_appeals"), mapArray(s.pastAppeals, refAppeal)},
        {QStringLiteral("escalated_external"), s.escalatedExternal},
        {QStringLiteral("escalation_channel"), s.escalationChannel},
    };
}

inline QJsonObject refTicket(const Ticket &t)
{
    QJsonObject ticket{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("category"), t.category ? QJsonValue(enumName(*t.category)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("description"), t.description},
        {QStringLiteral("submitted_at"), formatIsoInstant(t.submittedAt)},
        {QStringLiteral("step"), enumName(t.step)},
        {QStringLiteral("status"), enumName(t.status)},
        {QStringLiteral("version"), double(t.version)},
    };
    if (!t.slaPauses.isEmpty()) {
        QJsonArray pauses;
        for (const Pause &p : t.slaPauses)
            pauses.append(QJsonObject{{QStringLiteral("from"), formatIsoInstant(p.from)}, {QStringLiteral("until"), isoInstantToJson(p.until)}});
        ticket.insert(QStringLiteral("sla_pauses"), pauses);
    }
    return ticket;
}

inline QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace wd::test::statejson
