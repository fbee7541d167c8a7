// KeyLogModel: key events and platform windows merged in time order, the roles the timeline draws
// from, and the highlight window — all under QAbstractItemModelTester (fatal).

#include "keylogmodel.h"
#include "uiw_samples.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace wd;

namespace {

CaseFile loadCase(const QString &name)
{
    return test::loadSampleCase(name);
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestKeyLogModel : public QObject
{
    Q_OBJECT

private slots:
    void mergesInTimeOrder();
    void rolesOfKeyEventsAndWindows();
    void displaysInTheChosenTimeZone();
    void highlightWindow_data();
    void highlightWindow();
    void highlightSignalsOnlyChangedRows();
    void openWindowReachesIntoTheFuture();
    void resetsAndClears();
};

void TestKeyLogModel::mergesInTimeOrder()
{
    KeyLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCase(loadCase(QStringLiteral("platform_window_overlap_invalid_key")));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(KeyLogModel::ColumnCount));
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY2(model.instantAt(row - 1) <= model.instantAt(row), qPrintable(QString::number(row)));
    // 00:40 delivered, 01:00 maintenance window, 02:15 extracted, 03:20 extracted, 03:25 activation.
    QCOMPARE(model.index(1, 0).data(KeyLogModel::RowKindRole).toInt(), int(KeyLogModel::RowKind::PlatformEvent));
    QCOMPARE(model.instantAt(1), at("2026-11-21T17:00:00Z"));
    QCOMPARE(model.index(4, 0).data(KeyLogModel::EventTypeRole).toInt(), int(KeyEventType::ActivationAttempt));
    QCOMPARE(model.instantAt(0).timeSpec(), Qt::UTC);
}

void TestKeyLogModel::rolesOfKeyEventsAndWindows()
{
    KeyLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCase(loadCase(QStringLiteral("platform_window_overlap_invalid_key")));

    const QModelIndex delivered = model.index(0, 0);
    QCOMPARE(delivered.data(KeyLogModel::FailureRole).toBool(), false);
    QCOMPARE(delivered.data(KeyLogModel::ResultRole).toInt(), -1);
    QCOMPARE(delivered.data(KeyLogModel::WindowRole).toBool(), false);

    const QModelIndex window = model.index(1, 0);
    QCOMPARE(window.data(KeyLogModel::WindowRole).toBool(), true);
    QCOMPARE(window.data(KeyLogModel::EventTypeRole).toInt(), int(PlatformEventType::Maintenance));
    QCOMPARE(window.data(KeyLogModel::UntilRole).toDateTime(), at("2026-11-21T19:00:00Z"));
    QCOMPARE(window.data(KeyLogModel::SourceRole).toInt(), -1);
    QCOMPARE(model.index(1, KeyLogModel::MessageColumn).data().toString(), QStringLiteral("卡密库迁移维护"));
    QVERIFY(model.index(1, KeyLogModel::ResultColumn).data().toString().contains(QStringLiteral("2 h")));

    const QModelIndex failedExtraction = model.index(2, 0);
    QCOMPARE(failedExtraction.data(KeyLogModel::FailureRole).toBool(), true);
    QCOMPARE(failedExtraction.data(KeyLogModel::ResultRole).toInt(), int(KeyResult::SystemError));
    QCOMPARE(failedExtraction.data(KeyLogModel::SourceRole).toInt(), int(EventSource::Platform));
    QCOMPARE(failedExtraction.data(KeyLogModel::CoveringWindowRole).toInt(), int(PlatformEventType::Maintenance));
    QCOMPARE(model.index(3, 0).data(KeyLogModel::CoveringWindowRole).toInt(), -1); // 03:20, after the window
    QCOMPARE(window.data(KeyLogModel::CoveringWindowRole).toInt(), -1);
    QCOMPARE(model.index(3, 0).data(KeyLogModel::FailureRole).toBool(), false); // extracted: success
    QCOMPARE(model.index(4, 0).data(KeyLogModel::FailureRole).toBool(), true);  // activation: invalid
    QCOMPARE(model.index(4, KeyLogModel::IpColumn).data().toString().isEmpty(), false);
    QCOMPARE(model.index(4, 0).data(KeyLogModel::KeyIdRole).toString(), QStringLiteral("K-1"));
    QVERIFY(!model.index(4, 0).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.headerData(KeyLogModel::IpColumn, Qt::Horizontal).toString(), QStringLiteral("IP"));
}

void TestKeyLogModel::displaysInTheChosenTimeZone()
{
    KeyLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCase(loadCase(QStringLiteral("platform_window_overlap_invalid_key")));
    model.setDisplayTimeZone(QTimeZone(8 * 3600));
    QCOMPARE(model.index(0, KeyLogModel::TimeColumn).data().toString(), QStringLiteral("11-22 00:40:00"));
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("2026-11-22 00:40:00")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDisplayTimeZone(QTimeZone::utc());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, KeyLogModel::TimeColumn).data().toString(), QStringLiteral("11-21 16:40:00"));
    model.setDisplayTimeZone(QTimeZone(8 * 3600));
    QCOMPARE(model.index(1, KeyLogModel::ResultColumn).data().toString(), QStringLiteral("→ 03:00 · 2 h"));
}

