// TicketQueueModel over a real cache file, checked by QAbstractItemModelTester: paging through
// fetchMore, filters, refresh after sync changes (values, order, membership), countdown columns.

#include "ticketqueuemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wd;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 2), QTime(12, 0), Qt::UTC);

remote::TicketSummary summary(int i)
{
    remote::TicketSummary s;
    s.id = QStringLiteral("T-%1").arg(i, 5, 10, QLatin1Char('0'));
    s.category = Category::InvalidKey;
    s.step = i % 2 ? Step::Evidence : Step::Review;
    s.status = Status::InProgress;
    s.version = 1;
    s.submittedAt = kNow.addSecs(-3600 * 24);
    s.slaDueAt = kNow.addSecs(60 * (i - 100)); // the first 100 are breached
    s.slaState = SlaState::Ok;
    s.warrantyEndsAt = kNow.addDays(3);
    s.merchantName = QStringLiteral("星辰游戏");
    s.productName = QStringLiteral("点卡");
    s.amount = Money::fromCents(100 * i);
    s.updatedAt = kNow;
    return s;
}

} // namespace

class TestTicketQueueModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = store::LocalStore::open(m_dir.filePath(QStringLiteral("queue-%1.sqlite").arg(++m_n)));
        m_cache = std::make_unique<store::TicketCache>(*m_store);
        QList<remote::TicketSummary> all;
        for (int i = 0; i < 1000; ++i)
            all << summary(i);
        m_cache->upsert(all);
        m_model = std::make_unique<TicketQueueModel>(*m_cache);
        m_model->setClock([] { return kNow; });
        m_model->setTickInterval(0);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_cache.reset();
        m_store.reset();
    }

    void pagesArriveThroughFetchMore()
    {
        m_model->setPageSize(150);
        m_model->setFilter({});
        QCOMPARE(m_model->rowCount(), 150);
        QVERIFY(m_model->canFetchMore({}));
        while (m_model->canFetchMore({}))
            m_model->fetchMore({});
        QCOMPARE(m_model->rowCount(), 1000);
        QCOMPARE(m_model->matchingCount(), 1000);
        // Default sort: most urgent SLA first.
        QCOMPARE(m_model->ticketIdAt(0), QStringLiteral("T-00000"));
        QCOMPARE(m_model->ticketIdAt(999), QStringLiteral("T-00999"));
    }

    void filtersRunInTheCache()
    {
        store::QueueFilter filter;
        filter.steps = {QStringLiteral("review")};
        filter.sort = store::QueueSort::Amount;
        filter.descending = true;
        m_model->setFilter(filter);
        QCOMPARE(m_model->matchingCount(), 500);
        QCOMPARE(m_model->ticketIdAt(0), QStringLiteral("T-00998"));
        QCOMPARE(m_model->data(m_model->index(0, TicketQueueModel::AmountColumn)).toString(), QStringLiteral("998.00"));
        filter.text = QStringLiteral("T-0099");
        m_model->setFilter(filter);
        QCOMPARE(m_model->rowCount(), 5); // T-00990..T-00998, even ones
    }

    void countdownColumns()
    {
        m_model->setFilter({});
        const QModelIndex breached = m_model->index(0, TicketQueueModel::SlaColumn);
        QCOMPARE(m_model->data(breached, TicketQueueModel::ClockLevelRole).toInt(), int(ClockLevel::Breached));
        QCOMPARE(m_model->data(breached, TicketQueueModel::ClockLeftMsRole).toLongLong(), -100LL * 60 * 1000);
        QCOMPARE(m_model->data(breached).toString(), QStringLiteral("overdue 1h 40m"));
        const QModelIndex soon = m_model->index(110, TicketQueueModel::SlaColumn); // 10 minutes left of a day
        QCOMPARE(m_model->data(soon, TicketQueueModel::ClockLevelRole).toInt(), int(ClockLevel::Warning));
        QCOMPARE(m_model->data(soon).toString(), QStringLiteral("10m"));
        QCOMPARE(m_model->data(m_model->index(0, TicketQueueModel::WarrantyColumn)).toString(), QStringLiteral("3d 0h"));
        QCOMPARE(TicketQueueModel::formatLeft(2 * 3600 * 1000 + 5 * 60 * 1000), QStringLiteral("2h 05m"));

        // The clock moves: the countdown columns announce it without a reload.
        m_model->setTickInterval(20);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(changed.wait(2000));
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(TicketQueueModel::SlaColumn));
        QCOMPARE(changed.first().at(1).toModelIndex().column(), int(TicketQueueModel::WarrantyColumn));
    }

    void refreshKeepsRowsWhenValuesChange()
    {
        m_model->setFilter({});
        QPersistentModelIndex row5 = m_model->index(5, 0);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        remote::TicketSummary s = summary(5);
        s.holder = QStringLiteral("agent2");
        m_cache->upsert({s});
        m_model->refresh({s.id});
        QCOMPARE(reset.size(), 0);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(row5.row(), 5);
        QCOMPARE(m_model->data(row5, TicketQueueModel::HolderRole).toString(), QStringLiteral("agent2"));
    }

    void refreshMovesRowsWhenOrderChanges()
    {
        m_model->setFilter({});
        QPersistentModelIndex ticket5 = m_model->index(5, 0);
        QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
        remote::TicketSummary s = summary(5);
        s.slaDueAt = kNow.addSecs(-60 * 1000); // now the most urgent
        m_cache->upsert({s});
        m_model->refresh({s.id});
        QCOMPARE(layout.size(), 1);
        QCOMPARE(ticket5.row(), 0);
        QCOMPARE(m_model->ticketIdAt(0), s.id);
    }

    void refreshResetsWhenRowsComeOrGo()
    {
        store::QueueFilter filter;
        filter.steps = {QStringLiteral("review")};
        m_model->setFilter(filter);
        const int before = m_model->rowCount();
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        remote::TicketSummary s = summary(1); // an evidence ticket moves to review, and is urgent
        s.step = Step::Review;
        s.slaDueAt = kNow.addSecs(-3600 * 5);
        m_cache->upsert({s});
        m_model->refresh({s.id});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->ticketIdAt(0), s.id);
        QCOMPARE(m_model->rowCount(), before + 1 > 200 ? 200 : before + 1);
    }

    void pendingMarker()
    {
        m_cache->setPending(QStringLiteral("T-00000"), 2, false);
        m_cache->setPending(QStringLiteral("T-00001"), 1, true);
        m_model->setFilter({});
        QCOMPARE(m_model->data(m_model->index(0, TicketQueueModel::SyncColumn)).toString(), QStringLiteral("pending"));
        QCOMPARE(m_model->data(m_model->index(0, 0), TicketQueueModel::PendingRole).toInt(), 2);
        QCOMPARE(m_model->data(m_model->index(1, TicketQueueModel::SyncColumn)).toString(), QStringLiteral("conflict"));
        store::QueueFilter pendingOnly;
        pendingOnly.pendingOnly = true;
        m_model->setFilter(pendingOnly);
        QCOMPARE(m_model->rowCount(), 2);
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<store::LocalStore> m_store;
    std::unique_ptr<store::TicketCache> m_cache;
    std::unique_ptr<TicketQueueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestTicketQueueModel)
#include "tst_ticketqueuemodel.moc"
