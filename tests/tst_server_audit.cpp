// The hash-chained audit log over real HTTP: every state change of a ticket's life is there with
// its action, ticket id, actor and new version; GET /api/v1/audit/verify finds the chain intact,
// then finds an altered entry, an entry re-hashed by the tamperer, a removed entry and a removed
// last entry; and the real `warrantydesk-server audit verify` binary agrees (exit code 3). The
// entry hash's directly written canonical text gives the hash QJsonDocument's form gives.

#include "servertesthelpers.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace wd;
using namespace wd::test;

namespace {

const QString kId = QStringLiteral("T-AUD-1");
const QString kBase = QStringLiteral("/api/v1/tickets/T-AUD-1");

QByteArray png()
{
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int x = 10; x < 90; ++x)
        image.setPixel(x, 40, qRgb(200, 0, 0));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

struct Row
{
    qint64 seq = 0;
    QVariantList values; // seq, at, actor, action, ticket_id, detail, prev_hash, hash
};

Row readRow(TestServer &s, qint64 seq)
{
    wd::server::Rows q = s.api().database().exec(
        QStringLiteral("SELECT seq, at, actor, action, ticket_id, detail, prev_hash, hash FROM audit WHERE seq = ?"), {seq});
    Row row;
    if (q.next()) {
        row.seq = seq;
        for (int i = 0; i < 8; ++i)
            row.values << q.value(i);
    }
    return row;
}

void restoreRow(TestServer &s, const Row &row)
{
    s.api().database().exec(QStringLiteral("DELETE FROM audit WHERE seq = ?"), {row.seq});
    QVariantList values = row.values;
    if (values.at(4).toString().isEmpty())
        values[4] = QVariant();
    s.api().database().exec(QStringLiteral("INSERT INTO audit (seq, at, actor, action, ticket_id, detail, prev_hash, hash) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                            values);
}

// The entry hash through a QJsonObject and QJsonDocument's compact form, as the server first
// computed it: the reference AuditLog::entryHash's directly written text must match.
QByteArray referenceEntryHash(const QString &prevHash, qint64 seq, qint64 atMs, const QString &actor, const QString &action,
                              const QString &ticketId, const QString &detailJson)
{
    const QJsonObject entry{
        {QStringLiteral("seq"), QString::number(seq)},
        {QStringLiteral("at"), QString::number(atMs)},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("action"), action},
        {QStringLiteral("ticket_id"), ticketId},
        {QStringLiteral("detail"), detailJson},
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash.toLatin1());
    hash.addData(QJsonDocument(entry).toJson(QJsonDocument::Compact));
    return hash.result().toHex();
}

QJsonObject verify(TestServer &s)
{
    const HttpReply r = s.request("GET", QStringLiteral("/api/v1/audit/verify"), {}, QStringLiteral("super2"));
    return r.status == 200 ? r.json() : QJsonObject{{QStringLiteral("http_status"), r.status}};
}

} // namespace

class tst_ServerAudit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyStateChangeIsAudited();
    void auditTimesFollowTheServerClock();
    void verifyFindsTheChainIntact();
    void alteredEntry();
    void rehashedEntry();
    void removedEntries();
    void hashTextMatchesQJsonDocument();
    void cleanupTestCase();

private:
    // One write, then the entries it added: exactly one with `action`, for kId, by `actor`.
    void expectAudited(const HttpReply &r, const QString &action, const QString &actor, int status = 200);
    // The real binary on this database: exit code and what it printed.
    std::pair<int, QString> verifyWithBinary();

    std::unique_ptr<TestServer> m_server;
    qint64 m_seq = 0;
};

