// The server's schema and statements: a database made by an older version is migrated at start
// with every ticket intact; prepared statements are reused without one reader's rows leaking
// into another's. Runs on SQLite and on PostgreSQL.

#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using wd::server::ApiServer;
using wd::server::Database;
using wd::server::Rows;
using wd::test::HttpReply;
using wd::test::TestServer;

namespace {

// The tickets table of schema version 1, which held the case document and its assessment.
const QString kV1Columns = QStringLiteral(
    "id, category, step, status, version, holder, lease_until, review_started_at, submitted_at, sla_warn_at, sla_due_at, "
    "warranty_ends_at, merchant_id, merchant_name, product_type, product_name, liable_party, amount_cents, order_no, "
    "customer_id, description, search_text, change_seq, created_at, updated_at, ticket_json, case_json, state_json, "
    "assessment_json, assessed_liable");

QVariantList row(Database &db, const QString &sql, const QVariantList &values, int columns)
{
    Rows q = db.exec(sql, values);
    if (!q.next())
        return {};
    QVariantList out;
    for (int i = 0; i < columns; ++i)
        out << q.value(i);
    return out;
}

QString marks(int n)
{
    QStringList m;
    for (int i = 0; i < n; ++i)
        m << QStringLiteral("?");
    return m.join(QLatin1Char(','));
}

} // namespace

class tst_ServerSchema : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void versionOneDatabaseIsMigratedWithItsTickets();
    void statementsAreReusedWithoutMixingResults();

private:
    std::unique_ptr<TestServer> m_server;
};

