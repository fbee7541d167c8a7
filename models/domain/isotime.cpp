#include "isotime.h"

#include <QRegularExpression>

namespace wd {

std::optional<QDateTime> parseIsoInstant(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?(Z|[+-]\d{2}:[0-5]\d)$)"));
    if (text.size() > 40 || !pattern.match(text).hasMatch())
        return std::nullopt;
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    // Offsets beyond ±14:00 do not exist anywhere.
    if (qAbs(parsed.offsetFromUtc()) > 14 * 3600)
        return std::nullopt;
    return parsed;
}

QString formatIsoInstant(const QDateTime &instant)
{
    return instant.toString(instant.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

QJsonValue isoInstantToJson(const std::optional<QDateTime> &instant)
{
    return instant ? QJsonValue(formatIsoInstant(*instant)) : QJsonValue(QJsonValue::Null);
}

std::optional<QDate> parseIsoDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace wd
