#pragma once
// Turns what the cache holds about a ticket (the server's last detail and this agent's unsent
// writes) into what a case tab shows: the state with the unsent writes applied on top through the
// same domain workflow the server runs (so the step bar moves at once, marked pending), the
// assessment, and which actions the guards allow this agent right now.

#include "casetab.h"
#include "outbox.h"
#include "ticketdetail.h"

#include <QDateTime>
#include <QList>

namespace wd::app {

struct CaseInputs
{
    remote::TicketDetail detail;
    QList<store::OutboxEntry> pending; // this ticket's open outbox entries, oldest first
    Actor actor;
    QDateTime now;
    bool cached = false;
};

ui::CaseView buildCaseView(const CaseInputs &inputs, const RuleSet &rules);

// One line that says what a queued write does ("Verdict: merchant · refund · 98.50").
QString describeWrite(const store::OutboxEntry &entry);

} // namespace wd::app
