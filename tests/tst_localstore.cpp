// The local cache on real SQLite files: schema and reopen, queue paging/filters/search, case and
// evidence cache with integrity checks, and the outbox's ordering, chaining and blocking.

#include "casecache.h"
#include "localstore.h"
#include "outbox.h"
#include "ticketcache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wd;
using namespace wd::store;

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

remote::TicketSummary summary(int i)
{
    remote::TicketSummary s;
    s.id = QStringLiteral("T-%1").arg(i, 5, 10, QLatin1Char('0'));
    s.category = i % 3 == 0 ? Category::InvalidKey : Category::ServiceInterrupted;
    s.step = i % 2 ? Step::Evidence : Step::Review;
    s.status = Status::InProgress;
    s.version = 1 + i % 4;
    s.holder = i % 5 == 0 ? QStringLiteral("agent1") : QString();
    s.submittedAt = kT0.addSecs(i * 60);
    s.slaDueAt = i % 7 == 0 ? QDateTime() : kT0.addSecs(3600 * 24 + (i * 37 % 500) * 60);
    s.slaState = i % 7 == 0 ? SlaState::Met : SlaState::Ok;
    s.warrantyEndsAt = kT0.addDays(30);
    s.merchantId = QStringLiteral("M-%1").arg(i % 4);
    s.merchantName = i % 4 == 0 ? QStringLiteral("星辰游戏点卡专营店") : QStringLiteral("快充数码");
    s.productType = ProductType::GameCard;
    s.productName = i % 10 == 3 ? QStringLiteral("腾讯视频VIP月卡 100%_off") : QStringLiteral("网易一卡通 50元");
    s.liableParty = LiableParty::Merchant;
    s.amount = Money::fromCents(1000 + (i * 97) % 50000);
    s.orderNo = QStringLiteral("O2026%1").arg(i, 6, 10, QLatin1Char('0'));
    s.customerId = QStringLiteral("C-%1").arg(i % 50);
    s.description = i == 42 ? QStringLiteral("激活时提示\"卡密已被使用\"") : QStringLiteral("充值后未到账");
    s.changeSeq = i;
    s.updatedAt = kT0.addSecs(i);
    return s;
}

QStringList idsOf(const QueuePage &page)
{
    QStringList ids;
    for (const QueueRow &row : page.rows)
        ids << row.summary.id;
    return ids;
}

// Every row of the filtered queue, page by page.
QStringList allPages(TicketCache &cache, const QueueFilter &filter, int pageSize)
{
    QStringList ids;
    QueueCursor cursor;
    for (int guard = 0; guard < 1000; ++guard) {
        const QueuePage page = cache.page(filter, cursor, pageSize);
        ids << idsOf(page);
        if (!page.next.valid())
            break;
        cursor = page.next;
    }
    return ids;
}

} // namespace

