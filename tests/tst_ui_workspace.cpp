// The case workspace widgets, offscreen: the step bar's states and refusals, the header's values
// and clocks (on an injected clock), the order panel, the key-log delegate's colours, the cross
// highlighting between screenshots and log events, and the splitter state.

#include "caseheader.h"
#include "caseworkspace.h"
#include "domainlabels.h"
#include "evidencemodel.h"
#include "evidencestrip.h"
#include "keylogmodel.h"
#include "keylogview.h"
#include "orderpanel.h"
#include "palette.h"
#include "stepbar.h"
#include "uiw_samples.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QSignalSpy>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace wd;
using namespace wd::ui;

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QString labelText(const QWidget &root, const char *name)
{
    const auto *label = root.findChild<QLabel *>(QLatin1String(name));
    if (!label)
        qFatal("no label %s", name);
    return label->text();
}

// Exposes the delegate's style option, which is what it paints with.
class ProbeDelegate : public KeyLogDelegate
{
public:
    using KeyLogDelegate::KeyLogDelegate;
    QStyleOptionViewItem optionFor(const QModelIndex &index, const QPalette &palette) const
    {
        QStyleOptionViewItem option;
        option.palette = palette;
        initStyleOption(&option, index);
        return option;
    }
};

} // namespace

class TestUiWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void stepBarStates_data();
    void stepBarStates();
    void stepBarRefusalsAndRequests();
    void headerShowsTheCase();
    void headerClocksTick();
    void orderPanelValues();
    void orderPanelWithoutOrder();
    void orderPanelFitsANarrowColumn();
    void keyLogDelegateColours();
    void keyLogGivesTheMessageRoom();
    void evidenceSelectionHighlightsLogEvents();
    void logSelectionHighlightsScreenshots();
    void highlightWindowIsConfigurable();
    void resyncKeepsTheShownEvidence();
    void anotherCaseStartsWithoutOldHighlights();
    void splitterStateRoundTrips();
    void sidePanel();
};

void TestUiWorkspace::stepBarStates_data()
{
    QTest::addColumn<Step>("current");
    QTest::addColumn<QList<int>>("states"); // StepState of feedback … execution, closed, appeal review
    using S = StepBar::StepState;
    const auto row = [](std::initializer_list<S> s) {
        QList<int> out;
        for (S x : s)
            out << int(x);
        return out;
    };
    QTest::newRow("feedback") << Step::Feedback
                              << row({S::Current, S::Upcoming, S::Upcoming, S::Upcoming, S::Upcoming, S::Inactive, S::Inactive});
    QTest::newRow("review") << Step::Review
                            << row({S::Done, S::Done, S::Current, S::Upcoming, S::Upcoming, S::Inactive, S::Inactive});
    QTest::newRow("execution") << Step::Execution
                               << row({S::Done, S::Done, S::Done, S::Done, S::Current, S::Inactive, S::Inactive});
    QTest::newRow("closed") << Step::Closed << row({S::Done, S::Done, S::Done, S::Done, S::Done, S::Current, S::Inactive});
    QTest::newRow("appeal review") << Step::AppealReview
                                   << row({S::Done, S::Done, S::Done, S::Done, S::Done, S::Inactive, S::Current});
}

void TestUiWorkspace::stepBarStates()
{
    QFETCH(Step, current);
    QFETCH(QList<int>, states);
    StepBar bar;
    bar.setStep(current);
    QCOMPARE(bar.step(), current);
    const Step all[] = {Step::Feedback, Step::Evidence, Step::Review, Step::Verdict, Step::Execution, Step::Closed, Step::AppealReview};
    for (int i = 0; i < 7; ++i)
        QCOMPARE(int(bar.stepState(all[i])), states.at(i));
    QVERIFY(bar.findChild<QWidget *>(QStringLiteral("stepTrack"))->accessibleDescription().contains(DomainLabels::label(current)));
}

