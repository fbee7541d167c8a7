#pragma once
// The clocks of a ticket: the working-day review SLA (weekends, holidays, make-up working days
// and pauses), the warranty window and the appeal window. All arithmetic is on instants; the
// platform's business UTC offset decides which calendar day an instant belongs to.

#include "casefile.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>

#include <optional>

namespace wd {

class WorkingCalendar
{
public:
    WorkingCalendar() = default;
    WorkingCalendar(int utcOffsetSeconds, QSet<QDate> holidays, QSet<QDate> extraWorkingDays);

    int utcOffsetSeconds() const { return m_utcOffsetSeconds; }
    bool isWorkingDay(QDate date) const;
    QDate businessDate(const QDateTime &instant) const;
    QDateTime startOfBusinessDay(QDate date) const; // 00:00 at the business offset
    const QSet<QDate> &holidays() const { return m_holidays; }
    const QSet<QDate> &extraWorkingDays() const { return m_extraWorkingDays; }

private:
    int m_utcOffsetSeconds = 8 * 3600;
    QSet<QDate> m_holidays;
    QSet<QDate> m_extraWorkingDays; // weekend days worked in exchange for a holiday (调休)
};

enum class SlaState { Ok, Warning, Breached, Paused, Met, MetLate };
QString slaStateName(SlaState state);

struct SlaClock
{
    QDateTime dueAt;            // when the working time runs out, pauses so far accounted for
    qint64 budgetMs = 0;        // N working days
    qint64 usedMs = 0;          // working, unpaused time from submission to now (or review start)
    qint64 leftMs = 0;          // wall-clock time from now to dueAt (negative when breached)
    double fractionLeft = 1.0;  // (budget - used) / budget
    SlaState state = SlaState::Ok;
};

// The review must start within `workingDays` working days of `submittedAt`. Open pauses count
// as ending at `now`. With `reviewStartedAt` the clock stops there (Met or MetLate).
SlaClock reviewSlaClock(const WorkingCalendar &calendar, int workingDays, double warningFraction,
                        const QDateTime &submittedAt, const QList<Pause> &pauses, const QDateTime &now,
                        const std::optional<QDateTime> &reviewStartedAt = std::nullopt);

// The instant when `ms` of working, unpaused time have passed since `from` (open pauses end at
// `now`); nullopt when the calendar has no working day within three years.
std::optional<QDateTime> addWorkingTime(const WorkingCalendar &calendar, const QDateTime &from, qint64 ms,
                                        const QList<Pause> &pauses, const QDateTime &now);

// Working, unpaused milliseconds in [from, to).
qint64 workingMsBetween(const WorkingCalendar &calendar, const QDateTime &from, const QDateTime &to,
                        const QList<Pause> &pauses, const QDateTime &now);

// delivered_at + days (calendar days; the end instant itself is still inside the window).
std::optional<QDateTime> warrantyEndsAt(const CaseFile &caseFile);

struct AppealWindow
{
    QDateTime closesAt;
    bool open = false;
};
AppealWindow appealWindow(const QDateTime &verdictAt, int appealWindowDays, const QDateTime &now);

} // namespace wd
