// NotesModel: server notes then pending ones, confirmation and drop, roles; checked throughout by
// QAbstractItemModelTester.
#include "notesmodel.h"
#include "usernames.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace wd;

namespace {

Note note(const QString &id, NoteKind kind, const QString &text, const QString &author = QStringLiteral("agent1"))
{
    return Note{id, kind, author, text, QDateTime(QDate(2026, 11, 20), QTime(8, 30), Qt::UTC)};
}

} // namespace

class tst_NotesModel : public QObject
{
    Q_OBJECT
private slots:
    void rolesOfSyncedAndPendingNotes_data();
    void rolesOfSyncedAndPendingNotes();
    void pendingNoteIsConfirmedInPlace();
    void refusedPendingNoteIsDropped();
    void unknownIdsChangeNothing();
    void resetKeepsPendingAfterSynced();
    void authorNamesFromTheDirectory();
};

void tst_NotesModel::rolesOfSyncedAndPendingNotes_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("kindName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("pending");
    QTest::newRow("internal, synced") << 0 << "N-1" << "internal" << "商家已联系" << false;
    QTest::newRow("customer-visible, synced") << 1 << "N-2" << "customer" << "已收到您的反馈" << false;
    QTest::newRow("review, pending") << 2 << "local-1" << "review" << "证据链完整" << true;
}

void tst_NotesModel::rolesOfSyncedAndPendingNotes()
{
    QFETCH(int, row);
    QFETCH(QString, id);
    QFETCH(QString, kindName);
    QFETCH(QString, text);
    QFETCH(bool, pending);

    NotesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNotes({note("N-1", NoteKind::Internal, "商家已联系"), note("N-2", NoteKind::Customer, "已收到您的反馈")},
                   {note("local-1", NoteKind::Review, "证据链完整")});
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex index = model.index(row);
    QCOMPARE(index.data(NotesModel::IdRole).toString(), id);
    QCOMPARE(index.data(NotesModel::KindNameRole).toString(), kindName);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), text);
    QCOMPARE(index.data(NotesModel::TextRole).toString(), text);
    QCOMPARE(index.data(NotesModel::PendingSyncRole).toBool(), pending);
    QCOMPARE(index.data(NotesModel::AuthorRole).toString(), QStringLiteral("agent1"));
    QCOMPARE(index.data(NotesModel::AtRole).toDateTime().timeSpec(), Qt::UTC);
    QCOMPARE(model.pendingCount(), 1);
    QVERIFY(model.roleNames().value(NotesModel::PendingSyncRole) == "pendingSync");
}

void tst_NotesModel::pendingNoteIsConfirmedInPlace()
{
    NotesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNotes({note("N-1", NoteKind::Internal, "a")});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addPending(note("local-7", NoteKind::Customer, "b"));
    QCOMPARE(inserted.count(), 1);
    QVERIFY(model.isPending(1));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.confirm("local-7", note("N-2", NoteKind::Customer, "b")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.isPending(1));
    QCOMPARE(model.note(1).id, QStringLiteral("N-2"));
    QCOMPARE(model.pendingCount(), 0);
}

void tst_NotesModel::refusedPendingNoteIsDropped()
{
    NotesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addPending(note("local-1", NoteKind::Internal, "x"));
    model.addPending(note("local-2", NoteKind::Internal, "y"));
    QVERIFY(model.dropPending("local-1"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.note(0).id, QStringLiteral("local-2"));
}

void tst_NotesModel::unknownIdsChangeNothing()
{
    NotesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNotes({note("N-1", NoteKind::Internal, "a")});
    // A synced note is never "confirmed" or dropped again, even if its id is given.
    QVERIFY(!model.confirm("N-1", note("N-9", NoteKind::Internal, "z")));
    QVERIFY(!model.dropPending("N-1"));
    QVERIFY(!model.dropPending("nope"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.note(0).text, QStringLiteral("a"));
    QCOMPARE(model.note(5).id, QString());
    QVERIFY(!model.index(0).data(Qt::DecorationRole).isValid());
}

void tst_NotesModel::resetKeepsPendingAfterSynced()
{
    NotesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setNotes({note("N-1", NoteKind::Internal, "a"), note("N-2", NoteKind::Review, "b")},
                   {note("local-1", NoteKind::Customer, "c")});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.isPending(0));
    QVERIFY(!model.isPending(1));
    QVERIFY(model.isPending(2));
    model.setNotes({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 0);
}

// AuthorNameRole: the directory's display name, the id while the name is unknown; a directory
// that arrives later repaints the rows.
void tst_NotesModel::authorNamesFromTheDirectory()
{
    NotesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Note a;
    a.id = QStringLiteral("N-1");
    a.author = QStringLiteral("agent1");
    a.text = QStringLiteral("已联系商家");
    Note b = a;
    b.id = QStringLiteral("N-2");
    b.author = QStringLiteral("ghost");
    model.setNotes({a, b});
    QCOMPARE(model.index(0).data(NotesModel::AuthorNameRole).toString(), QStringLiteral("agent1"));
    UserNames names;
    model.setUserNames(&names);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    names.setNames({{QStringLiteral("agent1"), QStringLiteral("张敏")}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0).data(NotesModel::AuthorNameRole).toString(), QStringLiteral("张敏"));
    QCOMPARE(model.index(0).data(NotesModel::AuthorRole).toString(), QStringLiteral("agent1"));
    QCOMPARE(model.index(1).data(NotesModel::AuthorNameRole).toString(), QStringLiteral("ghost"));
    names.setNames(names.names()); // the same directory again: nothing to repaint
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(tst_NotesModel)
#include "tst_notesmodel.moc"
