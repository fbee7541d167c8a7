#include "clocks.h"
#include "isotime.h"
#include "ruleset.h"

#include <QTest>

using namespace wd;

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr int kPlus8 = 8 * 3600;

// Fixed instants only: every fixture is written with its offset.
QDateTime at(const char *iso)
{
    const std::optional<QDateTime> parsed = parseIsoInstant(QString::fromLatin1(iso));
    if (!parsed)
        qFatal("bad fixture instant %s", iso);
    return *parsed;
}

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// A small calendar at +08:00: National Day 2026-10-01 (Thursday) is a holiday and Saturday
// 2026-10-10 is worked in exchange.
WorkingCalendar smallCalendar(int offset = kPlus8)
{
    return WorkingCalendar(offset, {day("2026-10-01")}, {day("2026-10-10")});
}

const WorkingCalendar &defaultCalendar()
{
    return RuleSet::builtIn().calendar();
}

Pause pause(const char *from, const char *until)
{
    return Pause{at(from), until ? std::optional<QDateTime>(at(until)) : std::nullopt};
}

CaseFile delivered(const char *deliveredAt, int days)
{
    CaseFile c;
    c.order = Order();
    if (deliveredAt)
        c.order->deliveredAt = at(deliveredAt);
    c.warrantyPolicy.days = days;
    return c;
}

} // namespace

Q_DECLARE_METATYPE(SlaState)

class tst_Clocks : public QObject
{
    Q_OBJECT
private slots:
    void workingDays_data();
    void workingDays();
    void businessDate_data();
    void businessDate();
    void startOfBusinessDay();
    void dueAt_data();
    void dueAt();
    void pausesPushTheDueTime();
    void openPauseIsPaused();
    void states_data();
    void states();
    void reviewStartStopsTheClock_data();
    void reviewStartStopsTheClock();
    void stateNames();
    void workingMsBetween_data();
    void workingMsBetween();
    void workingMsAddsUp();
    void warrantyEnds_data();
    void warrantyEnds();
    void warrantyNeverDelivered();
    void appealWindowEdges_data();
    void appealWindowEdges();
};

void tst_Clocks::workingDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("small");   // smallCalendar()
    QTest::addColumn<bool>("builtIn"); // the default rule set's calendar

    QTest::newRow("Monday") << day("2026-11-02") << true << true;
    QTest::newRow("Friday") << day("2026-11-06") << true << true;
    QTest::newRow("Saturday") << day("2026-11-07") << false << false;
    QTest::newRow("Sunday") << day("2026-11-08") << false << false;
    QTest::newRow("holiday on a Thursday") << day("2026-10-01") << false << false;
    QTest::newRow("holiday only in the rule set") << day("2026-10-02") << true << false;
    QTest::newRow("extra working Saturday") << day("2026-10-10") << true << true;
    QTest::newRow("extra working Sunday (rule set)") << day("2026-09-20") << false << true;
    QTest::newRow("Sunday after the make-up day") << day("2026-10-11") << false << false;
    QTest::newRow("New Year holiday on a Friday") << day("2026-01-02") << true << false;
}

void tst_Clocks::workingDays()
{
    QFETCH(QDate, date);
    QFETCH(bool, small);
    QFETCH(bool, builtIn);
    QCOMPARE(smallCalendar().isWorkingDay(date), small);
    QCOMPARE(defaultCalendar().isWorkingDay(date), builtIn);
    QCOMPARE(WorkingCalendar().isWorkingDay(date), date.dayOfWeek() < 6);
}

void tst_Clocks::businessDate_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QDate>("date");

    QTest::newRow("23:30Z at UTC") << at("2026-11-05T23:30:00Z") << 0 << day("2026-11-05");
    QTest::newRow("23:30Z at +08:00 is the next day") << at("2026-11-05T23:30:00Z") << kPlus8 << day("2026-11-06");
    QTest::newRow("15:59:59Z at +08:00") << at("2026-11-05T15:59:59Z") << kPlus8 << day("2026-11-05");
    QTest::newRow("16:00Z at +08:00 is midnight") << at("2026-11-05T16:00:00Z") << kPlus8 << day("2026-11-06");
    QTest::newRow("00:30+08:00 at UTC is the day before") << at("2026-11-06T00:30:00+08:00") << 0 << day("2026-11-05");
    QTest::newRow("00:30+08:00 at +08:00") << at("2026-11-06T00:30:00+08:00") << kPlus8 << day("2026-11-06");
    QTest::newRow("22:30-05:00 at +08:00") << at("2026-11-07T22:30:00-05:00") << kPlus8 << day("2026-11-08");
}

