// The case codec refuses bad fields with the exact path, too many items, and reports the first
// problem in reading order. Round trips and whole documents: tst_casecodec.cpp.

#include "casecodec_testdata.h"

#include <QTest>

using namespace wd;
using namespace wd::test;
using namespace wd::test::codec;

Q_DECLARE_METATYPE(Edits)

class tst_CaseCodecErrors : public QObject
{
    Q_OBJECT
private slots:
    void refusesBadFields_data();
    void refusesBadFields();
    void refusesTooManyItems_data();
    void refusesTooManyItems();
    void firstErrorWins_data();
    void firstErrorWins();
};

void tst_CaseCodecErrors::refusesBadFields_data()
{
    QTest::addColumn<Edits>("edits");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    const QJsonValue remove(QJsonValue::Undefined);
    auto s = [](const char *text) { return QJsonValue(QString::fromUtf8(text)); };

    // wrong types
    QTest::newRow("ticket.id number") << Edits{{"ticket/id", 1001}} << "ticket.id" << "expected a string, got a number";
    QTest::newRow("ticket not an object") << Edits{{"ticket", s("T-1")}} << "ticket" << "expected an object, got a string";
    QTest::newRow("order.quantity string") << Edits{{"order/quantity", s("1")}} << "order.quantity"
                                           << "expected a whole number, got a string";
    QTest::newRow("order.quantity 0") << Edits{{"order/quantity", 0}} << "order.quantity" << "out of range";
    QTest::newRow("findings.user_error string") << Edits{{"findings/user_error", s("false")}}
                                                << "findings.user_error" << "expected true or false, got a string";
    QTest::newRow("key_events not an array") << Edits{{"key_events", QJsonObject{}}} << "key_events"
                                             << "expected an array, got an object";
    QTest::newRow("key_events[0] not an object") << Edits{{"key_events/0", s("delivered")}} << "key_events[0]"
                                                 << "expected an object";
    QTest::newRow("merchant.complaint_rate string") << Edits{{"merchant/complaint_rate", s("0.01")}}
                                                    << "merchant.complaint_rate" << "expected a number";
    QTest::newRow("order.amount_paid boolean") << Edits{{"order/amount_paid", true}} << "order.amount_paid"
                                               << "not an amount";
    // unknown enum values
    QTest::newRow("order.product.type") << Edits{{"order/product/type", s("gift_card")}} << "order.product.type"
                                        << "unknown product type \"gift_card\"";
    QTest::newRow("key_events[0].result") << Edits{{"key_events/0/result", s("ok")}} << "key_events[0].result"
                                          << "unknown key event result";
    QTest::newRow("evidence[0].kind") << Edits{{"evidence/0/kind", s("photo")}} << "evidence[0].kind"
                                      << "unknown evidence kind";
    QTest::newRow("platform_events[0].type")
        << Edits{{"platform_events/0", platformEvent("2026-11-01T00:00:00+08:00", nullptr, "incident")}}
        << "platform_events[0].type" << "unknown platform event type";
    QTest::newRow("merchant.certification") << Edits{{"merchant/certification", s("platinum")}}
                                            << "merchant.certification" << "unknown certification";
    QTest::newRow("ticket.status") << Edits{{"ticket/status", s("pending")}} << "ticket.status" << "unknown status";
    QTest::newRow("enum in other case") << Edits{{"warranty_policy/mode", s("STANDARD")}} << "warranty_policy.mode"
                                        << "unknown warranty mode";
    // missing required fields
    QTest::newRow("ticket.submitted_at missing") << Edits{{"ticket/submitted_at", remove}} << "ticket.submitted_at"
                                                 << "missing required field";
    QTest::newRow("warranty_policy.days missing") << Edits{{"warranty_policy/days", remove}} << "warranty_policy.days"
                                                  << "missing required field";
    QTest::newRow("merchant missing") << Edits{{"merchant", remove}} << "merchant" << "missing required field";
    QTest::newRow("order missing") << Edits{{"order", remove}} << "order" << "missing required field";
    QTest::newRow("empty ticket.id") << Edits{{"ticket/id", s("  ")}} << "ticket.id" << "must not be empty";
    // times
    QTest::newRow("time without offset") << Edits{{"order/delivered_at", s("2026-11-01T10:00:00")}}
                                         << "order.delivered_at" << "UTC offset";
    QTest::newRow("date only") << Edits{{"ticket/submitted_at", s("2026-11-05")}} << "ticket.submitted_at" << "UTC offset";
    QTest::newRow("space instead of T") << Edits{{"ticket/submitted_at", s("2026-11-05 14:20:00+08:00")}}
                                        << "ticket.submitted_at" << "UTC offset";
    QTest::newRow("impossible date") << Edits{{"ticket/submitted_at", s("2026-02-30T10:00:00+08:00")}}
                                     << "ticket.submitted_at" << "UTC offset";
    QTest::newRow("hour 25") << Edits{{"key_events/1/at", s("2026-11-01T25:02:00+08:00")}} << "key_events[1].at"
                             << "UTC offset";
    QTest::newRow("offset +15:00") << Edits{{"order/paid_at", s("2026-11-01T09:58:00+15:00")}} << "order.paid_at"
                                   << "UTC offset";
    QTest::newRow("offset without colon") << Edits{{"order/paid_at", s("2026-11-01T09:58:00+0800")}}
                                          << "order.paid_at" << "UTC offset";
    QTest::newRow("time as number") << Edits{{"evidence/0/captured_at", 1762323810}} << "evidence[0].captured_at"
                                    << "UTC offset";
    // money
    QTest::newRow("money with 3 decimals") << Edits{{"order/amount_paid", 98.505}} << "order.amount_paid"
                                           << "more than two decimal places";
    QTest::newRow("money string with 3 decimals") << Edits{{"merchant/deposit_balance", s("5000.001")}}
                                                  << "merchant.deposit_balance" << "more than two decimal places";
    QTest::newRow("negative amount_paid") << Edits{{"order/amount_paid", -1}} << "order.amount_paid"
                                          << "must not be negative";
    QTest::newRow("negative amount_paid string") << Edits{{"order/amount_paid", s("-0.01")}} << "order.amount_paid"
                                                 << "must not be negative";
    QTest::newRow("face_value with exponent") << Edits{{"order/product/face_value", s("1e2")}}
                                              << "order.product.face_value" << "not an amount";
    QTest::newRow("currency lower case") << Edits{{"order/currency", s("cny")}} << "order.currency" << "ISO 4217";
    // days, ratios, hashes
    QTest::newRow("days 7.5") << Edits{{"warranty_policy/days", 7.5}} << "warranty_policy.days" << "not a whole number";
    QTest::newRow("days -1") << Edits{{"warranty_policy/days", -1}} << "warranty_policy.days" << "out of range";
    QTest::newRow("days \"7\"") << Edits{{"warranty_policy/days", s("7")}} << "warranty_policy.days"
                                << "expected a whole number, got a string";
    QTest::newRow("complaint_rate 1.5") << Edits{{"merchant/complaint_rate", 1.5}} << "merchant.complaint_rate"
                                        << "out of range";
    QTest::newRow("complaint_rate -0.1") << Edits{{"merchant/complaint_rate", -0.1}} << "merchant.complaint_rate"
                                         << "out of range";
    QTest::newRow("sha256 not hex") << Edits{{"evidence/0/sha256", s(QByteArray(64, 'g').constData())}}
                                    << "evidence[0].sha256" << "hex";
    QTest::newRow("sha256 too short") << Edits{{"evidence/0/sha256", s("bbb96cf7")}} << "evidence[0].sha256" << "hex";
    QTest::newRow("sha256 upper case") << Edits{{"evidence/0/sha256", s(QByteArray(64, 'A').constData())}}
                                       << "evidence[0].sha256" << "lower-case hex";
    // intervals and cross-field checks
    QTest::newRow("platform event until before at")
        << Edits{{"platform_events/0", platformEvent("2026-11-01T10:00:00+08:00", "2026-11-01T09:59:59+08:00", "outage")}}
        << "platform_events[0].until" << "ends before it starts";
    QTest::newRow("pause until before from")
        << Edits{{"ticket/sla_pauses",
                  QJsonArray{QJsonObject{{"from", s("2026-11-06T10:00:00+08:00")}, {"until", s("2026-11-06T01:59:59Z")}}}}}
        << "ticket.sla_pauses[0].until" << "ends before it starts";
    QTest::newRow("merchant.id differs from order.merchant_id") << Edits{{"merchant/id", s("M9999")}} << "merchant.id"
                                                                << "is not the order's merchant \"M2001\"";
    // strings over their limit
    QTest::newRow("ticket.id over 64") << Edits{{"ticket/id", s(QByteArray(65, 'T').constData())}} << "ticket.id"
                                       << "longer than 64 characters";
    QTest::newRow("ip over 64") << Edits{{"key_events/1/ip", s(QByteArray(65, '1').constData())}} << "key_events[1].ip"
                                << "longer than 64 characters";
    QTest::newRow("description over 20000") << Edits{{"ticket/description", QString(20001, QChar(0x5361))}}
                                            << "ticket.description" << "longer than 20000 characters";
}

