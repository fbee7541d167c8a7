#include "ruleset.h"

#include "casecodec.h"

#include <QFile>
#include <QRegularExpression>

namespace wd {

namespace {

std::optional<int> parseUtcOffset(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^([+-])(\d{2}):(\d{2})$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int seconds = m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60;
    if (seconds > 14 * 3600 || m.captured(3).toInt() >= 60)
        return std::nullopt;
    return m.captured(1) == QLatin1String("-") ? -seconds : seconds;
}

QSet<QDate> readDates(JsonReader &r, const QString &key)
{
    QSet<QDate> dates;
    const QStringList texts = r.strings(key, 5000, false);
    for (int i = 0; i < texts.size() && r.ok(); ++i) {
        if (auto date = parseIsoDate(texts.at(i)))
            dates.insert(*date);
        else
            r.fail(key + QStringLiteral("[%1]").arg(i), QStringLiteral("not an ISO-8601 date (YYYY-MM-DD)"));
    }
    return dates;
}

// A remedy list names each remedy once, and never "reject" (what not-covered cases get).
void checkRemedyList(JsonReader &r, const QString &key, const QList<Remedy> &remedies)
{
    if (!r.ok())
        return;
    if (remedies.contains(Remedy::Reject)) {
        r.fail(key, QStringLiteral("\"reject\" is what not-covered cases get, not a remedy"));
        return;
    }
    for (int i = 0; i < remedies.size(); ++i) {
        if (remedies.indexOf(remedies.at(i)) != i) {
            r.fail(key, QStringLiteral("names \"%1\" twice").arg(enumName(remedies.at(i))));
            return;
        }
    }
}

} // namespace

Result<RuleSet> RuleSet::fromJson(const QByteArray &json)
{
    Result<QJsonObject> object = parseJsonObject(json, kMaxBytes);
    if (!object)
        return object.error();
    return fromObject(object.value());
}

Result<RuleSet> RuleSet::fromObject(const QJsonObject &object)
{
    JsonReader r(object);
    RuleSet rules;
    rules.m_source = object;
    const qint64 format = r.integer(QStringLiteral("format"), 1, 1);
    Q_UNUSED(format);
    rules.m_version = r.string(QStringLiteral("version"), 64);
    if (r.ok() && rules.m_version.trimmed().isEmpty())
        r.fail(QStringLiteral("version"), QStringLiteral("must not be empty"));
    rules.m_title = r.optionalString(QStringLiteral("title"), 256);

    const QString offsetText = r.string(QStringLiteral("business_utc_offset"), 8);
    const std::optional<int> offset = parseUtcOffset(offsetText);
    if (r.ok() && !offset)
        r.fail(QStringLiteral("business_utc_offset"), QStringLiteral("not a UTC offset such as +08:00"));

    rules.m_fourEyesThreshold = r.money(QStringLiteral("four_eyes_threshold"));
    if (r.ok() && rules.m_fourEyesThreshold < Money())
        r.fail(QStringLiteral("four_eyes_threshold"), QStringLiteral("must not be negative"));
    // The contract allows a review SLA of one to three working days.
    rules.m_reviewSlaWorkingDays = int(r.integer(QStringLiteral("review_sla_working_days"), 1, 3));
    rules.m_appealWindowDays = int(r.integer(QStringLiteral("appeal_window_days"), 1, 365));
    if (r.has(QStringLiteral("sla_warning_fraction")))
        rules.m_slaWarningFraction = r.number(QStringLiteral("sla_warning_fraction"), 0.0, 1.0);

    const QSet<QDate> holidays = readDates(r, QStringLiteral("holidays"));
    const QSet<QDate> extraWorkingDays = readDates(r, QStringLiteral("extra_working_days"));
    for (const QDate &d : extraWorkingDays) {
        if (r.ok() && holidays.contains(d))
            r.fail(QStringLiteral("extra_working_days"),
                   QStringLiteral("%1 is also listed as a holiday").arg(d.toString(Qt::ISODate)));
    }
    rules.m_calendar = WorkingCalendar(offset.value_or(0), holidays, extraWorkingDays);

    JsonReader categories = r.object(QStringLiteral("categories"));
    for (const auto &entry : enumValues<Category>()) {
        if (!r.ok())
            break;
        const QString name = QString::fromLatin1(entry.name);
        JsonReader row = categories.object(name);
        CategoryRule rule;
        rule.liable = row.enumValue<LiableParty>(QStringLiteral("liable"));
        rule.remedies = row.enumList<Remedy>(QStringLiteral("remedies"), 16);
        rule.evidence = row.enumList<EvidenceKind>(QStringLiteral("evidence"), 16);
        rule.periodExempt = row.optionalBoolean(QStringLiteral("period_exempt"), false);
        if (r.ok() && rule.remedies.isEmpty())
            row.fail(QStringLiteral("remedies"), QStringLiteral("must name at least one remedy"));
        if (r.ok() && rule.liable == LiableParty::Customer)
            row.fail(QStringLiteral("liable"), QStringLiteral("a complaint category cannot default to the customer"));
        checkRemedyList(row, QStringLiteral("remedies"), rule.remedies);
        rules.m_categories.insert(entry.value, rule);
    }
    if (r.ok()) {
        const QStringList known = enumNames<Category>();
        for (const QString &key : object.value(QStringLiteral("categories")).toObject().keys()) {
            if (!known.contains(key)) {
                categories.fail(key, QStringLiteral("unknown category (expected one of: %1)")
                                         .arg(known.join(QStringLiteral(", "))));
                break;
            }
        }
    }

    JsonReader overrides = r.object(QStringLiteral("override_remedies"));
    for (LiableParty party : {LiableParty::Merchant, LiableParty::Platform}) {
        const QList<Remedy> remedies = overrides.enumList<Remedy>(enumName(party), 16);
        if (r.ok() && remedies.isEmpty())
            overrides.fail(enumName(party), QStringLiteral("must name at least one remedy"));
        checkRemedyList(overrides, enumName(party), remedies);
        rules.m_overrideRemedies.insert(party, remedies);
    }
    rules.m_merchantRefusedRemedies = r.enumList<Remedy>(QStringLiteral("merchant_refused_remedies"), 16);
    checkRemedyList(r, QStringLiteral("merchant_refused_remedies"), rules.m_merchantRefusedRemedies);

    if (!r.ok())
        return r.error();
    return rules;
}

const RuleSet &RuleSet::builtIn()
{
    static const RuleSet rules = [] {
        QFile file(QStringLiteral(":/warrantydesk/rules/default.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the built-in rule set is missing from the resources");
        Result<RuleSet> loaded = fromJson(file.readAll());
        if (!loaded)
            qFatal("the built-in rule set is invalid: %s", qPrintable(loaded.error().toString()));
        return std::move(loaded).value();
    }();
    return rules;
}

QJsonObject RuleSet::toJson() const
{
    return m_source;
}

} // namespace wd