void tst_Clocks::businessDate()
{
    QFETCH(QDateTime, instant);
    QFETCH(int, offset);
    QFETCH(QDate, date);
    QCOMPARE(WorkingCalendar(offset, {}, {}).businessDate(instant), date);
}

void tst_Clocks::startOfBusinessDay()
{
    const QDateTime start = smallCalendar().startOfBusinessDay(day("2026-11-05"));
    QCOMPARE(start, at("2026-11-04T16:00:00Z"));
    QCOMPARE(formatIsoInstant(start), QStringLiteral("2026-11-05T00:00:00+08:00"));
    QCOMPARE(WorkingCalendar(0, {}, {}).startOfBusinessDay(day("2026-11-05")), at("2026-11-05T00:00:00Z"));
    QCOMPARE(defaultCalendar().utcOffsetSeconds(), kPlus8);
}

void tst_Clocks::dueAt_data()
{
    QTest::addColumn<QDateTime>("submitted");
    QTest::addColumn<int>("workingDays");
    QTest::addColumn<QDateTime>("due");

    QTest::newRow("Monday 14:20 -> Thursday 14:20")
        << at("2026-11-02T14:20:00+08:00") << 3 << at("2026-11-05T14:20:00+08:00");
    QTest::newRow("same instant written in UTC")
        << at("2026-11-02T06:20:00Z") << 3 << at("2026-11-05T14:20:00+08:00");
    QTest::newRow("Friday 18:00 -> Wednesday 18:00")
        << at("2026-11-06T18:00:00+08:00") << 3 << at("2026-11-11T18:00:00+08:00");
    QTest::newRow("Saturday -> Wednesday 24:00")
        << at("2026-11-07T10:00:00+08:00") << 3 << at("2026-11-12T00:00:00+08:00");
    QTest::newRow("Sunday 23:59:59 -> Wednesday 24:00")
        << at("2026-11-08T23:59:59+08:00") << 3 << at("2026-11-12T00:00:00+08:00");
    QTest::newRow("Friday 23:30Z is Saturday in Beijing")
        << at("2026-11-06T23:30:00Z") << 3 << at("2026-11-12T00:00:00+08:00");
    QTest::newRow("Monday 00:00 -> Wednesday 24:00")
        << at("2026-11-02T00:00:00+08:00") << 3 << at("2026-11-05T00:00:00+08:00");
    QTest::newRow("1 working day") << at("2026-11-02T14:20:00+08:00") << 1 << at("2026-11-03T14:20:00+08:00");
    QTest::newRow("2 working days over a weekend")
        << at("2026-11-06T18:00:00+08:00") << 2 << at("2026-11-10T18:00:00+08:00");
    // National Day 2026-10-01..07 (Thu..Wed); Saturday 2026-10-10 is a working day.
    QTest::newRow("into National Day -> make-up Saturday")
        << at("2026-09-30T10:00:00+08:00") << 3 << at("2026-10-10T10:00:00+08:00");
    QTest::newRow("submitted during National Day")
        << at("2026-10-03T12:00:00+08:00") << 3 << at("2026-10-11T00:00:00+08:00");
    QTest::newRow("Friday before the make-up Saturday")
        << at("2026-10-09T10:00:00+08:00") << 3 << at("2026-10-13T10:00:00+08:00");
    // Mid-Autumn 2026-09-25..27 (Fri..Sun) and the make-up Sunday 2026-09-20.
    QTest::newRow("over Mid-Autumn") << at("2026-09-24T12:00:00+08:00") << 3 << at("2026-09-30T12:00:00+08:00");
    QTest::newRow("make-up Sunday counts") << at("2026-09-18T12:00:00+08:00") << 3 << at("2026-09-22T12:00:00+08:00");
}

