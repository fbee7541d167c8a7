// A ticket's whole life over real HTTP: intake, pull, category and evidence, review, a verdict
// above the four-eyes threshold with approval, execution, notification, close, appeal, decision.

#include "testserver.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QTest>

using namespace wd;
using wd::test::HttpReply;
using wd::test::TestServer;

namespace {
QByteArray png(QColor color, int variant = 0)
{
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(20 + variant * 7, 30, 200, 60, color);
    p.fillRect(40, 120, 100 + variant * 13, 40, Qt::black);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
} // namespace

class tst_ServerWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fullLifecycle();
    void duplicateScreenshotAcrossCustomers();
    void caseChangesAreReassessed();
    void cleanupTestCase();

private:
    std::unique_ptr<TestServer> m_server;
};

void tst_ServerWorkflow::initTestCase()
{
    if (const QString why = TestServer::postgresUnavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_server = std::make_unique<TestServer>();
}

void tst_ServerWorkflow::cleanupTestCase()
{
    if (m_server) {
        const HttpReply verify = m_server->request("GET", QStringLiteral("/api/v1/audit/verify"), {}, QStringLiteral("admin"));
        QCOMPARE(verify.status, 200);
        QVERIFY2(verify.json().value(QStringLiteral("ok")).toBool(), verify.body.constData());
    }
    m_server.reset();
}

void tst_ServerWorkflow::fullLifecycle()
{
    TestServer &s = *m_server;
    const QString t = QStringLiteral("T-LIFE-1");
    QJsonObject c = TestServer::sampleCase(t);
    c[QStringLiteral("order")] = [&] {
        QJsonObject o = c.value(QStringLiteral("order")).toObject();
        o[QStringLiteral("amount_paid")] = 980.00; // above the four-eyes threshold
        return o;
    }();
    QCOMPARE(s.intake(c).status, 201);

    // Pull: the agent gets it with a lease.
    HttpReply pulled = s.request("POST", QStringLiteral("/api/v1/tickets/pull"), {}, QStringLiteral("agent1"));
    QCOMPARE(pulled.status, 200);
    QCOMPARE(pulled.json().value(QStringLiteral("holder")).toString(), QStringLiteral("agent1"));
    qint64 v = pulled.json().value(QStringLiteral("version")).toInteger();
    QCOMPARE(pulled.header("ETag"), QStringLiteral("\"%1\"").arg(v).toLatin1());
    const QString base = QStringLiteral("/api/v1/tickets/") + t;

    // feedback -> evidence
    HttpReply r = s.write(base + QStringLiteral("/transitions"), {{QStringLiteral("action"), QStringLiteral("advance")}}, QStringLiteral("agent1"), v);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(QStringLiteral("step")).toString(), QStringLiteral("evidence"));
    v = r.json().value(QStringLiteral("version")).toInteger();

    // The communication record was declared at intake; its content arrives now, checked against
    // the SHA-256 the customer's upload declared.
    const QByteArray screenshot = png(Qt::red);
    const QByteArray sha = QCryptographicHash::hash(screenshot, QCryptographicHash::Sha256).toHex();
    r = s.request("POST", base + QStringLiteral("/evidence"), screenshot, QStringLiteral("agent1"),
                  {{"Content-Type", "image/png"}, {"X-Evidence-Kind", "communication_record"}, {"X-Evidence-Id", "E-1"},
                   {"X-Evidence-Sha256", sha}});
    QVERIFY2(r.status == 201, r.body.constData());
    QCOMPARE(r.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("sha256")).toString().toLatin1(), sha);
    v = r.json().value(QStringLiteral("version")).toInteger();
    const QString contentId = r.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("content_id")).toString();
    QVERIFY(contentId.startsWith(QLatin1String("EV")));
    HttpReply content = s.request("GET", QStringLiteral("/api/v1/evidence/%1/content").arg(contentId), {}, QStringLiteral("agent2"));
    QCOMPARE(content.status, 200);
    QCOMPARE(content.body, screenshot);
    QCOMPARE(content.header("X-Content-SHA256"), sha);

    r = s.write(base + QStringLiteral("/transitions"), {{QStringLiteral("action"), QStringLiteral("advance")}}, QStringLiteral("agent1"), v);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(QStringLiteral("step")).toString(), QStringLiteral("review"));
    v = r.json().value(QStringLiteral("version")).toInteger();

    // review needs a review note.
    r = s.write(base + QStringLiteral("/transitions"), {{QStringLiteral("action"), QStringLiteral("advance")}}, QStringLiteral("agent1"), v);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().value(QStringLiteral("guard")).toString(), QStringLiteral("review.note_missing"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
    r = s.write(base + QStringLiteral("/notes"), {{QStringLiteral("kind"), QStringLiteral("review")}, {QStringLiteral("text"), QStringLiteral("发行商日志确认卡密无效")}},
                QStringLiteral("agent1"), v);
    QVERIFY2(r.status == 200, r.body.constData());
    v = r.json().value(QStringLiteral("version")).toInteger();
    r = s.write(base + QStringLiteral("/transitions"), {{QStringLiteral("action"), QStringLiteral("advance")}}, QStringLiteral("agent1"), v);
    QCOMPARE(r.json().value(QStringLiteral("step")).toString(), QStringLiteral("verdict"));
    v = r.json().value(QStringLiteral("version")).toInteger();

    // A verdict above the threshold waits for a supervisor.
    const QString rulesVersion = s.request("GET", QStringLiteral("/api/v1/rules"), {}, QStringLiteral("agent1")).json().value(QStringLiteral("version")).toString();
    const QJsonObject verdict{{QStringLiteral("liable_party"), QStringLiteral("merchant")},
                              {QStringLiteral("remedies"), QJsonArray{QStringLiteral("refund")}},
                              {QStringLiteral("amount"), QStringLiteral("980.00")},
                              {QStringLiteral("reasoning"), QStringLiteral("卡密无效,商家退款")},
                              {QStringLiteral("cited_evidence"), QJsonArray{QStringLiteral("E-1")}},
                              {QStringLiteral("rules_version"), rulesVersion}};
    r = s.write(base + QStringLiteral("/verdict"), verdict, QStringLiteral("agent1"), v);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_approval"));
    const QJsonObject stored = r.json().value(QStringLiteral("result")).toObject();
    QCOMPARE(stored.value(QStringLiteral("departs_from_assessment")).toBool(), false);
    QVERIFY(!stored.contains(QStringLiteral("assessment")));
    const QJsonObject kept = s.request("GET", base, {}, QStringLiteral("agent1")).json().value(QStringLiteral("state")).toObject()
                                 .value(QStringLiteral("verdict")).toObject();
    QCOMPARE(kept.value(QStringLiteral("assessment")).toObject().value(QStringLiteral("liable_party")).toString(), QStringLiteral("merchant"));
    v = r.json().value(QStringLiteral("version")).toInteger();
    r = s.write(base + QStringLiteral("/transitions"), {{QStringLiteral("action"), QStringLiteral("advance")}}, QStringLiteral("agent1"), v);
    QCOMPARE(r.json().value(QStringLiteral("guard")).toString(), QStringLiteral("verdict.approval_pending"));
    r = s.write(base + QStringLiteral("/approval"), {}, QStringLiteral("agent2"), v);
    QCOMPARE(r.status, 403);
    r = s.write(base + QStringLiteral("/approval"), {}, QStringLiteral("super1"), v);
    QVERIFY2(r.status == 200, r.body.constData());
    v = r.json().value(QStringLiteral("version")).toInteger();
    r = s.write(base + QStringLiteral("/transitions"), {{QStringLiteral("action"), QStringLiteral("advance")}}, QStringLiteral("agent1"), v);
    QCOMPARE(r.json().value(QStringLiteral("step")).toString(), QStringLiteral("execution"));
    v = r.json().value(QStringLiteral("version")).toInteger();

    // Execution and notification, then close.
    r = s.write(base + QStringLiteral("/executions"), {{QStringLiteral("remedy"), QStringLiteral("refund")}, {QStringLiteral("reference"), QStringLiteral("RF20261125001")}},
                QStringLiteral("agent1"), v);
    QVERIFY2(r.status == 200, r.body.constData());
    v = r.json().value(QStringLiteral("version")).toInteger();
    r = s.write(base + QStringLiteral("/notifications"), {{QStringLiteral("text"), QStringLiteral("您的订单 KM202611010001 已退款 980.00 元。")}},
                QStringLiteral("agent1"), v);
    QVERIFY2(r.status == 200, r.body.constData());
    v = r.json().value(QStringLiteral("version")).toInteger();
    r = s.write(base + QStringLiteral("/transitions"), {{QStringLiteral("action"), QStringLiteral("advance")}}, QStringLiteral("agent1"), v);
    QCOMPARE(r.json().value(QStringLiteral("step")).toString(), QStringLiteral("closed"));
    v = r.json().value(QStringLiteral("version")).toInteger();

    // Appeal; the approving supervisor may not decide it; another supervisor overturns it.
    r = s.write(base + QStringLiteral("/appeals"), {{QStringLiteral("appellant"), QStringLiteral("merchant")}, {QStringLiteral("reason"), QStringLiteral("买家已使用卡密")}},
                QStringLiteral("agent2"), v);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(QStringLiteral("step")).toString(), QStringLiteral("appeal_review"));
    v = r.json().value(QStringLiteral("version")).toInteger();
    r = s.write(base + QStringLiteral("/appeal-decision"), {{QStringLiteral("outcome"), QStringLiteral("uphold")}, {QStringLiteral("reason"), QStringLiteral("x")}},
                QStringLiteral("super1"), v);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json().value(QStringLiteral("guard")).toString(), QStringLiteral("role.appeal_not_independent"));
    r = s.write(base + QStringLiteral("/appeal-decision"), {{QStringLiteral("outcome"), QStringLiteral("amend")}, {QStringLiteral("reason"), QStringLiteral("改为部分退款")}},
                QStringLiteral("super2"), v);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(QStringLiteral("step")).toString(), QStringLiteral("verdict"));
    QCOMPARE(r.json().value(QStringLiteral("holder")).toString(), QStringLiteral("super2"));

    // The detail shows the history and the superseded verdict.
    const HttpReply detail = s.request("GET", base, {}, QStringLiteral("agent1"));
    QCOMPARE(detail.status, 200);
    const QJsonObject d = detail.json();
    QCOMPARE(d.value(QStringLiteral("state")).toObject().value(QStringLiteral("superseded_verdicts")).toArray().size(), 1);
    QVERIFY(d.value(QStringLiteral("history")).toArray().size() >= 12);
    QCOMPARE(d.value(QStringLiteral("ticket")).toObject().value(QStringLiteral("step")).toString(), QStringLiteral("verdict"));
    QVERIFY(!d.value(QStringLiteral("assessment")).toObject().value(QStringLiteral("trace_zh")).toArray().isEmpty());
}

