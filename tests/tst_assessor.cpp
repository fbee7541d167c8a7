// The rules of the domain contract, one named row per rule and edge. Each row patches a base
// case (a JSON merge patch, RFC 7386) and states what the assessment must say.

#include "casecodec.h"
#include "ruleset.h"
#include "warrantyassessor.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace wd;

namespace {

const QByteArray kBaseCase = R"({
  "ticket": {"id": "T-1", "category": "product_defect.invalid_key", "description": "激活提示卡密无效",
             "submitted_at": "2026-11-05T14:20:00+08:00", "step": "feedback", "status": "open", "version": 1},
  "order": {"order_no": "KM202611010001", "customer_id": "U1", "merchant_id": "M1",
            "product": {"sku": "G-100", "name": "某游戏 100 元点卡", "type": "game_card", "face_value": 100.00},
            "quantity": 1, "amount_paid": 98.50, "currency": "CNY",
            "paid_at": "2026-11-01T09:58:00+08:00", "delivered_at": "2026-11-01T10:00:00+08:00",
            "payment_status": "paid", "delivery_status": "delivered", "off_platform": false},
  "warranty_policy": {"days": 15, "mode": "standard", "disclosed": true},
  "merchant": {"id": "M1", "name": "星河点卡店", "certification": "gold", "complaint_rate": 0.01, "deposit_balance": 5000.00},
  "key_events": [
    {"at": "2026-11-01T10:00:00+08:00", "key_id": "K-1", "type": "delivered", "source": "platform", "actor": "U1"},
    {"at": "2026-11-01T10:01:00+08:00", "key_id": "K-1", "type": "extracted", "result": "success", "source": "platform", "actor": "U1"},
    {"at": "2026-11-05T14:03:00+08:00", "key_id": "K-1", "type": "activation_attempt", "result": "invalid",
     "source": "publisher", "actor": "U1", "message": "卡密无效"}],
  "platform_events": [],
  "evidence": [{"id": "E-1", "kind": "key_usage_record", "media_type": "image/png", "source": "customer"},
               {"id": "E-2", "kind": "communication_record", "media_type": "image/png", "source": "customer"}],
  "findings": {"user_error": false, "force_majeure": false, "merchant_refused": false}
})";

QJsonValue mergePatch(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject p = patch.toObject();
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (it.value().isNull() && !QStringList{QStringLiteral("delivered_at"), QStringLiteral("until"),
                                                 QStringLiteral("category"), QStringLiteral("order")}
                                         .contains(it.key()))
            result.remove(it.key());
        else
            result.insert(it.key(), mergePatch(result.value(it.key()), it.value()));
    }
    return result;
}

CaseFile patchedCase(const QByteArray &patch)
{
    QJsonObject base = QJsonDocument::fromJson(kBaseCase).object();
    if (!patch.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument p = QJsonDocument::fromJson(patch, &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("bad patch in test row: %s", qPrintable(error.errorString()));
        base = mergePatch(base, p.object()).toObject();
    }
    Result<CaseFile> decoded = CaseCodec().decode(base);
    if (!decoded)
        qFatal("test row builds an invalid case: %s", qPrintable(decoded.error().toString()));
    return decoded.value();
}

QStringList names(const QList<Remedy> &values)
{
    QStringList out;
    for (Remedy v : values)
        out << enumName(v);
    return out;
}

QStringList names(const QList<EvidenceKind> &values)
{
    QStringList out;
    for (EvidenceKind v : values)
        out << enumName(v);
    return out;
}

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-20T12:00:00+08:00"), Qt::ISODate);

QByteArray oneTime(bool disclosed, const char *firstResult, const char *firstActor = "U1")
{
    return QStringLiteral(R"({"warranty_policy": {"days": 7, "mode": "one_time_verification", "disclosed": %1},
        "key_events": [
          {"at": "2026-11-01T10:01:00+08:00", "key_id": "K-1", "type": "extracted", "result": "success", "source": "platform", "actor": "U1"},
          {"at": "2026-11-01T10:05:00+08:00", "key_id": "K-1", "type": "activation_attempt", "result": "%2", "source": "publisher", "actor": "%3"},
          {"at": "2026-11-03T10:05:00+08:00", "key_id": "K-1", "type": "activation_attempt", "result": "invalid", "source": "publisher", "actor": "U1"}]})")
        .arg(disclosed ? QStringLiteral("true") : QStringLiteral("false"), QString::fromLatin1(firstResult),
             QString::fromLatin1(firstActor))
        .toUtf8();
}

