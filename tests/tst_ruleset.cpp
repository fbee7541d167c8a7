#include "jsonedits.h"
#include "ruleset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace wd;
using namespace wd::test;

namespace {

// Edits to the default rule set use '/'-separated paths, so category names keep their dots
// ("categories/product_defect.wrong_key/remedies/1").
QByteArray defaultRulesBytes()
{
    QFile file(QStringLiteral(WD_TEST_DATA_DIR "/../../resources/rules/default.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

QJsonObject defaultRules()
{
    return QJsonDocument::fromJson(defaultRulesBytes()).object();
}


template <typename E>
QStringList names(const QList<E> &values)
{
    QStringList out;
    for (E value : values)
        out << enumName(value);
    return out;
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out << v.toString();
    return out;
}

QStringList list(const char *commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

Q_DECLARE_METATYPE(Edits)
Q_DECLARE_METATYPE(wd::Category)

class tst_RuleSet : public QObject
{
    Q_OBJECT
private slots:
    void builtInLoads();
    void builtInMatchesDefaultJson();
    void contract_data();
    void contract();
    void readsTheSourceTreeCopy();
    void acceptsVariants_data();
    void acceptsVariants();
    void refuses_data();
    void refuses();
    void refusesDocuments_data();
    void refusesDocuments();
};

void tst_RuleSet::builtInLoads()
{
    const RuleSet &rules = RuleSet::builtIn();
    QVERIFY(!rules.version().trimmed().isEmpty());
    QCOMPARE(rules.version(), QStringLiteral("2026.11-1"));
    QVERIFY(!rules.title().isEmpty());
    QCOMPARE(rules.fourEyesThreshold().cents(), qint64(50000));
    QCOMPARE(rules.reviewSlaWorkingDays(), 3);
    QCOMPARE(rules.appealWindowDays(), 7);
    QCOMPARE(rules.slaWarningFraction(), 0.25);
    QCOMPARE(rules.calendar().utcOffsetSeconds(), 8 * 3600);
    QCOMPARE(rules.calendar().holidays().size(), 33);
    QCOMPARE(rules.calendar().extraWorkingDays().size(), 6);
    QVERIFY(rules.calendar().holidays().contains(QDate(2026, 10, 1)));
    QVERIFY(rules.calendar().extraWorkingDays().contains(QDate(2026, 10, 10)));
    QCOMPARE(names(rules.overrideRemedies(LiableParty::Merchant)), list("reissue_key,refund"));
    QCOMPARE(names(rules.overrideRemedies(LiableParty::Platform)), list("reissue_key,compensation"));
    QCOMPARE(names(rules.merchantRefusedRemedies()), list("deposit_payout"));
    QCOMPARE(&RuleSet::builtIn(), &rules); // loaded once
}

void tst_RuleSet::builtInMatchesDefaultJson()
{
    const RuleSet &rules = RuleSet::builtIn();
    const QJsonObject source = defaultRules();
    QCOMPARE(rules.toJson(), source); // the compiled-in copy is the file in the source tree
    const QJsonObject categories = source.value(QStringLiteral("categories")).toObject();
    QCOMPARE(categories.size(), int(std::size(enumValues<Category>())));
    for (const auto &entry : enumValues<Category>()) {
        const QString name = QString::fromLatin1(entry.name);
        QVERIFY2(categories.contains(name), entry.name);
        const QJsonObject row = categories.value(name).toObject();
        const CategoryRule &rule = rules.category(entry.value);
        QCOMPARE(enumName(rule.liable), row.value(QStringLiteral("liable")).toString());
        QCOMPARE(names(rule.remedies), strings(row.value(QStringLiteral("remedies"))));
        QCOMPARE(names(rule.evidence), strings(row.value(QStringLiteral("evidence"))));
        QCOMPARE(rule.periodExempt, row.value(QStringLiteral("period_exempt")).toBool(false));
    }
}

void tst_RuleSet::contract_data()
{
    QTest::addColumn<Category>("category");
    QTest::addColumn<QString>("liable");
    QTest::addColumn<QStringList>("remedies");
    QTest::addColumn<QStringList>("evidence");
    QTest::addColumn<bool>("periodExempt");

    // domain.md: "Who is liable", rule 7 (remedies) and rule 8 (evidence).
    const QStringList defect = list("order_details,key_usage_record,communication_record");
    const QStringList fulfilment = list("order_details,communication_record");
    const QStringList orderOnly = list("order_details");
    const QStringList payment = list("order_details,payment_record");
    const QStringList merchant = list("reissue_key,refund");
    const QStringList merchantService = list("reissue_key,refund,partial_refund");
    const QStringList coordinate = list("coordinate_third_party");

    QTest::newRow("wrong_key") << Category::WrongKey << "merchant" << merchant << defect << false;
    QTest::newRow("invalid_key") << Category::InvalidKey << "merchant" << merchant << defect << false;
    QTest::newRow("expired_key") << Category::ExpiredKey << "merchant" << merchant << defect << false;
    QTest::newRow("not_as_described") << Category::NotAsDescribed << "merchant" << merchant << defect << false;
    QTest::newRow("already_used") << Category::AlreadyUsed << "merchant" << merchant << defect << false;
    QTest::newRow("late_delivery") << Category::LateDelivery << "merchant" << merchant << fulfilment << false;
    QTest::newRow("service_interrupted") << Category::ServiceInterrupted << "merchant" << merchantService
                                         << fulfilment << false;
    QTest::newRow("service_not_completed") << Category::ServiceNotCompleted << "merchant" << merchantService
                                           << fulfilment << false;
    QTest::newRow("extraction_failure") << Category::ExtractionFailure << "platform"
                                        << list("reissue_key,compensation") << orderOnly << false;
    QTest::newRow("paid_not_delivered") << Category::PaidNotDelivered << "platform"
                                        << list("deliver,refund,compensation") << payment << true;
    QTest::newRow("duplicate_charge") << Category::DuplicateCharge << "platform" << list("refund,compensation")
                                      << payment << true;
    QTest::newRow("order_stuck") << Category::OrderStuck << "platform" << list("deliver,refund,compensation")
                                 << orderOnly << false;
    QTest::newRow("account_data_loss") << Category::AccountDataLoss << "platform"
                                       << list("restore_account,compensation") << orderOnly << false;
    QTest::newRow("carrier_delay") << Category::CarrierDelay << "third_party" << coordinate << orderOnly << false;
    QTest::newRow("publisher_issue") << Category::PublisherIssue << "third_party" << coordinate << orderOnly << false;
}

void tst_RuleSet::contract()
{
    QFETCH(Category, category);
    QFETCH(QString, liable);
    QFETCH(QStringList, remedies);
    QFETCH(QStringList, evidence);
    QFETCH(bool, periodExempt);
    const CategoryRule &rule = RuleSet::builtIn().category(category);
    QCOMPARE(enumName(rule.liable), liable);
    QCOMPARE(names(rule.remedies), remedies);
    QCOMPARE(names(rule.evidence), evidence);
    QCOMPARE(rule.periodExempt, periodExempt);
    // The contract's invariants, spelled out.
    QVERIFY(rule.evidence.contains(EvidenceKind::OrderDetails));
    QVERIFY(!rule.remedies.contains(Remedy::Reject));
    QVERIFY(rule.liable != LiableParty::Customer);
    if (categoryGroup(category) == CategoryGroup::PlatformFault)
        QVERIFY(rule.remedies.contains(Remedy::Compensation));
    if (categoryGroup(category) == CategoryGroup::ThirdParty)
        QCOMPARE(rule.remedies, QList<Remedy>{Remedy::CoordinateThirdParty});
}

void tst_RuleSet::readsTheSourceTreeCopy()
{
    const Result<RuleSet> loaded = RuleSet::fromJson(defaultRulesBytes());
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QCOMPARE(loaded.value().version(), RuleSet::builtIn().version());
    QCOMPARE(loaded.value().toJson(), defaultRules());
    const Result<RuleSet> fromObject = RuleSet::fromObject(defaultRules());
    QVERIFY(fromObject.ok());
    QCOMPARE(fromObject.value().toJson(), loaded.value().toJson());
}

void tst_RuleSet::acceptsVariants_data()
{
    QTest::addColumn<Edits>("edits");
    QTest::newRow("review SLA 1 day") << Edits{{"review_sla_working_days", 1}};
    QTest::newRow("review SLA 2 days") << Edits{{"review_sla_working_days", 2}}; // 3 is the default
    QTest::newRow("threshold 0") << Edits{{"four_eyes_threshold", 0}};
    QTest::newRow("threshold as a number") << Edits{{"four_eyes_threshold", 1000.5}};
    QTest::newRow("offset -05:30") << Edits{{"business_utc_offset", QStringLiteral("-05:30")}};
    QTest::newRow("offset +14:00") << Edits{{"business_utc_offset", QStringLiteral("+14:00")}};
    QTest::newRow("no holidays") << Edits{{"holidays", QJsonValue::Undefined}, {"extra_working_days", QJsonArray()}};
    QTest::newRow("no title, no warning fraction") << Edits{{"title", QJsonValue::Undefined},
                                                            {"sla_warning_fraction", QJsonValue::Undefined}};
    QTest::newRow("unknown top-level key") << Edits{{"comment", QStringLiteral("ignored")}};
    QTest::newRow("period_exempt on another category")
        << Edits{{"categories/platform_fault.order_stuck/period_exempt", true}};
}

void tst_RuleSet::acceptsVariants()
{
    QFETCH(Edits, edits);
    const QJsonObject document = edited(defaultRules(), edits);
    QVERIFY(document != defaultRules());
    const Result<RuleSet> loaded = RuleSet::fromJson(toBytes(document));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QCOMPARE(loaded.value().toJson(), document);
}

void tst_RuleSet::refuses_data()
{
    QTest::addColumn<Edits>("edits");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    const QJsonValue remove(QJsonValue::Undefined);
    auto s = [](const char *text) { return QJsonValue(QString::fromUtf8(text)); };
    const QString wrongKey = QStringLiteral("categories/product_defect.wrong_key");

    QTest::newRow("missing version") << Edits{{"version", remove}} << "version" << "missing required field";
    QTest::newRow("blank version") << Edits{{"version", s("  ")}} << "version" << "must not be empty";
    QTest::newRow("version a number") << Edits{{"version", 2026}} << "version" << "expected a string";
    QTest::newRow("format 2") << Edits{{"format", 2}} << "format" << "out of range";
    QTest::newRow("review SLA 0") << Edits{{"review_sla_working_days", 0}} << "review_sla_working_days"
                                  << "out of range 1..3";
    QTest::newRow("review SLA 4") << Edits{{"review_sla_working_days", 4}} << "review_sla_working_days"
                                  << "out of range 1..3";
    QTest::newRow("review SLA 2.5") << Edits{{"review_sla_working_days", 2.5}} << "review_sla_working_days"
                                    << "not a whole number";
    QTest::newRow("negative threshold") << Edits{{"four_eyes_threshold", s("-0.01")}} << "four_eyes_threshold"
                                        << "must not be negative";
    QTest::newRow("negative threshold number") << Edits{{"four_eyes_threshold", -500}} << "four_eyes_threshold"
                                               << "must not be negative";
    QTest::newRow("threshold 3 decimals") << Edits{{"four_eyes_threshold", s("500.001")}} << "four_eyes_threshold"
                                          << "not an amount";
    QTest::newRow("appeal window 0") << Edits{{"appeal_window_days", 0}} << "appeal_window_days" << "out of range";
    QTest::newRow("warning fraction 1.5") << Edits{{"sla_warning_fraction", 1.5}} << "sla_warning_fraction"
                                          << "out of range";
    for (const char *offset : {"+8", "+0800", "UTC+8", "+15:00", "+14:30", "+08:60", "08:00", ""}) {
        QTest::addRow("offset \"%s\"", offset) << Edits{{"business_utc_offset", s(offset)}} << "business_utc_offset"
                                               << "not a UTC offset";
    }
    QTest::newRow("offset as a number") << Edits{{"business_utc_offset", 8}} << "business_utc_offset"
                                        << "expected a string";
    QTest::newRow("impossible holiday") << Edits{{"holidays/1", s("2026-02-30")}} << "holidays[1]"
                                        << "not an ISO-8601 date";
    QTest::newRow("holiday with slashes") << Edits{{"holidays/0", s("2026/10/01")}} << "holidays[0]"
                                          << "not an ISO-8601 date";
    QTest::newRow("holiday with a time") << Edits{{"holidays/2", s("2026-01-03T00:00:00+08:00")}} << "holidays[2]"
                                         << "not an ISO-8601 date";
    QTest::newRow("holiday a number") << Edits{{"holidays/3", 20260215}} << "holidays[3]" << "expected a short string";
    QTest::newRow("bad extra working day") << Edits{{"extra_working_days/0", s("2026-13-01")}}
                                           << "extra_working_days[0]" << "not an ISO-8601 date";
    QTest::newRow("holiday and working day") << Edits{{"extra_working_days/6", s("2026-10-01")}}
                                             << "extra_working_days" << "2026-10-01 is also listed as a holiday";
    QTest::newRow("categories missing") << Edits{{"categories", remove}} << "categories" << "missing required field";
    QTest::newRow("category row missing") << Edits{{"categories/third_party.publisher_issue", remove}}
                                          << "categories.third_party.publisher_issue" << "missing required field";
    QTest::newRow("unknown category key")
        << Edits{{"categories/product_defect.broken_key", defaultRules().value("categories")["product_defect.wrong_key"]}}
        << "categories.product_defect.broken_key" << "unknown category";
    QTest::newRow("unknown remedy") << Edits{{wrongKey + "/remedies/1", s("replace")}}
                                    << "categories.product_defect.wrong_key.remedies[1]" << "unknown remedy \"replace\"";
    QTest::newRow("unknown evidence kind") << Edits{{wrongKey + "/evidence/0", s("receipt")}}
                                           << "categories.product_defect.wrong_key.evidence[0]"
                                           << "unknown evidence kind";
    QTest::newRow("unknown liable party") << Edits{{wrongKey + "/liable", s("publisher")}}
                                          << "categories.product_defect.wrong_key.liable" << "unknown liable party";
    QTest::newRow("defaults to customer") << Edits{{wrongKey + "/liable", s("customer")}}
                                          << "categories.product_defect.wrong_key.liable"
                                          << "cannot default to the customer";
    QTest::newRow("reject as a remedy") << Edits{{"categories/platform_fault.order_stuck/remedies/3", s("reject")}}
                                        << "categories.platform_fault.order_stuck.remedies" << "\"reject\"";
    QTest::newRow("no remedies") << Edits{{wrongKey + "/remedies", QJsonArray()}}
                                 << "categories.product_defect.wrong_key.remedies" << "at least one remedy";
    QTest::newRow("remedies not a list") << Edits{{wrongKey + "/remedies", s("refund")}}
                                         << "categories.product_defect.wrong_key.remedies" << "expected an array";
    QTest::newRow("period_exempt a string") << Edits{{wrongKey + "/period_exempt", s("yes")}}
                                            << "categories.product_defect.wrong_key.period_exempt"
                                            << "expected true or false";
    QTest::newRow("no platform override") << Edits{{"override_remedies/platform", QJsonArray()}}
                                          << "override_remedies.platform" << "at least one remedy";
    QTest::newRow("unknown refused remedy") << Edits{{"merchant_refused_remedies/0", s("payout")}}
                                            << "merchant_refused_remedies[0]" << "unknown remedy";
    QTest::newRow("first error wins") << Edits{{"review_sla_working_days", 9}, {"version", remove}} << "version"
                                      << "missing required field";
}

void tst_RuleSet::refuses()
{
    QFETCH(Edits, edits);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const QJsonObject document = edited(defaultRules(), edits);
    for (const Result<RuleSet> &loaded : {RuleSet::fromJson(toBytes(document)), RuleSet::fromObject(document)}) {
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().path, path);
        QVERIFY2(loaded.error().message.contains(message), qPrintable(loaded.error().toString()));
    }
}

void tst_RuleSet::refusesDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    QJsonObject padded = defaultRules();
    padded.insert(QStringLiteral("padding"), QString(int(RuleSet::kMaxBytes), QLatin1Char(' ')));
    QTest::newRow("over 1 MiB") << toBytes(padded) << "over the limit of 1048576 bytes";
    QTest::newRow("not JSON") << defaultRulesBytes().left(200) << "not valid JSON";
    QTest::newRow("array") << QByteArray("[]") << "top level";
    QTest::newRow("empty object") << QByteArray("{}") << "missing required field";
}

void tst_RuleSet::refusesDocuments()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Result<RuleSet> loaded = RuleSet::fromJson(json);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(message), qPrintable(loaded.error().toString()));
    // Only the byte limit, not the content, refused the padded copy.
    if (json.size() > RuleSet::kMaxBytes)
        QVERIFY(RuleSet::fromObject(QJsonDocument::fromJson(json).object()).ok());
}

QTEST_GUILESS_MAIN(tst_RuleSet)
#include "tst_ruleset.moc"
