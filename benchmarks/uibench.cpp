// wd_ui_bench: the workstation's on-screen figures (not a test: it prints, it asserts nothing).
// Run by benchmarks/ui-bench on the offscreen platform against a cache file a first sync of
// 100,000 tickets produced:
//   start to an interactive queue: from main() to the queue view shown with its first page
//     painted (the local store opened, the model's first page read, the table painted);
//   opening a case with 2,000 key-log events and 12 full-HD screenshots: from the case file's
//     JSON to the workspace's first paint (decode, setCase, paint), then until every thumbnail
//     arrived (decoded off the UI thread);
//   a keystroke in the queue's search box to the repainted queue, in full (the view's own delay
//     for a burst of keystrokes included) and from the filter's start to the paint.
//   wd_ui_bench --cache FILE [--case NAME] [--rounds N]

#include "benchsupport.h"
#include "casecodec.h"
#include "caseworkspace.h"
#include "evidencemodel.h"
#include "evidenceviewer.h"
#include "imageloader.h"
#include "localstore.h"
#include "queueview.h"
#include "ticketcache.h"
#include "ticketqueuemodel.h"
#include "uiw_samples.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyleFactory>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace wd;
using bench::elapsedMs;
using bench::print;
using bench::waitFor;

namespace {

QString percentiles(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double p) { return ms.isEmpty() ? 0.0 : ms.at(qMin(int(ms.size()) - 1, int(p * ms.size()))); };
    return QStringLiteral("p50 %1 ms  p95 %2 ms  max %3 ms  (n=%4)")
        .arg(pct(0.5), 0, 'f', 1).arg(pct(0.95), 0, 'f', 1).arg(ms.isEmpty() ? 0.0 : ms.last(), 0, 'f', 1).arg(ms.size());
}

// Notes when a widget has been painted (the paint event has run once it is seen here and the
// event loop returns).
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *widget) { widget->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

void typeCharacter(QWidget *target, const QString &character)
{
    QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, character);
    QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, character);
    QCoreApplication::sendEvent(target, &press);
    QCoreApplication::sendEvent(target, &release);
}