void TestUiWorkspace::stepBarRefusalsAndRequests()
{
    StepBar bar;
    bar.resize(1200, 40);
    bar.show();
    bar.setStep(Step::Review);
    QSignalSpy advance(&bar, &StepBar::advanceRequested);
    QSignalSpy back(&bar, &StepBar::backRequested);
    bar.setTransitionState(false, QStringLiteral("At least one review note is needed"), true, QString());

    auto *advanceButton = bar.findChild<QToolButton *>(QStringLiteral("advanceButton"));
    auto *backButton = bar.findChild<QToolButton *>(QStringLiteral("backButton"));
    QVERIFY(!bar.advanceAction()->isEnabled());
    QVERIFY(!advanceButton->isEnabled());
    QVERIFY(bar.advanceAction()->toolTip().contains(QStringLiteral("At least one review note is needed")));
    QVERIFY(advanceButton->accessibleDescription().contains(QStringLiteral("review note")));
    auto *reason = bar.findChild<QLabel *>(QStringLiteral("stepReason"));
    QVERIFY(reason->isVisible());
    QVERIFY(reason->toolTip().contains(QStringLiteral("review note")));
    QVERIFY(reason->width() > 0);

    QTest::mouseClick(advanceButton, Qt::LeftButton);
    QCOMPARE(advance.count(), 0); // refused: nothing requested
    QTest::mouseClick(backButton, Qt::LeftButton);
    QCOMPARE(back.count(), 1);

    bar.setTransitionState(true, QStringLiteral("ignored when allowed"), false, QStringLiteral("Only from review"));
    QVERIFY(bar.advanceAction()->isEnabled());
    QVERIFY(!bar.advanceAction()->toolTip().contains(QStringLiteral("ignored")));
    QVERIFY(bar.advanceAction()->toolTip().contains(DomainLabels::label(Step::Verdict)));
    QVERIFY(bar.backAction()->toolTip().contains(QStringLiteral("Only from review")));
    QVERIFY(!reason->isVisible());
    QTest::mouseClick(advanceButton, Qt::LeftButton);
    QCOMPARE(advance.count(), 1);
    QTest::mouseClick(backButton, Qt::LeftButton);
    QCOMPARE(back.count(), 1);
}

void TestUiWorkspace::headerShowsTheCase()
{
    const CaseFile caseFile = test::loadSampleCase(QStringLiteral("extraction_failure_maintenance_window"));
    CaseState state;
    state.step = Step::Evidence;
    state.status = Status::AwaitingCustomer;
    CaseMeta meta;
    meta.holder = QStringLiteral("agent1");
    CaseHeader header;
    header.setClock([] { return at("2026-11-15T09:00:00+08:00"); });
    header.setCase(caseFile, state, meta);

    QCOMPARE(labelText(header, "ticketId"), QStringLiteral("T-1010"));
    QCOMPARE(labelText(header, "orderNo"), QStringLiteral("KM202611140644"));
    QCOMPARE(labelText(header, "customer"), QStringLiteral("U10735"));
    QVERIFY(labelText(header, "category").contains(DomainLabels::label(Category::ExtractionFailure)));
    QCOMPARE(labelText(header, "status"), DomainLabels::label(Status::AwaitingCustomer));
    QVERIFY(labelText(header, "holder").contains(QStringLiteral("agent1")));
    QCOMPARE(header.stepBar()->step(), Step::Evidence);
    auto *orderNo = header.findChild<QLabel *>(QStringLiteral("orderNo"));
    QVERIFY(orderNo->textInteractionFlags() & Qt::TextSelectableByMouse);

    QSignalSpy copied(&header, &CaseHeader::orderNumberCopied);
    QTest::mouseClick(header.findChild<QToolButton *>(QStringLiteral("copyOrderNo")), Qt::LeftButton);
    QCOMPARE(copied.count(), 1);
    QCOMPARE(copied.at(0).at(0).toString(), QStringLiteral("KM202611140644"));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("KM202611140644"));
}