void tst_Clocks::dueAt()
{
    QFETCH(QDateTime, submitted);
    QFETCH(int, workingDays);
    QFETCH(QDateTime, due);
    const SlaClock clock = reviewSlaClock(defaultCalendar(), workingDays, 0.25, submitted, {}, submitted);
    QCOMPARE(clock.dueAt, due);
    QCOMPARE(clock.dueAt.offsetFromUtc(), kPlus8); // shown in the platform's business offset
    QCOMPARE(clock.budgetMs, workingDays * kDayMs);
    QCOMPARE(clock.usedMs, qint64(0));
    QCOMPARE(clock.leftMs, submitted.msecsTo(due));
    QCOMPARE(clock.fractionLeft, 1.0);
    QCOMPARE(clock.state, SlaState::Ok);
    // Exactly the budget of working time lies between submission and the due time.
    QCOMPARE(wd::workingMsBetween(defaultCalendar(), submitted, due, {}, submitted), workingDays * kDayMs);
}

void tst_Clocks::pausesPushTheDueTime()
{
    const QDateTime submitted = at("2026-11-02T14:20:00+08:00");
    const QDateTime now = at("2026-11-04T10:00:00+08:00");

    // A closed pause of one working day (Tuesday 09:00 -> Wednesday 09:00): due Friday instead of Thursday.
    SlaClock clock = reviewSlaClock(defaultCalendar(), 3, 0.25, submitted,
                                    {pause("2026-11-03T09:00:00+08:00", "2026-11-04T09:00:00+08:00")}, now);
    QCOMPARE(clock.dueAt, at("2026-11-06T14:20:00+08:00"));
    QCOMPARE(clock.usedMs, 9 * kHourMs + 40 * 60 * 1000 + 9 * kHourMs + kHourMs); // Mon 9h40 + Tue 9h + Wed 1h
    QCOMPARE(clock.state, SlaState::Ok);

    // Two pauses of half a day each do the same.
    clock = reviewSlaClock(defaultCalendar(), 3, 0.25, submitted,
                           {pause("2026-11-03T09:00:00+08:00", "2026-11-03T21:00:00+08:00"),
                            pause("2026-11-04T01:00:00Z", "2026-11-04T13:00:00Z")}, now);
    QCOMPARE(clock.dueAt, at("2026-11-06T14:20:00+08:00"));

    // A pause over the weekend costs no working time: due stays Wednesday 18:00.
    clock = reviewSlaClock(defaultCalendar(), 3, 0.25, at("2026-11-06T18:00:00+08:00"),
                           {pause("2026-11-07T10:00:00+08:00", "2026-11-08T10:00:00+08:00")},
                           at("2026-11-09T09:00:00+08:00"));
    QCOMPARE(clock.dueAt, at("2026-11-11T18:00:00+08:00"));

    // A pause from Friday 18:00 to Monday 18:00 costs one working day (Fri 6h + Mon 18h).
    clock = reviewSlaClock(defaultCalendar(), 3, 0.25, at("2026-11-06T12:00:00+08:00"),
                           {pause("2026-11-06T18:00:00+08:00", "2026-11-09T18:00:00+08:00")},
                           at("2026-11-10T09:00:00+08:00"));
    QCOMPARE(clock.dueAt, at("2026-11-12T12:00:00+08:00"));
}

void tst_Clocks::openPauseIsPaused()
{
    const QDateTime submitted = at("2026-11-02T14:20:00+08:00");
    const QDateTime now = at("2026-11-04T09:00:00+08:00");
    const SlaClock clock = reviewSlaClock(defaultCalendar(), 3, 0.25, submitted,
                                          {pause("2026-11-03T09:00:00+08:00", nullptr)}, now);
    QCOMPARE(clock.state, SlaState::Paused);
    QCOMPARE(clock.usedMs, 9 * kHourMs + 40 * 60 * 1000 + 9 * kHourMs);
    // The open pause counts as ending now: one day of pause so far, due Friday 14:20.
    QCOMPARE(clock.dueAt, at("2026-11-06T14:20:00+08:00"));

    // A later pause that has not begun yet does not pause the clock.
    const SlaClock later = reviewSlaClock(defaultCalendar(), 3, 0.25, submitted,
                                          {pause("2026-11-05T09:00:00+08:00", nullptr)}, now);
    QCOMPARE(later.state, SlaState::Ok);
    // Once closed, the clock runs again.
    const SlaClock resumed = reviewSlaClock(defaultCalendar(), 3, 0.25, submitted,
                                            {pause("2026-11-03T09:00:00+08:00", "2026-11-04T08:00:00+08:00")}, now);
    QCOMPARE(resumed.state, SlaState::Ok);
}