void TestKeyLogModel::highlightWindow_data()
{
    QTest::addColumn<QString>("centre");
    QTest::addColumn<qint64>("halfWidthMs");
    QTest::addColumn<QList<int>>("rows");

    const qint64 tenMinutes = 10 * 60 * 1000;
    // Rows: 0 delivered 00:40, 1 maintenance 01:00–03:00, 2 extracted 02:15, 3 extracted 03:20, 4 activation 03:25 (+08:00).
    QTest::newRow("screenshot at 03:26 ±10 min") << "2026-11-22T03:26:00+08:00" << tenMinutes << QList<int>{3, 4};
    QTest::newRow("inside the window, nothing else near") << "2026-11-22T02:00:00+08:00" << tenMinutes << QList<int>{1};
    QTest::newRow("window and the failed extraction") << "2026-11-22T02:00:00+08:00" << 2 * tenMinutes << QList<int>{1, 2};
    QTest::newRow("edge is inclusive") << "2026-11-22T00:30:00+08:00" << tenMinutes << QList<int>{0};
    QTest::newRow("window end touches the span") << "2026-11-22T03:10:00+08:00" << tenMinutes << QList<int>{1, 3};
    QTest::newRow("far away") << "2026-11-25T00:00:00+08:00" << tenMinutes << QList<int>{};
    QTest::newRow("invalid centre clears") << "" << tenMinutes << QList<int>{};
}

void TestKeyLogModel::highlightWindow()
{
    QFETCH(QString, centre);
    QFETCH(qint64, halfWidthMs);
    QFETCH(QList<int>, rows);

    KeyLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCase(loadCase(QStringLiteral("platform_window_overlap_invalid_key")));
    model.setHighlightWindow(QDateTime::fromString(centre, Qt::ISODate), halfWidthMs);
    QCOMPARE(model.highlightedRows(), rows);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(KeyLogModel::HighlightedRole).toBool(), rows.contains(row));
}

void TestKeyLogModel::highlightSignalsOnlyChangedRows()
{
    KeyLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCase(loadCase(QStringLiteral("platform_window_overlap_invalid_key")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setHighlightWindow(at("2026-11-22T03:26:00+08:00"), 10 * 60 * 1000);
    QCOMPARE(changed.count(), 1); // rows 3 and 4 are one run
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 4);
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(KeyLogModel::HighlightedRole));
    changed.clear();
    model.setHighlightWindow(at("2026-11-22T03:26:00+08:00"), 10 * 60 * 1000);
    QCOMPARE(changed.count(), 0); // same window: nothing changed
    model.clearHighlight();
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.highlightedRows().isEmpty());
}

void TestKeyLogModel::openWindowReachesIntoTheFuture()
{
    CaseFile caseFile = loadCase(QStringLiteral("platform_window_overlap_invalid_key"));
    caseFile.platformEvents[0].until.reset();
    caseFile.platformEvents << PlatformEvent{at("2026-11-22T03:00:00+08:00"), std::nullopt, PlatformEventType::PaymentCallback,
                                             QStringLiteral("支付回调")};
    KeyLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCase(caseFile);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(1, KeyLogModel::ResultColumn).data().toString(), QStringLiteral("ongoing"));
    model.setHighlightWindow(at("2026-11-23T00:00:00+08:00"), 60 * 1000);
    QCOMPARE(model.highlightedRows(), QList<int>{1});
    // A payment callback is an instant, not a band.
    const int callbackRow = 3;
    QCOMPARE(model.index(callbackRow, 0).data(KeyLogModel::EventTypeRole).toInt(), int(PlatformEventType::PaymentCallback));
    QCOMPARE(model.index(callbackRow, 0).data(KeyLogModel::WindowRole).toBool(), false);
    QVERIFY(!model.isWindow(callbackRow));
}

void TestKeyLogModel::resetsAndClears()
{
    KeyLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setHighlightWindow(at("2026-11-15T05:41:00+08:00"), 10 * 60 * 1000);
    model.setCase(loadCase(QStringLiteral("platform_window_overlap_invalid_key")));
    QVERIFY(model.highlightedRows().isEmpty());
    // The window set before the case applies to the new case's rows.
    model.setCase(loadCase(QStringLiteral("extraction_failure_maintenance_window")));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.highlightedRows(), (QList<int>{3})); // 05:40 extraction; the window closed at 05:00
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 3);
    QVERIFY(!model.instantAt(0).isValid());
    QVERIFY(!model.index(0, 0).isValid());
}

QTEST_GUILESS_MAIN(TestKeyLogModel)
#include "tst_keylogmodel.moc"