void TestUiWorkspace::headerClocksTick()
{
    const CaseFile caseFile = test::loadSampleCase(QStringLiteral("extraction_failure_maintenance_window"));
    CaseMeta meta;
    meta.holder = QStringLiteral("agent1");
    meta.holderName = QStringLiteral("李娜");
    meta.slaDueAt = at("2026-11-18T08:10:00+08:00"); // submitted 11-15 08:10
    meta.slaState = QStringLiteral("ok");
    meta.warrantyEndsAt = at("2026-11-21T23:51:00+08:00");
    meta.leaseUntil = at("2026-11-15T09:30:00+08:00");
    QDateTime now = at("2026-11-15T09:00:00+08:00");
    CaseHeader header;
    header.setClock([&now] { return now; });
    header.setCase(caseFile, CaseState{}, meta);

    auto *sla = header.findChild<QLabel *>(QStringLiteral("slaClock"));
    auto *warranty = header.findChild<QLabel *>(QStringLiteral("warrantyClock"));
    QCOMPARE(sla->text(), QStringLiteral("SLA 2 d 23:10:00"));
    QCOMPARE(sla->property("clockLevel").toInt(), int(ClockLevel::Ok));
    QCOMPARE(sla->palette().color(QPalette::WindowText), toneText(Tone::Good, header.palette()));
    QCOMPARE(warranty->text(), QStringLiteral("Warranty 6 d 14:51:00"));
    QVERIFY(labelText(header, "holder").contains(QStringLiteral("李娜")));
    QVERIFY(labelText(header, "holder").contains(QStringLiteral("30 min")));

    now = now.addSecs(1);
    header.tick();
    QCOMPARE(sla->text(), QStringLiteral("SLA 2 d 23:09:59"));

    now = at("2026-11-17T22:00:00+08:00"); // 10 h 10 min left of 72 h: under a quarter
    header.tick();
    QCOMPARE(sla->property("clockLevel").toInt(), int(ClockLevel::Warning));
    QCOMPARE(sla->palette().color(QPalette::WindowText), toneText(Tone::Caution, header.palette()));
    QVERIFY(labelText(header, "holder").contains(QStringLiteral("expired")));

    now = at("2026-11-18T08:10:05+08:00");
    header.tick();
    QCOMPARE(sla->property("clockLevel").toInt(), int(ClockLevel::Breached));
    QCOMPARE(sla->text(), QStringLiteral("SLA overdue 00:00:05"));

    meta.slaState = QStringLiteral("paused");
    header.setCase(caseFile, CaseState{}, meta);
    QCOMPARE(sla->text(), QStringLiteral("SLA paused"));
    meta.warrantyEndsAt.reset();
    header.setCase(caseFile, CaseState{}, meta);
    QCOMPARE(warranty->property("clockLevel").toInt(), int(ClockLevel::None));
    QVERIFY(warranty->toolTip().contains(QStringLiteral("not started")));
    QCOMPARE(CaseHeader::countdownText(-90 * 1000), QStringLiteral("-00:01:30"));

    // Shown, the header ticks by itself once a second (the injected clock moves, not the test).
    header.show();
    meta.slaState = QStringLiteral("ok");
    meta.slaDueAt = now.addSecs(3600);
    header.setCase(caseFile, CaseState{}, meta);
    QCOMPARE(sla->text(), QStringLiteral("SLA 01:00:00"));
    now = now.addSecs(5);
    QTRY_COMPARE_WITH_TIMEOUT(sla->text(), QStringLiteral("SLA 00:59:55"), 10000);
}