void tst_ServerAudit::initTestCase()
{
    if (const QString why = TestServer::postgresUnavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_server = std::make_unique<TestServer>();
}

void tst_ServerAudit::hashTextMatchesQJsonDocument()
{
    // AuditLog::entryHash writes the canonical entry text itself; it must give the hash the
    // QJsonDocument form gives (every stored chain was hashed that way), for every character.
    QStringList texts{QString(), QStringLiteral("agent1"), QStringLiteral("质保工作台 🎮 — ü"),
                      QStringLiteral("{\"reasoning\":\"a \\\"quoted\\\" \\\\ path\",\"version\":3}"),
                      QStringLiteral("\u2028\u2029\u007f\u0080\u00ff\ufeff\uffff"), QString(2000, QLatin1Char('x'))};
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    texts << controls << controls + QStringLiteral("tail") + controls;
    QString everyBmp; // every code point of the basic plane but the surrogates, then pairs
    for (char32_t c = 0; c < 0x10000; ++c)
        if (c < 0xd800 || c > 0xdfff)
            everyBmp += QChar(char16_t(c));
    for (char32_t c : {char32_t(0x10000), char32_t(0x1f600), char32_t(0x10ffff)})
        everyBmp += QString::fromUcs4(&c, 1);
    texts << everyBmp;
    const QString prev = QString::fromLatin1(QCryptographicHash::hash("prev", QCryptographicHash::Sha256).toHex());
    for (const QString &a : texts) {
        for (const QString &b : {texts.at(1), a}) {
            const QByteArray direct = server::AuditLog::entryHash(prev, 42, 1733400000123, a, b, a, a);
            QCOMPARE(direct, referenceEntryHash(prev, 42, 1733400000123, a, b, a, a));
            QCOMPARE(direct.size(), 64);
        }
    }
    // Any one field changed changes the hash.
    const QByteArray base = server::AuditLog::entryHash(prev, 1, 2, texts.at(1), texts.at(1), texts.at(1), texts.at(3));
    QVERIFY(base != server::AuditLog::entryHash(prev, 2, 2, texts.at(1), texts.at(1), texts.at(1), texts.at(3)));
    QVERIFY(base != server::AuditLog::entryHash(prev, 1, 3, texts.at(1), texts.at(1), texts.at(1), texts.at(3)));
    QVERIFY(base != server::AuditLog::entryHash(prev, 1, 2, texts.at(1), texts.at(1), texts.at(1), texts.at(3) + QLatin1Char(' ')));
}

void tst_ServerAudit::cleanupTestCase()
{
    if (m_server) {
        // Every test put back what it broke.
        const QJsonObject v = verify(*m_server);
        QVERIFY2(v.value(QStringLiteral("ok")).toBool(), QJsonDocument(v).toJson().constData());
    }
    m_server.reset();
}

void tst_ServerAudit::expectAudited(const HttpReply &r, const QString &action, const QString &actor, int status)
{
    QVERIFY2(r.status == status, qPrintable(action + QStringLiteral(": ") + QString::fromUtf8(describe(r))));
    const QJsonArray added = auditEntries(*m_server, m_seq);
    QVERIFY2(added.size() == 1, qPrintable(action + QStringLiteral(": ") + QString::fromUtf8(QJsonDocument(added).toJson(QJsonDocument::Compact))));
    const QJsonObject e = added.first().toObject();
    QCOMPARE(e.value(QStringLiteral("action")).toString(), action);
    QCOMPARE(e.value(QStringLiteral("ticket_id")).toString(), kId);
    QCOMPARE(e.value(QStringLiteral("actor")).toString(), actor);
    QCOMPARE(e.value(QStringLiteral("seq")).toInteger(), m_seq + 1);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(e.value(QStringLiteral("hash")).toString()).hasMatch());
    const qint64 version = r.json().value(QStringLiteral("version")).toInteger();
    QCOMPARE(e.value(QStringLiteral("detail")).toObject().value(QStringLiteral("version")).toInteger(), version);
    m_seq = e.value(QStringLiteral("seq")).toInteger();
}

