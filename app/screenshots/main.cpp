// wd_screenshots: the pictures of docs/user-guide.md, taken from the real workstation.
//   wd_screenshots --lang zh_CN|en --out DIR [--size 1600x1000]
// It starts the workstation in demo mode (embedded server, seeded demo data, signed in as the demo
// agent), waits for the queue, then saves QWidget::grab() pictures of the login dialog, the queue,
// a case with its evidence and the verdict dialog as DIR/{login,queue,case,verdict}-<zh|en>.png.
// The verdict needs a ticket at the verdict step held by the agent: the demo data has none
// (its verdict-step tickets already carry a verdict), so it takes one of agent1's tickets at the
// review step, which the demo already reviewed, and moves it on with "Next step" like an agent.
// Run it on a real X server (scripts/screenshots uses xvfb-run) with a throw-away HOME: it writes
// the demo database, the local cache and the settings there.

#include "casetab.h"
#include "caseworkspace.h"
#include "clockstate.h"
#include "demoserver.h"
#include "evidencemodel.h"
#include "evidenceviewer.h"
#include "imageview.h"
#include "keylogview.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "queueview.h"
#include "ruleset.h"
#include "stepbar.h"
#include "syncengine.h"
#include "ticketcache.h"
#include "ticketqueuemodel.h"
#include "translation.h"
#include "verdictdialog.h"
#include "workstation.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QIcon>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <stdexcept>

using namespace wd;

