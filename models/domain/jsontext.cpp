#include "jsontext.h"

#include "isotime.h"

namespace wd::jsontext {

namespace {

const char kHex[] = "0123456789abcdef";

// Writes c (below 0x80) at p, escaped if JSON needs it, as QJsonDocument does; returns the end.
char *putAscii(char *p, char16_t c)
{
    if (c >= 0x20 && c != u'"' && c != u'\\') {
        *p++ = char(c);
        return p;
    }
    *p++ = '\\';
    switch (c) {
    case u'"': *p++ = '"'; break;
    case u'\\': *p++ = '\\'; break;
    case u'\b': *p++ = 'b'; break;
    case u'\f': *p++ = 'f'; break;
    case u'\n': *p++ = 'n'; break;
    case u'\r': *p++ = 'r'; break;
    case u'\t': *p++ = 't'; break;
    default:
        *p++ = 'u';
        *p++ = '0';
        *p++ = '0';
        *p++ = kHex[c >> 4];
        *p++ = kHex[c & 0xf];
    }
    return p;
}

} // namespace

void appendUtf8String(QByteArray &out, QByteArrayView utf8)
{
    // At most six bytes per byte ("\u001f"), two for the quotes: written into the buffer's room,
    // which is cut back to what was written at the end.
    const qsizetype start = out.size();
    out.resize(start + 6 * utf8.size() + 2);
    char *p = out.data() + start;
    *p++ = '"';
    for (const char byte : utf8) {
        const auto c = static_cast<unsigned char>(byte);
        if (c < 0x80)
            p = putAscii(p, c);
        else
            *p++ = byte;
    }
    *p++ = '"';
    out.resize(p - out.constData());
}

void appendString(QByteArray &out, QStringView text)
{
    // At most six bytes per UTF-16 unit ("\u001f", "\ud800"), two for the quotes: written into
    // the buffer's room, which is cut back to what was written at the end.
    const qsizetype start = out.size();
    out.resize(start + 6 * text.size() + 2);
    char *p = out.data() + start;
    *p++ = '"';
    const char16_t *s = text.utf16();
    const char16_t *const end = s + text.size();
    while (s < end) {
        const char16_t c = *s++;
        if (c < 0x80) {
            p = putAscii(p, c);
        } else if (c < 0x800) {
            *p++ = char(0xc0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && s < end && QChar::isLowSurrogate(*s)) {
            const char32_t u = QChar::surrogateToUcs4(c, *s++);
            *p++ = char(0xf0 | (u >> 18));
            *p++ = char(0x80 | ((u >> 12) & 0x3f));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isSurrogate(c)) {
            *p++ = '\\';
            *p++ = 'u';
            *p++ = kHex[c >> 12];
            *p++ = kHex[(c >> 8) & 0xf];
            *p++ = kHex[(c >> 4) & 0xf];
            *p++ = kHex[c & 0xf];
        } else {
            *p++ = char(0xe0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        }
    }
    *p++ = '"';
    out.resize(p - out.constData());
}

namespace {

// The end of the JSON string starting at text[at] (a '"'), past its closing quote; -1 if none.
qsizetype skipString(QByteArrayView text, qsizetype at)
{
    for (qsizetype i = at + 1; i < text.size(); ++i) {
        if (text[i] == '\\')
            ++i;
        else if (text[i] == '"')
            return i + 1;
    }
    return -1;
}

// The end of the compact JSON value starting at text[at]; -1 if it does not end.
qsizetype skipValue(QByteArrayView text, qsizetype at)
{
    int depth = 0;
    qsizetype i = at;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '"') {
            i = skipString(text, i);
            if (i < 0)
                return -1;
            if (depth == 0)
                return i;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return i; // the end of the enclosing object: a scalar ended here
            if (--depth == 0)
                return i + 1;
        } else if (c == ',' && depth == 0) {
            return i;
        }
        ++i;
    }
    return -1;
}

} // namespace

QByteArray withMember(QByteArrayView object, QByteArrayView key, QByteArrayView value)
{
    if (object.size() < 2 || object.front() != '{' || object.back() != '}')
        return {};
    auto member = [&](QByteArray &out) {
        out += '"';
        out += key;
        out += "\":";
        out += value;
    };
    QByteArray out;
    out.reserve(object.size() + key.size() + value.size() + 4);
    if (object.size() == 2) {
        out += '{';
        member(out);
        out += '}';
        return out;
    }
    qsizetype at = 1; // the start of a member
    for (;;) {
        if (object[at] != '"')
            return {};
        const qsizetype keyEnd = skipString(object, at);
        if (keyEnd < 0 || keyEnd >= object.size() || object[keyEnd] != ':')
            return {};
        const QByteArrayView name = object.sliced(at + 1, keyEnd - at - 2);
        const qsizetype valueEnd = skipValue(object, keyEnd + 1);
        if (valueEnd < 0 || valueEnd >= object.size())
            return {};
        const int order = name.compare(key);
        if (order >= 0) {
            out += object.first(at);
            member(out);
            if (order > 0)
                out += ',';
            out += object.sliced(order > 0 ? at : valueEnd);
            return out;
        }
        if (object[valueEnd] == '}') {
            out += object.first(valueEnd);
            out += ',';
            member(out);
            out += '}';
            return out;
        }
        at = valueEnd + 1; // past the ','
    }
}

void appendInstant(QByteArray &out, const QDateTime &instant)
{
    appendString(out, formatIsoInstant(instant));
}

} // namespace wd::jsontext
