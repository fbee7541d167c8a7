#include "casecodec.h"

#include "casestatecodec.h"
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace wd {

namespace {

constexpr int kLongText = 20000; // descriptions and messages typed by people

Pause readPause(JsonReader &r)
{
    Pause p;
    p.from = r.instant(QStringLiteral("from"));
    p.until = r.optionalInstant(QStringLiteral("until"));
    if (r.ok() && p.until && *p.until < p.from)
        r.fail(QStringLiteral("until"), QStringLiteral("ends before it starts"));
    return p;
}

Ticket readTicket(JsonReader r)
{
    Ticket t;
    t.id = r.string(QStringLiteral("id"), 64);
    if (r.ok() && t.id.trimmed().isEmpty())
        r.fail(QStringLiteral("id"), QStringLiteral("must not be empty"));
    t.category = r.optionalEnum<Category>(QStringLiteral("category"));
    t.description = r.optionalString(QStringLiteral("description"), kLongText);
    t.submittedAt = r.instant(QStringLiteral("submitted_at"));
    if (r.has(QStringLiteral("step")))
        t.step = r.enumValue<Step>(QStringLiteral("step"));
    if (r.has(QStringLiteral("status")))
        t.status = r.enumValue<Status>(QStringLiteral("status"));
    t.version = r.optionalInteger(QStringLiteral("version"), 1, Q_INT64_C(1) << 52).value_or(1);
    r.objects(QStringLiteral("sla_pauses"), 1000, [&](JsonReader &p) { t.slaPauses << readPause(p); });
    return t;
}

Product readProduct(JsonReader r)
{
    Product p;
    p.sku = r.string(QStringLiteral("sku"), 128);
    p.name = r.string(QStringLiteral("name"), 512);
    p.type = r.enumValue<ProductType>(QStringLiteral("type"));
    p.faceValue = r.optionalMoney(QStringLiteral("face_value"));
    if (r.ok() && p.faceValue && *p.faceValue < Money())
        r.fail(QStringLiteral("face_value"), QStringLiteral("must not be negative"));
    p.region = r.optionalString(QStringLiteral("region"), 256);
    return p;
}

Order readOrder(JsonReader r)
{
    Order o;
    o.orderNo = r.string(QStringLiteral("order_no"), 128);
    o.customerId = r.string(QStringLiteral("customer_id"), 128);
    o.merchantId = r.string(QStringLiteral("merchant_id"), 128);
    o.product = readProduct(r.object(QStringLiteral("product")));
    o.quantity = int(r.optionalInteger(QStringLiteral("quantity"), 1, 1000000).value_or(1));
    o.amountPaid = r.money(QStringLiteral("amount_paid"));
    if (r.ok() && o.amountPaid < Money())
        r.fail(QStringLiteral("amount_paid"), QStringLiteral("must not be negative"));
    if (r.has(QStringLiteral("currency"))) {
        o.currency = r.string(QStringLiteral("currency"), 8);
        static const QRegularExpression iso4217(QStringLiteral("^[A-Z]{3}$"));
        if (r.ok() && !iso4217.match(o.currency).hasMatch())
            r.fail(QStringLiteral("currency"), QStringLiteral("not an ISO 4217 code such as CNY"));
    }
    o.paidAt = r.optionalInstant(QStringLiteral("paid_at"));
    o.deliveredAt = r.optionalInstant(QStringLiteral("delivered_at"));
    o.paymentStatus = r.enumValue<PaymentStatus>(QStringLiteral("payment_status"));
    o.deliveryStatus = r.enumValue<DeliveryStatus>(QStringLiteral("delivery_status"));
    o.offPlatform = r.optionalBoolean(QStringLiteral("off_platform"), false);
    return o;
}

WarrantyPolicy readPolicy(JsonReader r)
{
    WarrantyPolicy p;
    p.days = int(r.integer(QStringLiteral("days"), 0, 3650));
    p.mode = r.enumValue<PolicyMode>(QStringLiteral("mode"));
    p.disclosed = r.boolean(QStringLiteral("disclosed"));
    p.disclosureText = r.optionalString(QStringLiteral("disclosure_text"), kLongText);
    return p;
}

Merchant readMerchant(JsonReader r)
{
    Merchant m;
    m.id = r.string(QStringLiteral("id"), 128);
    m.name = r.string(QStringLiteral("name"), 512);
    m.certification = r.enumValue<Certification>(QStringLiteral("certification"));
    m.complaintRate = r.number(QStringLiteral("complaint_rate"), 0.0, 1.0);
    m.depositBalance = r.money(QStringLiteral("deposit_balance"));
    if (r.ok() && m.depositBalance < Money())
        r.fail(QStringLiteral("deposit_balance"), QStringLiteral("must not be negative"));
    return m;
}

KeyEvent readKeyEvent(JsonReader &r)
{
    KeyEvent e;
    e.at = r.instant(QStringLiteral("at"));
    e.keyId = r.string(QStringLiteral("key_id"), 128);
    e.type = r.enumValue<KeyEventType>(QStringLiteral("type"));
    e.result = r.optionalEnum<KeyResult>(QStringLiteral("result"));
    e.source = r.enumValue<EventSource>(QStringLiteral("source"));
    e.actor = r.optionalString(QStringLiteral("actor"), 128);
    e.ip = r.optionalString(QStringLiteral("ip"), 64);
    e.message = r.optionalString(QStringLiteral("message"), kLongText);
    return e;
}

PlatformEvent readPlatformEvent(JsonReader &r)
{
    PlatformEvent e;
    e.at = r.instant(QStringLiteral("at"));
    e.until = r.optionalInstant(QStringLiteral("until"));
    e.type = r.enumValue<PlatformEventType>(QStringLiteral("type"));
    e.message = r.optionalString(QStringLiteral("message"), kLongText);
    if (r.ok() && e.until && *e.until < e.at)
        r.fail(QStringLiteral("until"), QStringLiteral("ends before it starts"));
    return e;
}

Evidence readEvidence(JsonReader &r)
{
    static const QRegularExpression sha256Hex(QStringLiteral("^[0-9a-f]{64}$"));
    Evidence e;
    e.id = r.string(QStringLiteral("id"), 128);
    e.kind = r.enumValue<EvidenceKind>(QStringLiteral("kind"));
    e.mediaType = r.optionalString(QStringLiteral("media_type"), 128);
    e.sha256 = r.optionalString(QStringLiteral("sha256"), 64);
    if (r.ok() && !e.sha256.isEmpty() && !sha256Hex.match(e.sha256).hasMatch())
        r.fail(QStringLiteral("sha256"), QStringLiteral("not 64 lower-case hex digits"));
    e.capturedAt = r.optionalInstant(QStringLiteral("captured_at"));
    if (r.has(QStringLiteral("source")))
        e.source = r.enumValue<EvidenceSource>(QStringLiteral("source"));
    e.name = r.optionalString(QStringLiteral("name"), 512);
    return e;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

Result<QJsonObject> parseJsonObject(const QByteArray &bytes, qsizetype maxBytes)
{
    if (bytes.size() > maxBytes) {
        return DecodeError{QString(), QStringLiteral("input is %1 bytes, over the limit of %2 bytes")
                                          .arg(bytes.size())
                                          .arg(maxBytes)};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return DecodeError{QString(), QStringLiteral("not valid JSON: %1 at byte %2")
                                          .arg(parseError.errorString())
                                          .arg(parseError.offset)};
    }
    if (!document.isObject())
        return DecodeError{QString(), QStringLiteral("expected a JSON object at the top level")};
    return document.object();
}

Result<CaseFile> CaseCodec::decode(const QByteArray &json) const
{
    Result<QJsonObject> object = parseJsonObject(json, m_limits.maxBytes);
    if (!object)
        return object.error();
    return decode(object.value());
}

Result<CaseFile> CaseCodec::decode(const QJsonObject &object) const
{
    JsonReader r(object);
    CaseFile c;
    c.ticket = readTicket(r.object(QStringLiteral("ticket")));
    if (!r.has(QStringLiteral("order")))
        r.fail(QStringLiteral("order"), QStringLiteral("missing required field (null when no order is linked yet)"));
    if (auto order = r.optionalObject(QStringLiteral("order")))
        c.order = readOrder(*order);
    c.warrantyPolicy = readPolicy(r.object(QStringLiteral("warranty_policy")));
    c.merchant = readMerchant(r.object(QStringLiteral("merchant")));
    r.objects(QStringLiteral("key_events"), m_limits.maxKeyEvents,
              [&](JsonReader &e) { c.keyEvents << readKeyEvent(e); });
    r.objects(QStringLiteral("platform_events"), m_limits.maxPlatformEvents,
              [&](JsonReader &e) { c.platformEvents << readPlatformEvent(e); });
    r.objects(QStringLiteral("evidence"), m_limits.maxEvidence,
              [&](JsonReader &e) { c.evidence << readEvidence(e); });
    if (auto findings = r.optionalObject(QStringLiteral("findings"))) {
        c.findings.userError = findings->optionalBoolean(QStringLiteral("user_error"), false);
        c.findings.forceMajeure = findings->optionalBoolean(QStringLiteral("force_majeure"), false);
        c.findings.merchantRefused = findings->optionalBoolean(QStringLiteral("merchant_refused"), false);
    }
    if (r.ok() && c.order && !c.merchant.id.isEmpty() && c.order->merchantId != c.merchant.id) {
        r.fail(QStringLiteral("merchant.id"),
               QStringLiteral("\"%1\" is not the order's merchant \"%2\"").arg(c.merchant.id, c.order->merchantId));
    }
    if (!r.ok())
        return r.error();
    return c;
}

QByteArray CaseCodec::encodeTicketJson(const Ticket &t)
{
    // Keys in QJsonObject's (alphabetical) order: the text is QJsonDocument's (tst_statejson).
    using namespace jsontext;
    QByteArray out;
    out.reserve(256 + t.description.size() * 3);
    appendKey(out += '{', "category", true);
    if (t.category)
        appendAsciiString(out, enumAsciiName(*t.category));
    else
        out += "null";
    appendKey(out, "description");
    appendString(out, t.description);
    appendKey(out, "id");
    appendString(out, t.id);
    if (!t.slaPauses.isEmpty()) {
        appendKey(out, "sla_pauses");
        appendPauses(out, t.slaPauses);
    }
    appendKey(out, "status");
    appendAsciiString(out, enumAsciiName(t.status));
    appendKey(out, "step");
    appendAsciiString(out, enumAsciiName(t.step));
    appendKey(out, "submitted_at");
    appendInstant(out, t.submittedAt);
    appendKey(out, "version");
    appendInteger(out, t.version);
    out += '}';
    return out;
}

QJsonObject CaseCodec::encodeTicket(const Ticket &t)
{
    return QJsonDocument::fromJson(encodeTicketJson(t)).object();
}

QJsonObject CaseCodec::encode(const CaseFile &c)
{
    const QJsonObject ticket = encodeTicket(c.ticket);

    QJsonValue order(QJsonValue::Null);
    if (c.order) {
        const Order &o = *c.order;
        QJsonObject product{{QStringLiteral("sku"), o.product.sku},
                            {QStringLiteral("name"), o.product.name},
                            {QStringLiteral("type"), enumName(o.product.type)}};
        if (o.product.faceValue)
            product.insert(QStringLiteral("face_value"), o.product.faceValue->toJson());
        if (!o.product.region.isEmpty())
            product.insert(QStringLiteral("region"), o.product.region);
        order = QJsonObject{
            {QStringLiteral("order_no"), o.orderNo},
            {QStringLiteral("customer_id"), o.customerId},
            {QStringLiteral("merchant_id"), o.merchantId},
            {QStringLiteral("product"), product},
            {QStringLiteral("quantity"), o.quantity},
            {QStringLiteral("amount_paid"), o.amountPaid.toJson()},
            {QStringLiteral("currency"), o.currency},
            {QStringLiteral("paid_at"), isoInstantToJson(o.paidAt)},
            {QStringLiteral("delivered_at"), isoInstantToJson(o.deliveredAt)},
            {QStringLiteral("payment_status"), enumName(o.paymentStatus)},
            {QStringLiteral("delivery_status"), enumName(o.deliveryStatus)},
            {QStringLiteral("off_platform"), o.offPlatform},
        };
    }

    QJsonObject policy{{QStringLiteral("days"), c.warrantyPolicy.days},
                       {QStringLiteral("mode"), enumName(c.warrantyPolicy.mode)},
                       {QStringLiteral("disclosed"), c.warrantyPolicy.disclosed}};
    if (!c.warrantyPolicy.disclosureText.isEmpty())
        policy.insert(QStringLiteral("disclosure_text"), c.warrantyPolicy.disclosureText);

    QJsonObject merchant{{QStringLiteral("id"), c.merchant.id},
                         {QStringLiteral("name"), c.merchant.name},
                         {QStringLiteral("certification"), enumName(c.merchant.certification)},
                         {QStringLiteral("complaint_rate"), c.merchant.complaintRate},
                         {QStringLiteral("deposit_balance"), c.merchant.depositBalance.toJson()}};

    QJsonArray keyEvents;
    for (const KeyEvent &e : c.keyEvents) {
        QJsonObject event{{QStringLiteral("at"), formatIsoInstant(e.at)},
                          {QStringLiteral("key_id"), e.keyId},
                          {QStringLiteral("type"), enumName(e.type)},
                          {QStringLiteral("source"), enumName(e.source)}};
        if (e.result)
            event.insert(QStringLiteral("result"), enumName(*e.result));
        if (!e.actor.isEmpty())
            event.insert(QStringLiteral("actor"), e.actor);
        if (!e.ip.isEmpty())
            event.insert(QStringLiteral("ip"), e.ip);
        if (!e.message.isEmpty())
            event.insert(QStringLiteral("message"), e.message);
        keyEvents.append(event);
    }

    QJsonArray platformEvents;
    for (const PlatformEvent &e : c.platformEvents) {
        platformEvents.append(QJsonObject{{QStringLiteral("at"), formatIsoInstant(e.at)},
                                          {QStringLiteral("until"), isoInstantToJson(e.until)},
                                          {QStringLiteral("type"), enumName(e.type)},
                                          {QStringLiteral("message"), e.message}});
    }

    QJsonArray evidence;
    for (const Evidence &e : c.evidence) {
        QJsonObject item{{QStringLiteral("id"), e.id},
                         {QStringLiteral("kind"), enumName(e.kind)},
                         {QStringLiteral("media_type"), orNull(e.mediaType)},
                         {QStringLiteral("sha256"), orNull(e.sha256)},
                         {QStringLiteral("captured_at"), isoInstantToJson(e.capturedAt)},
                         {QStringLiteral("source"), enumName(e.source)}};
        if (!e.name.isEmpty())
            item.insert(QStringLiteral("name"), e.name);
        evidence.append(item);
    }

    return QJsonObject{
        {QStringLiteral("ticket"), ticket},
        {QStringLiteral("order"), order},
        {QStringLiteral("warranty_policy"), policy},
        {QStringLiteral("merchant"), merchant},
        {QStringLiteral("key_events"), keyEvents},
        {QStringLiteral("platform_events"), platformEvents},
        {QStringLiteral("evidence"), evidence},
        {QStringLiteral("findings"), QJsonObject{{QStringLiteral("user_error"), c.findings.userError},
                                                 {QStringLiteral("force_majeure"), c.findings.forceMajeure},
                                                 {QStringLiteral("merchant_refused"), c.findings.merchantRefused}}},
    };
}

} // namespace wd