namespace {

constexpr int kTimeoutMs = 120000; // the first start seeds 400 tickets; a loaded 2-core machine is slow

void say(const QString &text)
{
    std::fprintf(stderr, "wd_screenshots: %s\n", qPrintable(text));
}

// Runs the event loop until `done` holds or the time is up; the answer is `done()` at the end.
bool waitFor(const std::function<bool()> &done, int timeoutMs = kTimeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(50);
    const QDeadlineTimer deadline(timeoutMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    poll.start();
    loop.exec();
    return done();
}

// Lets queued layout, decoding results and paint events through before a picture is taken.
void settle(int ms = 400)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void require(bool ok, const QString &what)
{
    if (!ok)
        throw std::runtime_error(what.toStdString());
}

// What makes one of the agent's review-step tickets worth showing.
struct Candidate
{
    QString id;
    QString highlightEvidence; // an image captured within the highlight window of a key event
    int images = 0;
    int keyEvents = 0;
    int remedies = 0;
    bool covered = false;
    bool aboveThreshold = false;
    // The case: screenshots, one taken next to a key-log event (selecting it highlights the
    // event), a log with a few events, a covered proposal.
    int caseScore() const
    {
        return qMin(images, 3) * 2 + (highlightEvidence.isEmpty() ? 0 : 6) + (keyEvents >= 3 ? 2 : 0) + (covered ? 2 : 0);
    }
    // The verdict: a covered proposal with a choice of remedies, above the four-eyes threshold.
    int verdictScore() const
    {
        return (aboveThreshold ? 4 : 0) + (covered ? 4 : 0) + (remedies >= 2 ? 2 : 0) + qMin(images, 3);
    }
};

QString imageNearKeyEvent(const CaseFile &c)
{
    for (const Evidence &e : c.evidence) {
        if (!e.mediaType.startsWith(QLatin1String("image/")) || !e.capturedAt)
            continue;
        for (const KeyEvent &k : c.keyEvents) {
            if (qAbs(k.at.msecsTo(*e.capturedAt)) <= ui::CaseWorkspace::kDefaultHighlightMs)
                return e.id;
        }
    }
    return {};
}

class Shooter
{
public:
    Shooter(app::Workstation &ws, const QString &outDir, const QString &suffix, const QSize &size)
        : m_ws(ws), m_out(outDir), m_suffix(suffix), m_size(size)
    {
    }

    void run()
    {
        waitForQueue();
        shootLogin();
        shootQueue();
        const QList<Candidate> found = candidates();
        const Candidate forCase = best(found, [](const Candidate &c) { return c.caseScore(); });
        const Candidate forVerdict = best(found, [](const Candidate &c) { return c.verdictScore(); });
        say(QStringLiteral("case %1, verdict %2").arg(forCase.id, forVerdict.id));
        shootCase(forCase);
        shootVerdict(forVerdict.id);
    }

private:
    void save(QWidget *widget, const QString &name)
    {
        const QString path = QDir(m_out).filePath(QStringLiteral("%1-%2.png").arg(name, m_suffix));
        require(widget->grab().save(path), QStringLiteral("cannot write %1").arg(path));
        say(QStringLiteral("saved %1").arg(path));
    }

    void waitForQueue()
    {
        require(waitFor([&] { return m_ws.window() != nullptr; }), QStringLiteral("the demo agent was not signed in"));
        ui::MainWindow *w = m_ws.window();
        // No window manager under Xvfb: "maximized" is the whole screen, set by hand.
        w->showNormal();
        w->setGeometry(QRect(QPoint(0, 0), m_size));
        require(waitFor([&] { return m_ws.engine() && m_ws.engine()->lastSync().isValid(); }),
                QStringLiteral("the first sync did not finish"));
        require(waitFor([&] { return store::TicketCache(*m_ws.store()).total() >= app::DemoServer::kDemoTickets; }),
                QStringLiteral("the queue did not fill"));
        m_ws.queueModel()->refresh();
        w->queue()->refreshCount();
        settle(800);
    }

    void shootLogin()
    {
        // The demo signs in by itself, so the dialog is shown as an agent would fill it in for
        // the demo server: its address, the user and the (masked) password.
        ui::LoginDialog login(m_ws.window());
        login.setHistory({m_ws.demoServer()->url().toString()});
        login.setUser(QStringLiteral("agent1"));
        login.passwordEdit()->setText(app::DemoServer::password(QStringLiteral("agent1")));
        login.show();
        require(waitFor([&] { return login.isVisible(); }), QStringLiteral("the login dialog did not show"));
        login.passwordEdit()->setFocus();
        login.passwordEdit()->deselect(); // the cursor after the typed password, not a selection
        login.passwordEdit()->end(false);
        settle();
        save(&login, QStringLiteral("login"));
        login.hide();
    }

    void shootQueue()
    {
        ui::MainWindow *w = m_ws.window();
        w->tabs()->setCurrentWidget(w->queue());
        QTableView *table = w->queue()->table();
        // Sorted by SLA, the breached tickets come first: scroll to where they give way to the
        // running ones, so the picture shows the SLA colours side by side.
        TicketQueueModel *model = m_ws.queueModel();
        int firstRunning = -1;
        for (int r = 0; firstRunning < 0; ++r) {
            while (r >= model->rowCount() && model->canFetchMore({}))
                model->fetchMore({});
            if (r >= model->rowCount())
                break;
            const auto level = ClockLevel(model->index(r, TicketQueueModel::SlaColumn).data(TicketQueueModel::ClockLevelRole).toInt());
            if (level != ClockLevel::Breached)
                firstRunning = r;
        }
        const int top = qMax(0, firstRunning - 12);
        table->scrollTo(model->index(top, 0), QAbstractItemView::PositionAtTop);
        table->setFocus();
        table->selectRow(top + 1);
        settle();
        save(w, QStringLiteral("queue"));
    }

    // agent1's tickets at the review step (the demo reviewed them: "Next step" is allowed).
    QList<Candidate> candidates()
    {
        store::QueueFilter filter;
        filter.steps = {QStringLiteral("review")};
        filter.holder = store::QueueFilter::Holder::Me;
        filter.me = m_ws.userId();
        const store::QueuePage page = store::TicketCache(*m_ws.store()).page(filter, {}, 40);
        QList<Candidate> found;
        for (const store::QueueRow &row : page.rows) {
            remote::TicketDetailJob *job = m_ws.client()->ticket(row.summary.id);
            bool finished = false;
            QObject::connect(job, &remote::ApiJob::finished, job, [&finished] { finished = true; });
            require(waitFor([&] { return finished; }), QStringLiteral("no answer for %1").arg(row.summary.id));
            job->deleteLater();
            if (!job->ok())
                continue;
            const remote::TicketDetail &d = job->detail();
            if (d.assessment.isEmpty())
                continue;
            Candidate c;
            c.id = row.summary.id;
            for (const Evidence &e : d.caseFile.evidence)
                c.images += e.mediaType.startsWith(QLatin1String("image/")) ? 1 : 0;
            c.highlightEvidence = imageNearKeyEvent(d.caseFile);
            c.keyEvents = int(d.caseFile.keyEvents.size());
            c.remedies = int(d.assessment.value(QStringLiteral("remedies")).toArray().size());
            c.covered = d.assessment.value(QStringLiteral("covered")).toBool();
            c.aboveThreshold = d.caseFile.order && d.caseFile.order->amountPaid > RuleSet::builtIn().fourEyesThreshold();
            found << c;
        }
        require(!found.isEmpty(), QStringLiteral("no ticket of %1 at the review step").arg(m_ws.userId()));
        return found;
    }

    template <typename Score>
    static Candidate best(const QList<Candidate> &list, Score score)
    {
        return *std::max_element(list.begin(), list.end(), [&](const Candidate &a, const Candidate &b) { return score(a) < score(b); });
    }

    ui::CaseTab *openCase(const QString &id)
    {
        m_ws.openTicket(id);
        ui::CaseTab *tab = m_ws.window()->caseTab(id);
        require(tab != nullptr, QStringLiteral("%1 did not open").arg(id));
        require(waitFor([&] { return tab->view().caseFile.ticket.id == id && !tab->view().cached; }),
                QStringLiteral("%1 was not loaded").arg(id));
        return tab;
    }

    void shootCase(const Candidate &candidate)
    {
        const QString id = candidate.id;
        ui::CaseTab *tab = openCase(id);
        ui::CaseWorkspace *space = tab->workspace();
        EvidenceModel *evidence = space->evidenceModel();
        // Every picture verified and its thumbnail drawn.
        require(waitFor([&] {
                    for (int r = 0; r < evidence->rowCount(); ++r) {
                        const QModelIndex i = evidence->index(r, 0);
                        if (i.data(EvidenceModel::IsImageRole).toBool()
                            && (Integrity(i.data(EvidenceModel::IntegrityRole).toInt()) != Integrity::Verified
                                || i.data(EvidenceModel::ThumbnailRole).value<QImage>().isNull()))
                            return false;
                    }
                    return true;
                }),
                QStringLiteral("the evidence of %1 did not arrive").arg(id));
        // A screenshot large; its capture time highlights the log events around it.
        QString shown = candidate.highlightEvidence;
        for (int r = 0; shown.isEmpty() && r < evidence->rowCount(); ++r) {
            const QModelIndex i = evidence->index(r, 0);
            if (i.data(EvidenceModel::IsImageRole).toBool())
                shown = i.data(EvidenceModel::IdRole).toString();
        }
        space->evidenceViewer()->setCurrentId(shown);
        require(waitFor([&] { return space->evidenceViewer()->mainView()->hasImage(); }),
                QStringLiteral("the screenshot of %1 was not shown").arg(id));
        space->keyLogView()->scrollToFirstHighlighted();
        settle(800);
        save(m_ws.window(), QStringLiteral("case"));
    }

    void shootVerdict(const QString &id)
    {
        ui::CaseTab *tab = openCase(id);
        // Review is done in the demo data (a review note, the assessment): "Next step" as an agent would.
        require(waitFor([&] { return tab->workspace()->stepBar()->advanceAction()->isEnabled(); }),
                QStringLiteral("%1 cannot leave the review step: %2").arg(id, tab->view().advance.reasonEn));
        m_ws.window()->action(QStringLiteral("nextStepAction"))->trigger();
        require(waitFor([&] {
                    return m_ws.engine()->pendingCount() == 0 && tab->view().state.step == Step::Verdict && !tab->view().cached
                        && tab->verdictAction()->isEnabled();
                }),
                QStringLiteral("%1 did not reach the verdict step").arg(id));
        settle();
        bool shot = false;
        QString failure;
        auto *poll = new QTimer(qApp);
        poll->setInterval(50);
        QObject::connect(poll, &QTimer::timeout, poll, [&, poll] {
            auto *dialog = qobject_cast<ui::VerdictDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll->stop();
            poll->deleteLater();
            // What an agent fills in: the reasoning and the evidence cited.
            dialog->reasoningEdit()->setPlainText(
                ui::Translation::current() == Language::Chinese
                    ? QStringLiteral("已核对订单、日志与买家提交的证据,与买家描述一致,按规则引擎建议处理。")
                    : QStringLiteral("Order, logs and the customer's evidence checked: they bear out the complaint. "
                                     "Handled as the rules engine proposes."));
            // The remedies stay for the agent to pick: the first one proposed.
            for (int i = 0; i < dialog->remedyList()->count() && dialog->verdict().remedies.isEmpty(); ++i)
                dialog->remedyList()->item(i)->setCheckState(Qt::Checked);
            for (int i = 0; i < dialog->evidenceList()->count(); ++i)
                dialog->evidenceList()->item(i)->setCheckState(Qt::Checked);
            dialog->adjustSize();
            settle();
            try {
                save(dialog, QStringLiteral("verdict"));
                shot = true;
            } catch (const std::exception &e) {
                failure = QString::fromStdString(e.what());
            }
            dialog->reject(); // the picture is all that is wanted: nothing is recorded
        });
        poll->start();
        tab->openVerdictDialog();
        require(failure.isEmpty(), failure);
        require(shot, QStringLiteral("the verdict dialog of %1 did not open").arg(id));
    }

    app::Workstation &m_ws;
    QString m_out;
    QString m_suffix;
    QSize m_size;
};

QSize parseSize(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('x'));
    bool okW = false, okH = false;
    const int w = parts.value(0).toInt(&okW);
    const int h = parts.size() == 2 ? parts.value(1).toInt(&okH) : 0;
    if (!okW || !okH || w < 800 || h < 600 || w > 7680 || h > 4320)
        return {};
    return {w, h};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The names of the real application, so the demo data and settings land where it keeps them.
    QApplication::setApplicationName(QStringLiteral("WarrantyDesk"));
    QApplication::setOrganizationName(QStringLiteral("WarrantyDesk"));
    QApplication::setApplicationVersion(QStringLiteral(WD_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/warrantydesk/icons/warrantydesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Saves the user guide's screenshots of the WarrantyDesk demo."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Interface language: zh_CN or en."), QStringLiteral("language")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the PNG files."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Window size (default 1600x1000)."), QStringLiteral("WxH"),
                      QStringLiteral("1600x1000")});
    parser.process(app);

    const auto choice = ui::languageChoiceFromName(parser.value(QStringLiteral("lang")));
    if (!choice || *choice == ui::LanguageChoice::System || !parser.isSet(QStringLiteral("out"))) {
        say(QStringLiteral("usage: wd_screenshots --lang zh_CN|en --out DIR [--size WxH]"));
        return 1;
    }
    const QSize size = parseSize(parser.value(QStringLiteral("size")));
    if (!size.isValid()) {
        say(QStringLiteral("--size: not WxH between 800x600 and 7680x4320: %1").arg(parser.value(QStringLiteral("size"))));
        return 1;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (!QDir().mkpath(out)) {
        say(QStringLiteral("--out: cannot create %1").arg(out));
        return 1;
    }
    ui::Translation::install(*choice);
    const bool chinese = ui::Translation::current() == Language::Chinese;
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English, QLocale::UnitedStates));

    app::Workstation::Options options;
    options.demo = true;
    app::Workstation workstation(options);
    QString error;
    if (!workstation.startDemo(&error)) {
        say(QStringLiteral("the demo server could not start: %1").arg(error));
        return 1;
    }
    try {
        Shooter(workstation, out, chinese ? QStringLiteral("zh") : QStringLiteral("en"), size).run();
    } catch (const std::exception &e) {
        say(QString::fromStdString(e.what()));
        return 1;
    }
    return 0;
}