void tst_ServerSchema::initTestCase()
{
    if (const QString why = TestServer::postgresUnavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_server = std::make_unique<TestServer>();
}

void tst_ServerSchema::versionOneDatabaseIsMigratedWithItsTickets()
{
    TestServer &s = *m_server;
    const QString id = QStringLiteral("T-MIGRATE-1");
    QCOMPARE(s.intake(TestServer::sampleCase(id)).status, 201);
    HttpReply r = s.write(QStringLiteral("/api/v1/tickets/%1/claim").arg(id), {}, QStringLiteral("agent1"), 0);
    QCOMPARE(r.status, 200);
    r = s.write(QStringLiteral("/api/v1/tickets/%1/notes").arg(id),
                {{QStringLiteral("kind"), QStringLiteral("internal")}, {QStringLiteral("text"), QStringLiteral("迁移前的备注")}},
                QStringLiteral("agent1"), s.version(id));
    QCOMPARE(r.status, 200);
    Database &current = s.api().database();
    QCOMPARE(current.schemaVersion(), 2);
    qint64 version = 0;
    const QByteArray detailBefore = s.api().tickets().detailJson(id, &version).value_or(QByteArray());
    QVERIFY(!detailBefore.isEmpty());

    // The same ticket, its history and the audit head, as version 1 stored them.
    const QStringList v1 = kV1Columns.split(QStringLiteral(", "));
    QStringList select;
    for (const QString &c : v1)
        select << ((c == QLatin1String("case_json") || c == QLatin1String("assessment_json")) ? QStringLiteral("c.") + c
                                                                                             : QStringLiteral("t.") + c);
    const QVariantList ticketRow = row(current, QStringLiteral("SELECT %1 FROM tickets t JOIN ticket_cases c ON c.id = t.id WHERE t.id = ?")
                                                    .arg(select.join(QStringLiteral(", "))),
                                       {id}, int(v1.size()));
    QCOMPARE(ticketRow.size(), v1.size());
    QVERIFY(!ticketRow.at(v1.indexOf(QStringLiteral("case_json"))).toString().isEmpty());
    QList<QVariantList> auditRows;
    {
        Rows q = current.exec(QStringLiteral("SELECT seq, at, actor, action, ticket_id, detail, prev_hash, hash FROM audit ORDER BY seq"));
        while (q.next()) {
            QVariantList one;
            for (int i = 0; i < 8; ++i)
                one << q.value(i);
            auditRows << one;
        }
    }
    const QVariantList head = row(current, QStringLiteral("SELECT change_seq, audit_seq, audit_hash FROM head WHERE id = 1"), {}, 3);

    const QString oldUrl = s.scratchDatabase();
    {
        std::unique_ptr<Database> old = Database::open(oldUrl);
        old->migrate(1);
        QCOMPARE(old->schemaVersion(), 1);
        old->write([&] {
            old->change(QStringLiteral("INSERT INTO tickets (%1) VALUES (%2)").arg(kV1Columns, marks(int(v1.size()))), ticketRow);
            for (const QVariantList &a : std::as_const(auditRows))
                old->change(QStringLiteral("INSERT INTO audit (seq, at, actor, action, ticket_id, detail, prev_hash, hash) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                            a);
            old->change(QStringLiteral("UPDATE head SET change_seq = ?, audit_seq = ?, audit_hash = ? WHERE id = 1"), head);
        });
    }

    // A server of this version starts on it: migrated, the ticket reads as before.
    wd::server::ServerOptions options;
    options.databaseUrl = oldUrl;
    options.clock = [&s] { return s.now(); };
    ApiServer migrated(options);
    QCOMPARE(migrated.database().schemaVersion(), 2);
    qint64 migratedVersion = 0;
    QCOMPARE(migrated.tickets().detailJson(id, &migratedVersion).value_or(QByteArray()), detailBefore);
    QCOMPARE(migratedVersion, version);
    QVERIFY(migrated.audit().verify().ok);

    // Workflow writes go on from it; the case document is kept as it was.
    const QVariant caseBefore = row(migrated.database(), QStringLiteral("SELECT case_json FROM ticket_cases WHERE id = ?"), {id}, 1).value(0);
    migrated.database().write([&] {
        std::optional<wd::server::TicketRecord> record = migrated.tickets().load(id, true);
        QVERIFY(record);
        QCOMPARE(record->version, version);
        QCOMPARE(record->state.notes.size(), 1);
        record->state.holder.clear();
        QVERIFY(migrated.tickets().save(*record, QStringLiteral("agent1"), QStringLiteral("ticket.release"), {}));
    });
    QCOMPARE(migrated.tickets().load(id, false)->version, version + 1);
    QCOMPARE(row(migrated.database(), QStringLiteral("SELECT case_json FROM ticket_cases WHERE id = ?"), {id}, 1).value(0), caseBefore);
    QVERIFY(migrated.audit().verify().ok);

    // Migrating again changes nothing.
    migrated.database().migrate();
    QCOMPARE(migrated.database().schemaVersion(), 2);
    QCOMPARE(row(migrated.database(), QStringLiteral("SELECT COUNT(*) FROM ticket_cases"), {}, 1).value(0).toInt(), 1);
}

void tst_ServerSchema::statementsAreReusedWithoutMixingResults()
{
    Database &db = m_server->api().database();
    const QString sql = QStringLiteral("SELECT id FROM users WHERE id >= ? ORDER BY id");
    QStringList all;
    {
        Rows q = db.exec(sql, {QString()});
        while (q.next())
            all << q.value(0).toString();
    }
    QVERIFY(all.size() >= 5);

    // The same SQL read nested: each reader walks its own rows.
    QStringList outer, inner;
    {
        Rows a = db.exec(sql, {QString()});
        QVERIFY(a.next());
        outer << a.value(0).toString();
        {
            Rows b = db.exec(sql, {all.at(2)});
            while (b.next())
                inner << b.value(0).toString();
        }
        while (a.next())
            outer << a.value(0).toString();
    }
    QCOMPARE(outer, all);
    QCOMPARE(inner, all.mid(2));

    // A statement given back after a partial read starts afresh with new values.
    {
        Rows q = db.exec(sql, {all.at(1)});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), all.at(1));
    }
    {
        Rows q = db.exec(sql, {all.last()});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), all.last());
        QVERIFY(!q.next());
    }

    // A failing statement is reported and does not poison the next use of its SQL.
    QVERIFY_THROWS_EXCEPTION(wd::server::SqlFailure, db.exec(QStringLiteral("SELECT no_such_column FROM users")));
    QVERIFY_THROWS_EXCEPTION(wd::server::SqlFailure, db.exec(QStringLiteral("SELECT no_such_column FROM users")));
    Rows again = db.exec(sql, {all.at(3)});
    QVERIFY(again.next());
    QCOMPARE(again.value(0).toString(), all.at(3));
}

QTEST_MAIN(tst_ServerSchema)
#include "tst_server_schema.moc"
