// EvidenceModel: items of a case with integrity, thumbnails, duplicate warnings and the highlight
// window — resets and updates under QAbstractItemModelTester (fatal).

#include "evidencemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace wd;

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Evidence item(const char *id, EvidenceKind kind, const char *capturedAt, const char *sha = "aa")
{
    Evidence e;
    e.id = QString::fromLatin1(id);
    e.kind = kind;
    e.mediaType = QStringLiteral("image/png");
    e.sha256 = QString::fromLatin1(sha);
    if (capturedAt)
        e.capturedAt = at(capturedAt);
    e.source = EvidenceSource::Customer;
    return e;
}

CaseFile sampleCase()
{
    CaseFile c;
    c.ticket.id = QStringLiteral("T-1");
    c.evidence << item("E-1", EvidenceKind::Screenshot, "2026-11-15T05:41:00+08:00")
               << item("E-2", EvidenceKind::KeyUsageRecord, "2026-11-15T05:55:00+08:00", "bb")
               << item("E-3", EvidenceKind::ChatLog, nullptr, "cc");
    c.evidence[2].mediaType = QStringLiteral("text/plain");
    c.evidence[2].name = QStringLiteral("聊天记录.txt");
    return c;
}

QJsonObject duplicate(const char *evidenceId, const char *otherTicket, bool identical, int distance)
{
    return {{QStringLiteral("evidence_id"), QString::fromLatin1(evidenceId)},
            {QStringLiteral("other_ticket_id"), QString::fromLatin1(otherTicket)},
            {QStringLiteral("other_evidence_id"), QStringLiteral("E-9")},
            {QStringLiteral("identical_bytes"), identical},
            {QStringLiteral("distance"), distance}};
}

} // namespace

class TestEvidenceModel : public QObject
{
    Q_OBJECT

private slots:
    void showsTheItems();
    void integrityStates_data();
    void integrityStates();
    void thumbnailsArriveLater();
    void resyncKeepsStateOfUnchangedItems();
    void duplicates();
    void badDuplicatesNameTheField_data();
    void badDuplicatesNameTheField();
    void highlightWindow();
};

void TestEvidenceModel::showsTheItems()
{
    EvidenceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDisplayTimeZone(QTimeZone(8 * 3600));
    model.setCase(sampleCase());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, EvidenceModel::NameColumn).data().toString(), QStringLiteral("E-1")); // no name: the id
    QCOMPARE(model.index(2, EvidenceModel::NameColumn).data().toString(), QStringLiteral("聊天记录.txt"));
    QCOMPARE(model.index(0, EvidenceModel::CapturedColumn).data().toString(), QStringLiteral("2026-11-15 05:41:00"));
    QCOMPARE(model.index(0, 0).data(EvidenceModel::CapturedAtRole).toDateTime(), at("2026-11-14T21:41:00Z"));
    QCOMPARE(model.index(2, 0).data(EvidenceModel::CapturedAtRole).toDateTime().isValid(), false);
    QCOMPARE(model.index(1, 0).data(EvidenceModel::KindRole).toInt(), int(EvidenceKind::KeyUsageRecord));
    QCOMPARE(model.index(0, 0).data(EvidenceModel::IsImageRole).toBool(), true);
    QCOMPARE(model.index(2, 0).data(EvidenceModel::IsImageRole).toBool(), false);
    QCOMPARE(model.index(1, 0).data(EvidenceModel::Sha256Role).toString(), QStringLiteral("bb"));
    QCOMPARE(model.rowOf(QStringLiteral("E-2")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("E-7")), -1);
    QCOMPARE(model.index(0, 0).data(EvidenceModel::IntegrityRole).toInt(), int(Integrity::NotDownloaded));
}

void TestEvidenceModel::integrityStates_data()
{
    QTest::addColumn<Integrity>("state");
    QTest::addColumn<bool>("failed");
    QTest::addColumn<QString>("textContains");
    QTest::newRow("not downloaded") << Integrity::NotDownloaded << false << "Not downloaded";
    QTest::newRow("verifying") << Integrity::Verifying << false << "Verifying";
    QTest::newRow("verified") << Integrity::Verified << false << "verified";
    QTest::newRow("mismatch") << Integrity::Mismatch << true << "integrity failure";
    QTest::newRow("missing") << Integrity::Missing << true << "missing";
}