std::pair<int, QString> tst_ServerAudit::verifyWithBinary()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(WD_SERVER_PATH), {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_server->databaseUrl()});
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {-1, QStringLiteral("did not finish")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

void tst_ServerAudit::everyStateChangeIsAudited()
{
    TestServer &s = *m_server;
    m_seq = lastAuditSeq(s);
    QJsonObject c = TestServer::sampleCase(kId);
    QJsonObject order = c.value(QStringLiteral("order")).toObject();
    order[QStringLiteral("amount_paid")] = 980.00;
    c[QStringLiteral("order")] = order;
    expectAudited(s.intake(c), QStringLiteral("ticket.create"), QStringLiteral("super1"), 201);

    auto post = [&](const QString &tail, const QJsonObject &body, const QString &user) {
        return s.write(kBase + tail, body, user, s.version(kId));
    };
    const QJsonObject advance{{QStringLiteral("action"), QStringLiteral("advance")}};
    const QString a1 = QStringLiteral("agent1");
    expectAudited(post(QStringLiteral("/claim"), {}, a1), QStringLiteral("ticket.claim"), a1);
    expectAudited(post(QStringLiteral("/renew"), {}, a1), QStringLiteral("ticket.renew"), a1);
    expectAudited(s.request("PATCH", kBase, compact({{QStringLiteral("findings"), QJsonObject{{QStringLiteral("merchant_refused"), true}}}}), a1,
                            writeHeaders(s.version(kId))),
                  QStringLiteral("case.update"), a1);
    expectAudited(post(QStringLiteral("/transitions"), {{QStringLiteral("action"), QStringLiteral("escalate")}, {QStringLiteral("channel"), QStringLiteral("12315")}}, a1),
                  QStringLiteral("ticket.transition"), a1);
    expectAudited(post(QStringLiteral("/transitions"), advance, a1), QStringLiteral("ticket.transition"), a1);
    expectAudited(post(QStringLiteral("/waivers"), {{QStringLiteral("kind"), QStringLiteral("payment_record")}, {QStringLiteral("reason"), QStringLiteral("非支付类问题")}}, a1),
                  QStringLiteral("evidence.waive"), a1);
    expectAudited(post(QStringLiteral("/transitions"), {{QStringLiteral("action"), QStringLiteral("request_evidence")}}, a1), QStringLiteral("ticket.transition"), a1);
    expectAudited(s.request("POST", kBase + QStringLiteral("/evidence"), png(), a1, {{"X-Evidence-Kind", "communication_record"}, {"X-Evidence-Id", "E-1"}}),
                  QStringLiteral("evidence.add"), a1, 201);
    expectAudited(post(QStringLiteral("/transitions"), {{QStringLiteral("action"), QStringLiteral("customer_responded")}}, a1), QStringLiteral("ticket.transition"), a1);
    expectAudited(post(QStringLiteral("/transitions"), advance, a1), QStringLiteral("ticket.transition"), a1);
    expectAudited(post(QStringLiteral("/notes"), {{QStringLiteral("kind"), QStringLiteral("review")}, {QStringLiteral("text"), QStringLiteral("证据齐全")}}, a1),
                  QStringLiteral("note.add"), a1);
    expectAudited(post(QStringLiteral("/transitions"), advance, a1), QStringLiteral("ticket.transition"), a1);
    expectAudited(post(QStringLiteral("/verdict"), verdictBody(s, QStringLiteral("980.00"), {QStringLiteral("refund"), QStringLiteral("deposit_payout")}), a1),
                  QStringLiteral("verdict.record"), a1);
    expectAudited(post(QStringLiteral("/approval"), {}, QStringLiteral("super1")), QStringLiteral("verdict.approve"), QStringLiteral("super1"));
    expectAudited(post(QStringLiteral("/transitions"), advance, a1), QStringLiteral("ticket.transition"), a1);
    expectAudited(post(QStringLiteral("/executions"), {{QStringLiteral("remedy"), QStringLiteral("refund")}, {QStringLiteral("reference"), QStringLiteral("RF-1")}}, a1),
                  QStringLiteral("execution.record"), a1);
    expectAudited(post(QStringLiteral("/executions"), {{QStringLiteral("remedy"), QStringLiteral("deposit_payout")}, {QStringLiteral("reference"), QStringLiteral("DP-1")}}, a1),
                  QStringLiteral("execution.record"), a1);
    expectAudited(post(QStringLiteral("/notifications"), {{QStringLiteral("text"), QStringLiteral("已退款 980.00 元。")}}, a1), QStringLiteral("customer.notify"), a1);
    HttpReply closed = post(QStringLiteral("/transitions"), advance, a1);
    expectAudited(closed, QStringLiteral("ticket.transition"), a1);
    QCOMPARE(closed.json().value(QStringLiteral("step")).toString(), QStringLiteral("closed"));
    expectAudited(post(QStringLiteral("/appeals"), {{QStringLiteral("appellant"), QStringLiteral("merchant")}, {QStringLiteral("reason"), QStringLiteral("买家已使用")}},
                       QStringLiteral("agent2")),
                  QStringLiteral("appeal.file"), QStringLiteral("agent2"));
    expectAudited(post(QStringLiteral("/appeal-decision"), {{QStringLiteral("outcome"), QStringLiteral("amend")}, {QStringLiteral("reason"), QStringLiteral("部分退款")}},
                       QStringLiteral("super2")),
                  QStringLiteral("appeal.decide"), QStringLiteral("super2"));
    expectAudited(post(QStringLiteral("/release"), {}, QStringLiteral("super2")), QStringLiteral("ticket.release"), QStringLiteral("super2"));
    const HttpReply pulled = s.request("POST", QStringLiteral("/api/v1/tickets/pull"), {}, QStringLiteral("agent2"));
    expectAudited(pulled, QStringLiteral("ticket.pull"), QStringLiteral("agent2"));

    // Refused writes change nothing and record no state change (a 403 records its refusal).
    const qint64 seq = m_seq;
    QCOMPARE(post(QStringLiteral("/transitions"), advance, QStringLiteral("agent2")).status, 409); // verdict missing
    QCOMPARE(post(QStringLiteral("/notes"), {{QStringLiteral("kind"), QStringLiteral("memo")}, {QStringLiteral("text"), QStringLiteral("x")}}, QStringLiteral("agent2")).status, 422);
    QCOMPARE(s.write(kBase + QStringLiteral("/notes"), {{QStringLiteral("kind"), QStringLiteral("internal")}, {QStringLiteral("text"), QStringLiteral("x")}},
                     QStringLiteral("agent2"), 1).status,
             412);
    QCOMPARE(post(QStringLiteral("/claim"), {}, QStringLiteral("admin")).status, 403);
    const QJsonArray after = auditEntries(s, seq);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("authz.refused"));

    // The ticket's history is exactly its audit entries, and the ticket filter finds only them.
    const QJsonArray forTicket = auditEntries(s, 0, kId);
    QCOMPARE(forTicket.size(), 25);
    for (const QJsonValue &e : forTicket)
        QCOMPARE(e.toObject().value(QStringLiteral("ticket_id")).toString(), kId);
    // (GET /tickets/{id} may serve a rendering up to 2 s old while the version is unchanged, and a
    // refusal does not change the version: step past that window so the history is current.)
    s.advanceClock(3);
    const QJsonArray history = s.request("GET", kBase, {}, QStringLiteral("agent1")).json().value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), forTicket.size());
    for (qsizetype i = 0; i < history.size(); ++i)
        QCOMPARE(history.at(i).toObject().value(QStringLiteral("seq")).toInteger(), forTicket.at(i).toObject().value(QStringLiteral("seq")).toInteger());
    // The whole log is one sequence without gaps.
    const QJsonArray all = auditEntries(s);
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i).toObject().value(QStringLiteral("seq")).toInteger(), i + 1);
}

