#include "assessment.h"

#include "isotime.h"

#include <QJsonArray>

#include <algorithm>

namespace wd {

std::optional<Language> languageFromName(const QString &name)
{
    const QString n = name.toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (n == QLatin1String("zh") || n.startsWith(QLatin1String("zh_")))
        return Language::Chinese;
    if (n == QLatin1String("en") || n.startsWith(QLatin1String("en_")))
        return Language::English;
    return std::nullopt;
}

bool Assessment::applied(const QString &rule) const
{
    return std::any_of(trace.begin(), trace.end(), [&](const TraceLine &line) { return line.rule == rule; });
}

QStringList Assessment::ruleIds() const
{
    QStringList ids;
    for (const TraceLine &line : trace)
        ids << line.rule;
    return ids;
}

namespace {
QJsonValue secondsOrNull(const std::optional<qint64> &seconds)
{
    return seconds ? QJsonValue(double(*seconds)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject Assessment::toJson(Language language) const
{
    QJsonArray traceLines;
    for (const TraceLine &line : trace)
        traceLines.append(QJsonObject{{QStringLiteral("rule"), line.rule},
                                      {QStringLiteral("reason"), line.reason(language)}});
    const QJsonObject sla{
        {QStringLiteral("due_at"), formatIsoInstant(reviewSla.dueAt)},
        {QStringLiteral("state"), slaStateName(reviewSla.state)},
        {QStringLiteral("seconds_left"), double(reviewSla.leftMs / 1000)},
        {QStringLiteral("working_seconds_used"), double(reviewSla.usedMs / 1000)},
        {QStringLiteral("working_seconds_budget"), double(reviewSla.budgetMs / 1000)},
    };
    return QJsonObject{
        {QStringLiteral("rules_version"), rulesVersion},
        {QStringLiteral("assessed_at"), formatIsoInstant(assessedAt)},
        {QStringLiteral("category"), enumName(category)},
        {QStringLiteral("in_warranty"), inWarranty},
        {QStringLiteral("warranty_ends_at"), isoInstantToJson(warrantyEndsAt)},
        {QStringLiteral("covered"), covered},
        {QStringLiteral("liable_party"), enumName(liableParty)},
        {QStringLiteral("remedies"), enumNamesArray(remedies)},
        {QStringLiteral("missing_evidence"), enumNamesArray(missingEvidence)},
        {QStringLiteral("flags"), QJsonArray::fromStringList(flags)},
        {QStringLiteral("trace"), traceLines},
        {QStringLiteral("clocks"),
         QJsonObject{{QStringLiteral("warranty_seconds_left_at_submission"), secondsOrNull(warrantySecondsLeftAtSubmission)},
                     {QStringLiteral("warranty_seconds_left_now"), secondsOrNull(warrantySecondsLeftNow)},
                     {QStringLiteral("review_sla"), sla}}},
    };
}

} // namespace wd