QByteArray category(const char *id, const char *extra = "")
{
    return QStringLiteral(R"({"ticket": {"category": "%1"}%2})").arg(QString::fromLatin1(id), QString::fromLatin1(extra)).toUtf8();
}

QByteArray window(const char *type, const char *at, const char *until, const char *extractedAt)
{
    const QString untilJson = until ? QStringLiteral("\"%1\"").arg(QString::fromLatin1(until)) : QStringLiteral("null");
    return QStringLiteral(R"({"platform_events": [{"at": "%1", "until": %2, "type": "%3", "message": "系统维护"}],
        "key_events": [
          {"at": "2026-11-01T10:00:00+08:00", "key_id": "K-1", "type": "delivered", "source": "platform", "actor": "U1"},
          {"at": "%4", "key_id": "K-1", "type": "extracted", "result": "system_error", "source": "platform", "actor": "U1"},
          {"at": "2026-11-05T14:03:00+08:00", "key_id": "K-1", "type": "activation_attempt", "result": "invalid", "source": "publisher", "actor": "U1"}]})")
        .arg(QString::fromLatin1(at), untilJson, QString::fromLatin1(type), QString::fromLatin1(extractedAt))
        .toUtf8();
}

} // namespace

class tst_Assessor : public QObject
{
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
    void sampleCases_data();
    void sampleCases();
    void everyContractRuleIdIsExercised();
    void refusesUnassessableCase();
    void clocksFollowNow();

private:
    QSet<QString> m_rulesSeen;
};