void tst_ServerAudit::auditTimesFollowTheServerClock()
{
    // Notes, verdicts and leases use the server's clock; the audit entry of the same write should
    // carry the same now, or the history contradicts the case file whenever the clock is set.
    TestServer &s = *m_server;
    const QString id = QStringLiteral("T-AUD-CLOCK");
    QCOMPARE(s.intake(TestServer::sampleCase(id)).status, 201);
    s.advanceClock(3 * 3600);
    const HttpReply r = s.write(QStringLiteral("/api/v1/tickets/%1/claim").arg(id), {}, QStringLiteral("agent1"), 0);
    QCOMPARE(r.status, 200);
    const QJsonArray entries = auditEntries(s, 0, id);
    const QDateTime at = QDateTime::fromString(entries.last().toObject().value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    QVERIFY(at.isValid());
    QVERIFY2(qAbs(at.secsTo(s.now())) < 600, qPrintable(at.toString(Qt::ISODate) + QStringLiteral(" vs server now ") + s.now().toString(Qt::ISODate)));
}

void tst_ServerAudit::verifyFindsTheChainIntact()
{
    TestServer &s = *m_server;
    const QJsonObject v = verify(s);
    QVERIFY2(v.value(QStringLiteral("ok")).toBool(), QJsonDocument(v).toJson().constData());
    QCOMPARE(v.value(QStringLiteral("entries")).toInteger(), lastAuditSeq(s));
    QVERIFY(v.value(QStringLiteral("first_broken_seq")).isNull());
    QCOMPARE(s.request("GET", QStringLiteral("/api/v1/audit/verify"), {}, QStringLiteral("agent1")).status, 403);
    const auto [code, output] = verifyWithBinary();
    QVERIFY2(code == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("intact")), qPrintable(output));
}

