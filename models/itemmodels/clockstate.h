#pragma once
// The live state of a countdown shown in the queue and the case header (SLA and warranty), computed
// from the instants the server sent and the local clock, so a column can tick without a sync.

#include <QDateTime>
#include <QString>

namespace wd {

enum class ClockLevel { None, Ok, Warning, Breached, Paused, Met };

struct ClockState
{
    ClockLevel level = ClockLevel::None;
    qint64 leftMs = 0;        // due - now; negative once past
    bool valid() const { return level != ClockLevel::None; }
};

// The review SLA. `serverState` is the contract's sla_state name at the last sync (ok, warning,
// breached, paused, met, met_late). Paused and met clocks do not tick. A running clock is breached
// once `now` passes `dueAt` and amber when the server said so or when under `warningFraction` of the
// span from submission to the due instant is left (a wall-clock approximation of the working-time
// fraction the server computes, which it corrects at the next sync).
ClockState slaClockState(const QDateTime &submittedAt, const QDateTime &dueAt, const QString &serverState,
                         const QDateTime &now, double warningFraction = 0.25);

// The warranty window: breached (expired) after `endsAt`, amber in the last day.
ClockState warrantyClockState(const QDateTime &endsAt, const QDateTime &now);

} // namespace wd