void TestUiWorkspace::orderPanelValues()
{
    const CaseFile caseFile = test::loadSampleCase(QStringLiteral("merchant_refused_deposit_insufficient"));
    OrderPanel panel;
    panel.setCase(caseFile);
    const Order &order = *caseFile.order;
    QCOMPARE(panel.valueLabel(QStringLiteral("orderNo"))->text(), order.orderNo);
    QCOMPARE(panel.valueLabel(QStringLiteral("amountPaid"))->text(), QStringLiteral("¥ ") + order.amountPaid.toString());
    QCOMPARE(panel.valueLabel(QStringLiteral("productName"))->text(), order.product.name);
    QCOMPARE(panel.valueLabel(QStringLiteral("warrantyMode"))->text(), DomainLabels::label(caseFile.warrantyPolicy.mode));
    QCOMPARE(panel.valueLabel(QStringLiteral("disclosureText"))->text(), caseFile.warrantyPolicy.disclosureText);
    QCOMPARE(panel.valueLabel(QStringLiteral("certification"))->text(), DomainLabels::label(caseFile.merchant.certification));
    QVERIFY(panel.valueLabel(QStringLiteral("merchantName"))->text().contains(caseFile.merchant.name));
    QVERIFY(caseFile.merchant.depositBalance < order.amountPaid); // what the sample is about
    QLabel *deposit = panel.valueLabel(QStringLiteral("depositBalance"));
    QVERIFY(deposit->text().contains(QStringLiteral("below the amount paid")));
    QCOMPARE(deposit->palette().color(QPalette::WindowText), toneText(Tone::Danger, panel.palette()));
    QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("noOrder"))->isVisibleTo(&panel));

    const CaseFile undisclosed = test::loadSampleCase(QStringLiteral("one_time_undisclosed"));
    panel.setCase(undisclosed);
    QVERIFY(panel.valueLabel(QStringLiteral("disclosed"))->text().startsWith(QStringLiteral("No")));
    QCOMPARE(panel.valueLabel(QStringLiteral("disclosed"))->palette().color(QPalette::WindowText),
             toneText(Tone::Danger, panel.palette()));
    QVERIFY(!panel.valueLabel(QStringLiteral("depositBalance"))->text().contains(QStringLiteral("below")));
}

void TestUiWorkspace::orderPanelWithoutOrder()
{
    CaseFile caseFile = test::loadSampleCase(QStringLiteral("wrong_key_basic"));
    caseFile.order.reset();
    OrderPanel panel;
    panel.setCase(caseFile);
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("noOrder"))->isVisibleTo(&panel));
    QVERIFY(!panel.findChild<QWidget *>(QStringLiteral("orderGroup"))->isVisibleTo(&panel));
    QCOMPARE(panel.valueLabel(QStringLiteral("merchantName"))->text().isEmpty(), false);
}

// The order panel never scrolls sideways: at a narrow column, long values wrap, identifiers elide
// in the middle (the whole value in the tooltip and fullText()), captions wrap, nothing is cut off.
void TestUiWorkspace::orderPanelFitsANarrowColumn()
{
    CaseFile caseFile = test::loadSampleCase(QStringLiteral("merchant_refused_deposit_insufficient"));
    caseFile.order->orderNo = QStringLiteral("KM2026112410053912345678901234567890");
    caseFile.order->product.sku = QStringLiteral("SKU-VERY-LONG-IDENTIFIER-WITHOUT-ANY-SPACES-0001");
    caseFile.order->product.name = QStringLiteral("Nine Realms Online 100-point card, Asia server, instant delivery");
    caseFile.merchant.name = QStringLiteral("World of Games Digital Services Trading Company Limited");
    caseFile.order->offPlatform = true;
    OrderPanel panel;
    panel.resize(230, 700);
    panel.setCase(caseFile);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCoreApplication::processEvents();

    QVERIFY(!panel.horizontalScrollBar()->isVisible());
    QWidget *content = panel.widget();
    QVERIFY2(content->width() <= panel.viewport()->width(),
             qPrintable(QStringLiteral("content %1 px in a %2 px viewport").arg(content->width()).arg(panel.viewport()->width())));
    for (QLabel *label : content->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(&panel))
            continue;
        const QRect inContent(label->mapTo(content, QPoint(0, 0)), label->size());
        QVERIFY2(inContent.right() < content->width(), qPrintable(label->objectName() + QLatin1Char(' ') + label->text()));
        if (label->wordWrap()) // a wrapped label is tall enough for its lines
            QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(label->objectName() + QLatin1Char(' ') + label->text()));
    }
    QLabel *orderNo = panel.valueLabel(QStringLiteral("orderNo"));
    QCOMPARE(panel.fullText(QStringLiteral("orderNo")), caseFile.order->orderNo);
    QVERIFY2(orderNo->text() != caseFile.order->orderNo && orderNo->text().contains(QChar(0x2026)), qPrintable(orderNo->text()));
    QCOMPARE(orderNo->toolTip(), caseFile.order->orderNo);
    QCOMPARE(panel.fullText(QStringLiteral("sku")), caseFile.order->product.sku);
    QCOMPARE(panel.valueLabel(QStringLiteral("merchantName"))->text(), panel.fullText(QStringLiteral("merchantName")));
    QVERIFY(panel.valueLabel(QStringLiteral("merchantName"))->text().contains(caseFile.merchant.name));

    // Wide again: the whole order number, no tooltip.
    panel.resize(900, 700);
    QCoreApplication::processEvents();
    QTRY_COMPARE(orderNo->text(), caseFile.order->orderNo);
    QVERIFY(orderNo->toolTip().isEmpty());
}