void tst_ServerAudit::alteredEntry()
{
    TestServer &s = *m_server;
    // The creation of T-AUD-1: somebody rewrites its category.
    const QJsonArray created = entriesWithAction(auditEntries(s, 0, kId), QStringLiteral("ticket.create"));
    QCOMPARE(created.size(), 1);
    const qint64 seq = created.first().toObject().value(QStringLiteral("seq")).toInteger();
    const Row original = readRow(s, seq);
    QCOMPARE(original.seq, seq);
    s.api().database().exec(QStringLiteral("UPDATE audit SET detail = ? WHERE seq = ?"),
                            {QStringLiteral("{\"category\":\"platform_fault.duplicate_charge\",\"version\":1}"), seq});
    QJsonObject v = verify(s);
    QCOMPARE(v.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(v.value(QStringLiteral("first_broken_seq")).toInteger(), seq);
    QVERIFY2(v.value(QStringLiteral("problem")).toString().contains(QString::number(seq)), QJsonDocument(v).toJson().constData());
    auto [code, output] = verifyWithBinary();
    QVERIFY2(code == 3, qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(output)));
    QVERIFY2(output.contains(QStringLiteral("BROKEN at entry %1:").arg(seq)), qPrintable(output));

    // Another actor, another time: each is caught as well.
    restoreRow(s, original);
    s.api().database().exec(QStringLiteral("UPDATE audit SET actor = ? WHERE seq = ?"), {QStringLiteral("agent2"), seq});
    QCOMPARE(verify(s).value(QStringLiteral("first_broken_seq")).toInteger(), seq);
    restoreRow(s, original);
    s.api().database().exec(QStringLiteral("UPDATE audit SET at = at + 1 WHERE seq = ?"), {seq});
    QCOMPARE(verify(s).value(QStringLiteral("first_broken_seq")).toInteger(), seq);

    // Put back, intact again.
    restoreRow(s, original);
    v = verify(s);
    QVERIFY2(v.value(QStringLiteral("ok")).toBool(), QJsonDocument(v).toJson().constData());
    std::tie(code, output) = verifyWithBinary();
    QVERIFY2(code == 0, qPrintable(output));
}