void tst_ServerWorkflow::duplicateScreenshotAcrossCustomers()
{
    TestServer &s = *m_server;
    const QByteArray shot = png(Qt::blue, 3);
    for (const QString &id : {QStringLiteral("T-DUP-1"), QStringLiteral("T-DUP-2")}) {
        QJsonObject c = TestServer::sampleCase(id);
        QJsonObject o = c.value(QStringLiteral("order")).toObject();
        o[QStringLiteral("customer_id")] = id == QLatin1String("T-DUP-1") ? QStringLiteral("U1") : QStringLiteral("U2");
        c[QStringLiteral("order")] = o;
        c[QStringLiteral("evidence")] = QJsonArray();
        QCOMPARE(s.intake(c).status, 201);
        const HttpReply r = s.request("POST", QStringLiteral("/api/v1/tickets/%1/evidence").arg(id), shot, QStringLiteral("super1"),
                                      {{"X-Evidence-Kind", "screenshot"}});
        QVERIFY2(r.status == 201, r.body.constData());
    }
    const QJsonArray dups = s.request("GET", QStringLiteral("/api/v1/tickets/T-DUP-2"), {}, QStringLiteral("agent1"))
                                .json()
                                .value(QStringLiteral("duplicates"))
                                .toArray();
    QCOMPARE(dups.size(), 1);
    QCOMPARE(dups.at(0).toObject().value(QStringLiteral("other_ticket_id")).toString(), QStringLiteral("T-DUP-1"));
    // A screenshot shared by the same customer is not a warning.
    QJsonObject same = TestServer::sampleCase(QStringLiteral("T-DUP-3"));
    same[QStringLiteral("evidence")] = QJsonArray();
    QJsonObject o = same.value(QStringLiteral("order")).toObject();
    o[QStringLiteral("customer_id")] = QStringLiteral("U1");
    same[QStringLiteral("order")] = o;
    QCOMPARE(s.intake(same).status, 201);
    QCOMPARE(s.request("POST", QStringLiteral("/api/v1/tickets/T-DUP-3/evidence"), shot, QStringLiteral("super1"), {{"X-Evidence-Kind", "screenshot"}}).status, 201);
    const QJsonArray own = s.request("GET", QStringLiteral("/api/v1/tickets/T-DUP-3"), {}, QStringLiteral("agent1"))
                               .json().value(QStringLiteral("duplicates")).toArray();
    QCOMPARE(own.size(), 1); // only T-DUP-2 (customer U2)
    QCOMPARE(own.at(0).toObject().value(QStringLiteral("other_ticket_id")).toString(), QStringLiteral("T-DUP-2"));
}