void tst_CaseCodecErrors::refusesBadFields()
{
    QFETCH(Edits, edits);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const QJsonObject document = edited(baseCase(), edits);
    for (const Result<CaseFile> &decoded : {CaseCodec().decode(document), CaseCodec().decode(toBytes(document))}) {
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().path, path);
        QVERIFY2(decoded.error().message.contains(message), qPrintable(decoded.error().toString()));
        QVERIFY(decoded.error().toString().startsWith(path + QStringLiteral(": ")));
    }
}

void tst_CaseCodecErrors::refusesTooManyItems_data()
{
    QTest::addColumn<int>("keyEvents");
    QTest::addColumn<int>("platformEvents");
    QTest::addColumn<int>("evidence");
    QTest::addColumn<QString>("path");
    // The base case has 3 key events, 0 platform events, 1 evidence item; a row adds one platform event.
    QTest::newRow("key events at the limit") << 3 << 1 << 1 << QString();
    QTest::newRow("key events over") << 2 << 1 << 1 << QStringLiteral("key_events");
    QTest::newRow("platform events over") << 3 << 0 << 1 << QStringLiteral("platform_events");
    QTest::newRow("evidence over") << 3 << 1 << 0 << QStringLiteral("evidence");
}

void tst_CaseCodecErrors::refusesTooManyItems()
{
    QFETCH(int, keyEvents);
    QFETCH(int, platformEvents);
    QFETCH(int, evidence);
    QFETCH(QString, path);
    CodecLimits limits;
    limits.maxKeyEvents = keyEvents;
    limits.maxPlatformEvents = platformEvents;
    limits.maxEvidence = evidence;
    const QJsonObject document = edited(baseCase(), {{QStringLiteral("platform_events/0"),
        platformEvent("2026-11-01T00:00:00+08:00", "2026-11-01T02:00:00+08:00", "maintenance")}});
    const Result<CaseFile> decoded = CaseCodec(limits).decode(document);
    QCOMPARE(decoded.ok(), path.isEmpty());
    if (!path.isEmpty()) {
        QCOMPARE(decoded.error().path, path);
        QVERIFY2(decoded.error().message.contains(QStringLiteral("more than")), qPrintable(decoded.error().message));
    }
}