void TestEvidenceModel::integrityStates()
{
    QFETCH(Integrity, state);
    QFETCH(bool, failed);
    QFETCH(QString, textContains);
    EvidenceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCase(sampleCase());
    // Start from another state so the change must be signalled.
    model.setIntegrity(QStringLiteral("E-2"), state == Integrity::Verifying ? Integrity::Verified : Integrity::Verifying);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setIntegrity(QStringLiteral("E-2"), state));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    const QModelIndex index = model.index(1, 0);
    QCOMPARE(index.data(EvidenceModel::IntegrityRole).toInt(), int(state));
    QCOMPARE(index.data(EvidenceModel::IntegrityFailedRole).toBool(), failed);
    QVERIFY2(index.data(EvidenceModel::IntegrityTextRole).toString().contains(textContains, Qt::CaseInsensitive),
             qPrintable(index.data(EvidenceModel::IntegrityTextRole).toString()));
    QCOMPARE(model.index(1, EvidenceModel::IntegrityColumn).data().toString(),
             index.data(EvidenceModel::IntegrityTextRole).toString());
    changed.clear();
    QVERIFY(model.setIntegrity(QStringLiteral("E-2"), state));
    QCOMPARE(changed.count(), 0); // unchanged: no signal
    QVERIFY(!model.setIntegrity(QStringLiteral("E-404"), state));
}

void TestEvidenceModel::thumbnailsArriveLater()
{
    EvidenceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCase(sampleCase());
    QVERIFY(model.index(0, 0).data(EvidenceModel::ThumbnailRole).value<QImage>().isNull());
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
    QImage thumb(64, 40, QImage::Format_RGB32);
    thumb.fill(Qt::darkCyan);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setThumbnail(QStringLiteral("E-1"), thumb));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, 0).data(EvidenceModel::ThumbnailRole).value<QImage>().size(), QSize(64, 40));
    QCOMPARE(model.index(0, 0).data(Qt::DecorationRole).value<QImage>().size(), QSize(64, 40));
    QVERIFY(!model.setThumbnail(QStringLiteral("nope"), thumb));
}

void TestEvidenceModel::resyncKeepsStateOfUnchangedItems()
{
    EvidenceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCase(sampleCase());
    QImage thumb(8, 8, QImage::Format_RGB32);
    thumb.fill(Qt::red);
    model.setThumbnail(QStringLiteral("E-1"), thumb);
    model.setIntegrity(QStringLiteral("E-1"), Integrity::Verified);
    model.setIntegrity(QStringLiteral("E-2"), Integrity::Verified);

    CaseFile next = sampleCase();
    next.evidence[1].sha256 = QStringLiteral("changed"); // E-2 got other bytes: must be verified again
    next.evidence << item("E-4", EvidenceKind::Screenshot, "2026-11-15T06:00:00+08:00", "dd");
    next.evidence << item("E-4", EvidenceKind::Screenshot, "2026-11-15T06:00:00+08:00", "dd"); // a repeated id
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setCase(next);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.integrityAt(0), Integrity::Verified);
    QVERIFY(!model.index(0, 0).data(EvidenceModel::ThumbnailRole).value<QImage>().isNull());
    QCOMPARE(model.integrityAt(1), Integrity::NotDownloaded);
    QCOMPARE(model.integrityAt(3), Integrity::NotDownloaded);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(QStringLiteral("E-1")), -1);
}