void tst_Clocks::states_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<SlaState>("state");
    QTest::addColumn<qint64>("usedMs");
    QTest::addColumn<qint64>("leftMs");

    // Submitted Monday 2026-11-02 00:00 +08:00: due Thursday 00:00, a budget of 72 working hours.
    QTest::newRow("at submission") << at("2026-11-02T00:00:00+08:00") << SlaState::Ok << qint64(0) << 72 * kHourMs;
    QTest::newRow("half a day in") << at("2026-11-02T12:00:00+08:00") << SlaState::Ok << 12 * kHourMs << 60 * kHourMs;
    QTest::newRow("exactly 25% left") << at("2026-11-04T06:00:00+08:00") << SlaState::Ok << 54 * kHourMs
                                      << 18 * kHourMs;
    QTest::newRow("just under 25% left") << at("2026-11-04T06:00:01+08:00") << SlaState::Warning
                                         << 54 * kHourMs + 1000 << 18 * kHourMs - 1000;
    QTest::newRow("last second") << at("2026-11-04T23:59:59+08:00") << SlaState::Warning << 72 * kHourMs - 1000
                                 << qint64(1000);
    QTest::newRow("one second late") << at("2026-11-05T00:00:01+08:00") << SlaState::Breached << 72 * kHourMs + 1000
                                     << qint64(-1000);
    QTest::newRow("late, on the weekend") << at("2026-11-07T12:00:00+08:00") << SlaState::Breached
                                          << 120 * kHourMs << -60 * kHourMs;
}

void tst_Clocks::states()
{
    QFETCH(QDateTime, now);
    QFETCH(SlaState, state);
    QFETCH(qint64, usedMs);
    QFETCH(qint64, leftMs);
    const SlaClock clock = reviewSlaClock(defaultCalendar(), 3, 0.25, at("2026-11-02T00:00:00+08:00"), {}, now);
    QCOMPARE(clock.dueAt, at("2026-11-05T00:00:00+08:00"));
    QCOMPARE(slaStateName(clock.state), slaStateName(state));
    QCOMPARE(clock.usedMs, usedMs);
    QCOMPARE(clock.leftMs, leftMs);
    QCOMPARE(clock.fractionLeft, double(clock.budgetMs - usedMs) / double(clock.budgetMs));
}

void tst_Clocks::reviewStartStopsTheClock_data()
{
    QTest::addColumn<QDateTime>("reviewStartedAt");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<SlaState>("state");
    QTest::addColumn<qint64>("usedMs");

    // Submitted Wednesday 2026-11-04 12:00 +08:00: due Monday 2026-11-09 12:00.
    QTest::newRow("met early") << at("2026-11-05T12:00:00+08:00") << at("2026-11-10T09:00:00+08:00") << SlaState::Met
                               << 24 * kHourMs;
    QTest::newRow("met in the warning zone") << at("2026-11-09T06:00:00+08:00") << at("2026-11-09T07:00:00+08:00")
                                             << SlaState::Met << 66 * kHourMs;
    QTest::newRow("met exactly at the due time") << at("2026-11-09T12:00:00+08:00") << at("2026-11-12T00:00:00+08:00")
                                                 << SlaState::Met << 72 * kHourMs;
    QTest::newRow("met late by a second") << at("2026-11-09T12:00:01+08:00") << at("2026-11-12T00:00:00+08:00")
                                          << SlaState::MetLate << 72 * kHourMs + 1000;
    QTest::newRow("review start in UTC") << at("2026-11-09T05:00:00Z") << at("2026-11-09T06:00:00Z")
                                         << SlaState::MetLate << 73 * kHourMs;
    QTest::newRow("review start in the future is ignored") << at("2026-11-06T12:00:00+08:00")
                                                           << at("2026-11-05T12:00:00+08:00") << SlaState::Ok
                                                           << 24 * kHourMs;
}

void tst_Clocks::reviewStartStopsTheClock()
{
    QFETCH(QDateTime, reviewStartedAt);
    QFETCH(QDateTime, now);
    QFETCH(SlaState, state);
    QFETCH(qint64, usedMs);
    const SlaClock clock = reviewSlaClock(defaultCalendar(), 3, 0.25, at("2026-11-04T12:00:00+08:00"), {}, now,
                                          reviewStartedAt);
    QCOMPARE(clock.dueAt, at("2026-11-09T12:00:00+08:00"));
    QCOMPARE(slaStateName(clock.state), slaStateName(state));
    QCOMPARE(clock.usedMs, usedMs);
}

