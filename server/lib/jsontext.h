#pragma once
// Writing JSON text directly, for the hot paths that render many rows (the queue and its
// incremental sync): building a QJsonObject per row and serialising it costs more than the query.
// The output reads back exactly as QJsonDocument would have written it.

#include <QByteArray>
#include <QLocale>
#include <QString>

namespace wd::server::jsontext {

// A JSON string of UTF-8 text, escaped as QJsonDocument's writer escapes it (", \\, \b \f \n \r \t,
// other control characters as \u00XX, everything else as it is).
inline void appendUtf8String(QByteArray &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype run = 0; // start of the characters not yet copied, which need no escape
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out += utf8.sliced(run, i - run);
        run = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    out += utf8.sliced(run);
    out += '"';
}

inline void appendString(QByteArray &out, QStringView text)
{
    appendUtf8String(out, text.toUtf8());
}

inline void appendStringOrNull(QByteArray &out, const QString &text, bool isNull)
{
    if (isNull)
        out += "null";
    else
        appendString(out, text);
}

// "name": with the comma before it unless it is the object's first member.
inline void appendKey(QByteArray &out, const char *name, bool first = false)
{
    if (!first)
        out += ',';
    out += '"';
    out += name;
    out += "\":";
}

inline void appendInteger(QByteArray &out, qint64 value)
{
    out += QByteArray::number(value);
}

// A double in its shortest round-trip form, as QJsonDocument writes it (98.5, 100, 0.01).
inline void appendDouble(QByteArray &out, double value)
{
    out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace wd::server::jsontext
