#include "money.h"

#include <QLocale>

#include <cmath>

namespace wd {

namespace {
void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}
} // namespace

std::optional<Money> Money::parse(QStringView text, QString *error)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty()) {
        setError(error, QStringLiteral("empty amount"));
        return std::nullopt;
    }
    qsizetype i = 0;
    bool negative = false;
    if (s[0] == u'-' || s[0] == u'+') {
        negative = s[0] == u'-';
        ++i;
    }
    qint64 whole = 0;
    int wholeDigits = 0;
    for (; i < s.size() && s[i].isDigit() && s[i].unicode() < 128; ++i) {
        whole = whole * 10 + (s[i].unicode() - '0');
        if (++wholeDigits > 12) {
            setError(error, QStringLiteral("amount too large"));
            return std::nullopt;
        }
    }
    qint64 fraction = 0;
    int fractionDigits = 0;
    if (i < s.size() && s[i] == u'.') {
        ++i;
        for (; i < s.size() && s[i].isDigit() && s[i].unicode() < 128; ++i) {
            if (++fractionDigits > 2) {
                setError(error, QStringLiteral("more than two decimal places"));
                return std::nullopt;
            }
            fraction = fraction * 10 + (s[i].unicode() - '0');
        }
        if (fractionDigits == 0) {
            setError(error, QStringLiteral("no digits after the decimal point"));
            return std::nullopt;
        }
    }
    if (i != s.size() || wholeDigits == 0) {
        setError(error, QStringLiteral("not a decimal amount"));
        return std::nullopt;
    }
    if (fractionDigits == 1)
        fraction *= 10;
    const qint64 cents = whole * 100 + fraction;
    if (cents > kMaxCents) {
        setError(error, QStringLiteral("amount too large"));
        return std::nullopt;
    }
    return Money(negative ? -cents : cents);
}

std::optional<Money> Money::fromJson(const QJsonValue &value, QString *error)
{
    if (value.isString())
        return parse(value.toString(), error);
    if (!value.isDouble()) {
        setError(error, QStringLiteral("expected a decimal amount (number or string)"));
        return std::nullopt;
    }
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::fabs(d) > double(kMaxCents) / 100.0) {
        setError(error, QStringLiteral("amount too large"));
        return std::nullopt;
    }
    // The shortest text that reads back as this double is the decimal the sender wrote
    // (98.5 -> "98.5"); a value such as 0.30000000000000004 keeps its digits and is refused.
    return parse(QString::number(d, 'f', QLocale::FloatingPointShortest), error);
}

QString Money::toString() const
{
    const qint64 magnitude = m_cents < 0 ? -m_cents : m_cents;
    return QStringLiteral("%1%2.%3")
        .arg(m_cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QJsonValue Money::toJson() const
{
    // |cents| <= 10^13 < 2^53: the division is the nearest double to the decimal, and Qt
    // writes doubles in their shortest round-trip form, so 9850 is written as 98.5.
    return QJsonValue(double(m_cents) / 100.0);
}

} // namespace wd