void TestUiWorkspace::keyLogDelegateColours()
{
    KeyLogModel model;
    model.setCase(test::loadSampleCase(QStringLiteral("platform_window_overlap_invalid_key")));
    ProbeDelegate delegate;
    const QPalette palette = QApplication::palette();
    // Row 2: failed extraction inside the window; row 3: successful extraction; row 1: the window.
    const QStyleOptionViewItem failed = delegate.optionFor(model.index(2, KeyLogModel::ResultColumn), palette);
    QCOMPARE(failed.palette.color(QPalette::Text), toneText(Tone::Danger, palette));
    QVERIFY(failed.font.bold());
    const QStyleOptionViewItem ok = delegate.optionFor(model.index(3, KeyLogModel::ResultColumn), palette);
    QCOMPARE(ok.palette.color(QPalette::Text), palette.color(QPalette::Text));
    const QStyleOptionViewItem band = delegate.optionFor(model.index(1, KeyLogModel::MessageColumn), palette);
    QCOMPARE(band.backgroundBrush.color(), toneBackground(Tone::Caution, palette));
    const QStyleOptionViewItem type = delegate.optionFor(model.index(2, KeyLogModel::TypeColumn), palette);
    QVERIFY(!type.icon.isNull());
    model.setHighlightWindow(at("2026-11-22T03:26:00+08:00"), 10 * 60 * 1000);
    const QStyleOptionViewItem marked = delegate.optionFor(model.index(3, KeyLogModel::MessageColumn), palette);
    QCOMPARE(marked.backgroundBrush.color(), toneBackground(Tone::Info, palette));
}

void TestUiWorkspace::keyLogGivesTheMessageRoom()
{
    KeyLogModel model;
    model.setCase(test::loadSampleCase(QStringLiteral("platform_window_overlap_invalid_key")));
    KeyLogView view;
    view.setKeyLogModel(&model);
    view.resize(1100, 300);
    view.show();
    QVERIFY(!view.isColumnHidden(KeyLogModel::IpColumn));
    view.resize(560, 300); // narrow: the IP goes to the tooltip, the message keeps its room
    QVERIFY(view.isColumnHidden(KeyLogModel::IpColumn));
    QVERIFY(model.index(2, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("198.51.100.19")));
    view.resize(1100, 300);
    QVERIFY(!view.isColumnHidden(KeyLogModel::IpColumn));
}

