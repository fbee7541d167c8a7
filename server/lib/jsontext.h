#pragma once
// Writing JSON text directly, for the hot paths that render many rows (the queue and its
// incremental sync): building a QJsonObject per row and serialising it costs more than the query.
// The output reads back exactly as QJsonDocument would have written it.

#include <QByteArray>
#include <QLocale>
#include <QString>

namespace wd::server::jsontext {

inline void appendString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
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