void tst_Assessor::rules_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<bool>("covered");
    QTest::addColumn<bool>("inWarranty");
    QTest::addColumn<QString>("liable");
    QTest::addColumn<QStringList>("remedies");
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<QStringList>("rules"); // must all appear in the trace, in this order

    const QStringList none;
    const QStringList merchantRemedies{QStringLiteral("reissue_key"), QStringLiteral("refund")};
    const QStringList reject{QStringLiteral("reject")};
    auto L = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *i : items)
            out << QString::fromLatin1(i);
        return out;
    };

    // 6. Each category's default liability and 7. its remedy row.
    QTest::newRow("liability.category wrong_key") << category("product_defect.wrong_key") << true << true << "merchant" << merchantRemedies << none << none << L({"liability.category", "remedy.merchant"});
    QTest::newRow("liability.category invalid_key") << QByteArray() << true << true << "merchant" << merchantRemedies << none << none << L({"period.within", "liability.category", "remedy.merchant", "evidence.complete"});
    QTest::newRow("liability.category expired_key") << category("product_defect.expired_key") << true << true << "merchant" << merchantRemedies << none << none << L({"liability.category"});
    QTest::newRow("liability.category not_as_described") << category("product_defect.not_as_described") << true << true << "merchant" << merchantRemedies << none << none << L({"liability.category"});
    QTest::newRow("liability.category already_used") << category("product_defect.already_used") << true << true << "merchant" << merchantRemedies << none << none << L({"liability.category"});
    QTest::newRow("liability.category late_delivery") << category("merchant_fulfillment.late_delivery") << true << true << "merchant" << merchantRemedies << none << none << L({"liability.category", "remedy.merchant"});
    QTest::newRow("remedy.merchant partial service_interrupted") << category("merchant_fulfillment.service_interrupted") << true << true << "merchant" << L({"reissue_key", "refund", "partial_refund"}) << none << none << L({"remedy.merchant"});
    QTest::newRow("remedy.merchant partial service_not_completed") << category("merchant_fulfillment.service_not_completed") << true << true << "merchant" << L({"reissue_key", "refund", "partial_refund"}) << none << none << L({"remedy.merchant"});
    QTest::newRow("remedy.platform extraction_failure") << category("platform_fault.extraction_failure") << true << true << "platform" << L({"reissue_key", "compensation"}) << none << none << L({"liability.category", "remedy.platform"});
    QTest::newRow("remedy.platform paid_not_delivered") << category("platform_fault.paid_not_delivered", R"(, "evidence": [{"id": "P", "kind": "payment_record"}])") << true << true << "platform" << L({"deliver", "refund", "compensation"}) << none << none << L({"period.not_applicable", "remedy.platform"});
    QTest::newRow("remedy.platform duplicate_charge") << category("platform_fault.duplicate_charge", R"(, "evidence": [{"id": "P", "kind": "payment_record"}])") << true << true << "platform" << L({"refund", "compensation"}) << none << none << L({"period.not_applicable", "remedy.platform"});
    QTest::newRow("remedy.platform order_stuck") << category("platform_fault.order_stuck") << true << true << "platform" << L({"deliver", "refund", "compensation"}) << none << none << L({"remedy.platform"});
    QTest::newRow("remedy.platform account_data_loss") << category("platform_fault.account_data_loss") << true << true << "platform" << L({"restore_account", "compensation"}) << none << none << L({"remedy.platform"});
    QTest::newRow("remedy.third_party carrier_delay") << category("third_party.carrier_delay") << true << true << "third_party" << L({"coordinate_third_party"}) << none << none << L({"liability.category", "remedy.third_party"});
    QTest::newRow("remedy.third_party publisher_issue") << category("third_party.publisher_issue") << true << true << "third_party" << L({"coordinate_third_party"}) << none << none << L({"remedy.third_party"});

    // 1-3. Exclusions, in precedence.
    QTest::newRow("exclusion.off_platform") << QByteArray(R"({"order": {"off_platform": true}})") << false << true << "customer" << reject << none << none << L({"exclusion.off_platform", "remedy.reject"});
    QTest::newRow("exclusion.user_error") << QByteArray(R"({"findings": {"user_error": true}})") << false << true << "customer" << reject << none << none << L({"exclusion.user_error", "remedy.reject"});
    QTest::newRow("exclusion.force_majeure") << QByteArray(R"({"findings": {"force_majeure": true}})") << false << true << "customer" << reject << none << none << L({"exclusion.force_majeure", "remedy.reject"});
    QTest::newRow("exclusion precedence off_platform over user_error") << QByteArray(R"({"order": {"off_platform": true}, "findings": {"user_error": true, "force_majeure": true}})") << false << true << "customer" << reject << none << none << L({"exclusion.off_platform"});
    QTest::newRow("exclusion precedence user_error over force_majeure") << QByteArray(R"({"findings": {"user_error": true, "force_majeure": true}})") << false << true << "customer" << reject << none << none << L({"exclusion.user_error"});
    QTest::newRow("exclusion beats payment fault") << category("platform_fault.duplicate_charge", R"(, "order": {"off_platform": true}, "evidence": [{"id": "P", "kind": "payment_record"}])") << false << true << "customer" << reject << none << none << L({"exclusion.off_platform", "remedy.reject"});

    // 4. The warranty window: instants, not local dates; the end instant is inside.
    QTest::newRow("period.within at the exact end instant") << QByteArray(R"({"ticket": {"submitted_at": "2026-11-16T10:00:00+08:00"}})") << true << true << "merchant" << merchantRemedies << none << none << L({"period.within"});
    QTest::newRow("period.expired one second after") << QByteArray(R"({"ticket": {"submitted_at": "2026-11-16T10:00:01+08:00"}})") << false << false << "customer" << reject << none << none << L({"period.expired", "remedy.reject"});
    QTest::newRow("period.within end instant in UTC") << QByteArray(R"({"ticket": {"submitted_at": "2026-11-16T02:00:00Z"}})") << true << true << "merchant" << merchantRemedies << none << none << L({"period.within"});
    QTest::newRow("period.expired UTC one second after") << QByteArray(R"({"ticket": {"submitted_at": "2026-11-16T02:00:01Z"}})") << false << false << "customer" << reject << none << none << L({"period.expired"});
    QTest::newRow("period.expired earlier local date at -05:00") << QByteArray(R"({"ticket": {"submitted_at": "2026-11-15T21:30:00-05:00"}})") << false << false << "customer" << reject << none << none << L({"period.expired"});
    QTest::newRow("period.within 0-day warranty at delivery") << QByteArray(R"({"warranty_policy": {"days": 0}, "ticket": {"submitted_at": "2026-11-01T10:00:00+08:00"}})") << true << true << "merchant" << merchantRemedies << none << none << L({"period.within"});
    QTest::newRow("period.not_started never delivered") << QByteArray(R"({"order": {"delivered_at": null, "delivery_status": "processing"}, "ticket": {"submitted_at": "2027-03-01T10:00:00+08:00"}})") << true << true << "merchant" << merchantRemedies << none << none << L({"period.not_started"});
    QTest::newRow("period.not_applicable duplicate_charge after window") << category("platform_fault.duplicate_charge", R"(, "ticket": {"category": "platform_fault.duplicate_charge", "submitted_at": "2026-12-30T10:00:00+08:00"}, "evidence": [{"id": "P", "kind": "payment_record"}])") << true << true << "platform" << L({"refund", "compensation"}) << none << none << L({"period.not_applicable"});
    QTest::newRow("period.not_applicable paid_not_delivered after window") << QByteArray(R"({"ticket": {"category": "platform_fault.paid_not_delivered", "submitted_at": "2026-12-30T10:00:00+08:00"}, "evidence": [{"id": "P", "kind": "payment_record"}]})") << true << true << "platform" << L({"deliver", "refund", "compensation"}) << none << none << L({"period.not_applicable"});

    // 5. One-time verification.
    QTest::newRow("one_time.fulfilled") << oneTime(true, "success") << false << true << "customer" << reject << L({"claim_contradicts_log"}) << none << L({"period.within", "one_time.fulfilled", "remedy.reject"});
    QTest::newRow("one_time.undisclosed") << oneTime(false, "success") << true << true << "merchant" << merchantRemedies << L({"one_time_verification_undisclosed", "claim_contradicts_log"}) << none << L({"one_time.undisclosed", "liability.category"});
    QTest::newRow("one_time.first_attempt_failed") << oneTime(true, "invalid") << true << true << "merchant" << merchantRemedies << none << none << L({"one_time.first_attempt_failed"});
    QTest::newRow("one_time.not_attempted") << QByteArray(R"({"warranty_policy": {"mode": "one_time_verification"}, "key_events": []})") << true << true << "merchant" << merchantRemedies << none << none << L({"one_time.not_attempted"});
    QTest::newRow("one_time does not bind a duplicate charge") << QByteArray(oneTime(true, "success")).replace("{\"warranty_policy\"", "{\"ticket\": {\"category\": \"platform_fault.duplicate_charge\"}, \"evidence\": [{\"id\": \"P\", \"kind\": \"payment_record\"}], \"warranty_policy\"")
        << true << true << "platform" << L({"refund", "compensation"}) << none << none << L({"period.not_applicable", "liability.category", "remedy.platform"});
    QTest::newRow("one_time another actor's success is not the customer's") << oneTime(true, "success", "U999") << true << true << "merchant" << merchantRemedies << L({"key_resold_suspected"}) << none << L({"one_time.first_attempt_failed", "liability.key_resold"});

    // 6. Log overrides.
    QTest::newRow("liability.key_resold other actor") << QByteArray(R"({"ticket": {"category": "third_party.publisher_issue"}, "key_events": [
        {"at": "2026-11-01T10:01:00+08:00", "key_id": "K-1", "type": "extracted", "result": "success", "source": "platform", "actor": "U1"},
        {"at": "2026-11-02T10:00:00+08:00", "key_id": "K-1", "type": "activation_attempt", "result": "success", "source": "publisher", "actor": "U777"}]})")
        << true << true << "merchant" << merchantRemedies << L({"key_resold_suspected"}) << none << L({"liability.category", "liability.key_resold", "remedy.merchant"});
    QTest::newRow("liability.key_resold before extraction") << QByteArray(R"({"ticket": {"category": "product_defect.already_used"}, "key_events": [
        {"at": "2026-10-31T08:00:00+08:00", "key_id": "K-1", "type": "redeemed", "source": "publisher"},
        {"at": "2026-11-01T10:01:00+08:00", "key_id": "K-1", "type": "extracted", "result": "success", "source": "platform", "actor": "U1"},
        {"at": "2026-11-05T14:03:00+08:00", "key_id": "K-1", "type": "activation_attempt", "result": "already_used", "source": "publisher", "actor": "U1"}]})")
        << true << true << "merchant" << merchantRemedies << L({"key_resold_suspected"}) << none << L({"liability.key_resold"});
    QTest::newRow("liability.platform_window maintenance") << window("maintenance", "2026-11-01T09:00:00+08:00", "2026-11-01T11:00:00+08:00", "2026-11-01T10:30:00+08:00")
        << true << true << "platform" << L({"reissue_key", "compensation"}) << L({"platform_window_overlap"}) << none << L({"liability.category", "liability.platform_window", "remedy.platform"});
    QTest::newRow("liability.platform_window at the until instant") << window("outage", "2026-11-01T09:00:00+08:00", "2026-11-01T11:00:00+08:00", "2026-11-01T11:00:00+08:00")
        << true << true << "platform" << L({"reissue_key", "compensation"}) << L({"platform_window_overlap"}) << none << L({"liability.platform_window"});
    QTest::newRow("liability.platform_window open-ended outage") << window("outage", "2026-11-01T09:00:00+08:00", nullptr, "2026-11-03T11:00:00+08:00")
        << true << true << "platform" << L({"reissue_key", "compensation"}) << L({"platform_window_overlap"}) << none << L({"liability.platform_window"});
    QTest::newRow("no platform_window one second after") << window("maintenance", "2026-11-01T09:00:00+08:00", "2026-11-01T11:00:00+08:00", "2026-11-01T11:00:01+08:00")
        << true << true << "merchant" << merchantRemedies << none << none << L({"liability.category", "remedy.merchant"});
    QTest::newRow("no platform_window for order_state events") << window("order_state", "2026-11-01T09:00:00+08:00", "2026-11-01T11:00:00+08:00", "2026-11-01T10:00:00+08:00")
        << true << true << "merchant" << merchantRemedies << none << none << L({"liability.category"});
    QTest::newRow("platform_window flagged on a rejected case") << QByteArray(window("maintenance", "2026-11-01T09:00:00+08:00", "2026-11-01T11:00:00+08:00", "2026-11-01T10:30:00+08:00")).replace("\"platform_events\"", "\"findings\": {\"user_error\": true}, \"platform_events\"")
        << false << true << "customer" << reject << L({"platform_window_overlap"}) << none << L({"exclusion.user_error", "remedy.reject", "flag.platform_window_overlap"});

    // 7. Merchant remedies: deposit payout and deposit shortfall.
    QTest::newRow("remedy.deposit_payout merchant refused") << QByteArray(R"({"findings": {"merchant_refused": true}})") << true << true << "merchant" << L({"reissue_key", "refund", "deposit_payout"}) << none << none << L({"remedy.merchant", "remedy.deposit_payout"});
    QTest::newRow("flag.deposit_insufficient") << QByteArray(R"({"merchant": {"deposit_balance": 98.49}})") << true << true << "merchant" << merchantRemedies << L({"deposit_insufficient"}) << none << L({"remedy.merchant", "flag.deposit_insufficient"});
    QTest::newRow("deposit equal to amount is enough") << QByteArray(R"({"merchant": {"deposit_balance": "98.50"}})") << true << true << "merchant" << merchantRemedies << none << none << L({"remedy.merchant"});
    QTest::newRow("remedy.reject when expired, refused merchant irrelevant") << QByteArray(R"({"ticket": {"submitted_at": "2026-12-01T10:00:00+08:00"}, "findings": {"merchant_refused": true}})") << false << false << "customer" << reject << none << none << L({"period.expired", "remedy.reject"});

    // 8. Evidence requirements.
    QTest::newRow("evidence.missing communication_record") << QByteArray(R"({"evidence": [{"id": "E-1", "kind": "key_usage_record"}]})") << true << true << "merchant" << merchantRemedies << none << L({"communication_record"}) << L({"evidence.missing"});
    QTest::newRow("evidence key_usage_record from publisher log") << QByteArray(R"({"evidence": [{"id": "E-2", "kind": "communication_record"}]})") << true << true << "merchant" << merchantRemedies << none << none << L({"evidence.complete"});
    QTest::newRow("evidence key_usage_record not from customer log") << QByteArray(R"({"evidence": [{"id": "E-2", "kind": "communication_record"}], "key_events": [
        {"at": "2026-11-05T14:03:00+08:00", "key_id": "K-1", "type": "activation_attempt", "result": "invalid", "source": "customer", "actor": "U1"}]})")
        << true << true << "merchant" << merchantRemedies << none << L({"key_usage_record"}) << L({"evidence.missing"});
    QTest::newRow("evidence product defect all missing") << QByteArray(R"({"evidence": [], "key_events": []})") << true << true << "merchant" << merchantRemedies << none << L({"key_usage_record", "communication_record"}) << L({"evidence.missing"});
    QTest::newRow("evidence merchant fulfilment") << QByteArray(R"({"ticket": {"category": "merchant_fulfillment.late_delivery"}, "evidence": []})") << true << true << "merchant" << merchantRemedies << none << L({"communication_record"}) << L({"evidence.missing"});
    QTest::newRow("evidence payment fault needs payment_record") << QByteArray(R"({"ticket": {"category": "platform_fault.duplicate_charge"}, "evidence": [{"id": "S", "kind": "screenshot"}]})") << true << true << "platform" << L({"refund", "compensation"}) << none << L({"payment_record"}) << L({"evidence.missing"});
    QTest::newRow("evidence platform fault order only") << QByteArray(R"({"ticket": {"category": "platform_fault.order_stuck"}, "evidence": []})") << true << true << "platform" << L({"deliver", "refund", "compensation"}) << none << none << L({"evidence.complete"});
    QTest::newRow("evidence third party order only") << QByteArray(R"({"ticket": {"category": "third_party.carrier_delay"}, "evidence": []})") << true << true << "third_party" << L({"coordinate_third_party"}) << none << none << L({"evidence.complete"});
    QTest::newRow("evidence still listed when rejected") << QByteArray(R"({"order": {"off_platform": true}, "evidence": []})") << false << true << "customer" << reject << none << L({"communication_record"}) << L({"exclusion.off_platform", "evidence.missing"});

    // 9. Contradictions.
    const QByteArray firstWorked = R"({"key_events": [
        {"at": "2026-11-03T09:00:00+08:00", "key_id": "K-1", "type": "activation_attempt", "result": "invalid", "source": "publisher", "actor": "U1"},
        {"at": "2026-11-02T09:00:00+08:00", "key_id": "K-1", "type": "activation_attempt", "result": "success", "source": "publisher", "actor": "U1"}]})";
    QTest::newRow("flag.claim_contradicts_log invalid_key") << firstWorked << true << true << "merchant" << merchantRemedies << L({"claim_contradicts_log"}) << none << L({"flag.claim_contradicts_log"});
    QTest::newRow("flag.claim_contradicts_log wrong_key") << QByteArray(firstWorked).replace("{\"key_events\"", "{\"ticket\": {\"category\": \"product_defect.wrong_key\"}, \"key_events\"") << true << true << "merchant" << merchantRemedies << L({"claim_contradicts_log"}) << none << L({"flag.claim_contradicts_log"});
    QTest::newRow("flag.claim_contradicts_log expired_key even when rejected") << QByteArray(firstWorked).replace("{\"key_events\"", "{\"ticket\": {\"category\": \"product_defect.expired_key\"}, \"findings\": {\"force_majeure\": true}, \"key_events\"") << false << true << "customer" << reject << L({"claim_contradicts_log"}) << none << L({"exclusion.force_majeure", "flag.claim_contradicts_log"});
    QTest::newRow("no contradiction for already_used") << QByteArray(firstWorked).replace("{\"key_events\"", "{\"ticket\": {\"category\": \"product_defect.already_used\"}, \"key_events\"") << true << true << "merchant" << merchantRemedies << none << none << L({"liability.category"});
}