void TestUiWorkspace::evidenceSelectionHighlightsLogEvents()
{
    CaseFile caseFile = test::loadSampleCase(QStringLiteral("platform_window_overlap_invalid_key"));
    Evidence during = caseFile.evidence.first();
    during.id = QStringLiteral("E-2");
    during.capturedAt = at("2026-11-22T02:20:00+08:00"); // 5 min after the failed extraction
    caseFile.evidence << during;
    CaseWorkspace workspace;
    workspace.setCase(caseFile, CaseState{}, CaseMeta{});
    // The first item is shown at once, and its neighbours in the log are marked.
    QCOMPARE(workspace.evidenceViewer()->currentId(), QStringLiteral("E-1"));
    QCOMPARE(workspace.keyLogModel()->highlightedRows(), (QList<int>{3, 4}));

    QSignalSpy selected(workspace.evidenceViewer(), &EvidenceViewer::evidenceSelected);
    workspace.evidenceViewer()->strip()->setCurrentIndex(workspace.evidenceModel()->index(1, 0));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(0).toString(), QStringLiteral("E-2"));
    // 02:20 ±10 min: the failed extraction at 02:15 and the maintenance window (01:00–03:00).
    QCOMPARE(workspace.keyLogModel()->highlightedRows(), (QList<int>{1, 2}));
    QVERIFY(workspace.evidenceModel()->highlightedRows().isEmpty());
}

void TestUiWorkspace::logSelectionHighlightsScreenshots()
{
    const CaseFile caseFile = test::loadSampleCase(QStringLiteral("platform_window_overlap_invalid_key"));
    CaseWorkspace workspace;
    workspace.setCase(caseFile, CaseState{}, CaseMeta{});
    QSignalSpy selected(workspace.keyLogView(), &KeyLogView::eventSelected);
    // 03:25 activation attempt; the screenshot E-1 was taken at 03:26.
    workspace.keyLogView()->setCurrentIndex(workspace.keyLogModel()->index(4, 0));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(1).toDateTime(), at("2026-11-22T03:25:00+08:00"));
    QCOMPARE(workspace.evidenceModel()->highlightedRows(), QList<int>{0});
    QVERIFY(workspace.keyLogModel()->highlightedRows().isEmpty()); // the log event is the anchor now
    // The delivery at 00:40 has no screenshot near it.
    workspace.keyLogView()->setCurrentIndex(workspace.keyLogModel()->index(0, 0));
    QVERIFY(workspace.evidenceModel()->highlightedRows().isEmpty());
}

void TestUiWorkspace::highlightWindowIsConfigurable()
{
    const CaseFile caseFile = test::loadSampleCase(QStringLiteral("platform_window_overlap_invalid_key"));
    CaseWorkspace workspace;
    QCOMPARE(workspace.highlightHalfWidth(), 10 * 60 * 1000);
    workspace.setCase(caseFile, CaseState{}, CaseMeta{});
    QCOMPARE(workspace.keyLogModel()->highlightedRows(), (QList<int>{3, 4}));
    workspace.setHighlightHalfWidth(2 * 60 * 1000); // 03:26 ±2 min: only the activation at 03:25
    QCOMPARE(workspace.keyLogModel()->highlightedRows(), QList<int>{4});
    workspace.setHighlightHalfWidth(90 * 60 * 1000); // ±90 min reaches back into the maintenance window
    QCOMPARE(workspace.keyLogModel()->highlightedRows(), (QList<int>{1, 2, 3, 4}));
}

void TestUiWorkspace::resyncKeepsTheShownEvidence()
{
    CaseFile caseFile = test::loadSampleCase(QStringLiteral("platform_window_overlap_invalid_key"));
    Evidence second = caseFile.evidence.first();
    second.id = QStringLiteral("E-2");
    caseFile.evidence << second;
    CaseWorkspace workspace;
    workspace.setCase(caseFile, CaseState{}, CaseMeta{});
    workspace.evidenceViewer()->setCurrentId(QStringLiteral("E-2"));
    caseFile.ticket.version += 1;
    CaseMeta meta;
    meta.duplicates = QJsonArray{QJsonObject{{QStringLiteral("evidence_id"), QStringLiteral("E-2")},
                                             {QStringLiteral("other_ticket_id"), QStringLiteral("T-9")},
                                             {QStringLiteral("other_evidence_id"), QStringLiteral("E-1")},
                                             {QStringLiteral("identical_bytes"), true},
                                             {QStringLiteral("distance"), 0}}};
    workspace.setCase(caseFile, CaseState{}, meta);
    QCOMPARE(workspace.evidenceViewer()->currentId(), QStringLiteral("E-2"));
    auto *warning = workspace.findChild<QLabel *>(QStringLiteral("duplicateWarning"));
    QVERIFY(warning->isVisibleTo(&workspace));
    QVERIFY(warning->text().contains(QStringLiteral("T-9")));
}

