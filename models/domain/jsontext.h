#pragma once
// Writing JSON text directly, for the hot paths: the queue's rows and its incremental sync, and
// the documents of every ticket write (the workflow state, the ticket, the assessment kept with a
// verdict). Building a QJsonObject and serialising it costs several times more (in Qt 6.4 every
// key and value inserted goes through a temporary QCborValue).
//
// The output is byte for byte what QJsonDocument::toJson(Compact) writes for the same values,
// provided the caller writes an object's keys in the order QJsonObject keeps them (sorted by
// their UTF-16 code units; for the ASCII keys used here, plain byte order). The encoders that use
// this are checked against QJsonDocument by tests (tst_statejson).

#include "enums.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <cmath>
#include <optional>

namespace wd::jsontext {

// A JSON string of UTF-8 text, escaped as QJsonDocument's writer escapes it (", \\, \b \f \n \r \t,
// other control characters as \u00XX, everything else as it is).
void appendUtf8String(QByteArray &out, QByteArrayView utf8);

// A JSON string of UTF-16 text, written straight to UTF-8 with the same escapes; an unpaired
// surrogate is written as \udXXX, as QJsonDocument writes it (QString::toUtf8 would make it "?").
void appendString(QByteArray &out, QStringView text);

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

// A JSON number as QJsonValue(double) is written: a whole number in the range of qint64 is
// stored, and written, as an integer (1e11 as 100000000000, not 1e+11), anything else in its
// shortest round-trip form (98.5, 0.01); infinities and NaN as null.
inline void appendNumber(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    if (value == std::trunc(value) && value >= -9223372036854775808.0 && value < 9223372036854775808.0) {
        out += QByteArray::number(qint64(value));
        return;
    }
    out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

inline void appendBool(QByteArray &out, bool value)
{
    out += value ? "true" : "false";
}

// A string that needs no escaping (an enum's JSON name, an ASCII identifier).
inline void appendAsciiString(QByteArray &out, const char *ascii)
{
    out += '"';
    out += ascii;
    out += '"';
}

// An instant as the contract writes it (formatIsoInstant), or null.
void appendInstant(QByteArray &out, const QDateTime &instant);
inline void appendInstantOrNull(QByteArray &out, const std::optional<QDateTime> &instant)
{
    if (instant)
        appendInstant(out, *instant);
    else
        out += "null";
}

// `object` (compact JSON text of an object, as QJsonDocument or these writers give it) with the
// member `key` (ASCII, needing no escape) set to `value` (JSON text): inserted where QJsonObject
// would keep it, or replacing the member's value if it has one. Returns an empty array for text
// that is not such an object.
QByteArray withMember(QByteArrayView object, QByteArrayView key, QByteArrayView value);

// [a,b,...] with append(out, item) writing each item.
template <typename List, typename Fn>
void appendArray(QByteArray &out, const List &items, Fn append)
{
    out += '[';
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        append(out, items.at(i));
    }
    out += ']';
}

inline void appendStrings(QByteArray &out, const QStringList &items)
{
    appendArray(out, items, [](QByteArray &o, const QString &s) { appendString(o, s); });
}

// The JSON names of enum values, as enumNamesArray gives them.
template <typename E>
void appendEnumNames(QByteArray &out, const QList<E> &values)
{
    appendArray(out, values, [](QByteArray &o, E value) { appendAsciiString(o, enumAsciiName(value)); });
}

} // namespace wd::jsontext
