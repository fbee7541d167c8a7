#pragma once
// The queue as the agent sees it: rows read from the local cache in SQL (filter, sort and search
// never run in a proxy), loaded page by page through canFetchMore/fetchMore, with SLA and
// warranty countdowns that tick from the local clock between syncs. Changes from the sync engine
// refresh the loaded rows in place; rows keep their persistent indexes when only values or order
// change.

#include "clockstate.h"
#include "ticketcache.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <functional>
#include <optional>

namespace wd {

class TicketQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TicketColumn, StepColumn, StatusColumn, CategoryColumn, ProductColumn, MerchantColumn, AmountColumn,
                  SlaColumn, WarrantyColumn, UpdatedColumn, SyncColumn, ColumnCount };
    enum Role {
        TicketIdRole = Qt::UserRole + 1,
        ClockLevelRole,   // int(ClockLevel) of the SLA / warranty columns
        ClockLeftMsRole,  // qint64 ms left (negative when past)
        PendingRole,      // unsent writes on the ticket
        BlockedRole,      // a write waits for the agent (conflict or refusal)
        HolderRole,
        VersionRole,
        SortValueRole,    // the raw value behind the column (instants as UTC ms, amounts in cents)
    };

    explicit TicketQueueModel(store::TicketCache &cache, QObject *parent = nullptr);

    void setFilter(const store::QueueFilter &filter);
    const store::QueueFilter &filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    // For tests and benchmarks: the instant the countdowns are measured against.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setTickInterval(int ms);

    // Re-reads the loaded rows (after a sync brought changes to `ticketIds`; empty: any).
    void refresh(const QStringList &ticketIds = {});
    int matchingCount();          // all rows the filter matches, loaded or not
    int rowOf(const QString &ticketId) const;
    QString ticketIdAt(int row) const;
    const store::QueueRow *rowData(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // "3d 4h", "2h 05m", "12m", "overdue 1h 10m": compact countdown text.
    static QString formatLeft(qint64 ms);
    // "14:05" today, "11-24 09:30" this year, else "2025-12-31 23:59" (local time).
    static QString formatInstant(const QDateTime &instant, const QDateTime &now);
    // A cell's on-screen text (DisplayRole) as of `now`; thread-safe, for exports off the UI thread.
    static QString displayText(const store::QueueRow &row, int column, const QDateTime &now);

signals:
    void loadFailed(const QString &message);

private:
    void tick();
    ClockState slaClock(const store::QueueRow &row) const;
    ClockState warrantyClock(const store::QueueRow &row) const;

    store::TicketCache &m_cache;
    store::QueueFilter m_filter;
    QList<store::QueueRow> m_rows;
    store::QueueCursor m_next;
    std::optional<int> m_count; // matchingCount() until the filter or the data change
    int m_pageSize = 200;
    bool m_changing = false;
    std::function<QDateTime()> m_clock;
    QTimer m_ticker;
};

} // namespace wd
