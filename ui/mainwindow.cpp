#include "mainwindow.h"

#include "casetab.h"
#include "dashboardview.h"
#include "caseworkspace.h"
#include "stepbar.h"
#include "palette.h"
#include "queueview.h"
#include "shortcuthelp.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace wd::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("WarrantyDesk"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_queue = new QueueView(m_tabs);
    m_tabs->addTab(m_queue, tr("Queue"));
    // The queue page stays: no close button on it.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *tab = qobject_cast<CaseTab *>(m_tabs->widget(index)))
            closeCase(tab->ticketId());
    });
    setCentralWidget(m_tabs);
    connect(m_queue, &QueueView::pullRequested, this, &MainWindow::pullRequested);
    connect(m_queue, &QueueView::openTicketRequested, this, &MainWindow::openTicketRequested);
    connect(m_queue, &QueueView::exportRequested, this, &MainWindow::exportQueueRequested);
    m_dashboard = new DashboardView(m_tabs);
    m_dashboard->hide();
    connect(m_dashboard, &DashboardView::refreshRequested, this, &MainWindow::dashboardRefreshRequested);
    connect(m_dashboard, &DashboardView::queueRequested, this, [this](const store::QueueFilter &filter) {
        m_tabs->setCurrentWidget(m_queue);
        m_queue->showFilter(filter);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_dashboard)
            emit dashboardRefreshRequested();
    });

    QStatusBar *bar = statusBar();
    m_link = new QLabel(bar);
    m_link->setObjectName(QStringLiteral("linkState"));
    m_link->setAccessibleName(tr("Connection"));
    m_pending = new QPushButton(bar);
    m_pending->setObjectName(QStringLiteral("pendingButton"));
    m_pending->setFlat(true);
    m_pending->setAccessibleName(tr("Unsent changes"));
    connect(m_pending, &QPushButton::clicked, this, &MainWindow::pendingListRequested);
    m_lastSync = new QLabel(bar);
    m_lastSync->setObjectName(QStringLiteral("lastSync"));
    m_progressText = new QLabel(bar);
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setMaximumWidth(220);
    m_cancel = new QPushButton(tr("Cancel"), bar);
    m_cancel->setObjectName(QStringLiteral("cancelProgress"));
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancelProgressRequested);
    m_user = new QLabel(bar);
    m_user->setObjectName(QStringLiteral("signedInUser"));
    // Permanent, on the right: a message (left) never hides the link state, the unsent changes
    // or a running job's progress, however often messages come.
    for (QLabel *label : {m_progressText, m_link, m_lastSync, m_user})
        label->setContentsMargins(6, 0, 6, 0);
    bar->addPermanentWidget(m_progressText);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
    bar->addPermanentWidget(m_link);
    bar->addPermanentWidget(m_pending);
    bar->addPermanentWidget(m_lastSync);
    bar->addPermanentWidget(m_user);
    hideProgress();
    setLinkState(LinkState::Offline);
    setPending(0, 0);
    setLastSync({});
    // "3 min ago" stays true without a sync.
    auto *minute = new QTimer(this);
    connect(minute, &QTimer::timeout, this, [this] { setLastSync(m_lastSyncAt); });
    minute->start(30000);

    buildMenus();
    resize(1440, 900);
}

QAction *MainWindow::addAction(QMenu *menu, const QString &objectName, const QString &text, const QKeySequence &shortcut,
                               const std::function<void()> &slot)
{
    auto *a = new QAction(text, this);
    a->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WindowShortcut);
        m_shortcutActions << a;
    }
    connect(a, &QAction::triggered, this, slot);
    menu->addAction(a);
    QMainWindow::addAction(a); // shortcuts work with the menu bar hidden too
    return a;
}

