#pragma once
// Instants as the contract writes them: ISO-8601 with an explicit UTC offset ("Z" or ±HH:MM).
// A time without an offset is ambiguous (whose local time?) and is refused.

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace wd {

std::optional<QDateTime> parseIsoInstant(const QString &text);
// Keeps the offset the instant was read with; milliseconds only when non-zero.
QString formatIsoInstant(const QDateTime &instant);
QJsonValue isoInstantToJson(const std::optional<QDateTime> &instant);
// "2026-10-01"
std::optional<QDate> parseIsoDate(const QString &text);

} // namespace wd
