// uiw_gallery: the case workspace filled with a sample case and drawn screenshots, to look at.
// Built, not a test. Options:
//   --dark              a dark palette (Fusion) instead of the system's light one
//   --zh                in Chinese (the embedded translation)
//   --case NAME         a case from tests/data/cases (default platform_window_overlap_invalid_key)
//   --compare           open the comparison of two screenshots
//   --select-log ROW    select a key-log row (highlights the screenshots near it)
//   --evidence ID       show that evidence item
//   --grab FILE         render the window offscreen into FILE after the images decoded, then quit
//   --size WxH          window size (default 1560x960)
//   --bench             2,000 key events and 12 full-HD screenshots: prints the time from setCase
//                       to the first paint and until every thumbnail arrived, then quits

#include "caseheader.h"
#include "caseworkspace.h"
#include "evidencemodel.h"
#include "keylogmodel.h"
#include "keylogview.h"
#include "palette.h"
#include "stepbar.h"
#include "translation.h"
#include "uiw_samples.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QLabel>
#include <QStyleFactory>
#include <QTimer>

#include <cstdio>

using namespace wd;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("dark"), QStringLiteral("Dark palette.")},
                       {QStringLiteral("zh"), QStringLiteral("Chinese.")},
                       {QStringLiteral("case"), QStringLiteral("Sample case name."), QStringLiteral("name"),
                        QStringLiteral("platform_window_overlap_invalid_key")},
                       {QStringLiteral("compare"), QStringLiteral("Compare two screenshots.")},
                       {QStringLiteral("select-log"), QStringLiteral("Select a key-log row."), QStringLiteral("row")},
                       {QStringLiteral("evidence"), QStringLiteral("Show this evidence id."), QStringLiteral("id")},
                       {QStringLiteral("grab"), QStringLiteral("Save a picture and quit."), QStringLiteral("file")},
                       {QStringLiteral("size"), QStringLiteral("Window size."), QStringLiteral("WxH"), QStringLiteral("1560x960")},
                       {QStringLiteral("bench"), QStringLiteral("Time a large case and quit.")}});
    parser.process(app);
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (parser.isSet(QStringLiteral("dark")))
        app.setPalette(ui::darkPalette());
    ui::Translation::install(parser.isSet(QStringLiteral("zh")) ? ui::LanguageChoice::Chinese : ui::LanguageChoice::English);

    CaseFile caseFile = test::loadSampleCase(parser.value(QStringLiteral("case")));
    // More evidence than the sample holds, to show every state the viewer knows.
    const QDateTime firstCapture = caseFile.evidence.isEmpty() ? caseFile.ticket.submittedAt
                                                               : caseFile.evidence.first().capturedAt.value_or(caseFile.ticket.submittedAt);
    auto add = [&](const char *id, EvidenceKind kind, const char *mediaType, qint64 offsetMinutes, const QString &name) {
        Evidence e;
        e.id = QString::fromLatin1(id);
        e.kind = kind;
        e.mediaType = QString::fromLatin1(mediaType);
        e.sha256 = QStringLiteral("5d41402abc4b2a76b9719d911017c592ae1c1d0b6f3a5e8e0c6d2b1a09f8e7d6");
        e.capturedAt = firstCapture.addSecs(offsetMinutes * 60);
        e.name = name;
        caseFile.evidence << e;
    };
    add("E-2", EvidenceKind::Screenshot, "image/png", -8, QStringLiteral("提取失败.png"));
    add("E-3", EvidenceKind::CommunicationRecord, "image/jpeg", 95, QStringLiteral("与商家聊天.jpg"));
    add("E-4", EvidenceKind::Screenshot, "image/png", 150, QStringLiteral("huge.png"));
    add("E-5", EvidenceKind::Screenshot, "image/png", 160, QStringLiteral("订单页.png"));
    add("E-6", EvidenceKind::ChatLog, "text/plain", 170, QStringLiteral("客服对话.txt"));

    const QString clock = firstCapture.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("HH:mm"));
    QHash<QString, QByteArray> bytes;
    const QString firstId = caseFile.evidence.first().id;
    bytes[firstId] = test::encode(test::drawnScreenshot(QStringLiteral("激活失败"), QStringLiteral("卡密无效，请核对后重试（错误码 40012）"),
                                                        clock, QColor(0x1e, 0x88, 0xe5)), "png");
    bytes[QStringLiteral("E-2")] = test::encode(test::drawnScreenshot(QStringLiteral("提取失败"), QStringLiteral("系统维护中，暂停提取"),
                                                                      clock, QColor(0xf5, 0x7c, 0x00), QSize(1080, 2340)), "png");
    bytes[QStringLiteral("E-3")] = test::truncatedJpeg();
    bytes[QStringLiteral("E-4")] = test::pngDeclaring(100000, 100000);
    bytes[QStringLiteral("E-5")] = test::encode(test::drawnScreenshot(QStringLiteral("订单详情"), QStringLiteral("订单已完成 · 实付 ¥29.40"),
                                                                      clock, QColor(0x43, 0xa0, 0x47), QSize(1920, 1080)), "jpeg", 90);

    const bool bench = parser.isSet(QStringLiteral("bench"));
    if (bench) {
        // The size issue 5 names: 2,000 log events and 12 full-HD screenshots.
        const KeyEvent base = caseFile.keyEvents.first();
        for (int i = 0; caseFile.keyEvents.size() < 2000; ++i) {
            KeyEvent e = base;
            e.at = base.at.addSecs(37 * i);
            e.type = i % 3 ? KeyEventType::ActivationAttempt : KeyEventType::Extracted;
            e.result = i % 7 ? KeyResult::Invalid : KeyResult::Success;
            e.message = QStringLiteral("第 %1 次尝试").arg(i);
            caseFile.keyEvents << e;
        }
        const QByteArray fullHd = test::encode(test::drawnScreenshot(QStringLiteral("激活失败"), QStringLiteral("卡密无效"), clock,
                                                                     QColor(0x1e, 0x88, 0xe5), QSize(1920, 1080)), "png");
        caseFile.evidence.clear();
        for (int i = 1; i <= 12; ++i) {
            Evidence e;
            e.id = QStringLiteral("B-%1").arg(i);
            e.kind = EvidenceKind::Screenshot;
            e.mediaType = QStringLiteral("image/png");
            e.capturedAt = firstCapture.addSecs(60 * i);
            caseFile.evidence << e;
            bytes[e.id] = fullHd;
        }
    }

    CaseState state;
    state.step = Step::Review;
    state.status = Status::InProgress;
    state.holder = QStringLiteral("agent1");
    ui::CaseMeta meta;
    meta.holder = QStringLiteral("agent1");
    meta.holderName = QStringLiteral("李娜");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    meta.leaseUntil = now.addSecs(17 * 60);
    meta.slaDueAt = now.addSecs(5 * 3600 + 12 * 60);
    meta.slaState = QStringLiteral("warning");
    meta.warrantyEndsAt = now.addDays(4).addSecs(3 * 3600);
    meta.duplicates = QJsonArray{QJsonObject{{QStringLiteral("evidence_id"), firstId},
                                             {QStringLiteral("other_ticket_id"), QStringLiteral("T-2087")},
                                             {QStringLiteral("other_evidence_id"), QStringLiteral("E-2")},
                                             {QStringLiteral("identical_bytes"), false},
                                             {QStringLiteral("distance"), 2}}};

    ui::CaseWorkspace workspace;
    workspace.setWindowTitle(QStringLiteral("uiw_gallery — %1").arg(caseFile.ticket.id));
    workspace.setBytesProvider([&bytes](const QString &id) { return bytes.value(id); });
    auto *side = new QLabel(QStringLiteral("Assessment panel\n(ui/assessmentpanel)"));
    side->setAlignment(Qt::AlignCenter);
    workspace.addSidePanel(side, QStringLiteral("Assessment"));
    if (bench) {
        workspace.resize(1560, 960);
        workspace.show();
        // Warm up with the sample case: the first Chinese text loads the CJK fonts, a one-time
        // cost of the process (the queue has shown Chinese long before a case opens).
        workspace.setCase(test::loadSampleCase(parser.value(QStringLiteral("case"))), state, meta);
        workspace.repaint();
        workspace.evidenceViewer()->loader()->waitForDone();
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        workspace.setCase(caseFile, state, meta);
        workspace.repaint(); // the first paint, synchronously
        const qint64 firstPaint = timer.elapsed();
        auto thumbnailsDone = [&] {
            for (int row = 0; row < workspace.evidenceModel()->rowCount(); ++row) {
                if (workspace.evidenceModel()->index(row, 0).data(EvidenceModel::ThumbnailRole).value<QImage>().isNull())
                    return false;
            }
            return true;
        };
        while (!thumbnailsDone())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        std::printf("setCase to first paint: %lld ms (%lld events, %lld screenshots); all thumbnails: %lld ms\n",
                    firstPaint, qlonglong(caseFile.keyEvents.size()), qlonglong(caseFile.evidence.size()), timer.elapsed());
        return 0;
    }
    workspace.setCase(caseFile, state, meta);
    workspace.evidenceModel()->setIntegrity(firstId, Integrity::Verified);
    workspace.evidenceModel()->setIntegrity(QStringLiteral("E-2"), Integrity::Mismatch);
    workspace.evidenceModel()->setIntegrity(QStringLiteral("E-5"), Integrity::Verifying);
    workspace.stepBar()->setTransitionState(false, QStringLiteral("At least one review note is needed (review.note_missing)"),
                                            true, QString());
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    workspace.resize(size.value(0).toInt(), size.value(1).toInt());
    workspace.show();

    if (parser.isSet(QStringLiteral("evidence")))
        workspace.evidenceViewer()->setCurrentId(parser.value(QStringLiteral("evidence")));
    if (parser.isSet(QStringLiteral("compare")))
        workspace.evidenceViewer()->setComparing(true);
    if (parser.isSet(QStringLiteral("select-log")))
        workspace.keyLogView()->setCurrentIndex(workspace.keyLogModel()->index(parser.value(QStringLiteral("select-log")).toInt(), 0));

    if (parser.isSet(QStringLiteral("grab"))) {
        QTimer::singleShot(800, &workspace, [&] {
            workspace.evidenceViewer()->loader()->waitForDone();
            QCoreApplication::processEvents();
            workspace.grab().save(parser.value(QStringLiteral("grab")));
            app.quit();
        });
    }
    return app.exec();
}
