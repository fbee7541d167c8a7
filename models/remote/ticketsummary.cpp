#include "ticketsummary.h"

#include "jsonreader.h"

namespace wd::remote {

namespace {

constexpr qint64 kMaxJsonInteger = Q_INT64_C(1) << 53; // exact in a JSON number

std::optional<SlaState> slaStateFromName(const QString &name)
{
    for (SlaState s : {SlaState::Ok, SlaState::Warning, SlaState::Breached, SlaState::Paused, SlaState::Met, SlaState::MetLate}) {
        if (slaStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

QDateTime orInvalid(const std::optional<QDateTime> &instant)
{
    return instant ? instant->toUTC() : QDateTime();
}

DecodeError prefixed(const DecodeError &error, const QString &path)
{
    if (path.isEmpty())
        return error;
    return DecodeError{error.path.isEmpty() ? path : path + QLatin1Char('.') + error.path, error.message};
}

} // namespace

Result<TicketSummary> decodeTicketSummary(const QJsonObject &object, const QString &path)
{
    JsonReader r(object);
    TicketSummary t;
    t.raw = object;
    t.id = r.string(QStringLiteral("id"), 64);
    if (!r.has(QStringLiteral("category")))
        r.fail(QStringLiteral("category"), QStringLiteral("missing required field"));
    t.category = r.optionalEnum<Category>(QStringLiteral("category"));
    t.step = r.enumValue<Step>(QStringLiteral("step"));
    t.status = r.enumValue<Status>(QStringLiteral("status"));
    t.version = r.integer(QStringLiteral("version"), 1, kMaxJsonInteger);
    t.holder = r.optionalString(QStringLiteral("holder"), 128);
    t.leaseUntil = orInvalid(r.optionalInstant(QStringLiteral("lease_until")));
    t.submittedAt = r.instant(QStringLiteral("submitted_at")).toUTC();
    t.slaDueAt = r.instant(QStringLiteral("sla_due_at")).toUTC();
    const QString sla = r.string(QStringLiteral("sla_state"), 32);
    if (r.ok()) {
        if (const std::optional<SlaState> state = slaStateFromName(sla))
            t.slaState = *state;
        else
            r.fail(QStringLiteral("sla_state"), QStringLiteral("unknown SLA state \"%1\"").arg(sla.left(32)));
    }
    t.warrantyEndsAt = orInvalid(r.optionalInstant(QStringLiteral("warranty_ends_at")));
    if (std::optional<JsonReader> merchant = r.optionalObject(QStringLiteral("merchant"))) {
        t.merchantId = merchant->optionalString(QStringLiteral("id"), 128);
        t.merchantName = merchant->optionalString(QStringLiteral("name"), 512);
    }
    if (std::optional<JsonReader> product = r.optionalObject(QStringLiteral("product"))) {
        // The server writes "" for the type of a ticket without an order.
        const QJsonValue type = product->raw().value(QStringLiteral("type"));
        if (!(type.isString() && type.toString().isEmpty()))
            t.productType = product->optionalEnum<ProductType>(QStringLiteral("type"));
        t.productName = product->optionalString(QStringLiteral("name"), 512);
    }
    t.liableParty = r.optionalEnum<LiableParty>(QStringLiteral("liable_party"));
    t.amount = r.optionalMoney(QStringLiteral("amount")).value_or(Money());
    t.orderNo = r.optionalString(QStringLiteral("order_no"), 128);
    t.customerId = r.optionalString(QStringLiteral("customer_id"), 128);
    t.description = r.optionalString(QStringLiteral("description"), 20000);
    t.changeSeq = r.integer(QStringLiteral("change_seq"), 0, kMaxJsonInteger);
    t.updatedAt = orInvalid(r.optionalInstant(QStringLiteral("updated_at")));
    if (!r.ok())
        return prefixed(r.error(), path);
    return t;
}

} // namespace wd::remote
