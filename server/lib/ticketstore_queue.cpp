// The queue side of TicketStore: listing with filters, keyset paging and incremental sync, and
// the supervisor dashboard's figures. Everything here reads the columns, never the documents.

#include "ticketstore.h"

#include "isotime.h"
#include "jsontext.h"

#include <QSqlQuery>

namespace wd::server {

namespace {

const QString kSummaryColumns = QStringLiteral(
    "id, category, step, status, version, holder, lease_until, submitted_at, sla_warn_at, sla_due_at, "
    "warranty_ends_at, merchant_id, merchant_name, product_type, product_name, liable_party, amount_cents, "
    "order_no, customer_id, description, change_seq, updated_at, review_started_at");

QString isoMs(qint64 ms)
{
    return formatIsoInstant(QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, 8 * 3600));
}

bool reviewStarted(Step step)
{
    return step != Step::Feedback && step != Step::Evidence;
}

QString slaStateOf(const QString &step, qint64 warnAt, qint64 dueAt, const QString &status, qint64 now,
                   const QVariant &reviewStartedAt)
{
    const std::optional<Step> s = enumFromName<Step>(step);
    if (s && reviewStarted(*s))
        return !reviewStartedAt.isNull() && reviewStartedAt.toLongLong() > dueAt ? QStringLiteral("met_late") : QStringLiteral("met");
    if (status == QLatin1String("awaiting_customer"))
        return QStringLiteral("paused");
    if (now > dueAt)
        return QStringLiteral("breached");
    if (now >= warnAt)
        return QStringLiteral("warning");
    return QStringLiteral("ok");
}

// Escapes LIKE wildcards so that searching for "100%" finds the text "100%".
QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

struct SortSpec
{
    QString column;
    bool descending;
};

std::optional<SortSpec> sortSpec(const QString &sort)
{
    const bool desc = sort.startsWith(QLatin1Char('-'));
    const QString key = desc ? sort.mid(1) : sort;
    if (key == QLatin1String("sla"))
        return SortSpec{QStringLiteral("sla_due_at"), desc};
    if (key == QLatin1String("submitted"))
        return SortSpec{QStringLiteral("submitted_at"), desc};
    if (key == QLatin1String("updated"))
        return SortSpec{QStringLiteral("change_seq"), desc};
    if (key == QLatin1String("amount"))
        return SortSpec{QStringLiteral("amount_cents"), desc};
    return std::nullopt;
}

QString encodeCursor(qint64 value, const QString &id)
{
    return QString::fromLatin1(QStringLiteral("%1|%2").arg(value).arg(id).toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

std::optional<std::pair<qint64, QString>> decodeCursor(const QString &cursor)
{
    const QString text = QString::fromUtf8(QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding));
    const qsizetype bar = text.indexOf(QLatin1Char('|'));
    if (bar <= 0)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.left(bar).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return std::make_pair(value, text.mid(bar + 1));
}

void addIn(QStringList &where, QVariantList &values, const QString &column, const QStringList &items)
{
    if (items.isEmpty())
        return;
    QStringList marks;
    for (const QString &item : items) {
        marks << QStringLiteral("?");
        values << item;
    }
    where << QStringLiteral("%1 IN (%2)").arg(column, marks.join(QLatin1Char(',')));
}
} // namespace

QByteArray TicketStore::list(const TicketFilter &f) const
{
    const qint64 now = m_clock().toMSecsSinceEpoch();
    QStringList where;
    QVariantList values;
    addIn(where, values, QStringLiteral("step"), f.steps);
    addIn(where, values, QStringLiteral("status"), f.statuses);
    addIn(where, values, QStringLiteral("category"), f.categories);
    addIn(where, values, QStringLiteral("liable_party"), f.liableParties);
    addIn(where, values, QStringLiteral("merchant_id"), f.merchants);
    addIn(where, values, QStringLiteral("product_type"), f.productTypes);
    if (!f.holder.isEmpty()) {
        where << QStringLiteral("holder = ? AND lease_until >= ?");
        values << f.holder << now;
    }
    if (f.unheld) {
        where << QStringLiteral("(holder IS NULL OR lease_until < ?)");
        values << now;
    }
    if (!f.slaStates.isEmpty()) {
        QStringList any;
        for (const QString &s : f.slaStates) {
            const QString open = QStringLiteral("step IN ('feedback','evidence') AND status <> 'awaiting_customer'");
            if (s == QLatin1String("breached")) {
                any << QStringLiteral("(%1 AND sla_due_at < ?)").arg(open);
                values << now;
            } else if (s == QLatin1String("warning")) {
                any << QStringLiteral("(%1 AND sla_warn_at <= ? AND sla_due_at >= ?)").arg(open);
                values << now << now;
            } else if (s == QLatin1String("ok")) {
                any << QStringLiteral("(%1 AND sla_warn_at > ?)").arg(open);
                values << now;
            } else if (s == QLatin1String("paused")) {
                any << QStringLiteral("(status = 'awaiting_customer')");
            } else if (s == QLatin1String("met")) {
                any << QStringLiteral("(step NOT IN ('feedback','evidence') AND (review_started_at IS NULL OR review_started_at <= sla_due_at))");
            } else if (s == QLatin1String("met_late")) {
                any << QStringLiteral("(step NOT IN ('feedback','evidence') AND review_started_at > sla_due_at)");
            }
        }
        where << QStringLiteral("(%1)").arg(any.join(QStringLiteral(" OR ")));
    }
    if (!f.text.isEmpty()) {
        where << QStringLiteral("search_text LIKE ? ESCAPE '\\'");
        values << likePattern(f.text);
    }

    QString order;
    std::optional<SortSpec> sort;
    if (f.updatedSince) {
        where << QStringLiteral("change_seq > ?");
        values << *f.updatedSince;
        order = QStringLiteral("change_seq ASC");
    } else {
        sort = sortSpec(f.sort);
        if (!sort)
            throw ApiError::badRequest(QStringLiteral("invalid_parameter"),
                                       QStringLiteral("unknown sort \"%1\" (sla, submitted, updated, amount; - for descending)").arg(f.sort),
                                       QStringLiteral("sort"));
        if (!f.cursor.isEmpty()) {
            const auto cursor = decodeCursor(f.cursor);
            if (!cursor)
                throw ApiError::badRequest(QStringLiteral("invalid_parameter"), QStringLiteral("malformed cursor"), QStringLiteral("cursor"));
            where << QStringLiteral("(%1, id) %2 (?, ?)").arg(sort->column, sort->descending ? QStringLiteral("<") : QStringLiteral(">"));
            values << cursor->first << cursor->second;
        }
        const QString dir = sort->descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
        order = QStringLiteral("%1 %2, id %2").arg(sort->column, dir);
    }
    const int limit = qBound(1, f.limit, kMaxPageSize);
    values << limit + 1;
    Rows q = m_db.exec(QStringLiteral("SELECT %1 FROM tickets %2 ORDER BY %3 LIMIT ?")
                                .arg(kSummaryColumns,
                                     where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
                                     order),
                            values);
    // Written as text, row by row: a QJsonObject per row and its serialisation cost more than the
    // query itself when a first sync pulls a whole queue.
    QByteArray out;
    out.reserve(512 * (limit + 1));
    out += "{\"items\":[";
    int count = 0;
    qint64 lastChange = f.updatedSince.value_or(0);
    qint64 lastSortValue = 0;
    QString lastId;
    bool more = false;
    using namespace jsontext;
    auto instantOrNull = [&out](const QVariant &ms) {
        if (ms.isNull())
            out += "null";
        else
            appendString(out, isoMs(ms.toLongLong()));
    };
    auto textOrNull = [&out](const QVariant &v) {
        if (v.isNull())
            out += "null";
        else
            appendString(out, v.toString());
    };
    while (q.next()) {
        if (count == limit) {
            more = true;
            break;
        }
        const bool held = !q.value(5).isNull() && q.value(6).toLongLong() >= now;
        const QString id = q.value(0).toString();
        if (count++ > 0)
            out += ',';
        out += "{\"id\":";
        appendString(out, id);
        appendKey(out, "category");
        textOrNull(q.value(1));
        appendKey(out, "step");
        appendString(out, q.value(2).toString());
        appendKey(out, "status");
        appendString(out, q.value(3).toString());
        appendKey(out, "version");
        appendInteger(out, q.value(4).toLongLong());
        appendKey(out, "holder");
        appendStringOrNull(out, q.value(5).toString(), !held);
        appendKey(out, "lease_until");
        if (held)
            appendString(out, isoMs(q.value(6).toLongLong()));
        else
            out += "null";
        appendKey(out, "submitted_at");
        appendString(out, isoMs(q.value(7).toLongLong()));
        appendKey(out, "sla_due_at");
        appendString(out, isoMs(q.value(9).toLongLong()));
        appendKey(out, "sla_state");
        appendString(out, slaStateOf(q.value(2).toString(), q.value(8).toLongLong(), q.value(9).toLongLong(), q.value(3).toString(), now,
                                     q.value(22)));
        appendKey(out, "warranty_ends_at");
        instantOrNull(q.value(10));
        appendKey(out, "merchant");
        out += "{\"id\":";
        appendString(out, q.value(11).toString());
        out += ",\"name\":";
        appendString(out, q.value(12).toString());
        out += '}';
        appendKey(out, "product");
        out += "{\"type\":";
        appendString(out, q.value(13).toString());
        out += ",\"name\":";
        appendString(out, q.value(14).toString());
        out += '}';
        appendKey(out, "liable_party");
        textOrNull(q.value(15));
        appendKey(out, "amount");
        appendNumber(out, double(q.value(16).toLongLong()) / 100.0); // as Money::toJson writes it
        appendKey(out, "order_no");
        appendString(out, q.value(17).toString());
        appendKey(out, "customer_id");
        appendString(out, q.value(18).toString());
        appendKey(out, "description");
        appendString(out, q.value(19).toString());
        appendKey(out, "change_seq");
        appendInteger(out, q.value(20).toLongLong());
        appendKey(out, "updated_at");
        appendString(out, isoMs(q.value(21).toLongLong()));
        out += '}';
        lastChange = q.value(20).toLongLong();
        lastId = id;
        if (sort) {
            const QString col = sort->column;
            lastSortValue = col == QLatin1String("sla_due_at") ? q.value(9).toLongLong()
                          : col == QLatin1String("submitted_at") ? q.value(7).toLongLong()
                          : col == QLatin1String("change_seq") ? q.value(20).toLongLong()
                                                                : q.value(16).toLongLong();
        }
    }
    out += "],\"has_more\":";
    out += more ? "true" : "false";
    out += ",\"next_cursor\":";
    if (f.updatedSince) // where the next incremental sync starts; unchanged when nothing new arrived
        appendString(out, QString::number(lastChange));
    else if (more)
        appendString(out, encodeCursor(lastSortValue, lastId));
    else
        out += "null";
    out += '}';
    return out;
}

QJsonObject TicketStore::stats() const
{
    const qint64 now = m_clock().toMSecsSinceEpoch();
    auto grouped = [this](const QString &column) {
        QJsonObject counts;
        Rows q = m_db.exec(QStringLiteral("SELECT %1, COUNT(*) FROM tickets GROUP BY %1").arg(column));
        while (q.next())
            counts.insert(q.value(0).isNull() ? QStringLiteral("none") : q.value(0).toString(), q.value(1).toLongLong());
        return counts;
    };
    auto count = [this](const QString &where, const QVariantList &values = {}) {
        Rows q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE ") + where, values);
        return q.next() ? q.value(0).toLongLong() : 0;
    };
    const QString waiting = QStringLiteral("step IN ('feedback','evidence') AND status <> 'awaiting_customer'");
    QJsonObject held;
    Rows h = m_db.exec(QStringLiteral("SELECT holder, COUNT(*) FROM tickets WHERE holder IS NOT NULL AND lease_until >= ? GROUP BY holder"), {now});
    while (h.next())
        held.insert(h.value(0).toString(), h.value(1).toLongLong());
    QJsonObject actions;
    Rows a = m_db.exec(QStringLiteral("SELECT action, COUNT(*) FROM audit WHERE action IN "
                                           "('verdict.record','verdict.approve','appeal.file','appeal.decide','execution.record','customer.notify') GROUP BY action"));
    while (a.next())
        actions.insert(a.value(0).toString(), a.value(1).toLongLong());
    return QJsonObject{
        {QStringLiteral("generated_at"), isoMs(now)},
        {QStringLiteral("total"), count(QStringLiteral("1 = 1"))},
        {QStringLiteral("open"), count(QStringLiteral("step <> 'closed'"))},
        {QStringLiteral("by_step"), grouped(QStringLiteral("step"))},
        {QStringLiteral("by_status"), grouped(QStringLiteral("status"))},
        {QStringLiteral("by_category"), grouped(QStringLiteral("category"))},
        {QStringLiteral("by_liable_party"), grouped(QStringLiteral("liable_party"))},
        {QStringLiteral("sla"), QJsonObject{
             {QStringLiteral("breached"), count(waiting + QStringLiteral(" AND sla_due_at < ?"), {now})},
             {QStringLiteral("warning"), count(waiting + QStringLiteral(" AND sla_warn_at <= ? AND sla_due_at >= ?"), {now, now})},
             {QStringLiteral("ok"), count(waiting + QStringLiteral(" AND sla_warn_at > ?"), {now})},
             {QStringLiteral("paused"), count(QStringLiteral("status = 'awaiting_customer'"))}}},
        {QStringLiteral("awaiting_approval"), count(QStringLiteral("status = 'awaiting_approval'"))},
        {QStringLiteral("appeals_pending"), count(QStringLiteral("step = 'appeal_review'"))},
        {QStringLiteral("held_by"), held},
        {QStringLiteral("actions"), actions},
    };
}

} // namespace wd::server