void tst_ServerWorkflow::caseChangesAreReassessed()
{
    // Workflow writes reuse the stored assessment; a change to the case file must not.
    TestServer &s = *m_server;
    const QString base = QStringLiteral("/api/v1/tickets/T-REASSESS");
    QCOMPARE(s.intake(TestServer::sampleCase(QStringLiteral("T-REASSESS"))).status, 201);
    HttpReply r = s.write(base + QStringLiteral("/claim"), {}, QStringLiteral("agent2"), 0);
    QCOMPARE(r.status, 200);
    auto assessment = [&] { return s.request("GET", base, {}, QStringLiteral("agent2")).json().value(QStringLiteral("assessment")).toObject(); };
    QCOMPARE(assessment().value(QStringLiteral("liable_party")).toString(), QStringLiteral("merchant"));
    r = s.write(base + QStringLiteral("/notes"), {{QStringLiteral("kind"), QStringLiteral("internal")}, {QStringLiteral("text"), QStringLiteral("已联系运营商")}},
                QStringLiteral("agent2"), s.version(QStringLiteral("T-REASSESS")));
    QCOMPARE(r.status, 200);
    QCOMPARE(assessment().value(QStringLiteral("liable_party")).toString(), QStringLiteral("merchant"));
    r = s.request("PATCH", base, R"({"category": "third_party.carrier_delay"})", QStringLiteral("agent2"),
                  {{"Idempotency-Key", "patch-reassess-1"}, {"If-Match", QByteArray::number(s.version(QStringLiteral("T-REASSESS")))}});
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(assessment().value(QStringLiteral("liable_party")).toString(), QStringLiteral("third_party"));
    const QJsonArray queue = s.request("GET", QStringLiteral("/api/v1/tickets?q=T-REASSESS"), {}, QStringLiteral("agent2"))
                                 .json().value(QStringLiteral("items")).toArray();
    QCOMPARE(queue.size(), 1);
    QCOMPARE(queue.at(0).toObject().value(QStringLiteral("liable_party")).toString(), QStringLiteral("third_party"));
    // Findings too: user error makes it not covered.
    r = s.request("PATCH", base, R"({"findings": {"user_error": true}})", QStringLiteral("agent2"),
                  {{"Idempotency-Key", "patch-reassess-2"}, {"If-Match", QByteArray::number(s.version(QStringLiteral("T-REASSESS")))}});
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(assessment().value(QStringLiteral("covered")).toBool(), false);
}

QTEST_MAIN(tst_ServerWorkflow)
#include "tst_server_workflow.moc"
