// The real main window, driven offscreen against a real in-process server: sign in through the
// login dialog, pull, open, walk a ticket through all five steps with a verdict (through the
// verdict dialog) and its execution (through the execution dialog) and see it closed on the
// server; a refused guard says why; offline writes queue and drain; a concurrent change opens
// the conflict dialog.

#include "casetab.h"
#include "caseworkspace.h"
#include "casecache.h"
#include "conflictdialog.h"
#include "dashboardview.h"
#include "executiondialog.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "notesmodel.h"
#include "queueview.h"
#include "servertesthelpers.h"
#include "stepbar.h"
#include "testserver.h"
#include "ticketqueuemodel.h"
#include "tokenstore.h"
#include "verdictdialog.h"
#include "workstation.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace wd;
using namespace wd::test;

namespace {

// Runs `handler` on the next modal dialog that opens (inside its exec()).
void onNextModal(const std::function<void(QWidget *)> &handler, const QString &objectName = {})
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handler, objectName] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || (!objectName.isEmpty() && modal->objectName() != objectName))
            return;
        timer->stop();
        timer->deleteLater();
        handler(modal);
    });
    timer->start();
}

QString serverStep(TestServer &s, const QString &id)
{
    return s.request("GET", QStringLiteral("/api/v1/tickets/") + id, {}, QStringLiteral("super1"))
        .json().value(QStringLiteral("ticket")).toObject().value(QStringLiteral("step")).toString();
}

} // namespace

class TestUiWorkstation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<remote::InMemoryTokenStore> m_tokens;
    std::unique_ptr<app::Workstation> m_ws;
    QString m_exportFile; // what "Export queue view…" is told to write to

    ui::CaseTab *tab(const QString &id) { return m_ws->window() ? m_ws->window()->caseTab(id) : nullptr; }

    // Waits until the workstation has no unsent writes and the case shows the server's version.
    bool settle(const QString &id)
    {
        if (!QTest::qWaitFor([&] { return m_ws->engine()->pendingCount() == 0; }, 20000))
            return false;
        const qint64 v = m_server->version(id);
        return QTest::qWaitFor([&] {
            return tab(id) && !tab(id)->view().caseFile.ticket.id.isEmpty() && tab(id)->view().caseFile.ticket.version == v;
        }, 20000);
    }

    void signInAs(const QString &user)
    {
        m_ws->start();
        ui::LoginDialog *login = m_ws->loginDialog();
        QVERIFY(login);
        QTRY_VERIFY(login->isVisible());
        login->urlBox()->setEditText(m_server->baseUrl());
        login->userEdit()->setText(user);
        login->passwordEdit()->setText(TestServer::password(user));
        QSignalSpy signedIn(m_ws.get(), &app::Workstation::signedIn);
        login->accept();
        QVERIFY(signedIn.wait(20000));
        QVERIFY(m_ws->window()->isVisible());
    }

