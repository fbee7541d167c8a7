#include "casecodec.h"
#include "casecodec_testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace wd;
using namespace wd::test;
using namespace wd::test::codec;

namespace {

void compareCases(const CaseFile &a, const CaseFile &b)
{
    QCOMPARE(a.ticket.id, b.ticket.id);
    QCOMPARE(a.ticket.category, b.ticket.category);
    QCOMPARE(a.ticket.description, b.ticket.description);
    QCOMPARE(formatIsoInstant(a.ticket.submittedAt), formatIsoInstant(b.ticket.submittedAt));
    QCOMPARE(enumName(a.ticket.step), enumName(b.ticket.step));
    QCOMPARE(enumName(a.ticket.status), enumName(b.ticket.status));
    QCOMPARE(a.ticket.version, b.ticket.version);
    QCOMPARE(a.ticket.slaPauses.size(), b.ticket.slaPauses.size());
    for (int i = 0; i < a.ticket.slaPauses.size(); ++i) {
        QCOMPARE(a.ticket.slaPauses[i].from, b.ticket.slaPauses[i].from);
        QCOMPARE(a.ticket.slaPauses[i].until, b.ticket.slaPauses[i].until);
    }
    QCOMPARE(a.order.has_value(), b.order.has_value());
    if (a.order) {
        const Order &x = *a.order, &y = *b.order;
        QCOMPARE(x.orderNo, y.orderNo);
        QCOMPARE(x.customerId, y.customerId);
        QCOMPARE(x.merchantId, y.merchantId);
        QCOMPARE(x.product.sku, y.product.sku);
        QCOMPARE(x.product.name, y.product.name);
        QCOMPARE(enumName(x.product.type), enumName(y.product.type));
        QCOMPARE(x.product.faceValue, y.product.faceValue);
        QCOMPARE(x.product.region, y.product.region);
        QCOMPARE(x.quantity, y.quantity);
        QCOMPARE(x.amountPaid.cents(), y.amountPaid.cents());
        QCOMPARE(x.currency, y.currency);
        QCOMPARE(isoInstantToJson(x.paidAt), isoInstantToJson(y.paidAt));
        QCOMPARE(isoInstantToJson(x.deliveredAt), isoInstantToJson(y.deliveredAt));
        QCOMPARE(enumName(x.paymentStatus), enumName(y.paymentStatus));
        QCOMPARE(enumName(x.deliveryStatus), enumName(y.deliveryStatus));
        QCOMPARE(x.offPlatform, y.offPlatform);
    }
    QCOMPARE(a.warrantyPolicy.days, b.warrantyPolicy.days);
    QCOMPARE(enumName(a.warrantyPolicy.mode), enumName(b.warrantyPolicy.mode));
    QCOMPARE(a.warrantyPolicy.disclosed, b.warrantyPolicy.disclosed);
    QCOMPARE(a.warrantyPolicy.disclosureText, b.warrantyPolicy.disclosureText);
    QCOMPARE(a.merchant.id, b.merchant.id);
    QCOMPARE(a.merchant.name, b.merchant.name);
    QCOMPARE(enumName(a.merchant.certification), enumName(b.merchant.certification));
    QCOMPARE(a.merchant.complaintRate, b.merchant.complaintRate);
    QCOMPARE(a.merchant.depositBalance.cents(), b.merchant.depositBalance.cents());
    QCOMPARE(a.keyEvents.size(), b.keyEvents.size());
    for (int i = 0; i < a.keyEvents.size(); ++i) {
        const KeyEvent &x = a.keyEvents[i], &y = b.keyEvents[i];
        QCOMPARE(formatIsoInstant(x.at), formatIsoInstant(y.at));
        QCOMPARE(x.keyId, y.keyId);
        QCOMPARE(enumName(x.type), enumName(y.type));
        QCOMPARE(x.result, y.result);
        QCOMPARE(enumName(x.source), enumName(y.source));
        QCOMPARE(x.actor, y.actor);
        QCOMPARE(x.ip, y.ip);
        QCOMPARE(x.message, y.message);
    }
    QCOMPARE(a.platformEvents.size(), b.platformEvents.size());
    for (int i = 0; i < a.platformEvents.size(); ++i) {
        const PlatformEvent &x = a.platformEvents[i], &y = b.platformEvents[i];
        QCOMPARE(formatIsoInstant(x.at), formatIsoInstant(y.at));
        QCOMPARE(isoInstantToJson(x.until), isoInstantToJson(y.until));
        QCOMPARE(enumName(x.type), enumName(y.type));
        QCOMPARE(x.message, y.message);
    }
    QCOMPARE(a.evidence.size(), b.evidence.size());
    for (int i = 0; i < a.evidence.size(); ++i) {
        const Evidence &x = a.evidence[i], &y = b.evidence[i];
        QCOMPARE(x.id, y.id);
        QCOMPARE(enumName(x.kind), enumName(y.kind));
        QCOMPARE(x.mediaType, y.mediaType);
        QCOMPARE(x.sha256, y.sha256);
        QCOMPARE(isoInstantToJson(x.capturedAt), isoInstantToJson(y.capturedAt));
        QCOMPARE(enumName(x.source), enumName(y.source));
        QCOMPARE(x.name, y.name);
    }
    QCOMPARE(a.findings.userError, b.findings.userError);
    QCOMPARE(a.findings.forceMajeure, b.findings.forceMajeure);
    QCOMPARE(a.findings.merchantRefused, b.findings.merchantRefused);
}

} // namespace

