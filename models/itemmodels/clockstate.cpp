#include "clockstate.h"

namespace wd {

ClockState slaClockState(const QDateTime &submittedAt, const QDateTime &dueAt, const QString &serverState,
                         const QDateTime &now, double warningFraction)
{
    ClockState clock;
    if (!dueAt.isValid())
        return clock;
    clock.leftMs = now.msecsTo(dueAt);
    if (serverState == QLatin1String("paused")) {
        clock.level = ClockLevel::Paused;
        return clock;
    }
    if (serverState == QLatin1String("met") || serverState == QLatin1String("met_late")) {
        clock.level = ClockLevel::Met;
        return clock;
    }
    if (clock.leftMs < 0 || serverState == QLatin1String("breached")) {
        clock.level = ClockLevel::Breached;
        return clock;
    }
    const qint64 span = submittedAt.isValid() ? submittedAt.msecsTo(dueAt) : 0;
    const bool amberByTime = span > 0 && double(clock.leftMs) < warningFraction * double(span);
    clock.level = (serverState == QLatin1String("warning") || amberByTime) ? ClockLevel::Warning : ClockLevel::Ok;
    return clock;
}

ClockState warrantyClockState(const QDateTime &endsAt, const QDateTime &now)
{
    ClockState clock;
    if (!endsAt.isValid())
        return clock;
    clock.leftMs = now.msecsTo(endsAt);
    constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    clock.level = clock.leftMs < 0 ? ClockLevel::Breached : clock.leftMs < kDayMs ? ClockLevel::Warning : ClockLevel::Ok;
    return clock;
}

} // namespace wd
