#pragma once
// The workstation's window: the queue page and the open cases as tabs, the menus and keyboard
// shortcuts of every frequent action (F1 or ? lists them), and a status bar with the link state
// (online / offline / syncing), unsent changes, the last sync and a cancellable progress bar.

#include <QDateTime>
#include <QHash>
#include <QMainWindow>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace wd {
class RuleSet;
}

namespace wd::ui {

class CaseTab;
class DashboardView;
class QueueView;
class ReplyTemplates;

enum class LinkState { Offline, Online, Syncing };

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    QueueView *queue() const { return m_queue; }
    DashboardView *dashboard() const { return m_dashboard; }
    // Supervisors and admins see the team dashboard as the second tab.
    void setDashboardVisible(bool visible);
    QTabWidget *tabs() const { return m_tabs; }
    // The tab of a ticket, opened (and shown) when absent.
    CaseTab *openCase(const QString &ticketId, const RuleSet &rules, const ReplyTemplates &templates, bool show = true);
    CaseTab *caseTab(const QString &ticketId) const { return m_cases.value(ticketId); }
    CaseTab *currentCase() const;
    QStringList openTicketIds() const;
    void closeCase(const QString &ticketId);

    void setSignedIn(const QString &userName, const QString &roleLabel, const QString &server);
    void setDemo(bool demo, bool supervisor);
    void setLinkState(LinkState state, const QString &detail = {});
    void setPending(int pending, int blocked);
    void setLastSync(const QDateTime &at);
    void showProgress(const QString &what, int value, int maximum); // maximum 0: busy
    void hideProgress();
    void showMessage(const QString &text, int ms = 6000);

    QAction *action(const QString &objectName) const;
    QList<QAction *> shortcutActions() const;
    void showShortcuts();

signals:
    void pullRequested();
    void openTicketRequested(const QString &ticketId);
    void syncRequested();
    void cancelProgressRequested();
    void exportQueueRequested(); // "Export queue view…" (File menu, the queue's menus, Ctrl+Shift+S)
    void pendingListRequested();
    void settingsRequested();
    void signOutRequested();
    void switchDemoUserRequested(bool supervisor);
    void caseClosed(const QString &ticketId);
    void aboutRequested();
    void dashboardRefreshRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QAction *addAction(QMenu *menu, const QString &objectName, const QString &text, const QKeySequence &shortcut,
                       const std::function<void()> &slot);
    void buildMenus();

    QTabWidget *m_tabs = nullptr;
    QueueView *m_queue = nullptr;
    DashboardView *m_dashboard = nullptr;
    QHash<QString, CaseTab *> m_cases;
    QList<QAction *> m_shortcutActions;
    QMenu *m_demoMenu = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_link = nullptr;
    QPushButton *m_pending = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QDateTime m_lastSyncAt;
};

} // namespace wd::ui
