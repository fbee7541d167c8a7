#pragma once
// Money as an exact count of cents. Parsing goes through decimal text, never through binary
// floating-point arithmetic, so "98.5", 98.5 and "98.50" are all 9850 cents.

#include <QJsonValue>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace wd {

class Money
{
public:
    // Largest magnitude accepted: 10^13 cents (100 billion yuan) keeps every value exact in a
    // JSON number (doubles are exact up to 2^53) and far from qint64 overflow in sums.
    static constexpr qint64 kMaxCents = 10'000'000'000'000LL;

    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    // "98.5", "98.50", "-3", "0.07". At most two decimals; no exponent, no thousands separators.
    static std::optional<Money> parse(QStringView text, QString *error = nullptr);
    // A JSON number or a JSON string holding a decimal.
    static std::optional<Money> fromJson(const QJsonValue &value, QString *error = nullptr);

    constexpr qint64 cents() const { return m_cents; }
    QString toString() const;      // always two decimals: "98.50"
    QJsonValue toJson() const;     // a JSON number that reads back as the same cents

    friend constexpr bool operator==(Money a, Money b) { return a.m_cents == b.m_cents; }
    friend constexpr bool operator!=(Money a, Money b) { return a.m_cents != b.m_cents; }
    friend constexpr bool operator<(Money a, Money b) { return a.m_cents < b.m_cents; }
    friend constexpr bool operator>(Money a, Money b) { return a.m_cents > b.m_cents; }
    friend constexpr bool operator<=(Money a, Money b) { return a.m_cents <= b.m_cents; }
    friend constexpr bool operator>=(Money a, Money b) { return a.m_cents >= b.m_cents; }
    friend constexpr Money operator+(Money a, Money b) { return Money(a.m_cents + b.m_cents); }
    friend constexpr Money operator-(Money a, Money b) { return Money(a.m_cents - b.m_cents); }

private:
    constexpr explicit Money(qint64 cents) : m_cents(cents) {}
    qint64 m_cents = 0;
};

} // namespace wd