Q_DECLARE_METATYPE(Edits)

class tst_CaseCodec : public QObject
{
    Q_OBJECT
private slots:
    void sampleDirectoriesAreThere();
    void roundTripsSamples_data();
    void roundTripsSamples();
    void decodeEncodeDecodeKeepsEveryField_data();
    void decodeEncodeDecodeKeepsEveryField();
    void decodesKnownValues();
    void refusesBadSamples_data();
    void refusesBadSamples();
    void refusesMalformedDocuments_data();
    void refusesMalformedDocuments();
    void enforcesSizeLimit();
    void acceptsNullableFields();
    void ignoresUnknownKeys();
    void readsMoneyFromStrings();
};

void tst_CaseCodec::sampleDirectoriesAreThere()
{
    QVERIFY(QDir(dataDir("cases")).entryList({QStringLiteral("*.json")}).size() >= 30);
    QVERIFY(QDir(dataDir("bad")).entryList({QStringLiteral("*.json")}).size() >= 9);
}

void tst_CaseCodec::roundTripsSamples_data()
{
    QTest::addColumn<QString>("path");
    const QFileInfoList files = QDir(dataDir("cases")).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        if (!file.fileName().endsWith(QLatin1String(".expected.json")))
            QTest::newRow(qPrintable(file.completeBaseName())) << file.absoluteFilePath();
    }
}

void tst_CaseCodec::roundTripsSamples()
{
    QFETCH(QString, path);
    const CaseCodec codec;
    const Result<CaseFile> first = codec.decode(readFile(path));
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
    const QJsonObject encoded = CaseCodec::encode(first.value());
    const Result<CaseFile> second = codec.decode(toBytes(encoded));
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().toString()));
    const QJsonObject reencoded = CaseCodec::encode(second.value());
    QCOMPARE(toBytes(reencoded), toBytes(encoded));
    compareCases(first.value(), second.value());
}

