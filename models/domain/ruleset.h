#pragma once
// The versioned rule set: everything about warranty decisions that a platform may tune without
// a new build (remedy table, evidence requirements, SLA, four-eyes threshold, holidays).
// Loaded from JSON; the built-in default lives in resources/rules/default.json.

#include "clocks.h"
#include "enums.h"
#include "money.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace wd {

struct CategoryRule
{
    LiableParty liable = LiableParty::Merchant;
    QList<Remedy> remedies;          // what the liable party owes when covered
    QList<EvidenceKind> evidence;    // the evidence chain required before review
    bool periodExempt = false;       // payment faults: not bound by the warranty window
};

class RuleSet
{
public:
    static constexpr qsizetype kMaxBytes = 1024 * 1024;

    static Result<RuleSet> fromJson(const QByteArray &json);
    static Result<RuleSet> fromObject(const QJsonObject &object);
    // The rule set compiled into the program (resources/rules/default.json).
    static const RuleSet &builtIn();

    QJsonObject toJson() const;

    QString version() const { return m_version; }
    QString title() const { return m_title; }
    const WorkingCalendar &calendar() const { return m_calendar; }
    Money fourEyesThreshold() const { return m_fourEyesThreshold; }
    int reviewSlaWorkingDays() const { return m_reviewSlaWorkingDays; }
    int appealWindowDays() const { return m_appealWindowDays; }
    double slaWarningFraction() const { return m_slaWarningFraction; }
    const CategoryRule &category(Category category) const { return m_categories.find(category).value(); }
    // Remedies when the key log moved liability away from the category's default party.
    QList<Remedy> overrideRemedies(LiableParty party) const { return m_overrideRemedies.value(party); }
    QList<Remedy> merchantRefusedRemedies() const { return m_merchantRefusedRemedies; }

private:
    QString m_version;
    QString m_title;
    WorkingCalendar m_calendar;
    Money m_fourEyesThreshold = Money::fromCents(50000);
    int m_reviewSlaWorkingDays = 3;
    int m_appealWindowDays = 7;
    double m_slaWarningFraction = 0.25;
    QHash<Category, CategoryRule> m_categories; // complete: every category has a row
    QHash<LiableParty, QList<Remedy>> m_overrideRemedies;
    QList<Remedy> m_merchantRefusedRemedies;
    QJsonObject m_source;
};

} // namespace wd