void tst_Assessor::rules()
{
    QFETCH(QByteArray, patch);
    QFETCH(bool, covered);
    QFETCH(bool, inWarranty);
    QFETCH(QString, liable);
    QFETCH(QStringList, remedies);
    QFETCH(QStringList, flags);
    QFETCH(QStringList, missing);
    QFETCH(QStringList, rules);

    const CaseFile c = patchedCase(patch);
    const Result<Assessment> result = WarrantyAssessor(RuleSet::builtIn()).assess(c, kNow);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const Assessment &a = result.value();
    const QStringList trace = a.ruleIds();
    for (const QString &id : trace)
        m_rulesSeen.insert(id);

    QCOMPARE(a.covered, covered);
    QCOMPARE(a.inWarranty, inWarranty);
    QCOMPARE(enumName(a.liableParty), liable);
    QCOMPARE(names(a.remedies), remedies);
    QCOMPARE(a.flags, flags);
    QCOMPARE(names(a.missingEvidence), missing);
    qsizetype from = 0;
    for (const QString &rule : rules) {
        const qsizetype at = trace.indexOf(rule, from);
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("%1 not in trace (in order): %2").arg(rule, trace.join(u' '))));
        from = at + 1;
    }
    static const QRegularExpression cjk(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    for (const TraceLine &line : a.trace) {
        QVERIFY2(!line.reasonEn.isEmpty() && !cjk.match(line.reasonEn).hasMatch(), qPrintable(line.rule));
        QVERIFY2(cjk.match(line.reasonZh).hasMatch(), qPrintable(line.rule));
    }
    QCOMPARE(a.rulesVersion, RuleSet::builtIn().version());
}

