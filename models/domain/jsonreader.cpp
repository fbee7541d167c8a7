#include "jsonreader.h"

#include <cmath>

namespace wd {

bool JsonReader::isCleanText(QStringView text)
{
    // NUL cuts strings short in C APIs and some database drivers; an unpaired surrogate is not text.
    return !text.contains(QChar(u'\0')) && text.isValidUtf16();
}

JsonReader::JsonReader(const QJsonObject &object)
    : JsonReader(object, QString(), QSharedPointer<std::optional<DecodeError>>::create())
{
}

JsonReader::JsonReader(const QJsonObject &object, QString path,
                       QSharedPointer<std::optional<DecodeError>> error)
    : m_object(object), m_path(std::move(path)), m_error(std::move(error))
{
}

QString JsonReader::join(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonReader::setError(const QString &fullPath, const QString &message)
{
    if (!m_error->has_value())
        *m_error = DecodeError{fullPath, message};
}

void JsonReader::fail(const QString &key, const QString &message)
{
    setError(key.isEmpty() ? m_path : join(key), message);
}

bool JsonReader::has(const QString &key) const
{
    return m_object.contains(key);
}

bool JsonReader::isNullOrAbsent(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    return value.isUndefined() || value.isNull();
}

QString JsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

QJsonValue JsonReader::required(const QString &key)
{
    if (!ok())
        return {};
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        fail(key, QStringLiteral("missing required field"));
    return value;
}

QString JsonReader::string(const QString &key, int maxLength)
{
    const QJsonValue value = required(key);
    if (!ok())
        return {};
    if (!value.isString()) {
        fail(key, QStringLiteral("expected a string, got %1").arg(typeName(value)));
        return {};
    }
    QString text = value.toString();
    if (text.size() > maxLength) {
        fail(key, QStringLiteral("longer than %1 characters").arg(maxLength));
        return {};
    }
    if (!isCleanText(text)) {
        fail(key, QStringLiteral("contains a NUL character or an unpaired surrogate"));
        return {};
    }
    return text;
}

QString JsonReader::optionalString(const QString &key, int maxLength)
{
    if (!ok() || isNullOrAbsent(key))
        return {};
    return string(key, maxLength);
}

bool JsonReader::boolean(const QString &key)
{
    const QJsonValue value = required(key);
    if (!ok())
        return false;
    if (!value.isBool()) {
        fail(key, QStringLiteral("expected true or false, got %1").arg(typeName(value)));
        return false;
    }
    return value.toBool();
}

bool JsonReader::optionalBoolean(const QString &key, bool fallback)
{
    if (!ok() || isNullOrAbsent(key))
        return fallback;
    return boolean(key);
}

qint64 JsonReader::integer(const QString &key, qint64 min, qint64 max)
{
    const QJsonValue value = required(key);
    if (!ok())
        return 0;
    if (!value.isDouble()) {
        fail(key, QStringLiteral("expected a whole number, got %1").arg(typeName(value)));
        return 0;
    }
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d)) {
        fail(key, QStringLiteral("not a whole number"));
        return 0;
    }
    if (d < double(min) || d > double(max)) {
        fail(key, QStringLiteral("out of range %1..%2").arg(min).arg(max));
        return 0;
    }
    return qint64(d);
}

std::optional<qint64> JsonReader::optionalInteger(const QString &key, qint64 min, qint64 max)
{
    if (!ok() || isNullOrAbsent(key))
        return std::nullopt;
    const qint64 value = integer(key, min, max);
    return ok() ? std::optional<qint64>(value) : std::nullopt;
}

double JsonReader::number(const QString &key, double min, double max)
{
    const QJsonValue value = required(key);
    if (!ok())
        return 0;
    if (!value.isDouble()) {
        fail(key, QStringLiteral("expected a number, got %1").arg(typeName(value)));
        return 0;
    }
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < min || d > max) {
        fail(key, QStringLiteral("out of range %1..%2").arg(min).arg(max));
        return 0;
    }
    return d;
}

Money JsonReader::money(const QString &key)
{
    const QJsonValue value = required(key);
    if (!ok())
        return {};
    QString why;
    const std::optional<Money> amount = Money::fromJson(value, &why);
    if (!amount) {
        fail(key, QStringLiteral("not an amount: %1").arg(why));
        return {};
    }
    return *amount;
}

std::optional<Money> JsonReader::optionalMoney(const QString &key)
{
    if (!ok() || isNullOrAbsent(key))
        return std::nullopt;
    const Money amount = money(key);
    return ok() ? std::optional<Money>(amount) : std::nullopt;
}

QDateTime JsonReader::instant(const QString &key)
{
    const QJsonValue value = required(key);
    if (!ok())
        return {};
    std::optional<QDateTime> parsed;
    if (value.isString())
        parsed = parseIsoInstant(value.toString());
    if (!parsed) {
        fail(key, QStringLiteral("not an ISO-8601 time with a UTC offset (e.g. 2026-11-05T14:20:00+08:00)"));
        return {};
    }
    return *parsed;
}

std::optional<QDateTime> JsonReader::optionalInstant(const QString &key)
{
    if (!ok() || isNullOrAbsent(key))
        return std::nullopt;
    const QDateTime parsed = instant(key);
    return ok() ? std::optional<QDateTime>(parsed) : std::nullopt;
}

QDate JsonReader::date(const QString &key)
{
    const QJsonValue value = required(key);
    if (!ok())
        return {};
    std::optional<QDate> parsed;
    if (value.isString())
        parsed = parseIsoDate(value.toString());
    if (!parsed) {
        fail(key, QStringLiteral("not an ISO-8601 date (YYYY-MM-DD)"));
        return {};
    }
    return *parsed;
}

JsonReader JsonReader::object(const QString &key)
{
    const QJsonValue value = required(key);
    if (ok() && !value.isObject())
        fail(key, QStringLiteral("expected an object, got %1").arg(typeName(value)));
    return JsonReader(value.toObject(), join(key), m_error);
}

std::optional<JsonReader> JsonReader::optionalObject(const QString &key)
{
    if (!ok() || isNullOrAbsent(key))
        return std::nullopt;
    return object(key);
}

QJsonArray JsonReader::array(const QString &key, int maxItems, bool isRequired)
{
    if (!ok() || (!isRequired && isNullOrAbsent(key)))
        return {};
    const QJsonValue value = required(key);
    if (!ok())
        return {};
    if (!value.isArray()) {
        fail(key, QStringLiteral("expected an array, got %1").arg(typeName(value)));
        return {};
    }
    const QJsonArray items = value.toArray();
    if (items.size() > maxItems) {
        fail(key, QStringLiteral("more than %1 items").arg(maxItems));
        return {};
    }
    return items;
}

QStringList JsonReader::strings(const QString &key, int maxItems, bool isRequired)
{
    QStringList result;
    const QJsonArray items = array(key, maxItems, isRequired);
    for (int i = 0; i < items.size() && ok(); ++i) {
        const QJsonValue item = items.at(i);
        if (!item.isString() || item.toString().size() > kDefaultMaxStringLength || !isCleanText(item.toString())) {
            setError(join(key) + QStringLiteral("[%1]").arg(i), QStringLiteral("expected a short string"));
            break;
        }
        result << item.toString();
    }
    return result;
}

} // namespace wd