void tst_CaseCodec::decodeEncodeDecodeKeepsEveryField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("invalid_key_basic") << readFile(dataDir("cases/invalid_key_basic.json"));
    QTest::newRow("paid_not_delivered (null delivery, open events)")
        << readFile(dataDir("cases/paid_not_delivered_stuck_24h.json"));
    QTest::newRow("membership_interrupted_30d (3 evidence)")
        << readFile(dataDir("cases/membership_interrupted_30d.json"));
    const QJsonObject pauses = edited(baseCase(), {
        {QStringLiteral("ticket/sla_pauses"),
         QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("2026-11-06T10:00:00+08:00")},
                                {QStringLiteral("until"), QStringLiteral("2026-11-07T10:00:00.250+08:00")}},
                    QJsonObject{{QStringLiteral("from"), QStringLiteral("2026-11-09T01:00:00Z")},
                                {QStringLiteral("until"), QJsonValue()}}}},
        {QStringLiteral("ticket/category"), QJsonValue()},
        {QStringLiteral("order/paid_at"), QStringLiteral("2026-11-01T01:58:00Z")},
        {QStringLiteral("evidence/0/name"), QStringLiteral("截图.png")},
    });
    QTest::newRow("pauses, null category, Z and milliseconds") << toBytes(pauses);
    QTest::newRow("no order") << toBytes(edited(baseCase(), {{QStringLiteral("order"), QJsonValue::Null}}));
}

void tst_CaseCodec::decodeEncodeDecodeKeepsEveryField()
{
    QFETCH(QByteArray, json);
    const CaseCodec codec;
    const Result<CaseFile> original = codec.decode(json);
    QVERIFY2(original.ok(), qPrintable(original.ok() ? QString() : original.error().toString()));
    const Result<CaseFile> back = codec.decode(CaseCodec::encode(original.value()));
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    compareCases(original.value(), back.value());
}

void tst_CaseCodec::decodesKnownValues()
{
    const Result<CaseFile> decoded = CaseCodec().decode(readFile(dataDir("cases/invalid_key_basic.json")));
    QVERIFY(decoded.ok());
    const CaseFile &c = decoded.value();
    QCOMPARE(c.ticket.id, QStringLiteral("T-1002"));
    QCOMPARE(c.ticket.category, std::optional<Category>(Category::InvalidKey));
    QCOMPARE(c.ticket.submittedAt, QDateTime::fromString(QStringLiteral("2026-11-05T06:20:00Z"), Qt::ISODate));
    QVERIFY(c.order.has_value());
    QCOMPARE(c.order->amountPaid.cents(), qint64(9850));
    QCOMPARE(c.order->product.faceValue, std::optional<Money>(Money::fromCents(10000)));
    QCOMPARE(c.merchant.depositBalance.cents(), qint64(500000));
    QCOMPARE(c.warrantyPolicy.days, 15);
    QCOMPARE(c.keyEvents.size(), 3);
    QCOMPARE(c.keyEvents[2].result, std::optional<KeyResult>(KeyResult::Invalid));
    QVERIFY(!c.keyEvents[0].result.has_value());
    QCOMPARE(enumName(c.evidence[0].kind), QStringLiteral("key_usage_record"));

    // Encoding keeps the offset the instants were written with and the contract's names.
    const QJsonObject encoded = CaseCodec::encode(c);
    const QJsonObject ticket = encoded.value(QStringLiteral("ticket")).toObject();
    QCOMPARE(ticket.value(QStringLiteral("submitted_at")).toString(), QStringLiteral("2026-11-05T14:20:00+08:00"));
    QCOMPARE(ticket.value(QStringLiteral("category")).toString(), QStringLiteral("product_defect.invalid_key"));
    const QJsonObject order = encoded.value(QStringLiteral("order")).toObject();
    QCOMPARE(order.value(QStringLiteral("amount_paid")).toDouble(), 98.5);
    QCOMPARE(order.value(QStringLiteral("delivered_at")).toString(), QStringLiteral("2026-11-01T10:00:00+08:00"));
}