void tst_Assessor::sampleCases_data()
{
    QTest::addColumn<QString>("casePath");
    const QDir dir(QStringLiteral(WD_TEST_DATA_DIR "/cases"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    int count = 0;
    for (const QString &file : files) {
        if (file.endsWith(QLatin1String(".expected.json")))
            continue;
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
        ++count;
    }
    QVERIFY2(count >= 15, "the sample cases are missing");
}

void tst_Assessor::sampleCases()
{
    QFETCH(QString, casePath);
    QFile caseFile(casePath);
    QVERIFY(caseFile.open(QIODevice::ReadOnly));
    const Result<CaseFile> decoded = CaseCodec().decode(caseFile.readAll());
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
    QFile expectedFile(QString(casePath).replace(QLatin1String(".json"), QLatin1String(".expected.json")));
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), "every sample case has its .expected.json");
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
    QVERIFY(!expected.isEmpty());

    const Result<Assessment> result = WarrantyAssessor(RuleSet::builtIn()).assess(decoded.value(), kNow);
    QVERIFY(result.ok());
    const QJsonObject actual = result.value().toJson(Language::English);
    for (const QString &key : {QStringLiteral("in_warranty"), QStringLiteral("warranty_ends_at"), QStringLiteral("covered"),
                               QStringLiteral("liable_party"), QStringLiteral("remedies"), QStringLiteral("missing_evidence"),
                               QStringLiteral("flags")}) {
        QVERIFY2(expected.contains(key), qPrintable(key));
        QCOMPARE(actual.value(key), expected.value(key));
    }
    QStringList ruleIds = result.value().ruleIds();
    for (const QString &id : ruleIds)
        m_rulesSeen.insert(id);
    QCOMPARE(QJsonArray::fromStringList(ruleIds), expected.value(QStringLiteral("rules")).toArray());
}