void TestEvidenceModel::duplicates()
{
    EvidenceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCase(sampleCase());
    const QJsonArray dups{duplicate("E-1", "T-2002", true, 0), duplicate("E-1", "T-3003", false, 2),
                          duplicate("E-77", "T-4004", false, 1)};
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.setDuplicates(dups), QString());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, 0).data(EvidenceModel::DuplicateCountRole).toInt(), 2);
    const QString warning = model.index(0, 0).data(EvidenceModel::DuplicateWarningRole).toString();
    QVERIFY2(warning.contains(QStringLiteral("T-2002")) && warning.contains(QStringLiteral("T-3003")), qPrintable(warning));
    QVERIFY(warning.contains(QStringLiteral("identical")));
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("T-2002")));
    QCOMPARE(model.index(1, 0).data(EvidenceModel::DuplicateWarningRole).toString(), QString());
    QCOMPARE(model.duplicatesOf(QStringLiteral("E-1")).at(1).distance, 2);

    // A later detail without duplicates clears the warning.
    changed.clear();
    QCOMPARE(model.setDuplicates({}), QString());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, 0).data(EvidenceModel::DuplicateCountRole).toInt(), 0);
}

void TestEvidenceModel::badDuplicatesNameTheField_data()
{
    QTest::addColumn<QJsonValue>("entry");
    QTest::addColumn<QString>("error");
    QJsonObject noTicket = duplicate("E-1", "T-2", false, 1);
    noTicket.remove(QStringLiteral("other_ticket_id"));
    QJsonObject badDistance = duplicate("E-1", "T-2", false, 1);
    badDistance.insert(QStringLiteral("distance"), 2.5);
    QJsonObject hugeDistance = duplicate("E-1", "T-2", false, 1);
    hugeDistance.insert(QStringLiteral("distance"), 1e300);
    QJsonObject identicalText = duplicate("E-1", "T-2", false, 1);
    identicalText.insert(QStringLiteral("identical_bytes"), QStringLiteral("yes"));
    QJsonObject longId = duplicate("E-1", "T-2", false, 1);
    longId.insert(QStringLiteral("evidence_id"), QString(500, QLatin1Char('x')));
    QTest::newRow("not an object") << QJsonValue(3) << "duplicates[1]: expected an object";
    QTest::newRow("missing other ticket") << QJsonValue(noTicket) << "duplicates[1].other_ticket_id";
    QTest::newRow("fractional distance") << QJsonValue(badDistance) << "duplicates[1].distance";
    QTest::newRow("huge distance") << QJsonValue(hugeDistance) << "duplicates[1].distance";
    QTest::newRow("identical as text") << QJsonValue(identicalText) << "duplicates[1].identical_bytes";
    QTest::newRow("overlong id") << QJsonValue(longId) << "duplicates[1].evidence_id";
}

void TestEvidenceModel::badDuplicatesNameTheField()
{
    QFETCH(QJsonValue, entry);
    QFETCH(QString, error);
    EvidenceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCase(sampleCase());
    const QJsonArray dups{duplicate("E-2", "T-5005", false, 3), entry, duplicate("E-2", "T-6006", true, 0)};
    const QString message = model.setDuplicates(dups);
    QVERIFY2(message.startsWith(error), qPrintable(message));
    // The good entries around the bad one still warn the agent.
    QCOMPARE(model.duplicatesOf(QStringLiteral("E-2")).size(), 2);
}

void TestEvidenceModel::highlightWindow()
{
    EvidenceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCase(sampleCase());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setHighlightWindow(at("2026-11-15T05:40:00+08:00"), 10 * 60 * 1000);
    QCOMPARE(model.highlightedRows(), QList<int>{0});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, 0).data(EvidenceModel::HighlightedRole).toBool(), true);
    model.setHighlightWindow(at("2026-11-15T05:48:00+08:00"), 7 * 60 * 1000); // 05:41 and 05:55, edges included
    QCOMPARE(model.highlightedRows(), (QList<int>{0, 1}));
    QVERIFY(!model.index(2, 0).data(EvidenceModel::HighlightedRole).toBool()); // no capture time: never near
    model.clearHighlight();
    QVERIFY(model.highlightedRows().isEmpty());
    // A window set before the case applies to it.
    model.setHighlightWindow(at("2026-11-15T05:55:00+08:00"), 0);
    model.setCase(sampleCase());
    QCOMPARE(model.highlightedRows(), QList<int>{1});
}

QTEST_GUILESS_MAIN(TestEvidenceModel)
#include "tst_evidencemodel.moc"
