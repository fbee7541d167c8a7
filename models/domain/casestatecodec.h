#pragma once
// JSON for the workflow state of a ticket (notes, waivers, verdict, executions, appeals) and for
// the write requests that change it. Shared by the server (storage, API) and the workstation.

#include "caseworkflow.h"
#include "result.h"

#include <QJsonObject>

namespace wd {

// The encoders write JSON text directly (a ticket write stores the state's text; building it as
// a QJsonObject first cost more than the rest of the write's preparation). The text is exactly
// what QJsonDocument::toJson(Compact) gives for the same document: keys in alphabetical order.
// The QJsonObject forms parse that text, for the answers that embed a part.
QByteArray encodeCaseStateJson(const CaseState &state);
QByteArray encodeVerdictJson(const Verdict &verdict, bool withAssessment = true);
QByteArray encodeNoteJson(const Note &note);
QByteArray encodeExecutionJson(const ExecutionRecord &record);
QByteArray encodeAppealJson(const AppealRecord &appeal);

// SLA pauses as a JSON array ([{"from":...,"until":...|null}]), for the state and the ticket.
void appendPauses(QByteArray &out, const QList<Pause> &pauses);

QJsonObject encodeCaseState(const CaseState &state);
QJsonObject encodeVerdict(const Verdict &verdict, bool withAssessment = true);
QJsonObject encodeNote(const Note &note);
QJsonObject encodeExecution(const ExecutionRecord &record);
QJsonObject encodeAppeal(const AppealRecord &appeal);

Result<CaseState> decodeCaseState(const QJsonObject &object);

// What a client sends to record a verdict: liable_party, remedies, amount, reasoning,
// cited_evidence, rules_version. Author, time and departures are the server's to set.
Verdict readVerdictRequest(JsonReader &reader);

} // namespace wd
