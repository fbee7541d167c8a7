#include "money.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wd;

class tst_Money : public QObject
{
    Q_OBJECT
private slots:
    void parseText_data();
    void parseText();
    void fromJsonNumber_data();
    void fromJsonNumber();
    void refusesOtherTypes();
    void arithmeticIsExact();
    void toJsonRoundTrips_data();
    void toJsonRoundTrips();
};

void tst_Money::parseText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("two decimals") << "98.50" << true << qint64(9850);
    QTest::newRow("one decimal") << "98.5" << true << qint64(9850);
    QTest::newRow("whole") << "500" << true << qint64(50000);
    QTest::newRow("zero") << "0" << true << qint64(0);
    QTest::newRow("small") << "0.07" << true << qint64(7);
    QTest::newRow("negative") << "-3.10" << true << qint64(-310);
    QTest::newRow("surrounding spaces") << " 12.00 " << true << qint64(1200);
    QTest::newRow("three decimals") << "98.505" << false << qint64(0);
    QTest::newRow("exponent") << "1e3" << false << qint64(0);
    QTest::newRow("thousands separator") << "1,000.00" << false << qint64(0);
    QTest::newRow("dot only") << "." << false << qint64(0);
    QTest::newRow("trailing dot") << "5." << false << qint64(0);
    QTest::newRow("leading dot") << ".5" << false << qint64(0);
    QTest::newRow("empty") << "" << false << qint64(0);
    QTest::newRow("letters") << "abc" << false << qint64(0);
    QTest::newRow("full-width digits") << QStringLiteral("９８.５") << false << qint64(0);
    QTest::newRow("too large") << "1000000000000" << false << qint64(0);
    QTest::newRow("largest allowed") << "100000000000.00" << true << Money::kMaxCents;
}

void tst_Money::parseText()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, cents);
    QString error;
    const std::optional<Money> m = Money::parse(text, &error);
    QCOMPARE(m.has_value(), ok);
    if (ok)
        QCOMPARE(m->cents(), cents);
    else
        QVERIFY(!error.isEmpty());
}

void tst_Money::fromJsonNumber_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("98.5") << QByteArray(R"({"v": 98.5})") << true << qint64(9850);
    QTest::newRow("98.50") << QByteArray(R"({"v": 98.50})") << true << qint64(9850);
    QTest::newRow("string 98.50") << QByteArray(R"({"v": "98.50"})") << true << qint64(9850);
    QTest::newRow("0.1") << QByteArray(R"({"v": 0.1})") << true << qint64(10);
    QTest::newRow("0.29 stays 29") << QByteArray(R"({"v": 0.29})") << true << qint64(29);
    QTest::newRow("1.15 stays 115") << QByteArray(R"({"v": 1.15})") << true << qint64(115);
    QTest::newRow("integer") << QByteArray(R"({"v": 5000})") << true << qint64(500000);
    QTest::newRow("float noise refused") << QByteArray(R"({"v": 0.30000000000000004})") << false << qint64(0);
    QTest::newRow("three decimals refused") << QByteArray(R"({"v": 98.505})") << false << qint64(0);
    QTest::newRow("huge refused") << QByteArray(R"({"v": 1e300})") << false << qint64(0);
}

void tst_Money::fromJsonNumber()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(qint64, cents);
    const QJsonValue v = QJsonDocument::fromJson(json).object().value(QStringLiteral("v"));
    const std::optional<Money> m = Money::fromJson(v);
    QCOMPARE(m.has_value(), ok);
    if (ok)
        QCOMPARE(m->cents(), cents);
}

void tst_Money::refusesOtherTypes()
{
    QString error;
    QVERIFY(!Money::fromJson(QJsonValue(true), &error));
    QVERIFY(error.contains(QStringLiteral("expected a decimal amount")));
    QVERIFY(!Money::fromJson(QJsonValue(QJsonObject{}), &error));
    QVERIFY(!Money::fromJson(QJsonValue(QJsonValue::Null), &error));
}

void tst_Money::arithmeticIsExact()
{
    // The classic binary floating-point trap: 0.1 + 0.2 != 0.3. In cents it is exact.
    const Money a = *Money::parse(u"0.1");
    const Money b = *Money::parse(u"0.2");
    QCOMPARE(a + b, *Money::parse(u"0.3"));
    QCOMPARE((a + b).toString(), QStringLiteral("0.30"));
    Money sum;
    for (int i = 0; i < 1000; ++i)
        sum = sum + *Money::parse(u"0.01");
    QCOMPARE(sum, Money::fromCents(1000));
    QCOMPARE(Money::fromCents(-5).toString(), QStringLiteral("-0.05"));
    QVERIFY(Money::fromCents(50001) > *Money::parse(u"500.00"));
}

void tst_Money::toJsonRoundTrips_data()
{
    QTest::addColumn<qint64>("cents");
    for (qint64 c : {qint64(0), qint64(1), qint64(7), qint64(10), qint64(29), qint64(115), qint64(9850),
                     qint64(123456789), Money::kMaxCents - 1, Money::kMaxCents})
        QTest::newRow(qPrintable(QString::number(c))) << c;
}

void tst_Money::toJsonRoundTrips()
{
    QFETCH(qint64, cents);
    const Money m = Money::fromCents(cents);
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("v"), m.toJson()}}).toJson(QJsonDocument::Compact);
    const std::optional<Money> back = Money::fromJson(QJsonDocument::fromJson(json).object().value(QStringLiteral("v")));
    QVERIFY2(back.has_value(), json.constData());
    QCOMPARE(back->cents(), cents);
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