void tst_CaseCodecErrors::firstErrorWins_data()
{
    QTest::addColumn<Edits>("edits");
    QTest::addColumn<QString>("path");
    const QJsonValue remove(QJsonValue::Undefined);
    QTest::newRow("ticket before order") << Edits{{"order/quantity", QStringLiteral("x")}, {"ticket/submitted_at", remove}}
                                         << "ticket.submitted_at";
    QTest::newRow("ticket before missing order") << Edits{{"order", remove}, {"ticket/id", 7}} << "ticket.id";
    QTest::newRow("order before merchant") << Edits{{"merchant/certification", QStringLiteral("x")},
                                                    {"order/delivered_at", QStringLiteral("2026-11-01T10:00:00")}}
                                           << "order.delivered_at";
    QTest::newRow("earlier field of one object") << Edits{{"order/payment_status", QStringLiteral("x")},
                                                          {"order/order_no", 1}}
                                                 << "order.order_no";
    QTest::newRow("earlier array element") << Edits{{"key_events/2/type", QStringLiteral("x")},
                                                    {"key_events/1/source", QStringLiteral("x")}}
                                           << "key_events[1].source";
    QTest::newRow("key events before evidence") << Edits{{"evidence/0/kind", QStringLiteral("x")},
                                                         {"key_events/2/result", QStringLiteral("x")}}
                                                << "key_events[2].result";
    QTest::newRow("field error before merchant mismatch") << Edits{{"merchant/id", QStringLiteral("M9")},
                                                                   {"evidence/0/kind", QStringLiteral("x")}}
                                                          << "evidence[0].kind";
}

void tst_CaseCodecErrors::firstErrorWins()
{
    QFETCH(Edits, edits);
    QFETCH(QString, path);
    const Result<CaseFile> decoded = CaseCodec().decode(toBytes(edited(baseCase(), edits)));
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().path, path);
}

QTEST_GUILESS_MAIN(tst_CaseCodecErrors)
#include "tst_casecodec_errors.moc"