class TestLocalStore : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void opensMigratesAndReopens()
    {
        const QString path = m_dir.filePath(QStringLiteral("a/b/cache.sqlite"));
        {
            auto store = LocalStore::open(path);
            QCOMPARE(store->schemaVersion(), LocalStore::kSchemaVersion);
            store->setMeta(QStringLiteral("cursor"), QStringLiteral("42"));
        }
        auto again = LocalStore::open(path);
        QCOMPARE(again->schemaVersion(), LocalStore::kSchemaVersion);
        QCOMPARE(again->meta(QStringLiteral("cursor")), QStringLiteral("42"));
        QCOMPARE(again->meta(QStringLiteral("absent"), QStringLiteral("x")), QStringLiteral("x"));
    }

    void refusesANewerSchemaAndAForeignFile()
    {
        const QString newer = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            auto store = LocalStore::open(newer);
            store->execDirect(QStringLiteral("PRAGMA user_version=99"));
        }
        try {
            LocalStore::open(newer);
            QFAIL("a newer schema was accepted");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QLatin1String("newer")), qPrintable(e.message()));
        }
        const QString junk = m_dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        QVERIFY_THROWS_EXCEPTION(StoreError, LocalStore::open(junk));
    }

    void defaultPathIsPerServerAndUser()
    {
        const QString a = LocalStore::defaultPath(QUrl(QStringLiteral("https://desk.example:8443")), QStringLiteral("agent1"));
        const QString b = LocalStore::defaultPath(QUrl(QStringLiteral("https://desk.example:8443")), QStringLiteral("agent2"));
        const QString c = LocalStore::defaultPath(QUrl(QStringLiteral("http://other.example")), QStringLiteral("agent1"));
        QVERIFY(a != b && a != c);
        QVERIFY(a.endsWith(QLatin1String("desk.example_8443_agent1.sqlite")));
        const QString hostile = LocalStore::defaultPath(QUrl(QStringLiteral("http://h")), QStringLiteral("../../etc/x"));
        // Whatever the user name holds, the file stays directly in the cache folder.
        QCOMPARE(QFileInfo(hostile).dir().dirName(), QStringLiteral("cache"));
        QVERIFY(!QFileInfo(hostile).fileName().contains(QLatin1Char('/')));
    }

    void pagesCoverTheQueueOnceInOrder_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("sla asc by 7") << int(QueueSort::Sla) << false << 7;
        QTest::newRow("sla desc by 50") << int(QueueSort::Sla) << true << 50;
        QTest::newRow("submitted asc by 13") << int(QueueSort::Submitted) << false << 13;
        QTest::newRow("amount desc by 11") << int(QueueSort::Amount) << true << 11;
        QTest::newRow("updated asc by 300") << int(QueueSort::Updated) << false << 300;
    }

    void pagesCoverTheQueueOnceInOrder()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(int, pageSize);
        auto store = LocalStore::open(m_dir.filePath(QStringLiteral("q.sqlite")));
        TicketCache cache(*store);
        QList<remote::TicketSummary> all;
        for (int i = 0; i < 240; ++i)
            all << summary(i);
        cache.upsert(all);
        QCOMPARE(cache.total(), 240);

        QueueFilter filter;
        filter.sort = QueueSort(sort);
        filter.descending = descending;
        const QStringList ids = allPages(cache, filter, pageSize);
        QCOMPARE(ids.size(), 240);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 240);

        // The order the sort promises, ties broken by id.
        auto key = [&](const remote::TicketSummary &s) -> qint64 {
            switch (QueueSort(sort)) {
            case QueueSort::Submitted: return s.submittedAt.toMSecsSinceEpoch();
            case QueueSort::Updated: return s.updatedAt.toMSecsSinceEpoch();
            case QueueSort::Amount: return s.amount.cents();
            case QueueSort::Sla: break;
            }
            return s.slaDueAt.isValid() ? s.slaDueAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max() / 2;
        };
        std::sort(all.begin(), all.end(), [&](const auto &a, const auto &b) {
            const auto ka = std::make_pair(key(a), a.id), kb = std::make_pair(key(b), b.id);
            return descending ? kb < ka : ka < kb;
        });
        QStringList expected;
        for (const auto &s : all)
            expected << s.id;
        QCOMPARE(ids, expected);
    }

    void filtersAndSearchRunInSql_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<int>("holder");
        QTest::addColumn<int>("expected");
        QTest::newRow("everything") << QString() << QStringList() << 0 << 240;
        QTest::newRow("step review") << QString() << QStringList{QStringLiteral("review")} << 0 << 120;
        QTest::newRow("held by me") << QString() << QStringList() << 1 << 48;
        QTest::newRow("held by nobody") << QString() << QStringList() << 2 << 192;
        QTest::newRow("chinese merchant substring") << QStringLiteral("游戏点卡") << QStringList() << 0 << 60;
        QTest::newRow("two chinese characters") << QStringLiteral("星辰") << QStringList() << 0 << 60;
        QTest::newRow("two terms, both must match") << QStringLiteral("星辰 腾讯视频") << QStringList() << 0 << 0;
        QTest::newRow("product and step") << QStringLiteral("腾讯视频") << QStringList{QStringLiteral("evidence")} << 0 << 24;
        QTest::newRow("order number") << QStringLiteral("O2026000042") << QStringList() << 0 << 1;
        QTest::newRow("ticket id") << QStringLiteral("T-00042") << QStringList() << 0 << 1;
        QTest::newRow("quotes are text") << QStringLiteral("\"卡密已被使用\"") << QStringList() << 0 << 1;
        QTest::newRow("percent is text") << QStringLiteral("100%_off") << QStringList() << 0 << 24;
        QTest::newRow("short percent is text") << QStringLiteral("%") << QStringList() << 0 << 24;
        QTest::newRow("fts operators are text") << QStringLiteral("NOT AND OR") << QStringList() << 0 << 0;
        QTest::newRow("case-insensitive") << QStringLiteral("o2026000042") << QStringList() << 0 << 1;
    }

    void filtersAndSearchRunInSql()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, steps);
        QFETCH(int, holder);
        QFETCH(int, expected);
        QList<remote::TicketSummary> all;
        for (int i = 0; i < 240; ++i)
            all << summary(i);
        QueueFilter filter;
        filter.text = text;
        filter.steps = steps;
        filter.holder = QueueFilter::Holder(holder);
        filter.me = QStringLiteral("agent1");
        // The same answers with the index kept row by row, while a first sync defers it (the
        // search scans), and once the deferred index is built in one statement.
        for (const QString &mode : {QStringLiteral("rows"), QStringLiteral("deferred"), QStringLiteral("built")}) {
            auto store = LocalStore::open(m_dir.filePath(QStringLiteral("f-%1-%2.sqlite").arg(mode, QString::fromUtf8(QTest::currentDataTag()))));
            TicketCache cache(*store);
            if (mode != QLatin1String("rows"))
                QVERIFY(cache.deferSearchIfEmpty());
            cache.upsert(all.mid(0, 100));
            cache.upsert(all.mid(100));
            if (mode == QLatin1String("built"))
                cache.buildSearchIndex();
            QCOMPARE(cache.searchDeferred(), mode == QLatin1String("deferred"));
            QCOMPARE(cache.count(filter), expected);
            QCOMPARE(allPages(cache, filter, 17).size(), expected);
        }
    }

    void deferredIndexKeepsNotesAndOnlyAnEmptyCacheDefers()
    {
        auto store = LocalStore::open(m_dir.filePath(QStringLiteral("n.sqlite")));
        TicketCache tickets(*store);
        CaseCache cases(*store);
        auto queueIndexes = [&] {
            QSqlQuery &q = store->exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'tickets\\_%' ESCAPE '\\'"));
            const int n = q.next() ? q.value(0).toInt() : -1;
            q.finish();
            return n;
        };
        const int allIndexes = queueIndexes();
        QVERIFY(tickets.deferSearchIfEmpty());
        QCOMPARE(queueIndexes(), allIndexes - 5); // built at the end instead of row by row
        tickets.upsert({summary(5), summary(6)});
        const QJsonObject detail{{QStringLiteral("version"), 3},
                                 {QStringLiteral("notes"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("客户已补充付款截图")}}}}};
        cases.storeDetail(QStringLiteral("T-00005"), 3, detail, kT0);
        QueueFilter filter;
        filter.text = QStringLiteral("付款截图");
        QCOMPARE(tickets.count(filter), 1); // found by the scan
        tickets.buildSearchIndex();
        QVERIFY(!tickets.searchDeferred());
        QCOMPARE(queueIndexes(), allIndexes);
        QCOMPARE(tickets.count(filter), 1); // and by the index built from the table
        // An incremental sync keeps the index row by row: a changed description is found at once.
        QVERIFY(!tickets.deferSearchIfEmpty());
        remote::TicketSummary changed = summary(6);
        changed.description = QStringLiteral("商家拒绝退款");
        tickets.upsert({changed});
        filter.text = QStringLiteral("拒绝退款");
        QCOMPARE(tickets.count(filter), 1);
        QCOMPARE(tickets.page(filter, {}, 10).rows.value(0).summary.id, QStringLiteral("T-00006"));
    }

    // The background build (sync::SearchIndexBuilder) runs buildSearchIndexStep on a second
    // connection while the first one keeps writing: rows changed behind the build, ahead of it
    // and added after it are all found, searches are right at every stage, and a build
    // interrupted (its connection closed) carries on where it stopped.
    void searchIndexIsBuiltInChunksBesideWrites()
    {
        const QString file = m_dir.filePath(QStringLiteral("chunks.sqlite"));
        auto store = LocalStore::open(file);
        TicketCache tickets(*store);
        QVERIFY(tickets.deferSearchIfEmpty());
        QList<remote::TicketSummary> all;
        for (int i = 0; i < 240; ++i)
            all << summary(i);
        tickets.upsert(all);
        QVERIFY(tickets.searchIndexPending());
        auto found = [&](const QString &text) {
            QueueFilter filter;
            filter.text = text;
            const QStringList ids = allPages(tickets, filter, 50);
            if (tickets.count(filter) != ids.size())
                return QStringList{QStringLiteral("count() disagrees with the pages")};
            return ids;
        };
        {
            auto builderStore = LocalStore::open(file); // the builder's own connection
            TicketCache builder(*builderStore);
            QVERIFY(!builder.buildSearchIndexStep(50));
            QVERIFY(!builder.buildSearchIndexStep(50));
            QCOMPARE(builderStore->meta(QLatin1String(TicketCache::kSearchUpToKey)).toInt(), 100);
        } // interrupted: the connection is gone, the watermark stays
        // Changed meanwhile on the first connection: one row the build has covered, one ahead of it.
        remote::TicketSummary behind = summary(10);
        behind.description = QStringLiteral("商家拒绝退款");
        remote::TicketSummary ahead = summary(200);
        ahead.description = QStringLiteral("卡密被冻结");
        tickets.upsert({behind, ahead});
        QVERIFY(tickets.searchDeferred());
        QCOMPARE(found(QStringLiteral("拒绝退款")), QStringList{behind.id}); // by the scan
        QCOMPARE(found(QStringLiteral("卡密被冻结")), QStringList{ahead.id});
        {
            auto builderStore = LocalStore::open(file);
            TicketCache builder(*builderStore);
            int steps = 0;
            while (!builder.buildSearchIndexStep(50))
                ++steps;
            QCOMPARE(steps, 2); // 100 of 240 were done: 50, 50, then the last 40
            QVERIFY(!tickets.searchDeferred()); // the first connection searches the index now
            QVERIFY(tickets.searchIndexPending()); // the queue indexes are still to come
            // Found through the index (three characters and more), each exactly once.
            QCOMPARE(found(QStringLiteral("拒绝退款")), QStringList{behind.id});
            QCOMPARE(found(QStringLiteral("卡密被冻结")), QStringList{ahead.id});
            QCOMPARE(found(QStringLiteral("充值后未到账")).size(), 240 - 3);
            QCOMPARE(found(QStringLiteral("O2026000239")), QStringList{summary(239).id});
            builder.finishQueueIndexes();
        }
        QVERIFY(!tickets.searchIndexPending());
        QVERIFY(!tickets.deferSearchIfEmpty());
        // Rows added and changed afterwards are indexed as they arrive.
        remote::TicketSummary added = summary(500);
        added.description = QStringLiteral("话费充值未到账");
        tickets.upsert({added});
        QCOMPARE(found(QStringLiteral("话费充值")), QStringList{added.id});
        QSqlQuery &q = store->exec(QStringLiteral("SELECT count(*) FROM ticket_search"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 241); // no row indexed twice
        q.finish();
    }

    // A queue page rendered before one of our writes was applied can arrive after the write's
    // confirmation (the server answers reads on other threads): it must not take the ticket
    // back to the older version, or the next write would be based on it and refused.
    void olderPagesDoNotTakeATicketBack()
    {
        auto store = LocalStore::open(m_dir.filePath(QStringLiteral("older.sqlite")));
        TicketCache tickets(*store);
        remote::TicketSummary s = summary(7);
        s.version = 5;
        tickets.upsert({s});
        tickets.applyConfirmedWrite(s.id, 6, QStringLiteral("agent1"), QStringLiteral("verdict"), QStringLiteral("in_progress"));
        QCOMPARE(tickets.ticket(s.id)->summary.version, 6);
        remote::TicketSummary late = s;
        late.description = QStringLiteral("旧的页面");
        tickets.upsert({late}); // version 5, rendered before the write
        QCOMPARE(tickets.ticket(s.id)->summary.version, 6);
        QCOMPARE(tickets.ticket(s.id)->summary.description, s.description);
        remote::TicketSummary newer = s;
        newer.version = 7;
        newer.description = QStringLiteral("新的页面");
        tickets.upsert({newer});
        QCOMPARE(tickets.ticket(s.id)->summary.version, 7);
        QCOMPARE(tickets.ticket(s.id)->summary.description, newer.description);
    }

    void relaxedWritesCommitAndNoFullWriteJoinsThem()
    {
        auto store = LocalStore::open(m_dir.filePath(QStringLiteral("r.sqlite")));
        auto synchronous = [&] {
            QSqlQuery &q = store->exec(QStringLiteral("PRAGMA synchronous"));
            const int level = q.next() ? q.value(0).toInt() : -1;
            q.finish();
            return level;
        };
        QCOMPARE(synchronous(), 2); // FULL
        int inside = -1;
        store->write([&] {
            inside = synchronous();
            store->write([&] { store->setMeta(QStringLiteral("k"), QStringLiteral("v")); }, LocalStore::Durability::Relaxed);
        }, LocalStore::Durability::Relaxed);
        QCOMPARE(inside, 1); // NORMAL
        QCOMPARE(synchronous(), 2);
        QCOMPARE(store->meta(QStringLiteral("k")), QStringLiteral("v"));
        // A durable write (the outbox's) never commits at the relaxed level: refused, rolled back.
        QVERIFY_THROWS_EXCEPTION(StoreError, store->write([&] {
            store->setMeta(QStringLiteral("k"), QStringLiteral("x"));
            store->write([&] { store->setMeta(QStringLiteral("k"), QStringLiteral("y")); });
        }, LocalStore::Durability::Relaxed));
        QCOMPARE(store->meta(QStringLiteral("k")), QStringLiteral("v"));
        // A Relaxed write inside a Full one is simply Full.
        store->write([&] {
            store->write([&] { inside = synchronous(); }, LocalStore::Durability::Relaxed);
        });
        QCOMPARE(inside, 2);
        // A relaxed transaction that throws is rolled back and leaves the connection at FULL.
        QVERIFY_THROWS_EXCEPTION(StoreError, store->write([&] {
            store->setMeta(QStringLiteral("k"), QStringLiteral("w"));
            throw StoreError(QStringLiteral("boom"));
        }, LocalStore::Durability::Relaxed));
        QCOMPARE(store->meta(QStringLiteral("k")), QStringLiteral("v"));
        QCOMPARE(synchronous(), 2);
    }

    void upsertReplacesAndReindexes()
    {
        auto store = LocalStore::open(m_dir.filePath(QStringLiteral("u.sqlite")));
        TicketCache cache(*store);
        cache.upsert({summary(1)});
        remote::TicketSummary changed = summary(1);
        changed.description = QStringLiteral("商家拒绝退款");
        changed.version = 9;
        changed.holder.clear();
        cache.upsert({changed});
        QCOMPARE(cache.total(), 1);
        QCOMPARE(cache.ticket(changed.id)->summary.version, qint64(9));
        QVERIFY(cache.ticket(changed.id)->summary.holder.isEmpty());
        QueueFilter filter;
        filter.text = QStringLiteral("未到账");
        QCOMPARE(cache.count(filter), 0);
        filter.text = QStringLiteral("拒绝退款");
        QCOMPARE(cache.count(filter), 1);
    }

    void detailsAreCachedAndNotesSearchable()
    {
        auto store = LocalStore::open(m_dir.filePath(QStringLiteral("d.sqlite")));
        TicketCache tickets(*store);
        CaseCache cases(*store);
        tickets.upsert({summary(5)});
        QJsonObject detail{{QStringLiteral("version"), 3},
                           {QStringLiteral("notes"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("客户已补充付款截图")}}}}};
        cases.storeDetail(QStringLiteral("T-00005"), 3, detail, kT0);
        QCOMPARE(cases.detailVersion(QStringLiteral("T-00005")), qint64(3));
        QueueFilter filter;
        filter.text = QStringLiteral("付款截图");
        QCOMPARE(tickets.count(filter), 1);
        // An older answer arriving late never replaces a newer one.
        cases.storeDetail(QStringLiteral("T-00005"), 2, QJsonObject{{QStringLiteral("version"), 2}}, kT0);
        QCOMPARE(cases.detail(QStringLiteral("T-00005"))->version, qint64(3));
        QCOMPARE(cases.detail(QStringLiteral("T-00005"))->detail.value(QStringLiteral("notes")).toArray().size(), 1);
        QVERIFY(!cases.detail(QStringLiteral("T-404")).has_value());
    }

    void evidenceIsVerifiedOnArrivalAndOnLoad()
    {
        const QString path = m_dir.filePath(QStringLiteral("e.sqlite"));
        auto store = LocalStore::open(path);
        CaseCache cases(*store);
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(100, 'p');
        const QString sha = sha256Hex(png);
        QVERIFY(!cases.storeEvidence(QStringLiteral("E1"), QStringLiteral("T-1"), sha256Hex("other"), QStringLiteral("image/png"), png));
        QVERIFY(!cases.hasEvidence(QStringLiteral("E1")));
        QVERIFY(cases.storeEvidence(QStringLiteral("E1"), QStringLiteral("T-1"), sha.toUpper(), QStringLiteral("image/png"), png));
        CachedEvidence loaded = cases.evidence(QStringLiteral("E1"));
        QCOMPARE(loaded.integrity, EvidenceIntegrity::Verified);
        QCOMPARE(loaded.content, png);

        // Damage the bytes on disk behind the cache's back.
        store->change(QStringLiteral("UPDATE evidence_content SET content = ? WHERE evidence_id = 'E1'"), {QByteArray(png).replace('p', 'q')});
        loaded = cases.evidence(QStringLiteral("E1"));
        QCOMPARE(loaded.integrity, EvidenceIntegrity::Mismatch);
        QVERIFY(loaded.content.isEmpty());
        QCOMPARE(loaded.expectedSha256, sha);
        QVERIFY(loaded.actualSha256 != sha);
        QCOMPARE(cases.evidence(QStringLiteral("E2")).integrity, EvidenceIntegrity::Missing);
    }

    void outboxChainsAndOrdersPerTicket()
    {
        const QString path = m_dir.filePath(QStringLiteral("o.sqlite"));
        auto store = LocalStore::open(path);
        TicketCache tickets(*store);
        tickets.upsert({summary(1), summary(2)});
        Outbox outbox(*store);
        const OutboxEntry a1 = outbox.enqueue(QStringLiteral("T-00001"), QStringLiteral("notes"), {{QStringLiteral("text"), QStringLiteral("a1")}}, 4, QStringLiteral("note"), kT0);
        const OutboxEntry a2 = outbox.enqueue(QStringLiteral("T-00001"), QStringLiteral("verdict"), {{QStringLiteral("reasoning"), QStringLiteral("a2")}}, 4, QStringLiteral("verdict"), kT0);
        const OutboxEntry b1 = outbox.enqueue(QStringLiteral("T-00002"), QStringLiteral("notes"), {}, 7, QStringLiteral("note"), kT0);
        QCOMPARE(a2.afterSeq, a1.seq);
        QCOMPARE(b1.afterSeq, qint64(0));
        QVERIFY(a1.idempotencyKey != a2.idempotencyKey);
        QCOMPARE(outbox.pendingCount(), 3);
        QCOMPARE(tickets.ticket(QStringLiteral("T-00001"))->pending, 2);

        // Per ticket only the first open write is ready.
        QList<OutboxEntry> ready = outbox.ready(kT0, 10);
        QCOMPARE(ready.size(), 2);
        QCOMPARE(ready.at(0).seq, a1.seq);
        QCOMPARE(ready.at(1).seq, b1.seq);
        QCOMPARE(outbox.ifMatchFor(a1), qint64(4));

        // The chained write is sent with the version its predecessor produced.
        outbox.markDone(a1.seq, 5, {{QStringLiteral("ok"), true}}, kT0);
        QCOMPARE(outbox.ifMatchFor(*outbox.entry(a2.seq)), qint64(5));
        QCOMPARE(tickets.ticket(QStringLiteral("T-00001"))->pending, 1);

        // A retry waits for its time; a conflict stops that ticket only.
        outbox.markRetry(b1.seq, kT0.addSecs(30), {{QStringLiteral("kind"), QStringLiteral("unreachable")}});
        ready = outbox.ready(kT0, 10);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.at(0).seq, a2.seq);
        QCOMPARE(*outbox.nextDue(), kT0);
        outbox.markBlocked(a2.seq, OutboxState::Conflict, {{QStringLiteral("code"), QStringLiteral("version_conflict")}});
        QVERIFY(tickets.ticket(QStringLiteral("T-00001"))->blocked);
        QCOMPARE(outbox.blockedCount(), 1);
        QCOMPARE(*outbox.nextDue(), kT0.addSecs(30));
        QCOMPARE(outbox.ready(kT0.addSecs(31), 10).size(), 1);

        // The agent reloads and sends the write again on the current version.
        outbox.retryOnVersion(a2.seq, 8);
        QVERIFY(!tickets.ticket(QStringLiteral("T-00001"))->blocked);
        QCOMPARE(outbox.ifMatchFor(*outbox.entry(a2.seq)), qint64(8));

        // Reopened after a crash: everything committed is still there, keys unchanged.
        store.reset();
        auto reopened = LocalStore::open(path);
        Outbox again(*reopened);
        QCOMPARE(again.pendingCount(), 2);
        QCOMPARE(again.entry(a2.seq)->idempotencyKey, a2.idempotencyKey);
        QCOMPARE(again.entry(a2.seq)->body.value(QStringLiteral("reasoning")).toString(), QStringLiteral("a2"));
    }

    void discardingRechainsTheFollowers()
    {
        auto store = LocalStore::open(m_dir.filePath(QStringLiteral("x.sqlite")));
        Outbox outbox(*store);
        const OutboxEntry a = outbox.enqueue(QStringLiteral("T-1"), QStringLiteral("notes"), {}, 3, {}, kT0);
        const OutboxEntry b = outbox.enqueue(QStringLiteral("T-1"), QStringLiteral("notes"), {}, 3, {}, kT0);
        const OutboxEntry c = outbox.enqueue(QStringLiteral("T-1"), QStringLiteral("notes"), {}, 3, {}, kT0);
        outbox.markBlocked(b.seq, OutboxState::Failed, {});
        outbox.markDone(a.seq, 4, {}, kT0);
        QVERIFY(outbox.ready(kT0, 10).isEmpty());
        outbox.discard(b.seq, kT0);
        QCOMPARE(outbox.entry(c.seq)->afterSeq, a.seq);
        QCOMPARE(outbox.ifMatchFor(*outbox.entry(c.seq)), qint64(4));
        QCOMPARE(outbox.ready(kT0, 10).size(), 1);
        QCOMPARE(outbox.prune(kT0.addSecs(1)), 2);
    }

    // A write recorded on a cached case older than one's own confirmed writes (their refresh still
    // on the way) is based on the version those writes reached, and no further than someone
    // else's write between them.
    void ownConfirmedWritesMoveTheBaseOn()
    {
        auto store = LocalStore::open(m_dir.filePath(QStringLiteral("own.sqlite")));
        Outbox outbox(*store);
        const QString t = QStringLiteral("T-OWN");
        QCOMPARE(outbox.versionAfterOwnWrites(t, 5), qint64(5)); // nothing written yet
        const OutboxEntry a = outbox.enqueue(t, QStringLiteral("notes"), {}, 5, {}, kT0);
        QCOMPARE(outbox.versionAfterOwnWrites(t, 5), qint64(5)); // not confirmed: not counted
        outbox.markDone(a.seq, 6, {}, kT0);
        const OutboxEntry b = outbox.enqueue(t, QStringLiteral("transitions"), {}, 6, {}, kT0);
        outbox.markDone(b.seq, 7, {}, kT0);
        QCOMPARE(outbox.versionAfterOwnWrites(t, 5), qint64(7));
        QCOMPARE(outbox.versionAfterOwnWrites(t, 6), qint64(7));
        QCOMPARE(outbox.versionAfterOwnWrites(t, 7), qint64(7));
        QCOMPARE(outbox.versionAfterOwnWrites(QStringLiteral("T-OTHER"), 5), qint64(5)); // per ticket
        // Version 8 was someone else's; our write after it (on 8) made 9: from 7 the base stays 7
        // (the agent has not seen 8), from 8 it moves on to 9.
        const OutboxEntry c = outbox.enqueue(t, QStringLiteral("notes"), {}, 8, {}, kT0);
        outbox.markDone(c.seq, 9, {}, kT0);
        QCOMPARE(outbox.versionAfterOwnWrites(t, 7), qint64(7));
        QCOMPARE(outbox.versionAfterOwnWrites(t, 8), qint64(9));
        // A discarded or blocked write moved nothing.
        const OutboxEntry d = outbox.enqueue(t, QStringLiteral("notes"), {}, 9, {}, kT0);
        outbox.markBlocked(d.seq, OutboxState::Conflict, {});
        QCOMPARE(outbox.versionAfterOwnWrites(t, 9), qint64(9));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
