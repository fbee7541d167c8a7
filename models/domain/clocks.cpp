#include "clocks.h"

#include <algorithm>
#include <limits>

namespace wd {

WorkingCalendar::WorkingCalendar(int utcOffsetSeconds, QSet<QDate> holidays, QSet<QDate> extraWorkingDays)
    : m_utcOffsetSeconds(utcOffsetSeconds), m_holidays(std::move(holidays)),
      m_extraWorkingDays(std::move(extraWorkingDays))
{
}

bool WorkingCalendar::isWorkingDay(QDate date) const
{
    if (m_extraWorkingDays.contains(date))
        return true;
    if (m_holidays.contains(date))
        return false;
    return date.dayOfWeek() < 6;
}

QDate WorkingCalendar::businessDate(const QDateTime &instant) const
{
    return instant.toOffsetFromUtc(m_utcOffsetSeconds).date();
}

QDateTime WorkingCalendar::startOfBusinessDay(QDate date) const
{
    return QDateTime(date, QTime(0, 0), Qt::OffsetFromUTC, m_utcOffsetSeconds);
}

QString slaStateName(SlaState state)
{
    switch (state) {
    case SlaState::Ok: return QStringLiteral("ok");
    case SlaState::Warning: return QStringLiteral("warning");
    case SlaState::Breached: return QStringLiteral("breached");
    case SlaState::Paused: return QStringLiteral("paused");
    case SlaState::Met: return QStringLiteral("met");
    case SlaState::MetLate: return QStringLiteral("met_late");
    }
    return {};
}

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kMaxDaysScanned = 3 * 366; // a calendar with no working day must not loop forever

struct Interval
{
    qint64 from;
    qint64 to;
};

// [from, to) minus every pause, as ordered intervals (ms since epoch).
QList<Interval> subtractPauses(qint64 from, qint64 to, const QList<Pause> &pauses, qint64 now)
{
    QList<Interval> pieces{{from, to}};
    for (const Pause &pause : pauses) {
        const qint64 pFrom = pause.from.toMSecsSinceEpoch();
        const qint64 pTo = pause.until ? pause.until->toMSecsSinceEpoch() : std::max(now, pFrom);
        QList<Interval> next;
        for (const Interval &piece : pieces) {
            if (pTo <= piece.from || pFrom >= piece.to) {
                next << piece;
                continue;
            }
            if (pFrom > piece.from)
                next << Interval{piece.from, pFrom};
            if (pTo < piece.to)
                next << Interval{pTo, piece.to};
        }
        pieces = next;
    }
    std::sort(pieces.begin(), pieces.end(), [](const Interval &a, const Interval &b) { return a.from < b.from; });
    return pieces;
}

// Walks working, unpaused time forward from `start`. Stops when `budget` ms were found (returns
// the instant) or at `limit` (returns nullopt, `found` holds what was found).
std::optional<qint64> walkWorkingTime(const WorkingCalendar &calendar, qint64 start, qint64 budget, qint64 limit,
                                      const QList<Pause> &pauses, qint64 now, qint64 *found)
{
    *found = 0;
    QDate day = calendar.businessDate(QDateTime::fromMSecsSinceEpoch(start, Qt::UTC));
    for (int scanned = 0; scanned < kMaxDaysScanned; ++scanned, day = day.addDays(1)) {
        const qint64 dayStart = calendar.startOfBusinessDay(day).toMSecsSinceEpoch();
        if (dayStart >= limit)
            return std::nullopt;
        if (!calendar.isWorkingDay(day))
            continue;
        const qint64 from = std::max(start, dayStart);
        const qint64 to = std::min(limit, dayStart + kDayMs);
        if (from >= to)
            continue;
        for (const Interval &piece : subtractPauses(from, to, pauses, now)) {
            const qint64 length = piece.to - piece.from;
            if (*found + length >= budget)
                return piece.from + (budget - *found);
            *found += length;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<QDateTime> addWorkingTime(const WorkingCalendar &calendar, const QDateTime &from, qint64 ms,
                                        const QList<Pause> &pauses, const QDateTime &now)
{
    qint64 found = 0;
    const std::optional<qint64> at = walkWorkingTime(calendar, from.toMSecsSinceEpoch(), ms, std::numeric_limits<qint64>::max(),
                                                     pauses, now.toMSecsSinceEpoch(), &found);
    if (!at)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(*at, Qt::OffsetFromUTC, calendar.utcOffsetSeconds());
}

qint64 workingMsBetween(const WorkingCalendar &calendar, const QDateTime &from, const QDateTime &to,
                        const QList<Pause> &pauses, const QDateTime &now)
{
    if (to <= from)
        return 0;
    qint64 found = 0;
    walkWorkingTime(calendar, from.toMSecsSinceEpoch(), std::numeric_limits<qint64>::max(),
                    to.toMSecsSinceEpoch(), pauses, now.toMSecsSinceEpoch(), &found);
    return found;
}

SlaClock reviewSlaClock(const WorkingCalendar &calendar, int workingDays, double warningFraction,
                        const QDateTime &submittedAt, const QList<Pause> &pauses, const QDateTime &now,
                        const std::optional<QDateTime> &reviewStartedAt)
{
    SlaClock clock;
    clock.budgetMs = qint64(workingDays) * kDayMs;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    qint64 found = 0;
    const std::optional<qint64> due = walkWorkingTime(calendar, submittedAt.toMSecsSinceEpoch(), clock.budgetMs,
                                                      std::numeric_limits<qint64>::max(), pauses, nowMs, &found);
    // A calendar without working days within three years leaves the deadline at the scan's end.
    clock.dueAt = QDateTime::fromMSecsSinceEpoch(due.value_or(submittedAt.addDays(kMaxDaysScanned).toMSecsSinceEpoch()),
                                                 Qt::OffsetFromUTC, calendar.utcOffsetSeconds());
    const QDateTime stop = reviewStartedAt ? std::min(*reviewStartedAt, now) : now;
    clock.usedMs = workingMsBetween(calendar, submittedAt, stop, pauses, now);
    clock.leftMs = clock.dueAt.toMSecsSinceEpoch() - nowMs;
    clock.fractionLeft = clock.budgetMs > 0 ? double(clock.budgetMs - clock.usedMs) / double(clock.budgetMs) : 0.0;

    const bool paused = std::any_of(pauses.begin(), pauses.end(), [&](const Pause &p) {
        return p.from <= now && (!p.until || *p.until > now);
    });
    if (reviewStartedAt && *reviewStartedAt <= now)
        clock.state = clock.usedMs <= clock.budgetMs ? SlaState::Met : SlaState::MetLate;
    else if (clock.usedMs > clock.budgetMs)
        clock.state = SlaState::Breached; // at the due instant itself review may still start in time
    else if (paused)
        clock.state = SlaState::Paused;
    else if (clock.fractionLeft < warningFraction)
        clock.state = SlaState::Warning;
    else
        clock.state = SlaState::Ok;
    return clock;
}

std::optional<QDateTime> warrantyEndsAt(const CaseFile &caseFile)
{
    if (!caseFile.order || !caseFile.order->deliveredAt)
        return std::nullopt;
    return caseFile.order->deliveredAt->addDays(caseFile.warrantyPolicy.days);
}

AppealWindow appealWindow(const QDateTime &verdictAt, int appealWindowDays, const QDateTime &now)
{
    AppealWindow window;
    window.closesAt = verdictAt.addDays(appealWindowDays);
    window.open = now >= verdictAt && now <= window.closesAt;
    return window;
}

} // namespace wd
