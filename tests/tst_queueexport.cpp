// store::QueueExport: a queue view to CSV off the UI thread over its own read-only connection.
// Every matching row in the view's order (not only a loaded page), UTF-8 with a BOM, RFC 4180
// quoting, the formula-injection guard, progress, and a cancel or a failure that leaves no file.

#include "localstore.h"
#include "queueexport.h"
#include "ticketcache.h"
#include "ticketqueuemodel.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
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
    s.version = 1;
    s.submittedAt = kT0.addSecs(i * 60);
    s.slaDueAt = kT0.addSecs(3600 * 24 + (i * 37 % 500) * 60);
    s.warrantyEndsAt = kT0.addDays(30);
    s.merchantId = QStringLiteral("M-%1").arg(i % 4);
    s.merchantName = i % 4 == 0 ? QStringLiteral("星辰游戏点卡专营店") : QStringLiteral("快充数码");
    s.productType = ProductType::GameCard;
    s.productName = QStringLiteral("网易一卡通 50元");
    s.amount = Money::fromCents(1000 + (i * 97) % 50000);
    s.orderNo = QStringLiteral("O2026%1").arg(i, 6, 10, QLatin1Char('0'));
    s.customerId = QStringLiteral("C-%1").arg(i % 50);
    s.description = QStringLiteral("充值后未到账");
    s.changeSeq = i;
    s.updatedAt = kT0.addSecs(i);
    return s;
}

// Splits a CSV text into records of fields (RFC 4180), for checking what was written.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            fields << field;
            records << fields;
            fields.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