void MainWindow::buildMenus()
{
    auto caseDo = [this](void (CaseTab::*method)()) {
        return [this, method] {
            if (CaseTab *tab = currentCase())
                (tab->*method)();
        };
    };
    auto caseSignal = [this](auto signal) {
        return [this, signal] {
            if (CaseTab *tab = currentCase())
                emit(tab->*signal)();
        };
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    addAction(file, QStringLiteral("settingsAction"), tr("Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), [this] { emit settingsRequested(); });
    addAction(file, QStringLiteral("exportQueueAction"), tr("Export queue view…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
              [this] { emit exportQueueRequested(); });
    file->addSeparator();
    addAction(file, QStringLiteral("signOutAction"), tr("Sign out"), {}, [this] { emit signOutRequested(); });
    file->addSeparator();
    addAction(file, QStringLiteral("quitAction"), tr("Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), [this] { close(); });

    QMenu *queue = menuBar()->addMenu(tr("&Queue"));
    addAction(queue, QStringLiteral("pullAction"), tr("Pull next ticket"), QKeySequence(Qt::CTRL | Qt::Key_N), [this] { emit pullRequested(); });
    addAction(queue, QStringLiteral("searchAction"), tr("Search the queue"), QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        m_tabs->setCurrentWidget(m_queue);
        m_queue->focusSearch();
    });
    addAction(queue, QStringLiteral("openByIdAction"), tr("Open ticket by ID…"), QKeySequence(Qt::CTRL | Qt::Key_O), [this] {
        bool ok = false;
        const QString id = QInputDialog::getText(this, tr("Open ticket"), tr("Ticket ID:"), QLineEdit::Normal, QString(), &ok).trimmed();
        if (ok && !id.isEmpty())
            emit openTicketRequested(id);
    });
    addAction(queue, QStringLiteral("showQueueAction"), tr("Show the queue"), QKeySequence(Qt::CTRL | Qt::Key_1), [this] {
        m_tabs->setCurrentWidget(m_queue);
        m_queue->table()->setFocus();
    });
    addAction(queue, QStringLiteral("dashboardAction"), tr("Show the dashboard"), QKeySequence(Qt::CTRL | Qt::Key_2), [this] {
        if (m_tabs->indexOf(m_dashboard) >= 0)
            m_tabs->setCurrentWidget(m_dashboard);
    });
    addAction(queue, QStringLiteral("syncAction"), tr("Sync now"), QKeySequence(Qt::Key_F5), [this] { emit syncRequested(); });
    addAction(queue, QStringLiteral("pendingAction"), tr("Unsent changes…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), [this] { emit pendingListRequested(); });

    QMenu *ticket = menuBar()->addMenu(tr("&Ticket"));
    // Through the step bar's own actions: disabled by the guard, they do nothing.
    auto stepAction = [this](bool advance) {
        return [this, advance] {
            if (CaseTab *tab = currentCase())
                (advance ? tab->workspace()->stepBar()->advanceAction() : tab->workspace()->stepBar()->backAction())->trigger();
        };
    };
    addAction(ticket, QStringLiteral("nextStepAction"), tr("Next step"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right), stepAction(true));
    addAction(ticket, QStringLiteral("requestEvidenceAction"), tr("Ask the customer for more evidence"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left), stepAction(false));
    ticket->addSeparator();
    addAction(ticket, QStringLiteral("claimAction"), tr("Claim"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { if (CaseTab *t = currentCase()) t->claimAction()->trigger(); });
    addAction(ticket, QStringLiteral("releaseAction"), tr("Release"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { if (CaseTab *t = currentCase()) t->releaseAction()->trigger(); });
    addAction(ticket, QStringLiteral("verdictAction"), tr("Verdict…"), QKeySequence(Qt::CTRL | Qt::Key_D), caseDo(&CaseTab::openVerdictDialog));
    addAction(ticket, QStringLiteral("executeAction"), tr("Execute remedies…"), QKeySequence(Qt::CTRL | Qt::Key_E), caseDo(&CaseTab::openExecutionDialog));
    addAction(ticket, QStringLiteral("approveAction"), tr("Approve verdict"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { if (CaseTab *t = currentCase()) t->approveAction()->trigger(); });
    addAction(ticket, QStringLiteral("appealAction"), tr("Decide appeal…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), caseDo(&CaseTab::openAppealDecisionDialog));
    addAction(ticket, QStringLiteral("reloadAction"), tr("Reload the case"), QKeySequence(Qt::CTRL | Qt::Key_R), caseSignal(&CaseTab::reloadRequested));
    ticket->addSeparator();
    addAction(ticket, QStringLiteral("closeCaseAction"), tr("Close the case tab"), QKeySequence(Qt::CTRL | Qt::Key_W), [this] {
        if (CaseTab *tab = currentCase())
            closeCase(tab->ticketId());
    });
    addAction(ticket, QStringLiteral("nextTabAction"), tr("Next tab"), QKeySequence(Qt::CTRL | Qt::Key_Tab), [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    addAction(ticket, QStringLiteral("previousTabAction"), tr("Previous tab"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });

    m_demoMenu = menuBar()->addMenu(tr("&Demo"));
    addAction(m_demoMenu, QStringLiteral("demoAgentAction"), tr("Work as the demo agent"), {}, [this] { emit switchDemoUserRequested(false); });
    addAction(m_demoMenu, QStringLiteral("demoSupervisorAction"), tr("Work as the demo supervisor"), {}, [this] { emit switchDemoUserRequested(true); });
    m_demoMenu->menuAction()->setVisible(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = addAction(help, QStringLiteral("shortcutsAction"), tr("Keyboard shortcuts"), QKeySequence(Qt::Key_F1), [this] { showShortcuts(); });
    keys->setShortcuts(ShortcutHelpDialog::helpKeys());
    addAction(help, QStringLiteral("aboutAction"), tr("About WarrantyDesk"), {}, [this] { emit aboutRequested(); });
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

QList<QAction *> MainWindow::shortcutActions() const
{
    return m_shortcutActions;
}

void MainWindow::showShortcuts()
{
    ShortcutHelpDialog dialog(ShortcutHelpDialog::entriesFor(m_shortcutActions), this);
    dialog.exec();
}

void MainWindow::setDashboardVisible(bool visible)
{
    const int index = m_tabs->indexOf(m_dashboard);
    if (visible && index < 0) {
        m_tabs->insertTab(1, m_dashboard, tr("Dashboard"));
        m_tabs->tabBar()->setTabButton(1, QTabBar::RightSide, nullptr);
        m_tabs->tabBar()->setTabButton(1, QTabBar::LeftSide, nullptr);
    } else if (!visible && index >= 0) {
        m_tabs->removeTab(index);
        m_dashboard->hide();
    }
    if (QAction *a = action(QStringLiteral("dashboardAction")))
        a->setEnabled(visible);
}

CaseTab *MainWindow::openCase(const QString &ticketId, const RuleSet &rules, const ReplyTemplates &templates, bool show)
{
    CaseTab *tab = m_cases.value(ticketId);
    if (!tab) {
        tab = new CaseTab(rules, templates, m_tabs);
        tab->setObjectName(QStringLiteral("case-") + ticketId);
        m_cases.insert(ticketId, tab);
        m_tabs->addTab(tab, ticketId);
    }
    if (show)
        m_tabs->setCurrentWidget(tab);
    return tab;
}

CaseTab *MainWindow::currentCase() const
{
    return qobject_cast<CaseTab *>(m_tabs->currentWidget());
}

QStringList MainWindow::openTicketIds() const
{
    QStringList ids;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<CaseTab *>(m_tabs->widget(i)))
            ids << tab->ticketId();
    }
    return ids;
}

void MainWindow::closeCase(const QString &ticketId)
{
    CaseTab *tab = m_cases.take(ticketId);
    if (!tab)
        return;
    m_tabs->removeTab(m_tabs->indexOf(tab));
    tab->deleteLater();
    emit caseClosed(ticketId);
}

void MainWindow::setSignedIn(const QString &userName, const QString &roleLabel, const QString &server)
{
    m_user->setText(tr("%1 (%2) · %3").arg(userName, roleLabel, server));
    setWindowTitle(tr("WarrantyDesk — %1").arg(userName));
}

void MainWindow::setDemo(bool demo, bool supervisor)
{
    m_demoMenu->menuAction()->setVisible(demo);
    if (QAction *a = action(QStringLiteral("demoAgentAction")))
        a->setEnabled(supervisor);
    if (QAction *a = action(QStringLiteral("demoSupervisorAction")))
        a->setEnabled(!supervisor);
}

void MainWindow::setLinkState(LinkState state, const QString &detail)
{
    QString text;
    Tone tone = Tone::Neutral;
    switch (state) {
    case LinkState::Online:
        text = tr("● Online");
        tone = Tone::Good;
        break;
    case LinkState::Syncing:
        text = tr("● Syncing");
        tone = Tone::Info;
        break;
    case LinkState::Offline:
        text = tr("● Offline — working from the local cache");
        tone = Tone::Danger;
        break;
    }
    m_link->setText(text);
    m_link->setToolTip(detail);
    QPalette p = m_link->palette();
    p.setColor(QPalette::WindowText, toneText(tone, palette()));
    m_link->setPalette(p);
}

void MainWindow::setPending(int pending, int blocked)
{
    if (blocked > 0)
        m_pending->setText(tr("%n unsent change(s), %1 need you", nullptr, pending).arg(blocked));
    else
        m_pending->setText(tr("%n unsent change(s)", nullptr, pending));
    m_pending->setVisible(pending > 0);
    QPalette p = m_pending->palette();
    p.setColor(QPalette::ButtonText, toneText(blocked > 0 ? Tone::Danger : Tone::Info, palette()));
    m_pending->setPalette(p);
}

void MainWindow::setLastSync(const QDateTime &at)
{
    m_lastSyncAt = at;
    if (!at.isValid()) {
        m_lastSync->setText(tr("Not synced yet"));
        return;
    }
    const qint64 minutes = at.secsTo(QDateTime::currentDateTimeUtc()) / 60;
    const QString when = minutes < 1 ? tr("just now") : tr("%n min ago", nullptr, int(minutes));
    m_lastSync->setText(tr("Last sync: %1").arg(when));
    m_lastSync->setToolTip(QLocale().toString(at.toLocalTime(), QLocale::LongFormat));
}

void MainWindow::showProgress(const QString &what, int value, int maximum)
{
    m_progressText->setText(what);
    m_progress->setRange(0, maximum);
    m_progress->setValue(value);
    for (QWidget *w : {static_cast<QWidget *>(m_progressText), static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_cancel)})
        w->setVisible(true);
}

void MainWindow::hideProgress()
{
    for (QWidget *w : {static_cast<QWidget *>(m_progressText), static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_cancel)})
        w->setVisible(false);
}

void MainWindow::showMessage(const QString &text, int ms)
{
    statusBar()->showMessage(text, ms);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    event->accept();
}

} // namespace wd::ui