void tst_Assessor::everyContractRuleIdIsExercised()
{
    // Every trace rule id the assessor can emit, as documented in docs/rules.md.
    const QStringList all{
        QStringLiteral("exclusion.off_platform"), QStringLiteral("exclusion.user_error"), QStringLiteral("exclusion.force_majeure"),
        QStringLiteral("period.within"), QStringLiteral("period.expired"), QStringLiteral("period.not_started"),
        QStringLiteral("period.not_applicable"), QStringLiteral("one_time.fulfilled"), QStringLiteral("one_time.undisclosed"),
        QStringLiteral("one_time.first_attempt_failed"), QStringLiteral("one_time.not_attempted"),
        QStringLiteral("liability.category"), QStringLiteral("liability.key_resold"), QStringLiteral("liability.platform_window"),
        QStringLiteral("remedy.merchant"), QStringLiteral("remedy.platform"), QStringLiteral("remedy.third_party"),
        QStringLiteral("remedy.reject"), QStringLiteral("remedy.deposit_payout"), QStringLiteral("evidence.complete"),
        QStringLiteral("evidence.missing"), QStringLiteral("flag.platform_window_overlap"), QStringLiteral("flag.deposit_insufficient"),
        QStringLiteral("flag.claim_contradicts_log")};
    for (const QString &id : all)
        QVERIFY2(m_rulesSeen.contains(id), qPrintable(QStringLiteral("no test row exercises %1").arg(id)));
}