class tst_QueueExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QueueExportSpec spec(const QString &file, const QueueFilter &filter = {})
    {
        QueueExportSpec s;
        s.databasePath = m_db;
        s.filter = filter;
        s.headers = {QStringLiteral("Ticket"), QStringLiteral("Merchant"), QStringLiteral("Amount")};
        s.cells = [](const QueueRow &row) {
            return QStringList{row.summary.id, row.summary.merchantName, row.summary.amount.toString()};
        };
        s.fileName = m_dir.filePath(file);
        s.pageRows = 250;
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cache.sqlite"));
        auto store = LocalStore::open(m_db);
        TicketCache cache(*store);
        QList<remote::TicketSummary> all;
        for (int i = 1; i <= 3000; ++i)
            all << summary(i);
        // Values a spreadsheet would take for formulas, and ones that need quoting.
        all[0].merchantName = QStringLiteral("=HYPERLINK(\"http://evil\",\"点我\")");
        all[1].merchantName = QStringLiteral("+86 400, \"快充\"");
        all[2].merchantName = QStringLiteral("-1+1");
        all[3].merchantName = QStringLiteral("@SUM(A1)");
        all[4].merchantName = QStringLiteral("两行\n商家");
        store->write([&] { cache.upsert(all); });
    }

    void fieldsAreQuotedAndGuarded_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("快充数码") << QStringLiteral("快充数码");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("minus") << QStringLiteral("-1") << QStringLiteral("'-1");
        QTest::newRow("at") << QStringLiteral("@A1") << QStringLiteral("'@A1");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("guarded and quoted") << QStringLiteral("=A1,\"x\"") << QStringLiteral("\"'=A1,\"\"x\"\"\"");
        QTest::newRow("inside is fine") << QStringLiteral("a=b-c") << QStringLiteral("a=b-c");
    }

    void fieldsAreQuotedAndGuarded()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(QueueExport::csvField(value), field);
    }

    void writesEveryMatchingRowInTheViewsOrder()
    {
        QueueFilter filter;
        filter.steps = {QStringLiteral("evidence")};
        filter.sort = QueueSort::Amount;
        filter.descending = true;
        QueueExport exporter;
        QSignalSpy progress(&exporter, &QueueExport::progress);
        QSignalSpy finished(&exporter, &QueueExport::finished);
        QVERIFY(exporter.start(spec(QStringLiteral("evidence.csv"), filter)));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).value<QueueExport::Outcome>(), QueueExport::Outcome::Written);
        QCOMPARE(finished.at(0).at(1).toInt(), 1500);
        QVERIFY(progress.count() >= 6); // 0, then one per page of 250
        QCOMPARE(progress.last().at(0).toInt(), 1500);
        QCOMPARE(progress.last().at(1).toInt(), 1500);

        QFile file(m_dir.filePath(QStringLiteral("evidence.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 (Chinese) with the BOM
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(records.size(), 1501);
        QCOMPARE(records.first(), (QStringList{QStringLiteral("Ticket"), QStringLiteral("Merchant"), QStringLiteral("Amount")}));

        // The same rows, in the same order, as the queue pages them.
        auto store = LocalStore::open(m_db);
        TicketCache cache(*store);
        QStringList expected;
        QueueCursor cursor;
        do {
            const QueuePage page = cache.page(filter, cursor, 400);
            for (const QueueRow &row : page.rows)
                expected << row.summary.id;
            cursor = page.next;
        } while (cursor.valid());
        QStringList ids;
        for (int i = 1; i < records.size(); ++i)
            ids << records.at(i).value(0);
        QCOMPARE(ids, expected);

        // Quoting and the guard, read back: T-00002 has a comma and quotes, T-00004 starts with @.
        QHash<QString, QString> merchant;
        for (const QStringList &r : records)
            merchant.insert(r.value(0), r.value(1));
        QCOMPARE(merchant.value(QStringLiteral("T-00001")), QStringLiteral("'=HYPERLINK(\"http://evil\",\"点我\")"));
        QCOMPARE(merchant.value(QStringLiteral("T-00003")), QStringLiteral("'-1+1"));
        QCOMPARE(merchant.value(QStringLiteral("T-00005")), QStringLiteral("两行\n商家"));
        QVERIFY(!merchant.contains(QStringLiteral("T-00002"))); // a review ticket: not in this view
    }

    void searchAndDisplayTextOfTheModel()
    {
        QueueFilter filter;
        filter.text = QStringLiteral("星辰");
        QueueExportSpec s = spec(QStringLiteral("search.csv"), filter);
        const QDateTime now = kT0;
        const QList<int> columns{TicketQueueModel::TicketColumn, TicketQueueModel::StepColumn, TicketQueueModel::SlaColumn};
        s.headers = {QStringLiteral("Ticket"), QStringLiteral("Step"), QStringLiteral("SLA left")};
        s.cells = [columns, now](const QueueRow &row) {
            QStringList cells;
            for (int c : columns)
                cells << TicketQueueModel::displayText(row, c, now);
            return cells;
        };
        QueueExport exporter;
        QSignalSpy finished(&exporter, &QueueExport::finished);
        QVERIFY(exporter.start(s));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(1).toInt(), 750 - 1); // every 4th merchant is 星辰…, minus T-00004 renamed above
        QFile file(s.fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(file.readAll().mid(3)));
        QCOMPARE(records.size(), 750);
        const QStringList first = records.at(1);
        QVERIFY(first.at(1) == QStringLiteral("Evidence") || first.at(1) == QStringLiteral("Review"));
        QVERIFY2(first.at(2).contains(QLatin1Char('d')) || first.at(2).contains(QLatin1Char('h')), qPrintable(first.at(2)));
    }

    void cancelLeavesNoFile()
    {
        const QString name = m_dir.filePath(QStringLiteral("cancelled.csv"));
        QFile old(name);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an earlier export\r\n");
        old.close();
        QueueExportSpec s = spec(QStringLiteral("cancelled.csv"));
        s.pageRows = 10; // many pages: the cancel lands between two of them
        QueueExport exporter;
        QSignalSpy finished(&exporter, &QueueExport::finished);
        connect(&exporter, &QueueExport::progress, &exporter, [&exporter](int written, int) {
            if (written >= 100)
                exporter.cancel();
        });
        QVERIFY(exporter.start(s));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).value<QueueExport::Outcome>(), QueueExport::Outcome::Cancelled);
        QVERIFY(finished.at(0).at(1).toInt() < 3000);
        // The earlier file is untouched and no temporary file is left behind.
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("an earlier export\r\n"));
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList{QStringLiteral("cancelled.csv")});
        QVERIFY(!exporter.isRunning());
        QVERIFY(exporter.start(spec(QStringLiteral("after-cancel.csv")))); // and it can run again
        exporter.wait();
    }

    void failureLeavesNoFile()
    {
        QueueExport exporter;
        QSignalSpy finished(&exporter, &QueueExport::finished);
        QueueExportSpec s = spec(QStringLiteral("no-such-folder/x.csv"));
        QVERIFY(exporter.start(s));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).value<QueueExport::Outcome>(), QueueExport::Outcome::Failed);
        QVERIFY(!finished.at(0).at(3).toString().isEmpty());
        QVERIFY(!QFile::exists(s.fileName));

        // A cache that is not there fails too (the read-only connection never creates tables).
        QueueExportSpec bad = spec(QStringLiteral("from-nothing.csv"));
        bad.databasePath = m_dir.filePath(QStringLiteral("sub/missing.sqlite"));
        QFile::remove(bad.databasePath);
        finished.clear();
        QVERIFY(exporter.start(bad));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).value<QueueExport::Outcome>(), QueueExport::Outcome::Failed);
        QVERIFY(!QFile::exists(bad.fileName));
        QVERIFY(!QFile::exists(bad.databasePath));
    }

    void theConnectionOnlyReads()
    {
        // The export's connection is query_only: a write through it would fail. Checked by
        // exporting while this connection holds the write lock: reading is not blocked.
        auto store = LocalStore::open(m_db);
        QueueExport exporter;
        QSignalSpy finished(&exporter, &QueueExport::finished);
        store->execDirect(QStringLiteral("BEGIN IMMEDIATE"));
        QVERIFY(exporter.start(spec(QStringLiteral("while-writing.csv"))));
        QVERIFY(finished.wait(20000));
        store->execDirect(QStringLiteral("ROLLBACK"));
        QCOMPARE(finished.at(0).at(0).value<QueueExport::Outcome>(), QueueExport::Outcome::Written);
        QCOMPARE(finished.at(0).at(1).toInt(), 3000);
    }
};

QTEST_GUILESS_MAIN(tst_QueueExport)
#include "tst_queueexport.moc"