void tst_ServerAudit::rehashedEntry()
{
    // A tamperer who also recomputes the altered entry's hash breaks the link to the next entry.
    TestServer &s = *m_server;
    const QJsonArray approvals = entriesWithAction(auditEntries(s, 0, kId), QStringLiteral("verdict.approve"));
    QCOMPARE(approvals.size(), 1);
    const qint64 seq = approvals.first().toObject().value(QStringLiteral("seq")).toInteger();
    const Row original = readRow(s, seq);
    const QVariantList &o = original.values;
    const QString forged = QStringLiteral("{\"approved_by\":\"super2\",\"version\":%1}")
                               .arg(QJsonDocument::fromJson(o.at(5).toString().toUtf8()).object().value(QStringLiteral("version")).toInteger());
    const QByteArray hash = server::AuditLog::entryHash(o.at(6).toString(), seq, o.at(1).toLongLong(), o.at(2).toString(), o.at(3).toString(),
                                                        o.at(4).toString(), forged);
    s.api().database().exec(QStringLiteral("UPDATE audit SET detail = ?, hash = ? WHERE seq = ?"), {forged, QString::fromLatin1(hash), seq});
    const QJsonObject v = verify(s);
    QCOMPARE(v.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(v.value(QStringLiteral("first_broken_seq")).toInteger(), seq + 1);
    const auto [code, output] = verifyWithBinary();
    QCOMPARE(code, 3);
    QVERIFY2(output.contains(QStringLiteral("BROKEN at entry %1:").arg(seq + 1)), qPrintable(output));
    restoreRow(s, original);
    QVERIFY(verify(s).value(QStringLiteral("ok")).toBool());
}

void tst_ServerAudit::removedEntries()
{
    TestServer &s = *m_server;
    // A middle entry removed: the gap is named.
    const qint64 last = lastAuditSeq(s);
    QVERIFY(last > 10);
    const qint64 middle = last / 2;
    const Row middleRow = readRow(s, middle);
    s.api().database().exec(QStringLiteral("DELETE FROM audit WHERE seq = ?"), {middle});
    QJsonObject v = verify(s);
    QCOMPARE(v.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(v.value(QStringLiteral("first_broken_seq")).toInteger(), middle);
    auto [code, output] = verifyWithBinary();
    QCOMPARE(code, 3);
    QVERIFY2(output.contains(QStringLiteral("BROKEN at entry %1:").arg(middle)), qPrintable(output));
    restoreRow(s, middleRow);
    QVERIFY(verify(s).value(QStringLiteral("ok")).toBool());

    // The last entry removed: the chain itself is consistent, but the head remembers more.
    const Row lastRow = readRow(s, last);
    s.api().database().exec(QStringLiteral("DELETE FROM audit WHERE seq = ?"), {last});
    v = verify(s);
    QCOMPARE(v.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(v.value(QStringLiteral("first_broken_seq")).toInteger(), last);
    QCOMPARE(v.value(QStringLiteral("entries")).toInteger(), last - 1);
    QVERIFY2(v.value(QStringLiteral("problem")).toString().contains(QStringLiteral("removed")), QJsonDocument(v).toJson().constData());
    std::tie(code, output) = verifyWithBinary();
    QCOMPARE(code, 3);
    QVERIFY2(output.contains(QStringLiteral("BROKEN at entry %1:").arg(last)), qPrintable(output));

    // Removing the last entry and rolling the head back as well is caught only with an external copy
    // of the head; here it is put back as it was.
    restoreRow(s, lastRow);
    v = verify(s);
    QVERIFY2(v.value(QStringLiteral("ok")).toBool(), QJsonDocument(v).toJson().constData());
    QCOMPARE(v.value(QStringLiteral("entries")).toInteger(), last);
}

QTEST_MAIN(tst_ServerAudit)
#include "tst_server_audit.moc"