void tst_CaseCodec::refusesBadSamples_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    const QFileInfoList files = QDir(dataDir("bad")).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        QString expected = QString::fromUtf8(readFile(file.absolutePath() + QLatin1Char('/') + file.completeBaseName()
                                                      + QStringLiteral(".error.txt")));
        while (expected.endsWith(QLatin1Char('\n')) || expected.endsWith(QLatin1Char('\r')))
            expected.chop(1);
        QTest::newRow(qPrintable(file.completeBaseName())) << file.absoluteFilePath() << expected;
    }
}

void tst_CaseCodec::refusesBadSamples()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QVERIFY(!expected.isEmpty());
    const Result<CaseFile> decoded = CaseCodec().decode(readFile(path));
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().toString().contains(expected), qPrintable(decoded.error().toString()));
    // The .error.txt files name either the field path or "JSON" for a parse error.
    if (expected != QLatin1String("JSON"))
        QCOMPARE(decoded.error().path, expected);
}

void tst_CaseCodec::refusesMalformedDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("truncated") << QByteArray(R"({"ticket": {"id": "T-1")") << QStringLiteral("not valid JSON");
    QTest::newRow("trailing comma") << QByteArray(R"({"ticket": {},})") << QStringLiteral("not valid JSON");
    QTest::newRow("plain text") << QByteArray("ticket T-1") << QStringLiteral("not valid JSON");
    QTest::newRow("array at top level") << QByteArray(R"([{"ticket": {}}])") << QStringLiteral("top level");
    QTest::newRow("empty array at top level") << QByteArray("[]") << QStringLiteral("top level");
}

void tst_CaseCodec::refusesMalformedDocuments()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Result<CaseFile> decoded = CaseCodec().decode(json);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().path, QString());
    QVERIFY2(decoded.error().message.contains(message), qPrintable(decoded.error().message));
}

void tst_CaseCodec::enforcesSizeLimit()
{
    const QByteArray body = toBytes(baseCase());
    CodecLimits limits;
    QCOMPARE(limits.maxBytes, qsizetype(4 * 1024 * 1024));

    limits.maxBytes = body.size();
    QVERIFY(CaseCodec(limits).decode(body).ok()); // exactly at the limit is fine
    limits.maxBytes = body.size() - 1;
    Result<CaseFile> decoded = CaseCodec(limits).decode(body);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().path, QString());
    QVERIFY2(decoded.error().message.contains(QStringLiteral("over the limit")), qPrintable(decoded.error().message));
    limits.maxBytes = 100;
    QVERIFY(!CaseCodec(limits).decode(body).ok());
    QVERIFY(!parseJsonObject(body, 100).ok());

    // A real body just over 4 MiB (valid JSON: the padding is an unknown key) with the default limits.
    QJsonObject padded = baseCase();
    padded.insert(QStringLiteral("padding"), QString(4 * 1024 * 1024, QLatin1Char('x')));
    const QByteArray big = toBytes(padded);
    QVERIFY(big.size() > 4 * 1024 * 1024);
    decoded = CaseCodec().decode(big);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().path, QString());
    QVERIFY2(decoded.error().message.contains(QString::number(big.size())), qPrintable(decoded.error().message));
    QVERIFY(decoded.error().message.contains(QStringLiteral("4194304")));
    // ...and only the size was wrong with it.
    limits.maxBytes = 8 * 1024 * 1024;
    QVERIFY(CaseCodec(limits).decode(big).ok());
}