// The sample case grown to the size issue 5 names, as the JSON a cache holds.
QByteArray largeCaseJson(const QString &sampleName)
{
    CaseFile caseFile = test::loadSampleCase(sampleName);
    const KeyEvent base = caseFile.keyEvents.first();
    for (int i = 0; caseFile.keyEvents.size() < 2000; ++i) {
        KeyEvent e = base;
        e.at = base.at.addSecs(37 * i);
        e.type = i % 3 ? KeyEventType::ActivationAttempt : KeyEventType::Extracted;
        e.result = i % 7 ? KeyResult::Invalid : KeyResult::Success;
        e.message = QStringLiteral("卡密校验失败,错误码 E%1").arg(1000 + i % 50);
        caseFile.keyEvents << e;
    }
    const QDateTime firstCapture = caseFile.ticket.submittedAt;
    caseFile.evidence.clear();
    for (int i = 1; i <= 12; ++i) {
        Evidence e;
        e.id = QStringLiteral("B-%1").arg(i);
        e.kind = EvidenceKind::Screenshot;
        e.mediaType = QStringLiteral("image/png");
        e.sha256 = QString(64, QLatin1Char('a'));
        e.capturedAt = firstCapture.addSecs(60 * i);
        e.name = QStringLiteral("截图 %1.png").arg(i);
        caseFile.evidence << e;
    }
    return QJsonDocument(CaseCodec::encode(caseFile)).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("cache"), QStringLiteral("Cache file of a first sync."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("case"), QStringLiteral("Sample case to grow."), QStringLiteral("name"),
                      QStringLiteral("platform_window_overlap_invalid_key")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Case openings and keystrokes to time."), QStringLiteral("n"),
                      QStringLiteral("20")});
    parser.process(app);
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const int rounds = qMax(1, parser.value(QStringLiteral("rounds")).toInt());
    if (!QFile::exists(parser.value(QStringLiteral("cache")))) {
        print(QStringLiteral("no cache file at %1 (benchmarks/ui-bench makes one)").arg(parser.value(QStringLiteral("cache"))));
        return 1;
    }

    // ---- start to an interactive queue ----
    std::unique_ptr<store::LocalStore> store = store::LocalStore::open(parser.value(QStringLiteral("cache")));
    store::TicketCache cache(*store);
    TicketQueueModel model(cache);
    ui::QueueView queue;
    queue.setCurrentUser(QStringLiteral("agent1"));
    queue.setModel(&model);
    queue.resize(1560, 960);
    auto *table = queue.findChild<QTableView *>();
    PaintWatch tablePaint(table->viewport());
    queue.show();
    waitFor([&] { return tablePaint.painted; }, 10000);
    const double startMs = elapsedMs(sinceStart);
    print(QStringLiteral("== offscreen, %1 tickets in the cache").arg(cache.total()));
    print(QStringLiteral("   start to an interactive queue (first page painted): %1 ms, %2 rows loaded  (target <= 800 ms)")
              .arg(startMs, 0, 'f', 1).arg(model.rowCount()));

    // ---- a keystroke in the search box to the repainted queue ----
    {
        auto *search = queue.findChild<QLineEdit *>(QStringLiteral("searchBox"));
        // What agents type: the first characters of products, merchants and order numbers.
        QStringList words;
        for (int r = 0; r < qMin(rounds, model.rowCount()); ++r) {
            const store::QueueRow *row = model.rowData(r);
            words << row->summary.productName.left(3) << row->summary.orderNo.right(4);
        }
        words.removeAll(QString());
        QElapsedTimer sinceFilter;
        QObject::connect(&model, &QAbstractItemModel::modelAboutToBeReset, &app, [&] { sinceFilter.start(); });
        QList<double> full, afterDelay;
        for (const QString &word : std::as_const(words)) {
            search->clear();
            waitFor([&] { return model.filter().text.isEmpty(); }, 2000);
            for (const QChar c : word) {
                tablePaint.painted = false;
                bool reset = false;
                const auto connection = QObject::connect(&model, &QAbstractItemModel::modelReset, &app, [&] { reset = true; });
                QElapsedTimer t;
                t.start();
                typeCharacter(search, QString(c));
                waitFor([&] { return reset && tablePaint.painted; }, 5000);
                full << elapsedMs(t);
                afterDelay << elapsedMs(sinceFilter);
                QObject::disconnect(connection);
            }
        }
        search->clear();
        waitFor([&] { return model.filter().text.isEmpty(); }, 2000);
        print(QStringLiteral("   keystroke to repainted queue, in full:      %1  (target <= 50 ms)").arg(percentiles(full)));
        print(QStringLiteral("   of which after the model began to reset:    %1").arg(percentiles(afterDelay)));
    }

    // ---- opening a case ----
    {
        const QByteArray json = largeCaseJson(parser.value(QStringLiteral("case")));
        const QByteArray fullHd = test::encode(test::drawnScreenshot(QStringLiteral("激活失败"), QStringLiteral("卡密无效"),
                                                                     QStringLiteral("14:05"), QColor(0x1e, 0x88, 0xe5), QSize(1920, 1080)),
                                               "png");
        ui::CaseWorkspace workspace;
        workspace.setBytesProvider([&fullHd](const QString &) { return fullHd; });
        workspace.resize(1560, 960);
        workspace.show();
        CaseState state;
        state.step = Step::Review;
        state.status = Status::InProgress;
        state.holder = QStringLiteral("agent1");
        ui::CaseMeta meta;
        meta.holder = QStringLiteral("agent1");
        meta.holderName = QStringLiteral("李娜");
        // Warm up once with the sample: fonts and styles load once per process, not per case.
        workspace.setCase(test::loadSampleCase(parser.value(QStringLiteral("case"))), state, meta);
        workspace.repaint();
        workspace.evidenceViewer()->loader()->waitForDone();
        QCoreApplication::processEvents();
        QList<double> firstPaint, thumbnails;
        qsizetype events = 0, screenshots = 0;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer t;
            t.start();
            const Result<CaseFile> decoded = CaseCodec().decode(json);
            if (!decoded) {
                print(QStringLiteral("   the large case does not decode: %1").arg(decoded.error().path));
                return 1;
            }
            events = decoded.value().keyEvents.size();
            screenshots = decoded.value().evidence.size();
            workspace.setCase(decoded.value(), state, meta);
            workspace.repaint(); // the first paint, synchronously
            firstPaint << elapsedMs(t);
            auto thumbnailsDone = [&] {
                for (int row = 0; row < workspace.evidenceModel()->rowCount(); ++row) {
                    if (workspace.evidenceModel()->index(row, 0).data(EvidenceModel::ThumbnailRole).value<QImage>().isNull())
                        return false;
                }
                return true;
            };
            waitFor(thumbnailsDone, 30000);
            thumbnails << elapsedMs(t);
            // The next opening is another case: start from an empty workspace.
            workspace.setCase(test::loadSampleCase(parser.value(QStringLiteral("case"))), state, meta);
            workspace.evidenceViewer()->loader()->waitForDone();
            QCoreApplication::processEvents();
        }
        print(QStringLiteral("   open a case (%1 key events, %2 full-HD screenshots) to first paint: %3  (target <= 150 ms)")
                  .arg(events).arg(screenshots).arg(percentiles(firstPaint)));
        print(QStringLiteral("   ... until every thumbnail arrived:  %1").arg(percentiles(thumbnails)));
    }
    return 0;
}
