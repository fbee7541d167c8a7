#include "ticketqueuemodel.h"

#include "domainlabels.h"

#include <QHash>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSet>

namespace wd {

TicketQueueModel::TicketQueueModel(store::TicketCache &cache, QObject *parent)
    : QAbstractTableModel(parent), m_cache(cache), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &TicketQueueModel::tick);
    m_ticker.start();
}

void TicketQueueModel::setTickInterval(int ms)
{
    if (ms <= 0) {
        m_ticker.stop();
        return;
    }
    m_ticker.start(ms);
}

void TicketQueueModel::setFilter(const store::QueueFilter &filter)
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_next = {};
    m_count.reset();
    try {
        const store::QueuePage page = m_cache.page(m_filter, {}, m_pageSize);
        m_rows = page.rows;
        m_next = page.next;
    } catch (const store::StoreError &e) {
        emit loadFailed(e.message());
    }
    endResetModel();
}

void TicketQueueModel::refresh(const QStringList &ticketIds)
{
    Q_UNUSED(ticketIds) // any change may move rows in or out of the filter: re-read what is loaded
    if (m_changing)
        return;
    const QScopedValueRollback<bool> changing(m_changing, true);
    m_count.reset();
    store::QueuePage page;
    try {
        page = m_cache.page(m_filter, {}, qMax(int(m_rows.size()), m_pageSize));
    } catch (const store::StoreError &e) {
        emit loadFailed(e.message());
        return;
    }
    QSet<QString> oldIds, newIds;
    for (const auto &r : std::as_const(m_rows))
        oldIds.insert(r.summary.id);
    for (const auto &r : std::as_const(page.rows))
        newIds.insert(r.summary.id);
    if (oldIds != newIds) {
        // Rows came or went: a reset (the view keeps its selection by ticket id).
        beginResetModel();
        m_rows = page.rows;
        m_next = page.next;
        endResetModel();
        return;
    }
    bool reordered = false;
    for (int i = 0; i < m_rows.size() && !reordered; ++i)
        reordered = m_rows.at(i).summary.id != page.rows.at(i).summary.id;
    if (reordered) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QHash<QString, int> newRow;
        for (int i = 0; i < page.rows.size(); ++i)
            newRow.insert(page.rows.at(i).summary.id, i);
        const QModelIndexList persistent = persistentIndexList();
        QModelIndexList to;
        to.reserve(persistent.size());
        for (const QModelIndex &from : persistent)
            to << index(newRow.value(m_rows.at(from.row()).summary.id), from.column());
        m_rows = page.rows;
        m_next = page.next;
        changePersistentIndexList(persistent, to);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        return;
    }
    m_rows = page.rows;
    m_next = page.next;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int TicketQueueModel::matchingCount()
{
    // Asked after every filter change and model reset: counted once per filter and data change,
    // and not at all when every matching row is loaded already.
    if (m_count)
        return *m_count;
    if (!m_next.valid())
        return int(m_rows.size());
    try {
        m_count = m_cache.count(m_filter);
        return *m_count;
    } catch (const store::StoreError &e) {
        emit loadFailed(e.message());
        return int(m_rows.size());
    }
}

int TicketQueueModel::rowOf(const QString &ticketId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).summary.id == ticketId)
            return i;
    }
    return -1;
}

QString TicketQueueModel::ticketIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).summary.id : QString();
}

const store::QueueRow *TicketQueueModel::rowData(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int TicketQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TicketQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TicketQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next.valid() && !m_changing;
}

void TicketQueueModel::fetchMore(const QModelIndex &parent)
{
    // Views (and QAbstractItemModelTester) may ask for more from inside the signals of a change.
    if (parent.isValid() || !m_next.valid() || m_changing)
        return;
    const QScopedValueRollback<bool> changing(m_changing, true);
    store::QueuePage page;
    try {
        page = m_cache.page(m_filter, m_next, m_pageSize);
    } catch (const store::StoreError &e) {
        emit loadFailed(e.message());
        m_next = {};
        return;
    }
    if (page.rows.isEmpty()) {
        m_next = {};
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size()) - 1);
    m_rows += page.rows;
    m_next = page.next;
    endInsertRows();
}

ClockState TicketQueueModel::slaClock(const store::QueueRow &row) const
{
    return slaClockState(row.summary.submittedAt, row.summary.slaDueAt, slaStateName(row.summary.slaState), m_clock());
}

ClockState TicketQueueModel::warrantyClock(const store::QueueRow &row) const
{
    return warrantyClockState(row.summary.warrantyEndsAt, m_clock());
}

