#pragma once
// JSON for the workflow state of a ticket (notes, waivers, verdict, executions, appeals) and for
// the write requests that change it. Shared by the server (storage, API) and the workstation.

#include "caseworkflow.h"
#include "result.h"

#include <QJsonObject>

namespace wd {

QJsonObject encodeCaseState(const CaseState &state);
Result<CaseState> decodeCaseState(const QJsonObject &object);

QJsonObject encodeVerdict(const Verdict &verdict);
QJsonObject encodeNote(const Note &note);
QJsonObject encodeExecution(const ExecutionRecord &record);
QJsonObject encodeAppeal(const AppealRecord &appeal);

// What a client sends to record a verdict: liable_party, remedies, amount, reasoning,
// cited_evidence, rules_version. Author, time and departures are the server's to set.
Verdict readVerdictRequest(JsonReader &reader);

} // namespace wd