private slots:
    void initTestCase()
    {
        // Settings and caches of this process only: ctest runs the SQLite and PostgreSQL variants
        // side by side, and init() wipes them before every test.
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toLocal8Bit());
        QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation).startsWith(m_home.path()));
        if (TestServer::usePostgres() && !TestServer::postgresUnavailableReason().isEmpty())
            QSKIP(qPrintable(TestServer::postgresUnavailableReason()));
    }

    void init()
    {
        // A fresh cache and fresh settings for each test.
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
        QSettings().clear();
        m_server = std::make_unique<TestServer>();
        m_tokens = std::make_unique<remote::InMemoryTokenStore>();
        app::Workstation::Options options;
        options.tokenStore = m_tokens.get();
        options.pollIntervalMs = 500;
        options.chooseExportFile = [this](QWidget *, const QString &) { return m_exportFile; };
        m_ws = std::make_unique<app::Workstation>(options);
    }

    void cleanup()
    {
        m_ws.reset();
        m_tokens.reset();
        m_server.reset();
    }

    void walksATicketThroughAllFiveSteps()
    {
        QCOMPARE(m_server->intake(TestServer::sampleCase(QStringLiteral("T-UI1"))).status, 201);
        signInAs(QStringLiteral("agent1"));
        QTRY_VERIFY_WITH_TIMEOUT(m_ws->queueModel()->matchingCount() >= 0 && m_ws->engine()->lastSync().isValid(), 20000);

        // Pull: the most urgent unclaimed ticket opens in a tab, held by the agent.
        m_ws->window()->action(QStringLiteral("pullAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(tab(QStringLiteral("T-UI1")) != nullptr, 20000);
        QVERIFY(settle(QStringLiteral("T-UI1")));
        ui::CaseTab *t = tab(QStringLiteral("T-UI1"));
        QCOMPARE(t->view().state.holder, QStringLiteral("agent1"));
        QCOMPARE(t->view().state.step, Step::Feedback);

        // feedback -> evidence -> review through the step bar's Next.
        for (Step expected : {Step::Evidence, Step::Review}) {
            QVERIFY2(t->view().advance.allowed, qPrintable(t->view().advance.reasonEn));
            emit t->workspace()->stepBar()->advanceRequested();
            QVERIFY(settle(QStringLiteral("T-UI1")));
            QCOMPARE(t->view().state.step, expected);
        }
        // Review: the guard wants a review note; the step bar says so and the banner names the guard.
        QVERIFY(!t->view().advance.allowed);
        QVERIFY(!t->view().advance.guard.isEmpty());
        QVERIFY2(t->banner()->text().contains(t->view().advance.guard), qPrintable(t->banner()->text()));
        emit t->noteSubmitted(NoteKind::Review, QStringLiteral("发行商日志确认卡密无效"));
        QVERIFY(settle(QStringLiteral("T-UI1")));
        QVERIFY2(t->view().advance.allowed, qPrintable(t->view().advance.reasonEn));
        emit t->workspace()->stepBar()->advanceRequested();
        QVERIFY(settle(QStringLiteral("T-UI1")));
        QCOMPARE(t->view().state.step, Step::Verdict);

        // Verdict through the dialog: the rules engine's proposal is the draft; accept it.
        QVERIFY(t->verdictAction()->isEnabled());
        onNextModal([](QWidget *w) {
            auto *dialog = qobject_cast<ui::VerdictDialog *>(w);
            QVERIFY(dialog);
            dialog->reasoningEdit()->setPlainText(QStringLiteral("发行商日志确认卡密无效,按规则由商家退款"));
            // The agent ticks a remedy when none is proposed, and cites the evidence.
            if (dialog->verdict().remedies.isEmpty() && dialog->remedyList()->count() > 0)
                dialog->remedyList()->item(0)->setCheckState(Qt::Checked);
            for (int i = 0; i < dialog->evidenceList()->count(); ++i)
                dialog->evidenceList()->item(i)->setCheckState(Qt::Checked);
            if (!dialog->problems().isEmpty()) {
                qWarning("verdict dialog refuses: %s", qPrintable(dialog->problems().join(QStringLiteral("; "))));
                dialog->reject();
                return;
            }
            dialog->accept();
        });
        t->openVerdictDialog();
        QVERIFY(settle(QStringLiteral("T-UI1")));
        QVERIFY(t->view().state.verdict.has_value());
        emit t->workspace()->stepBar()->advanceRequested();
        QVERIFY(settle(QStringLiteral("T-UI1")));
        QCOMPARE(t->view().state.step, Step::Execution);

        // Execution through the dialog: one reference per remedy and the customer notified.
        onNextModal([](QWidget *w) {
            auto *dialog = qobject_cast<ui::ExecutionDialog *>(w);
            QVERIFY(dialog);
            for (const auto &entry : enumValues<Remedy>()) {
                const Remedy r = entry.value;
                if (QLineEdit *edit = dialog->referenceEdit(r))
                    edit->setText(QStringLiteral("RF2026112500%1").arg(int(r)));
            }
            if (!dialog->problems().isEmpty()) {
                qWarning("execution dialog refuses: %s", qPrintable(dialog->problems().join(QStringLiteral("; "))));
                dialog->reject();
                return;
            }
            dialog->accept();
        });
        t->openExecutionDialog();
        QVERIFY(settle(QStringLiteral("T-UI1")));
        QVERIFY(!t->view().state.executions.isEmpty());
        QVERIFY(t->view().state.customerNotified);
        QVERIFY2(t->view().advance.allowed, qPrintable(t->view().advance.reasonEn));
        emit t->workspace()->stepBar()->advanceRequested();
        QVERIFY(settle(QStringLiteral("T-UI1")));
        QCOMPARE(t->view().state.step, Step::Closed);
        QCOMPARE(serverStep(*m_server, QStringLiteral("T-UI1")), QStringLiteral("closed"));
    }

    void agentSetsCategoryAndFindings()
    {
        QCOMPARE(m_server->intake(TestServer::sampleCase(QStringLiteral("T-UI6"))).status, 201);
        QCOMPARE(m_server->write(QStringLiteral("/api/v1/tickets/T-UI6/claim"), {}, QStringLiteral("agent1"), 0).status, 200);
        signInAs(QStringLiteral("agent1"));
        m_ws->openTicket(QStringLiteral("T-UI6"));
        QVERIFY(settle(QStringLiteral("T-UI6")));
        ui::CaseTab *t = tab(QStringLiteral("T-UI6"));
        QVERIFY(t->categoryAction()->isEnabled());
        onNextModal([](QWidget *w) {
            auto *box = w->findChild<QComboBox *>(QStringLiteral("categoryBox"));
            QVERIFY(box);
            box->setCurrentIndex(box->findData(int(Category::ExpiredKey)));
            w->findChild<QCheckBox *>(QStringLiteral("userErrorBox"))->setChecked(true);
            qobject_cast<QDialog *>(w)->accept();
        }, QStringLiteral("caseDetailsDialog"));
        t->openCaseDetailsDialog();
        // Shown at once (pending), then confirmed by the server.
        QCOMPARE(t->view().caseFile.ticket.category, std::optional<Category>(Category::ExpiredKey));
        QVERIFY(settle(QStringLiteral("T-UI6")));
        const QJsonObject detail = m_server->request("GET", QStringLiteral("/api/v1/tickets/T-UI6"), {}, QStringLiteral("super1")).json();
        QCOMPARE(detail.value(QStringLiteral("ticket")).toObject().value(QStringLiteral("category")).toString(), enumName(Category::ExpiredKey));
        QCOMPARE(detail.value(QStringLiteral("findings")).toObject().value(QStringLiteral("user_error")).toBool(), true);
        QVERIFY(t->view().caseFile.findings.userError);
    }

    void offlineWritesQueueAndDrain()
    {
        const qint64 v = driveToVerdict(*m_server, QStringLiteral("T-UI2"), QStringLiteral("agent1"));
        QVERIFY(v > 0);
        signInAs(QStringLiteral("agent1"));
        m_ws->openTicket(QStringLiteral("T-UI2"));
        QVERIFY(settle(QStringLiteral("T-UI2")));
        // The network drops: the client points at a port nobody listens on.
        const DeadPort dead;
        QVERIFY(dead.port() != 0);
        m_ws->client()->setBaseUrl(dead.url());
        ui::CaseTab *t = tab(QStringLiteral("T-UI2"));
        emit t->noteSubmitted(NoteKind::Internal, QStringLiteral("离线记录一"));
        emit t->noteSubmitted(NoteKind::Internal, QStringLiteral("离线记录二"));
        QTRY_COMPARE_WITH_TIMEOUT(m_ws->engine()->connectivity(), sync::Connectivity::Offline, 20000);
        QCOMPARE(m_ws->engine()->pendingCount(), 2);
        auto *pending = m_ws->window()->findChild<QPushButton *>(QStringLiteral("pendingButton"));
        QVERIFY(pending->isVisible());
        QVERIFY(m_ws->window()->findChild<QLabel *>(QStringLiteral("linkState"))->text().contains(QLatin1String("Offline")));
        // A message in the status bar hides neither the link state nor the unsent changes.
        m_ws->window()->showMessage(QStringLiteral("别的消息"), 10000);
        QVERIFY(pending->isVisible());
        QVERIFY(m_ws->window()->findChild<QLabel *>(QStringLiteral("linkState"))->isVisible());
        // The notes show at once, marked pending.
        QCOMPARE(t->view().pendingNotes.size(), 2);
        // The network comes back: the outbox drains by itself.
        m_ws->client()->setBaseUrl(QUrl(m_server->baseUrl()));
        QTRY_COMPARE_WITH_TIMEOUT(m_ws->engine()->pendingCount(), 0, 20000);
        QVERIFY(!pending->isVisible());
        QCOMPARE(m_server->version(QStringLiteral("T-UI2")), v + 2);
    }

    void supervisorApprovesALargeVerdict()
    {
        const qint64 v = driveToVerdict(*m_server, QStringLiteral("T-UI4"), QStringLiteral("agent1"), 1200.00);
        QVERIFY(v > 0);
        const HttpReply verdict = m_server->write(QStringLiteral("/api/v1/tickets/T-UI4/verdict"),
                                                  verdictBody(*m_server, QStringLiteral("800.00")), QStringLiteral("agent1"), v);
        QCOMPARE(verdict.status, 200);
        QCOMPARE(verdict.json().value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_approval"));
        signInAs(QStringLiteral("super1"));
        // The dashboard (supervisors only) counts the verdict waiting for approval; its tile opens the queue.
        QTabWidget *tabs = m_ws->window()->tabs();
        QVERIFY(tabs->indexOf(m_ws->window()->dashboard()) >= 0);
        tabs->setCurrentWidget(m_ws->window()->dashboard());
        QTRY_COMPARE_WITH_TIMEOUT(m_ws->window()->dashboard()->tileValue(QStringLiteral("awaiting_approval")), QStringLiteral("1"), 20000);
        m_ws->window()->dashboard()->findChild<QPushButton *>(QStringLiteral("tile-awaiting_approval"))->click();
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(m_ws->window()->queue()));
        QTRY_COMPARE_WITH_TIMEOUT(m_ws->queueModel()->rowCount(), 1, 20000);
        QCOMPARE(m_ws->queueModel()->ticketIdAt(0), QStringLiteral("T-UI4"));
        m_ws->openTicket(QStringLiteral("T-UI4"));
        QVERIFY(settle(QStringLiteral("T-UI4")));
        ui::CaseTab *t = tab(QStringLiteral("T-UI4"));
        QVERIFY(t->approveAction()->isVisible());
        QVERIFY(t->approveAction()->isEnabled());
        QVERIFY(!t->verdictAction()->isEnabled()); // the supervisor does not hold it
        m_ws->window()->action(QStringLiteral("approveAction"))->trigger();
        QVERIFY(settle(QStringLiteral("T-UI4")));
        QVERIFY(t->view().state.verdict->approval.has_value());
        QCOMPARE(t->view().state.verdict->approval->by, QStringLiteral("super1"));
        QVERIFY(!t->approveAction()->isEnabled());
    }

    void agentsSeeNoSupervisorActions()
    {
        const qint64 v = driveToVerdict(*m_server, QStringLiteral("T-UI5"), QStringLiteral("agent1"));
        QVERIFY(v > 0);
        signInAs(QStringLiteral("agent1"));
        m_ws->openTicket(QStringLiteral("T-UI5"));
        QVERIFY(settle(QStringLiteral("T-UI5")));
        ui::CaseTab *t = tab(QStringLiteral("T-UI5"));
        QVERIFY(!t->approveAction()->isVisible());
        QVERIFY(!t->appealAction()->isVisible());
        QCOMPARE(m_ws->window()->tabs()->indexOf(m_ws->window()->dashboard()), -1);
        QVERIFY(t->verdictAction()->isEnabled());
        // The F1 list holds every shortcut the window binds.
        QVERIFY(m_ws->window()->shortcutActions().size() >= 15);
    }

    // Other people by name: the server's user directory (GET /users) names the holder in the case
    // header, the note authors and the dashboard's "held per person"; unknown ids show as ids.
    void showsOtherUsersByName()
    {
        const QString agent = QStringLiteral("agent2");
        const QString name = QStringLiteral("李娜");
        m_server->api().database().exec(QStringLiteral("UPDATE users SET display_name = ? WHERE id = ?"), {name, agent});
        QVERIFY(driveToVerdict(*m_server, QStringLiteral("T-UI6"), agent) > 0);
        signInAs(QStringLiteral("super1"));
        QTRY_VERIFY_WITH_TIMEOUT(m_ws->userNames().knows(agent), 20000);
        QCOMPARE(m_ws->userNames().displayName(agent), name);
        QCOMPARE(m_ws->userNames().displayName(QStringLiteral("never-heard-of")), QStringLiteral("never-heard-of"));

        m_ws->openTicket(QStringLiteral("T-UI6"));
        QVERIFY(settle(QStringLiteral("T-UI6")));
        ui::CaseTab *t = tab(QStringLiteral("T-UI6"));
        QCOMPARE(t->view().state.holder, agent);
        auto *holder = t->workspace()->findChild<QLabel *>(QStringLiteral("holder"));
        QVERIFY(holder);
        QTRY_VERIFY2(holder->text().contains(name) && !holder->text().contains(agent), qPrintable(holder->text()));
        bool noteByName = false;
        for (int row = 0; row < t->notesModel()->rowCount(); ++row) {
            const QModelIndex index = t->notesModel()->index(row);
            if (index.data(NotesModel::AuthorRole).toString() == agent)
                noteByName = index.data(NotesModel::AuthorNameRole).toString() == name;
        }
        QVERIFY(noteByName);

        QTabWidget *tabs = m_ws->window()->tabs();
        tabs->setCurrentWidget(m_ws->window()->dashboard());
        QTRY_VERIFY_WITH_TIMEOUT(m_ws->window()->dashboard()->heldByNames().contains(name), 20000);
        QVERIFY(!m_ws->window()->dashboard()->heldByNames().contains(agent));
    }

    // File > Export queue view… (Ctrl+Shift+S, in the F1 list): the queue's current view (its
    // search, every matching row) with the columns shown and their headers, the ticket id first.
    void exportsTheQueueView()
    {
        for (const char *id : {"T-EX1", "T-EX2", "T-EX3"})
            QCOMPARE(m_server->intake(TestServer::sampleCase(QString::fromLatin1(id))).status, 201);
        QCOMPARE(m_server->intake(TestServer::sampleCase(QStringLiteral("T-OTHER"))).status, 201);
        signInAs(QStringLiteral("agent1"));
        QTRY_COMPARE_WITH_TIMEOUT(m_ws->queueModel()->matchingCount(), 4, 20000);
        ui::MainWindow *w = m_ws->window();
        QAction *action = w->action(QStringLiteral("exportQueueAction"));
        QVERIFY(action);
        QVERIFY(w->shortcutActions().contains(action));
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));

        ui::QueueView *queue = w->queue();
        queue->findChild<QLineEdit *>(QStringLiteral("searchBox"))->setText(QStringLiteral("T-EX"));
        QTRY_COMPARE_WITH_TIMEOUT(m_ws->queueModel()->matchingCount(), 3, 20000);
        queue->table()->setColumnHidden(TicketQueueModel::MerchantColumn, true);

        QTemporaryDir out;
        m_exportFile = out.filePath(QStringLiteral("队列.csv"));
        action->trigger();
        QVERIFY(m_ws->queueExport());
        QTRY_VERIFY_WITH_TIMEOUT(!m_ws->queueExport()->isRunning(), 20000);
        QFile file(m_exportFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QStringList expectedHeaders;
        for (int column : queue->visibleColumns())
            expectedHeaders << m_ws->queueModel()->headerData(column, Qt::Horizontal).toString();
        QCOMPARE(lines.first(), expectedHeaders.join(QLatin1Char(',')));
        QVERIFY(!lines.first().contains(m_ws->queueModel()->headerData(TicketQueueModel::MerchantColumn, Qt::Horizontal).toString()));
        QStringList ids;
        for (const QString &line : lines.mid(1))
            ids << line.section(QLatin1Char(','), 0, 0);
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("T-EX1"), QStringLiteral("T-EX2"), QStringLiteral("T-EX3")}));
        QVERIFY2(w->statusBar()->currentMessage().contains(QStringLiteral("3")), qPrintable(w->statusBar()->currentMessage()));
        QVERIFY(!w->findChild<QWidget *>(QStringLiteral("cancelProgress"))->isVisible()); // at once, even with a poll in flight

        // Nothing chosen in the save dialog: nothing written.
        m_exportFile.clear();
        action->trigger();
        QVERIFY(!m_ws->queueExport()->isRunning());
    }

    void concurrentChangeOpensTheConflictDialog()
    {
        const qint64 v = driveToVerdict(*m_server, QStringLiteral("T-UI3"), QStringLiteral("agent1"));
        QVERIFY(v > 0);
        signInAs(QStringLiteral("agent1"));
        m_ws->openTicket(QStringLiteral("T-UI3"));
        QVERIFY(settle(QStringLiteral("T-UI3")));
        // The agent writes a note on version v while the network is down: it waits in the outbox.
        const DeadPort dead;
        QVERIFY(dead.port() != 0);
        m_ws->client()->setBaseUrl(dead.url());
        bool shown = false;
        QStringList differences;
        QString mineVersion;
        onNextModal([&](QWidget *w) {
            auto *dialog = qobject_cast<ui::ConflictDialog *>(w);
            QVERIFY(dialog);
            shown = true;
            differences = dialog->differences();
            auto *table = dialog->findChild<QTreeWidget *>();
            QVERIFY(table);
            mineVersion = table->topLevelItem(table->topLevelItemCount() - 1)->text(1);
            dialog->reject(); // Reload: drop the change, show the server's state
        }, QStringLiteral("conflictDialog"));
        emit tab(QStringLiteral("T-UI3"))->noteSubmitted(NoteKind::Internal, QStringLiteral("我的备注"));
        QTRY_COMPARE_WITH_TIMEOUT(m_ws->engine()->connectivity(), sync::Connectivity::Offline, 20000);
        QCOMPARE(m_ws->engine()->pendingCount(), 1);
        // A supervisor writes on the ticket meanwhile, and the newer case reaches the local cache
        // before the agent's note reaches the server (in real life: a poll's fetch overtakes it).
        QCOMPARE(m_server->write(QStringLiteral("/api/v1/tickets/T-UI3/notes"),
                                 {{QStringLiteral("kind"), QStringLiteral("internal")}, {QStringLiteral("text"), QStringLiteral("主管插话")}},
                                 QStringLiteral("super1"), v).status, 200);
        const HttpReply now = m_server->request("GET", QStringLiteral("/api/v1/tickets/T-UI3"), {}, QStringLiteral("agent1"));
        QCOMPARE(now.status, 200);
        store::CaseCache(*m_ws->store()).storeDetail(QStringLiteral("T-UI3"), v + 1, now.json(), QDateTime::currentDateTimeUtc());
        // The network comes back: the note is refused (412) and the dialog compares what the agent
        // saw when writing (version v) with the server's case (v + 1).
        m_ws->client()->setBaseUrl(QUrl(m_server->baseUrl()));
        m_ws->engine()->flushNow();
        QTRY_VERIFY_WITH_TIMEOUT(shown, 20000);
        QVERIFY2(differences.contains(QStringLiteral("version")), qPrintable(differences.join(QLatin1Char(','))));
        QCOMPARE(mineVersion, QString::number(v));
        QTRY_COMPARE_WITH_TIMEOUT(m_ws->engine()->pendingCount(), 0, 20000);
        QVERIFY(settle(QStringLiteral("T-UI3")));
        QCOMPARE(tab(QStringLiteral("T-UI3"))->view().caseFile.ticket.version, v + 1);
    }
};

QTEST_MAIN(TestUiWorkstation)
#include "tst_ui_workstation.moc"