void tst_CaseCodec::acceptsNullableFields()
{
    const CaseCodec codec;
    Result<CaseFile> decoded = codec.decode(edited(baseCase(), {{QStringLiteral("order"), QJsonValue::Null}}));
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
    QVERIFY(!decoded.value().order.has_value());
    QCOMPARE(CaseCodec::encode(decoded.value()).value(QStringLiteral("order")), QJsonValue(QJsonValue::Null));

    decoded = codec.decode(edited(baseCase(), {{QStringLiteral("order/delivered_at"), QJsonValue::Null},
                                               {QStringLiteral("order/paid_at"), QJsonValue::Undefined}}));
    QVERIFY(decoded.ok());
    QVERIFY(decoded.value().order.has_value());
    QVERIFY(!decoded.value().order->deliveredAt.has_value());
    QVERIFY(!decoded.value().order->paidAt.has_value());
    const QJsonObject order = CaseCodec::encode(decoded.value()).value(QStringLiteral("order")).toObject();
    QCOMPARE(order.value(QStringLiteral("delivered_at")), QJsonValue(QJsonValue::Null));

    for (const QJsonValue &category : {QJsonValue(QJsonValue::Null), QJsonValue(QJsonValue::Undefined)}) {
        decoded = codec.decode(edited(baseCase(), {{QStringLiteral("ticket/category"), category}}));
        QVERIFY(decoded.ok());
        QVERIFY(!decoded.value().ticket.category.has_value());
        QCOMPARE(CaseCodec::encode(decoded.value()).value(QStringLiteral("ticket")).toObject().value(QStringLiteral("category")),
                 QJsonValue(QJsonValue::Null));
    }

    // Optional sections and fields: findings null, empty arrays, evidence without hash or time.
    decoded = codec.decode(edited(baseCase(), {{QStringLiteral("findings"), QJsonValue::Null},
                                               {QStringLiteral("evidence/0/sha256"), QJsonValue::Null},
                                               {QStringLiteral("evidence/0/captured_at"), QJsonValue::Null},
                                               {QStringLiteral("key_events"), QJsonValue::Null}}));
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
    QVERIFY(!decoded.value().findings.userError);
    QVERIFY(decoded.value().keyEvents.isEmpty());
    QVERIFY(decoded.value().evidence[0].sha256.isEmpty());
    QVERIFY(!decoded.value().evidence[0].capturedAt.has_value());
}

void tst_CaseCodec::ignoresUnknownKeys()
{
    const QJsonObject document = edited(baseCase(), {
        {QStringLiteral("notes"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("server note")}}}},
        {QStringLiteral("history"), 42},
        {QStringLiteral("ticket/assignee"), QStringLiteral("agent-7")},
        {QStringLiteral("order/product/extra"), QJsonObject{{QStringLiteral("x"), 1}}},
        {QStringLiteral("key_events/0/trace_id"), QStringLiteral("abc")},
        {QStringLiteral("findings/agent_comment"), QStringLiteral("n/a")},
    });
    const Result<CaseFile> withExtras = CaseCodec().decode(document);
    QVERIFY2(withExtras.ok(), qPrintable(withExtras.ok() ? QString() : withExtras.error().toString()));
    const Result<CaseFile> plain = CaseCodec().decode(baseCase());
    QVERIFY(plain.ok());
    compareCases(withExtras.value(), plain.value());
    if (QTest::currentTestFailed())
        return;
    const QJsonObject encoded = CaseCodec::encode(withExtras.value());
    QVERIFY(!encoded.contains(QStringLiteral("notes")));
    QVERIFY(!encoded.value(QStringLiteral("ticket")).toObject().contains(QStringLiteral("assignee")));
    QCOMPARE(encoded, CaseCodec::encode(plain.value()));
}

void tst_CaseCodec::readsMoneyFromStrings()
{
    const Result<CaseFile> decoded = CaseCodec().decode(edited(baseCase(), {
        {QStringLiteral("order/amount_paid"), QStringLiteral("98.50")},
        {QStringLiteral("order/product/face_value"), QStringLiteral("100")},
        {QStringLiteral("merchant/deposit_balance"), QStringLiteral("0.07")},
    }));
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value().order->amountPaid.cents(), qint64(9850));
    QCOMPARE(decoded.value().order->product.faceValue->cents(), qint64(10000));
    QCOMPARE(decoded.value().merchant.depositBalance.cents(), qint64(7));
}

QTEST_GUILESS_MAIN(tst_CaseCodec)
#include "tst_casecodec.moc"
