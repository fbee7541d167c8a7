#pragma once
// Reads outside JSON field by field, remembering the path of the first problem it meets
// ("order.delivered_at: not an ISO-8601 time with a UTC offset"). After the first error every
// further read returns a default, so decoders read straight through and check ok() once.

#include "enums.h"
#include "isotime.h"
#include "money.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSharedPointer>
#include <QString>

#include <optional>

namespace wd {

struct DecodeError
{
    QString path;    // "order.delivered_at", "key_events[1].type"; empty for the document itself
    QString message; // "not an ISO-8601 time with a UTC offset"
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

class JsonReader
{
public:
    static constexpr int kDefaultMaxStringLength = 4096;
    // No NUL characters, no unpaired surrogates.
    static bool isCleanText(QStringView text);

    // A reader of the top-level object; `error` is shared by every child reader.
    explicit JsonReader(const QJsonObject &object);

    bool ok() const { return !m_error->has_value(); }
    DecodeError error() const { return m_error->value_or(DecodeError{}); }
    void fail(const QString &key, const QString &message); // records only the first error
    QString path() const { return m_path; }
    const QJsonObject &raw() const { return m_object; }
    bool has(const QString &key) const;

    QString string(const QString &key, int maxLength = kDefaultMaxStringLength);
    QString optionalString(const QString &key, int maxLength = kDefaultMaxStringLength);
    bool boolean(const QString &key);
    bool optionalBoolean(const QString &key, bool fallback);
    qint64 integer(const QString &key, qint64 min, qint64 max);
    std::optional<qint64> optionalInteger(const QString &key, qint64 min, qint64 max);
    double number(const QString &key, double min, double max);
    Money money(const QString &key);
    std::optional<Money> optionalMoney(const QString &key);
    QDateTime instant(const QString &key);
    std::optional<QDateTime> optionalInstant(const QString &key); // absent or null -> nullopt
    QDate date(const QString &key);

    template <typename E>
    E enumValue(const QString &key)
    {
        const QString name = string(key, 128);
        return ok() ? toEnum<E>(key, name).value_or(E{}) : E{};
    }
    template <typename E>
    std::optional<E> optionalEnum(const QString &key)
    {
        if (!ok() || isNullOrAbsent(key))
            return std::nullopt;
        const QString name = string(key, 128);
        return ok() ? toEnum<E>(key, name) : std::nullopt;
    }

    // A child object reader sharing this reader's error; an empty reader if missing/wrong type.
    JsonReader object(const QString &key);
    std::optional<JsonReader> optionalObject(const QString &key); // absent or null -> nullopt
    // Array of objects: calls `each(reader)` per element with path key[i]; maxItems bounds work.
    template <typename Fn>
    void objects(const QString &key, int maxItems, Fn each, bool required = false)
    {
        const QJsonArray items = array(key, maxItems, required);
        for (int i = 0; i < items.size() && ok(); ++i) {
            const QString itemPath = join(key) + QStringLiteral("[%1]").arg(i);
            if (!items.at(i).isObject()) {
                setError(itemPath, QStringLiteral("expected an object"));
                return;
            }
            JsonReader child(items.at(i).toObject(), itemPath, m_error);
            each(child);
        }
    }
    QJsonArray array(const QString &key, int maxItems, bool required = true);
    // Array of strings, each checked by `accept`; returns them in order.
    QStringList strings(const QString &key, int maxItems, bool required = true);
    template <typename E>
    QList<E> enumList(const QString &key, int maxItems, bool required = true)
    {
        QList<E> values;
        const QStringList names = strings(key, maxItems, required);
        for (int i = 0; i < names.size() && ok(); ++i) {
            if (auto value = toEnum<E>(key + QStringLiteral("[%1]").arg(i), names.at(i)))
                values << *value;
        }
        return values;
    }

private:
    JsonReader(const QJsonObject &object, QString path, QSharedPointer<std::optional<DecodeError>> error);
    QString join(const QString &key) const;
    bool isNullOrAbsent(const QString &key) const;
    QJsonValue required(const QString &key);
    void setError(const QString &fullPath, const QString &message);
    static QString typeName(const QJsonValue &value);
    template <typename E>
    std::optional<E> toEnum(const QString &key, const QString &name)
    {
        if (auto value = enumFromName<E>(name))
            return value;
        QString shown = name.left(64);
        fail(key, QStringLiteral("unknown %1 \"%2\" (expected one of: %3)")
                      .arg(QString::fromLatin1(EnumTraits<E>::what), shown,
                           enumNames<E>().join(QStringLiteral(", "))));
        return std::nullopt;
    }

    QJsonObject m_object;
    QString m_path;
    QSharedPointer<std::optional<DecodeError>> m_error;
};

} // namespace wd