void TestUiWorkspace::anotherCaseStartsWithoutOldHighlights()
{
    const CaseFile first = test::loadSampleCase(QStringLiteral("platform_window_overlap_invalid_key"));
    CaseWorkspace workspace;
    workspace.setCase(first, CaseState{}, CaseMeta{});
    workspace.keyLogView()->setCurrentIndex(workspace.keyLogModel()->index(4, 0));
    QCOMPARE(workspace.evidenceModel()->highlightedRows(), QList<int>{0});

    // The same ticket again (a sync): the agent's anchor in the log stays.
    CaseFile again = first;
    again.ticket.version += 1;
    workspace.setCase(again, CaseState{}, CaseMeta{});
    QCOMPARE(workspace.evidenceModel()->highlightedRows(), QList<int>{0});
    QVERIFY(workspace.keyLogModel()->highlightedRows().isEmpty());

    // Back to the screenshot as the anchor (re-applying the window does that) ...
    workspace.setHighlightHalfWidth(CaseWorkspace::kDefaultHighlightMs);
    QCOMPARE(workspace.keyLogModel()->highlightedRows(), (QList<int>{3, 4}));
    // ... then another ticket with the same log times but no evidence: nothing is marked.
    CaseFile other = first;
    other.ticket.id = QStringLiteral("T-other");
    other.evidence.clear();
    workspace.setCase(other, CaseState{}, CaseMeta{});
    QVERIFY(workspace.keyLogModel()->highlightedRows().isEmpty());
    QVERIFY(workspace.evidenceViewer()->currentId().isEmpty());
}

void TestUiWorkspace::splitterStateRoundTrips()
{
    CaseWorkspace first;
    first.resize(1400, 900);
    first.show();
    auto *columns = first.findChild<QSplitter *>(QStringLiteral("columnSplitter"));
    auto *centre = first.findChild<QSplitter *>(QStringLiteral("centreSplitter"));
    first.addSidePanel(new QLabel(QStringLiteral("side")), QStringLiteral("Side"));
    QVERIFY(QTest::qWaitForWindowExposed(&first));
    columns->setSizes({200, 800, 300});
    centre->setSizes({250, 550});
    const QList<int> columnSizes = columns->sizes();
    const QList<int> centreSizes = centre->sizes();
    const QByteArray state = first.saveState();

    CaseWorkspace second;
    second.resize(1400, 900);
    second.show();
    second.addSidePanel(new QLabel(QStringLiteral("side")), QStringLiteral("Side"));
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QVERIFY(second.restoreState(state));
    QCOMPARE(second.findChild<QSplitter *>(QStringLiteral("columnSplitter"))->sizes(), columnSizes);
    QCOMPARE(second.findChild<QSplitter *>(QStringLiteral("centreSplitter"))->sizes(), centreSizes);
    QVERIFY(!second.restoreState(QByteArray("garbage")));
    QVERIFY(!second.restoreState(QByteArray()));
}

void TestUiWorkspace::sidePanel()
{
    CaseWorkspace workspace;
    QVERIFY(!workspace.sidePanel()->isVisibleTo(&workspace));
    auto *panel = new QLabel(QStringLiteral("assessment"));
    QCOMPARE(workspace.addSidePanel(panel, QStringLiteral("Assessment")), 0);
    QVERIFY(workspace.sidePanel()->isVisibleTo(&workspace));
    QCOMPARE(panel->parentWidget(), workspace.sidePanel()->findChild<QStackedWidget *>());
}

QTEST_MAIN(TestUiWorkspace)
#include "tst_ui_workspace.moc"
