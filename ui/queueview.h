#pragma once
// The queue page: "Pull next ticket", the agent's own tickets and the team queue as views, saved
// personal views (filters + sort + columns) the agent creates, renames and reorders, a filter bar
// and a search box whose results come from the local full-text index as the agent types.

#include "ticketcache.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabBar;
class QTableView;
class QTimer;

namespace wd {
class TicketQueueModel;
}

namespace wd::ui {

struct SavedView
{
    QString name;
    store::QueueFilter filter;
    QList<int> hiddenColumns;
};

class QueueView : public QWidget
{
    Q_OBJECT

public:
    explicit QueueView(QWidget *parent = nullptr);

    void setModel(TicketQueueModel *model);
    void setCurrentUser(const QString &userId);
    QTableView *table() const { return m_table; }
    QString currentTicketId() const;
    void focusSearch();
    // The filter the bar and the chosen view stand for; applied to the model on every change.
    store::QueueFilter currentFilter() const;
    void refreshCount();
    // The team queue with this filter in the bar (from the dashboard's figures).
    void showFilter(const store::QueueFilter &filter);
    // The columns shown, in their on-screen order (what an export writes).
    QList<int> visibleColumns() const;

    QList<SavedView> savedViews() const { return m_saved; }
    void setSavedViews(const QList<SavedView> &views);
    void saveCurrentAsView(const QString &name);
    void renameView(int savedIndex, const QString &name);
    void moveView(int savedIndex, int delta);
    void removeView(int savedIndex);
    // Everything the window restores next time: views, the chosen one, column widths.
    QVariantMap saveState() const;
    void restoreState(const QVariantMap &state);

    static QVariantMap filterToMap(const store::QueueFilter &filter);
    static store::QueueFilter filterFromMap(const QVariantMap &map);

signals:
    void pullRequested();
    void openTicketRequested(const QString &ticketId);
    void filterChanged();
    // "Export queue view…" from the views menu or the table's context menu.
    void exportRequested();

private:
    void buildTabs();
    void applyFilter();
    void loadFilterIntoBar(const store::QueueFilter &filter);
    void onHeaderClicked(int section);
    void manageViews();
    void applyHiddenColumns(const QList<int> &hidden);
    QList<int> hiddenColumns() const;

    TicketQueueModel *m_model = nullptr;
    QString m_user;
    QPushButton *m_pull = nullptr;
    QTabBar *m_views = nullptr;
    QComboBox *m_step = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_sla = nullptr;
    QCheckBox *m_pendingOnly = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_countDelay = nullptr;
    QList<SavedView> m_saved;
    store::QueueSort m_sort = store::QueueSort::Sla;
    bool m_descending = false;
    bool m_loading = false;
};

} // namespace wd::ui
