#include "isotime.h"

#include <QRegularExpression>

namespace wd {

namespace {

// Digits at text[from, from + count), or -1.
int digits(const QChar *text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

std::optional<QDateTime> parseIsoInstant(const QString &text)
{
    // YYYY-MM-DDTHH:MM:SS[.f{1,3}](Z|±HH:MM), read character by character: this runs for every
    // instant of every ticket a sync brings and every event of a key log, where a regular
    // expression and QDateTime::fromString cost microseconds each.
    const int n = int(text.size());
    if (n < 20 || n > 29)
        return std::nullopt;
    const QChar *t = text.constData();
    if (t[4] != u'-' || t[7] != u'-' || t[10] != u'T' || t[13] != u':' || t[16] != u':')
        return std::nullopt;
    const int year = digits(t, 0, 4), month = digits(t, 5, 2), day = digits(t, 8, 2);
    const int hour = digits(t, 11, 2), minute = digits(t, 14, 2), second = digits(t, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return std::nullopt;
    int pos = 19;
    int msec = 0;
    if (t[pos] == u'.') {
        int fractionDigits = 0;
        ++pos;
        while (pos < n && fractionDigits < 4 && t[pos].isDigit() && t[pos].unicode() < 128) {
            msec = msec * 10 + (t[pos].unicode() - u'0');
            ++fractionDigits;
            ++pos;
        }
        if (fractionDigits == 0 || fractionDigits > 3)
            return std::nullopt;
        for (int i = fractionDigits; i < 3; ++i)
            msec *= 10; // ".5" is half a second
    }
    int offset = 0;
    if (pos == n - 1 && t[pos] == u'Z') {
        offset = 0;
    } else if (pos == n - 6 && (t[pos] == u'+' || t[pos] == u'-') && t[pos + 3] == u':') {
        const int offsetHours = digits(t, pos + 1, 2), offsetMinutes = digits(t, pos + 4, 2);
        if (offsetHours < 0 || offsetMinutes < 0 || offsetMinutes > 59)
            return std::nullopt;
        offset = (offsetHours * 60 + offsetMinutes) * 60 * (t[pos] == u'-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    // Offsets beyond ±14:00 do not exist anywhere.
    if (qAbs(offset) > 14 * 3600)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    const QDateTime parsed = t[n - 1] == u'Z' ? QDateTime(date, QTime(hour, minute, second, msec), Qt::UTC)
                                              : QDateTime(date, QTime(hour, minute, second, msec), Qt::OffsetFromUTC, offset);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed;
}

QString formatIsoInstant(const QDateTime &instant)
{
    // Written by hand for UTC and fixed offsets (what the contract carries): the server renders
    // four instants per queue row, and QDateTime::toString goes through printf for every field.
    // Anything else (local time, a year outside 1..9999, an offset with seconds) goes to Qt.
    const Qt::TimeSpec spec = instant.timeSpec();
    const int offset = spec == Qt::OffsetFromUTC ? instant.offsetFromUtc() : 0;
    const QDate date = instant.date();
    if (!instant.isValid() || (spec != Qt::UTC && spec != Qt::OffsetFromUTC) || offset % 60 != 0 || date.year() < 1
        || date.year() > 9999)
        return instant.toString(instant.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
    const QTime time = instant.time();
    char16_t text[32];
    int n = 0;
    auto put = [&](int value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            text[n + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
        n += width;
    };
    put(date.year(), 4);
    text[n++] = u'-';
    put(date.month(), 2);
    text[n++] = u'-';
    put(date.day(), 2);
    text[n++] = u'T';
    put(time.hour(), 2);
    text[n++] = u':';
    put(time.minute(), 2);
    text[n++] = u':';
    put(time.second(), 2);
    if (time.msec() != 0) {
        text[n++] = u'.';
        put(time.msec(), 3);
    }
    if (offset == 0) {
        text[n++] = u'Z';
    } else {
        text[n++] = offset < 0 ? u'-' : u'+';
        const int minutes = qAbs(offset) / 60;
        put(minutes / 60, 2);
        text[n++] = u':';
        put(minutes % 60, 2);
    }
    return QString(reinterpret_cast<const QChar *>(text), n);
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