void tst_Clocks::stateNames()
{
    QCOMPARE(slaStateName(SlaState::Ok), QStringLiteral("ok"));
    QCOMPARE(slaStateName(SlaState::Warning), QStringLiteral("warning"));
    QCOMPARE(slaStateName(SlaState::Breached), QStringLiteral("breached"));
    QCOMPARE(slaStateName(SlaState::Paused), QStringLiteral("paused"));
    QCOMPARE(slaStateName(SlaState::Met), QStringLiteral("met"));
    QCOMPARE(slaStateName(SlaState::MetLate), QStringLiteral("met_late"));
}

void tst_Clocks::workingMsBetween_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("same instant") << at("2026-11-02T10:00:00+08:00") << at("2026-11-02T10:00:00+08:00") << qint64(0);
    QTest::newRow("same instant, other offset") << at("2026-11-02T10:00:00+08:00") << at("2026-11-02T02:00:00Z")
                                                << qint64(0);
    QTest::newRow("to before from") << at("2026-11-03T10:00:00+08:00") << at("2026-11-02T10:00:00+08:00") << qint64(0);
    QTest::newRow("two hours on Monday") << at("2026-11-02T10:00:00+08:00") << at("2026-11-02T12:00:00+08:00")
                                         << 2 * kHourMs;
    QTest::newRow("two hours on Monday, in UTC") << at("2026-11-02T02:00:00Z") << at("2026-11-02T04:00:00Z")
                                                 << 2 * kHourMs;
    QTest::newRow("across midnight") << at("2026-11-02T23:00:00+08:00") << at("2026-11-03T01:00:00+08:00")
                                     << 2 * kHourMs;
    QTest::newRow("Friday noon to Monday noon") << at("2026-11-06T12:00:00+08:00") << at("2026-11-09T12:00:00+08:00")
                                                << 24 * kHourMs;
    QTest::newRow("Friday noon to Monday noon, mixed offsets") << at("2026-11-06T04:00:00Z")
                                                               << at("2026-11-09T15:00:00+11:00") << 24 * kHourMs;
    QTest::newRow("Monday noon back to Friday noon") << at("2026-11-09T12:00:00+08:00")
                                                     << at("2026-11-06T12:00:00+08:00") << qint64(0);
    QTest::newRow("inside a weekend") << at("2026-11-07T01:00:00+08:00") << at("2026-11-08T23:00:00+08:00")
                                      << qint64(0);
    QTest::newRow("a whole week") << at("2026-11-02T00:00:00+08:00") << at("2026-11-09T00:00:00+08:00")
                                  << 5 * kDayMs;
    QTest::newRow("National Day week") << at("2026-09-30T00:00:00+08:00") << at("2026-10-12T00:00:00+08:00")
                                       << 4 * kDayMs; // Sep 30, Oct 8, 9, 10
}

void tst_Clocks::workingMsBetween()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(qint64, expected);
    QCOMPARE(wd::workingMsBetween(defaultCalendar(), from, to, {}, to), expected);
    // The offsets the instants are written in do not matter.
    QCOMPARE(wd::workingMsBetween(defaultCalendar(), from.toUTC(), to.toOffsetFromUtc(-5 * 3600), {}, to), expected);
}

