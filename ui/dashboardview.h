#pragma once
// The supervisor's dashboard: the figures of the server's GET /stats — open tickets, review SLA
// (breached / under 25 % / running / paused), verdicts awaiting approval, appeals waiting for a
// decision, the open work by step and category, who holds how many tickets, and today's decisions.
// Each headline figure opens the matching queue.

#include "ticketcache.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace wd {
class UserNames;
}

namespace wd::ui {

class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(QWidget *parent = nullptr);

    // The GET /stats answer; unknown or missing members show as 0.
    void setStats(const QJsonObject &stats);
    void setError(const QString &message);
    // Names for "tickets held per person" (not owned; null: user ids). Redrawn when it changes.
    void setUserNames(const UserNames *names);
    // The names in "tickets held per person", top first, for tests.
    QStringList heldByNames() const;
    // The headline figure of a tile, for tests: "open", "breached", "warning", "awaiting_approval", "appeals".
    QString tileValue(const QString &name) const;

signals:
    void refreshRequested();
    void queueRequested(const wd::store::QueueFilter &filter);

private:
    QWidget *makeTile(const QString &name, const QString &title, const store::QueueFilter &filter);
    void fillBars(QVBoxLayout *layout, const QList<QPair<QString, qint64>> &rows, qint64 max);

    QHash<QString, QLabel *> m_tiles;
    QVBoxLayout *m_byStep = nullptr;
    QVBoxLayout *m_byCategory = nullptr;
    QVBoxLayout *m_heldBy = nullptr;
    QLabel *m_actions = nullptr;
    QLabel *m_generated = nullptr;
    QPointer<const UserNames> m_names;
    QJsonObject m_stats; // the last answer, redrawn when the names change
};

} // namespace wd::ui