QString TicketQueueModel::formatLeft(qint64 ms)
{
    const bool past = ms < 0;
    qint64 minutes = (past ? -ms : ms) / 60000;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    minutes %= 60;
    QString text;
    if (days > 0)
        text = tr("%1d %2h").arg(days).arg(hours);
    else if (hours > 0)
        text = tr("%1h %2m").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    else
        text = tr("%1m").arg(minutes);
    return past ? tr("overdue %1").arg(text) : text;
}

QString TicketQueueModel::formatInstant(const QDateTime &instant, const QDateTime &now)
{
    // Today: the time only; this year: month and day; else the full date. Local time on screen.
    const QDateTime local = instant.toLocalTime();
    const QDateTime localNow = now.toLocalTime();
    if (local.date() == localNow.date())
        return local.toString(QStringLiteral("HH:mm"));
    if (local.date().year() == localNow.date().year())
        return local.toString(QStringLiteral("MM-dd HH:mm"));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QVariant TicketQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const store::QueueRow &row = m_rows.at(index.row());
    const remote::TicketSummary &s = row.summary;
    switch (role) {
    case TicketIdRole: return s.id;
    case PendingRole: return row.pending;
    case BlockedRole: return row.blocked;
    case HolderRole: return s.holder;
    case VersionRole: return s.version;
    default: break;
    }
    const int column = index.column();
    if (column == SlaColumn || column == WarrantyColumn) {
        const ClockState clock = column == SlaColumn ? slaClock(row) : warrantyClock(row);
        if (role == ClockLevelRole)
            return int(clock.level);
        if (role == ClockLeftMsRole)
            return clock.leftMs;
        if (role == Qt::DisplayRole)
            return displayText(row, column, m_clock());
        if (role == Qt::ToolTipRole) {
            const QDateTime at = column == SlaColumn ? s.slaDueAt : s.warrantyEndsAt;
            return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QVariant();
        }
        if (role == SortValueRole)
            return clock.leftMs;
    }
    if (role == Qt::TextAlignmentRole)
        return column == AmountColumn || column == SlaColumn || column == WarrantyColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == SortValueRole) {
        switch (column) {
        case AmountColumn: return s.amount.cents();
        case UpdatedColumn: return s.updatedAt.toMSecsSinceEpoch();
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && column == SyncColumn) {
        if (row.blocked)
            return tr("A change to this ticket was refused by the server and waits for you");
        if (row.pending > 0)
            return tr("%n change(s) not yet confirmed by the server", nullptr, row.pending);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (column < 0 || column >= ColumnCount)
        return {};
    return displayText(row, column, m_clock());
}

QString TicketQueueModel::displayText(const store::QueueRow &row, int column, const QDateTime &now)
{
    const remote::TicketSummary &s = row.summary;
    if (column == SlaColumn || column == WarrantyColumn) {
        const ClockState clock = column == SlaColumn
            ? slaClockState(s.submittedAt, s.slaDueAt, slaStateName(s.slaState), now)
            : warrantyClockState(s.warrantyEndsAt, now);
        if (!clock.valid())
            return tr("—");
        if (clock.level == ClockLevel::Paused)
            return tr("paused");
        if (clock.level == ClockLevel::Met)
            return tr("met");
        if (column == WarrantyColumn && clock.leftMs < 0)
            return tr("expired");
        return formatLeft(clock.leftMs);
    }
    switch (column) {
    case TicketColumn: return s.id;
    case StepColumn: return DomainLabels::label(s.step);
    case StatusColumn: return DomainLabels::label(s.status);
    case CategoryColumn: return s.category ? DomainLabels::label(*s.category) : tr("not set");
    case ProductColumn: return s.productName;
    case MerchantColumn: return s.merchantName;
    case AmountColumn: return s.amount.toString();
    case UpdatedColumn: return formatInstant(s.updatedAt, now);
    case SyncColumn: return row.blocked ? tr("conflict") : row.pending > 0 ? tr("pending") : QString();
    default: break;
    }
    return {};
}

QVariant TicketQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TicketColumn: return tr("Ticket");
    case StepColumn: return tr("Step");
    case StatusColumn: return tr("Status");
    case CategoryColumn: return tr("Category");
    case ProductColumn: return tr("Product");
    case MerchantColumn: return tr("Merchant");
    case AmountColumn: return tr("Amount");
    case SlaColumn: return tr("SLA left");
    case WarrantyColumn: return tr("Warranty left");
    case UpdatedColumn: return tr("Updated");
    case SyncColumn: return tr("Sync");
    default: break;
    }
    return {};
}

void TicketQueueModel::tick()
{
    if (m_rows.isEmpty())
        return;
    const int last = int(m_rows.size()) - 1;
    emit dataChanged(index(0, SlaColumn), index(last, WarrantyColumn), {Qt::DisplayRole, ClockLevelRole, ClockLeftMsRole});
}

} // namespace wd