void tst_Clocks::workingMsAddsUp()
{
    const QList<QDateTime> points{at("2026-09-29T17:00:00+08:00"), at("2026-10-01T03:00:00Z"),
                                  at("2026-10-08T08:30:00+08:00"), at("2026-10-10T23:00:00+08:00"),
                                  at("2026-10-12T09:15:00+08:00")};
    const QList<Pause> pauses{pause("2026-10-08T12:00:00+08:00", "2026-10-09T12:00:00+08:00")};
    const QDateTime now = points.last();
    for (int i = 0; i < points.size(); ++i) {
        for (int j = i; j < points.size(); ++j) {
            for (int k = j; k < points.size(); ++k) {
                QCOMPARE(wd::workingMsBetween(defaultCalendar(), points[i], points[j], pauses, now)
                             + wd::workingMsBetween(defaultCalendar(), points[j], points[k], pauses, now),
                         wd::workingMsBetween(defaultCalendar(), points[i], points[k], pauses, now));
            }
        }
    }
    // A pause removes exactly its working part; an open pause runs until `now`.
    const QDateTime monday = at("2026-11-02T00:00:00+08:00");
    const QDateTime wednesday = at("2026-11-04T00:00:00+08:00");
    QCOMPARE(wd::workingMsBetween(defaultCalendar(), monday, wednesday,
                                  {pause("2026-11-02T12:00:00+08:00", "2026-11-03T12:00:00+08:00")}, wednesday),
             24 * kHourMs);
    QCOMPARE(wd::workingMsBetween(defaultCalendar(), monday, wednesday, {pause("2026-11-03T12:00:00+08:00", nullptr)},
                                  at("2026-11-03T18:00:00+08:00")),
             42 * kHourMs);
}

void tst_Clocks::warrantyEnds_data()
{
    QTest::addColumn<QString>("deliveredAt");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("endsAt");

    QTest::newRow("15 days at +08:00") << "2026-11-01T10:00:00+08:00" << 15 << "2026-11-16T10:00:00+08:00";
    QTest::newRow("7 days in UTC") << "2026-11-01T02:00:00Z" << 7 << "2026-11-08T02:00:00Z";
    QTest::newRow("7 days at -05:00") << "2026-11-01T21:30:00-05:00" << 7 << "2026-11-08T21:30:00-05:00";
    QTest::newRow("30 days over a month end") << "2026-01-31T23:59:59+08:00" << 30 << "2026-03-02T23:59:59+08:00";
    QTest::newRow("over a leap day") << "2028-02-28T12:00:00+08:00" << 1 << "2028-02-29T12:00:00+08:00";
    QTest::newRow("milliseconds kept") << "2026-11-01T10:00:00.250+08:00" << 15 << "2026-11-16T10:00:00.250+08:00";
    QTest::newRow("days 0") << "2026-11-01T10:00:00+08:00" << 0 << "2026-11-01T10:00:00+08:00";
}

void tst_Clocks::warrantyEnds()
{
    QFETCH(QString, deliveredAt);
    QFETCH(int, days);
    QFETCH(QString, endsAt);
    const std::optional<QDateTime> ends = warrantyEndsAt(delivered(qPrintable(deliveredAt), days));
    QVERIFY(ends.has_value());
    QCOMPARE(formatIsoInstant(*ends), endsAt); // keeps the delivery's offset
    QCOMPARE(*ends, at(qPrintable(endsAt)));
}

void tst_Clocks::warrantyNeverDelivered()
{
    QVERIFY(!warrantyEndsAt(delivered(nullptr, 15)).has_value());
    QVERIFY(!warrantyEndsAt(CaseFile()).has_value()); // no order linked
}

void tst_Clocks::appealWindowEdges_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("open");

    // Verdict 2026-11-10 15:00 +08:00, 7 days: closes 2026-11-17 15:00 +08:00.
    QTest::newRow("a second before the verdict") << at("2026-11-10T14:59:59+08:00") << false;
    QTest::newRow("at the verdict") << at("2026-11-10T15:00:00+08:00") << true;
    QTest::newRow("in between") << at("2026-11-14T03:00:00Z") << true;
    QTest::newRow("exactly at the end") << at("2026-11-17T15:00:00+08:00") << true;
    QTest::newRow("exactly at the end, in UTC") << at("2026-11-17T07:00:00Z") << true;
    QTest::newRow("one second after") << at("2026-11-17T15:00:01+08:00") << false;
    QTest::newRow("same local date, later in another offset") << at("2026-11-17T15:00:00+07:00") << false;
}

void tst_Clocks::appealWindowEdges()
{
    QFETCH(QDateTime, now);
    QFETCH(bool, open);
    const AppealWindow window = appealWindow(at("2026-11-10T15:00:00+08:00"), 7, now);
    QCOMPARE(window.closesAt, at("2026-11-17T15:00:00+08:00"));
    QCOMPARE(formatIsoInstant(window.closesAt), QStringLiteral("2026-11-17T15:00:00+08:00"));
    QCOMPARE(window.open, open);
}

QTEST_GUILESS_MAIN(tst_Clocks)
#include "tst_clocks.moc"
