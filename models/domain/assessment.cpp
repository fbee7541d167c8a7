#include "assessment.h"

#include "isotime.h"
#include "jsontext.h"

#include <QJsonDocument>

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

using namespace jsontext;

void appendSecondsOrNull(QByteArray &out, const std::optional<qint64> &seconds)
{
    if (seconds)
        appendInteger(out, *seconds);
    else
        out += "null";
}

} // namespace

QByteArray Assessment::toJsonText(Language language) const
{
    // Keys in QJsonObject's (alphabetical) order; tst_statejson compares the text with
    // QJsonDocument's for the same document.
    QByteArray out;
    out.reserve(1024);
    appendKey(out += '{', "assessed_at", true);
    appendInstant(out, assessedAt);
    appendKey(out, "category");
    appendAsciiString(out, enumAsciiName(category));
    appendKey(out, "clocks");
    appendKey(out += '{', "review_sla", true);
    appendKey(out += '{', "due_at", true);
    appendInstant(out, reviewSla.dueAt);
    appendKey(out, "seconds_left");
    appendInteger(out, reviewSla.leftMs / 1000);
    appendKey(out, "state");
    appendString(out, slaStateName(reviewSla.state));
    appendKey(out, "working_seconds_budget");
    appendInteger(out, reviewSla.budgetMs / 1000);
    appendKey(out, "working_seconds_used");
    appendInteger(out, reviewSla.usedMs / 1000);
    out += '}';
    appendKey(out, "warranty_seconds_left_at_submission");
    appendSecondsOrNull(out, warrantySecondsLeftAtSubmission);
    appendKey(out, "warranty_seconds_left_now");
    appendSecondsOrNull(out, warrantySecondsLeftNow);
    out += '}';
    appendKey(out, "covered");
    appendBool(out, covered);
    appendKey(out, "flags");
    appendStrings(out, flags);
    appendKey(out, "in_warranty");
    appendBool(out, inWarranty);
    appendKey(out, "liable_party");
    appendAsciiString(out, enumAsciiName(liableParty));
    appendKey(out, "missing_evidence");
    appendEnumNames(out, missingEvidence);
    appendKey(out, "remedies");
    appendEnumNames(out, remedies);
    appendKey(out, "rules_version");
    appendString(out, rulesVersion);
    appendKey(out, "trace");
    appendArray(out, trace, [language](QByteArray &o, const TraceLine &line) {
        appendKey(o += '{', "reason", true);
        appendString(o, line.reason(language));
        appendKey(o, "rule");
        appendString(o, line.rule);
        o += '}';
    });
    appendKey(out, "warranty_ends_at");
    appendInstantOrNull(out, warrantyEndsAt);
    out += '}';
    return out;
}

QJsonObject Assessment::toJson(Language language) const
{
    return QJsonDocument::fromJson(toJsonText(language)).object();
}

} // namespace wd