void tst_Assessor::refusesUnassessableCase()
{
    const Result<Assessment> noCategory = WarrantyAssessor(RuleSet::builtIn()).assess(patchedCase(R"({"ticket": {"category": null}})"), kNow);
    QVERIFY(!noCategory.ok());
    QCOMPARE(noCategory.error().path, QStringLiteral("ticket.category"));
    const Result<Assessment> noOrder = WarrantyAssessor(RuleSet::builtIn()).assess(patchedCase(R"({"order": null})"), kNow);
    QVERIFY(!noOrder.ok());
    QCOMPARE(noOrder.error().path, QStringLiteral("order"));
}

void tst_Assessor::clocksFollowNow()
{
    const CaseFile c = patchedCase({});
    const WarrantyAssessor assessor(RuleSet::builtIn());
    const Assessment early = assessor.assess(c, QDateTime::fromString(QStringLiteral("2026-11-05T15:20:00+08:00"), Qt::ISODate)).value();
    // Delivered 11-01 10:00 + 15 days = 11-16 10:00; submitted 11-05 14:20.
    QCOMPARE(early.warrantyEndsAt->toString(Qt::ISODate), QStringLiteral("2026-11-16T10:00:00+08:00"));
    QCOMPARE(*early.warrantySecondsLeftAtSubmission, qint64(10 * 86400 + 19 * 3600 + 40 * 60));
    QCOMPARE(*early.warrantySecondsLeftNow, qint64(10 * 86400 + 18 * 3600 + 40 * 60));
    QCOMPARE(early.reviewSla.state, SlaState::Ok);
    // Thursday 11-05 14:20 + 3 working days (Fri, Mon, Tue) = Tuesday 11-10 14:20.
    QCOMPARE(early.reviewSla.dueAt.toString(Qt::ISODate), QStringLiteral("2026-11-10T14:20:00+08:00"));
    const Assessment late = assessor.assess(c, QDateTime::fromString(QStringLiteral("2026-11-11T09:00:00+08:00"), Qt::ISODate)).value();
    QCOMPARE(late.reviewSla.state, SlaState::Breached);
    QVERIFY(late.reviewSla.leftMs < 0);
}

QTEST_GUILESS_MAIN(tst_Assessor)
#include "tst_assessor.moc"
