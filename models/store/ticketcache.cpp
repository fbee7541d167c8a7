#include "ticketcache.h"

#include "storeschema.h"

#include <QRegularExpression>

#include <limits>

namespace wd::store {

namespace {

constexpr qint64 kNoSlaKey = std::numeric_limits<qint64>::max() / 2; // tickets without a running SLA sort last

QVariant msOrNull(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(instant.toMSecsSinceEpoch()) : QVariant();
}

QDateTime instantOrNull(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

template <typename E>
QVariant nameOrNull(const std::optional<E> &value)
{
    return value ? QVariant(enumName(*value)) : QVariant();
}

template <typename E>
std::optional<E> enumOrNull(const QVariant &value)
{
    return value.isNull() ? std::nullopt : enumFromName<E>(value.toString());
}

SlaState slaStateFromName(const QString &name)
{
    for (SlaState state : {SlaState::Ok, SlaState::Warning, SlaState::Breached, SlaState::Paused, SlaState::Met, SlaState::MetLate}) {
        if (slaStateName(state) == name)
            return state;
    }
    return SlaState::Ok;
}

const char *sortColumn(QueueSort sort)
{
    switch (sort) {
    case QueueSort::Submitted: return "submitted_at";
    case QueueSort::Updated: return "updated_at";
    case QueueSort::Amount: return "amount_cents";
    case QueueSort::Sla: break;
    }
    return "sla_key";
}

qint64 sortKey(const remote::TicketSummary &s, QueueSort sort)
{
    switch (sort) {
    case QueueSort::Submitted: return s.submittedAt.toMSecsSinceEpoch();
    case QueueSort::Updated: return s.updatedAt.toMSecsSinceEpoch();
    case QueueSort::Amount: return s.amount.cents();
    case QueueSort::Sla: break;
    }
    // Urgency: running clocks by due instant (breached first); met and paused clocks after them.
    const bool running = s.slaState == SlaState::Ok || s.slaState == SlaState::Warning || s.slaState == SlaState::Breached;
    if (!s.slaDueAt.isValid())
        return kNoSlaKey;
    return running ? s.slaDueAt.toMSecsSinceEpoch() : kNoSlaKey / 2 + s.slaDueAt.toMSecsSinceEpoch();
}

void addIn(QString &where, QVariantList &values, const char *column, const QStringList &list)
{
    if (list.isEmpty())
        return;
    QString marks;
    for (const QString &v : list) {
        marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
        values << v;
    }
    where += QStringLiteral(" AND %1 IN (%2)").arg(QLatin1String(column), marks);
}

// One term of the FTS5 query: quoted so that operators and punctuation the agent types are text.
QString ftsPhrase(const QString &term)
{
    QString quoted = term;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString likePattern(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

const QString kColumns = QStringLiteral(
    "id, category, step, status, version, holder, lease_until, submitted_at, sla_due_at, sla_state,"
    " warranty_ends_at, merchant_id, merchant_name, product_type, product_name, liable_party, amount_cents,"
    " order_no, customer_id, description, change_seq, updated_at, pending, blocked");

QueueRow readRow(const QSqlQuery &q)
{
    QueueRow row;
    remote::TicketSummary &s = row.summary;
    s.id = q.value(0).toString();
    s.category = enumOrNull<Category>(q.value(1));
    s.step = enumFromName<Step>(q.value(2).toString()).value_or(Step::Feedback);
    s.status = enumFromName<Status>(q.value(3).toString()).value_or(Status::Open);
    s.version = q.value(4).toLongLong();
    s.holder = q.value(5).toString();
    s.leaseUntil = instantOrNull(q.value(6));
    s.submittedAt = instantOrNull(q.value(7));
    s.slaDueAt = instantOrNull(q.value(8));
    s.slaState = slaStateFromName(q.value(9).toString());
    s.warrantyEndsAt = instantOrNull(q.value(10));
    s.merchantId = q.value(11).toString();
    s.merchantName = q.value(12).toString();
    s.productType = enumOrNull<ProductType>(q.value(13));
    s.productName = q.value(14).toString();
    s.liableParty = enumOrNull<LiableParty>(q.value(15));
    s.amount = Money::fromCents(q.value(16).toLongLong());
    s.orderNo = q.value(17).toString();
    s.customerId = q.value(18).toString();
    s.description = q.value(19).toString();
    s.changeSeq = q.value(20).toLongLong();
    s.updatedAt = instantOrNull(q.value(21));
    row.pending = q.value(22).toInt();
    row.blocked = q.value(23).toBool();
    return row;
}

} // namespace

bool QueueFilter::operator==(const QueueFilter &o) const
{
    return steps == o.steps && statuses == o.statuses && categories == o.categories && liableParties == o.liableParties
        && productTypes == o.productTypes && merchants == o.merchants && slaStates == o.slaStates && holder == o.holder
        && me == o.me && text == o.text && pendingOnly == o.pendingOnly && sort == o.sort && descending == o.descending;
}

void TicketCache::upsert(const QList<remote::TicketSummary> &summaries)
{
    m_store.write([&] {
        // While the index is built in the background (buildSearchIndexStep) only the rows it has
        // already covered are indexed here; it reads the others from the table when it gets there.
        const bool deferred = searchDeferred();
        const qint64 indexedUpTo = deferred ? m_store.meta(QLatin1String(kSearchUpToKey), QStringLiteral("0")).toLongLong() : 0;
        for (const remote::TicketSummary &s : summaries) {
            QSqlQuery &q = m_store.exec(QStringLiteral(
                "INSERT INTO tickets(id, category, step, status, version, holder, lease_until, submitted_at, sla_due_at,"
                " sla_state, warranty_ends_at, merchant_id, merchant_name, product_type, product_name, liable_party,"
                " amount_cents, order_no, customer_id, description, change_seq, updated_at, sla_key)"
                " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(id) DO UPDATE SET category = excluded.category, step = excluded.step,"
                " status = excluded.status, version = excluded.version, holder = excluded.holder,"
                " lease_until = excluded.lease_until, submitted_at = excluded.submitted_at,"
                " sla_due_at = excluded.sla_due_at, sla_state = excluded.sla_state,"
                " warranty_ends_at = excluded.warranty_ends_at, merchant_id = excluded.merchant_id,"
                " merchant_name = excluded.merchant_name, product_type = excluded.product_type,"
                " product_name = excluded.product_name, liable_party = excluded.liable_party,"
                " amount_cents = excluded.amount_cents, order_no = excluded.order_no,"
                " customer_id = excluded.customer_id, description = excluded.description,"
                " change_seq = excluded.change_seq, updated_at = excluded.updated_at, sla_key = excluded.sla_key"
                // A page rendered before one of our writes was applied may arrive after its
                // confirmation: never take a ticket back to an older version.
                " WHERE excluded.version >= tickets.version"
                " RETURNING rowid, notes_text"),
                {s.id, nameOrNull(s.category), enumName(s.step), enumName(s.status), s.version, textOrNull(s.holder), msOrNull(s.leaseUntil),
                 s.submittedAt.toMSecsSinceEpoch(), msOrNull(s.slaDueAt), slaStateName(s.slaState), msOrNull(s.warrantyEndsAt),
                 textOrNull(s.merchantId), textOrNull(s.merchantName), nameOrNull(s.productType), textOrNull(s.productName),
                 nameOrNull(s.liableParty), s.amount.cents(), textOrNull(s.orderNo), textOrNull(s.customerId),
                 textOrNull(s.description), s.changeSeq, s.updatedAt.toMSecsSinceEpoch(), sortKey(s, QueueSort::Sla)});
            if (!q.next()) {
                q.finish(); // older than what the cache holds: kept as it is
                continue;
            }
            const qint64 rowid = q.value(0).toLongLong();
            const QString notes = q.value(1).toString();
            q.finish();
            if (!deferred || rowid <= indexedUpTo)
                indexForSearch(s, rowid, notes);
        }
    }, LocalStore::Durability::Relaxed);
}

bool TicketCache::deferSearchIfEmpty()
{
    bool deferred = false;
    m_store.write([&] {
        deferred = searchDeferred();
        if (deferred)
            return;
        QSqlQuery &q = m_store.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM tickets)"));
        const bool empty = q.next() && q.value(0).toInt() == 0;
        q.finish();
        if (empty) {
            m_store.setMeta(QLatin1String(kSearchIndexKey), QStringLiteral("deferred"));
            m_store.setMeta(QLatin1String(kSearchUpToKey), QStringLiteral("0"));
            // Built by sorting once at the end; the default order keeps its index meanwhile.
            for (const auto &index : deferrableQueueIndexes())
                m_store.execDirect(QStringLiteral("DROP INDEX IF EXISTS %1").arg(index.first));
            deferred = true;
        }
    });
    return deferred;
}

bool TicketCache::searchDeferred() const
{
    return m_store.meta(QLatin1String(kSearchIndexKey)) == QLatin1String("deferred");
}

bool TicketCache::searchIndexPending() const
{
    return !m_store.meta(QLatin1String(kSearchIndexKey)).isEmpty();
}

bool TicketCache::buildSearchIndexStep(int rows)
{
    bool complete = false;
    m_store.write([&] {
        if (!searchDeferred()) {
            complete = true;
            return;
        }
        const qint64 from = m_store.meta(QLatin1String(kSearchUpToKey), QStringLiteral("0")).toLongLong();
        // The last rowid of this chunk, or the table's last when fewer rows are left.
        QSqlQuery &bound = m_store.exec(QStringLiteral("SELECT rowid FROM tickets WHERE rowid > ? ORDER BY rowid LIMIT 1 OFFSET ?"),
                                        {from, qMax(1, rows) - 1});
        qint64 to = bound.next() ? bound.value(0).toLongLong() : -1;
        bound.finish();
        if (to < 0) {
            QSqlQuery &last = m_store.exec(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM tickets"));
            to = last.next() ? last.value(0).toLongLong() : 0;
            last.finish();
            complete = true;
        }
        if (to > from) {
            // One statement per chunk: FTS5 builds the chunk's segment in memory and writes it once.
            m_store.change(QStringLiteral(
                "INSERT INTO ticket_search(rowid, ticket_id, order_no, customer_id, merchant, product, description, notes)"
                " SELECT rowid, id, coalesce(order_no, ''), coalesce(customer_id, ''),"
                " coalesce(merchant_id, '') || ' ' || coalesce(merchant_name, ''), coalesce(product_name, ''),"
                " coalesce(description, ''), notes_text FROM tickets WHERE rowid > ? AND rowid <= ?"),
                {from, to});
        }
        if (complete) {
            // Every row is indexed, and upsert() indexes every row from now on; the queue's
            // other orders follow (finishQueueIndexes).
            m_store.setMeta(QLatin1String(kSearchIndexKey), QStringLiteral("indexes"));
            m_store.change(QStringLiteral("DELETE FROM meta WHERE key = ?"), {QLatin1String(kSearchUpToKey)});
        } else {
            m_store.setMeta(QLatin1String(kSearchUpToKey), QString::number(to));
        }
    }, LocalStore::Durability::Relaxed);
    return complete;
}

void TicketCache::finishQueueIndexes()
{
    if (m_store.meta(QLatin1String(kSearchIndexKey)) != QLatin1String("indexes"))
        return;
    // One transaction per index: each holds the write lock for a fraction of a second only.
    for (const auto &index : deferrableQueueIndexes())
        m_store.write([&] { m_store.execDirect(index.second); }, LocalStore::Durability::Relaxed);
    m_store.write([&] { m_store.change(QStringLiteral("DELETE FROM meta WHERE key = ?"), {QLatin1String(kSearchIndexKey)}); },
                  LocalStore::Durability::Relaxed);
    // Statistics for the planner now that the table is full: which index to walk for a filter.
    // A whole ANALYZE (about 0.2 s for 100,000 tickets): a sampled one (analysis_limit) guesses
    // 1,000 rows per value and sends "status = open" (half the queue) to a sort.
    m_store.execDirect(QStringLiteral("ANALYZE"));
}

void TicketCache::buildSearchIndex()
{
    while (!buildSearchIndexStep(kSearchChunkRows)) {
    }
    finishQueueIndexes();
}

void TicketCache::indexForSearch(const remote::TicketSummary &s, qint64 rowid, const QString &notesText)
{
    m_store.change(QStringLiteral("DELETE FROM ticket_search WHERE rowid = ?"), {rowid});
    m_store.change(QStringLiteral("INSERT INTO ticket_search(rowid, ticket_id, order_no, customer_id, merchant, product, description, notes)"
                                  " VALUES(?,?,?,?,?,?,?,?)"),
                   {rowid, s.id, s.orderNo, s.customerId, s.merchantId + QLatin1Char(' ') + s.merchantName, s.productName,
                    s.description, notesText});
}

void TicketCache::setNotesText(const QString &ticketId, const QString &notesText)
{
    m_store.write([&] {
        m_store.change(QStringLiteral("UPDATE tickets SET notes_text = ? WHERE id = ?"), {notesText + QLatin1String(""), ticketId});
        m_store.change(QStringLiteral("UPDATE ticket_search SET notes = ? WHERE rowid = (SELECT rowid FROM tickets WHERE id = ?)"),
                       {notesText, ticketId});
    });
}

void TicketCache::setPending(const QString &ticketId, int pending, bool blocked)
{
    m_store.change(QStringLiteral("UPDATE tickets SET pending = ?, blocked = ? WHERE id = ?"), {pending, blocked ? 1 : 0, ticketId});
}

void TicketCache::applyConfirmedWrite(const QString &ticketId, qint64 version, const QString &holder, const QString &step,
                                      const QString &status)
{
    QString sql = QStringLiteral("UPDATE tickets SET version = ?, holder = ?");
    QVariantList values{version, textOrNull(holder)};
    if (!step.isEmpty()) {
        sql += QStringLiteral(", step = ?, status = ?");
        values << step << status;
    }
    sql += QStringLiteral(" WHERE id = ? AND version <= ?");
    values << ticketId << version;
    m_store.change(sql, values);
}

TicketCache::Sql TicketCache::whereClause(const QueueFilter &f) const
{
    Sql sql;
    sql.where = QStringLiteral("1=1");
    addIn(sql.where, sql.values, "step", f.steps);
    addIn(sql.where, sql.values, "status", f.statuses);
    addIn(sql.where, sql.values, "category", f.categories);
    addIn(sql.where, sql.values, "liable_party", f.liableParties);
    addIn(sql.where, sql.values, "product_type", f.productTypes);
    addIn(sql.where, sql.values, "merchant_id", f.merchants);
    addIn(sql.where, sql.values, "sla_state", f.slaStates);
    if (f.holder == QueueFilter::Holder::Me) {
        sql.where += QStringLiteral(" AND holder = ?");
        sql.values << f.me;
    } else if (f.holder == QueueFilter::Holder::Nobody) {
        sql.where += QStringLiteral(" AND holder IS NULL");
    }
    if (f.pendingOnly)
        sql.where += QStringLiteral(" AND (pending > 0 OR blocked = 1)");

    QStringList longTerms;
    const QStringList terms = f.text.left(200).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    // While a first sync fills the cache the index is built at its end: scan until then.
    const bool indexed = !terms.isEmpty() && !searchDeferred();
    for (const QString &term : terms) {
        if (term.size() >= 3 && indexed) {
            longTerms << ftsPhrase(term);
            continue;
        }
        // Shorter than a trigram: a scan, still in SQL, over the same columns the index covers.
        sql.where += QStringLiteral(
            " AND (id LIKE ? ESCAPE '\\' OR order_no LIKE ? ESCAPE '\\' OR customer_id LIKE ? ESCAPE '\\'"
            " OR merchant_id LIKE ? ESCAPE '\\' OR merchant_name LIKE ? ESCAPE '\\' OR product_name LIKE ? ESCAPE '\\'"
            " OR description LIKE ? ESCAPE '\\' OR notes_text LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(term);
        for (int i = 0; i < 8; ++i) // one per column above
            sql.values << pattern;
    }
    if (!longTerms.isEmpty()) {
        sql.where += QStringLiteral(" AND rowid IN (SELECT rowid FROM ticket_search WHERE ticket_search MATCH ?)");
        sql.values << longTerms.join(QLatin1String(" AND "));
    }
    return sql;
}

QueuePage TicketCache::page(const QueueFilter &filter, const QueueCursor &after, int limit)
{
    Sql sql = whereClause(filter);
    const QString key = QLatin1String(sortColumn(filter.sort));
    const QString dir = filter.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (after.valid()) {
        sql.where += QStringLiteral(" AND (%1, id) %2 (?, ?)").arg(key, filter.descending ? QStringLiteral("<") : QStringLiteral(">"));
        sql.values << after.key << after.id;
    }
    sql.values << (limit + 1);
    QSqlQuery &q = m_store.exec(QStringLiteral("SELECT %1, %2 FROM tickets WHERE %3 ORDER BY %2 %4, id %4 LIMIT ?")
                                    .arg(kColumns, key, sql.where, dir),
                                sql.values);
    QueuePage page;
    QList<qint64> keys;
    while (q.next()) {
        page.rows << readRow(q);
        keys << q.value(24).toLongLong();
    }
    q.finish();
    if (page.rows.size() > limit) {
        page.rows.removeLast();
        page.next = {keys.at(limit - 1), page.rows.last().summary.id};
    }
    return page;
}

int TicketCache::count(const QueueFilter &filter)
{
    const Sql sql = whereClause(filter);
    QSqlQuery &q = m_store.exec(QStringLiteral("SELECT count(*) FROM tickets WHERE %1").arg(sql.where), sql.values);
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

int TicketCache::total()
{
    QSqlQuery &q = m_store.exec(QStringLiteral("SELECT count(*) FROM tickets"));
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

std::optional<QueueRow> TicketCache::ticket(const QString &id)
{
    QSqlQuery &q = m_store.exec(QStringLiteral("SELECT %1 FROM tickets WHERE id = ?").arg(kColumns), {id});
    std::optional<QueueRow> row;
    if (q.next())
        row = readRow(q);
    q.finish();
    return row;
}

} // namespace wd::store
