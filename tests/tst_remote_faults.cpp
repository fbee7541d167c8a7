// What the real server never does, played by a fake HTTP server on loopback (ScriptedServer, a
// fake named as such): silence, an endless or oversize answer, malformed JSON, wrong types in a
// queue row or a detail, evidence bytes with the wrong hash, redirects, proxy error pages.

#include "apiclient.h"
#include "tst_remote_support.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace wd;
using namespace wd::remote;
using namespace wd::test;
using Kind = ApiError::Kind;

namespace {

QByteArray httpReply(int status, const QByteArray &contentType, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Whatever\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extraHeaders + "\r\n";
    return out + body;
}

QByteArray jsonReply(const QJsonObject &object)
{
    return httpReply(200, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// FAKE: an HTTP server that answers every request with one scripted answer, stays silent, or
// streams an endless body. For failures the real server cannot be made to produce.
class ScriptedServer : public QObject
{
public:
    enum class Mode { Reply, Silent, Endless };

    explicit ScriptedServer(Mode mode, QByteArray reply = {}) : m_mode(mode), m_reply(std::move(reply))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                // A reset seen while reading takes the socket to UnconnectedState without a
                // disconnected() signal, so the state is what is counted.
                connect(socket, &QTcpSocket::stateChanged, this, [this, socket](QAbstractSocket::SocketState state) {
                    if (state != QAbstractSocket::UnconnectedState || socket->property("counted").toBool())
                        return;
                    socket->setProperty("counted", true);
                    ++m_disconnects;
                    socket->deleteLater();
                });
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen on loopback");
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    int requests() const { return m_requests; }
    int disconnects() const { return m_disconnects; }
    qint64 bytesSent() const { return m_bytesSent; }
    QByteArray lastRequest() const { return m_lastRequest; }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        m_lastRequest = buffer;
        buffer.clear();
        ++m_requests;
        switch (m_mode) {
        case Mode::Reply:
            socket->write(m_reply);
            socket->disconnectFromHost();
            break;
        case Mode::Silent:
            break;
        case Mode::Endless: {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{\"items\":[");
            // 64 KiB a millisecond, like a fast network. Not as fast as the kernel takes it: Qt's
            // network thread reads an answer in one loop for as long as the socket has bytes, and
            // only then gets to the client's abort, so an unpaced feed on loopback (faster than
            // an ASan build copies) kept it reading, and the hang-up waiting, for minutes.
            auto *pace = new QTimer(socket);
            QPointer<QTcpSocket> guard(socket);
            connect(pace, &QTimer::timeout, this, [this, guard] { feed(guard); });
            pace->start(1);
            feed(guard);
            break;
        }
        }
    }
    void feed(QTcpSocket *socket)
    {
        static const QByteArray chunk(64 * 1024, ' ');
        if (socket && socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024) {
            socket->write(chunk);
            m_bytesSent += chunk.size();
        }
    }

    QTcpServer m_server;
    Mode m_mode;
    QByteArray m_reply;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QByteArray m_lastRequest;
    int m_requests = 0;
    int m_disconnects = 0;
    qint64 m_bytesSent = 0;
};

// A queue row as the server writes it; tests break one member at a time.
QJsonObject validItem()
{
    return QJsonDocument::fromJson(R"({"id":"T-1","category":"product_defect.invalid_key","step":"review","status":"in_progress",
        "version":7,"holder":"agent1","lease_until":"2026-11-25T10:00:00.000Z","submitted_at":"2026-11-05T06:20:00.000Z",
        "sla_due_at":"2026-11-10T06:20:00.000Z","sla_state":"met_late","warranty_ends_at":"2026-11-16T02:00:00.000Z",
        "merchant":{"id":"M2001","name":"星河点卡店"},"product":{"type":"game_card","name":"点卡"},"liable_party":"merchant",
        "amount":98.5,"order_no":"KM1","customer_id":"U1","description":"无效","change_seq":42,
        "updated_at":"2026-11-25T09:30:00.000Z"})").object();
}

QByteArray page(const QJsonArray &items)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("has_more"), false},
                                     {QStringLiteral("next_cursor"), QJsonValue::Null}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestRemoteFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void silentServerTimesOut();
    void abortCancels();
    void announcedOversizeIsRefusedUnread();
    void endlessBodyIsCutAtTheLimit();
    void malformedAnswers_data();
    void malformedAnswers();
    void queueRowTypesAreChecked_data();
    void queueRowTypesAreChecked();
    void aValidRowDecodes();
    void detailIsDecodedThroughTheCodec_data();
    void detailIsDecodedThroughTheCodec();
    void evidenceHashMismatch_data();
    void evidenceHashMismatch();
    void nonProblemErrorsMapByStatus_data();
    void nonProblemErrorsMapByStatus();
    void requestsCarryTokenAndHeaders();

private:
    ApiClient *client(const ScriptedServer &server);
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
};

void TestRemoteFaults::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestRemoteFaults::cleanup()
{
    m_client.reset();
    m_network.reset();
}

ApiClient *TestRemoteFaults::client(const ScriptedServer &server)
{
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setBaseUrl(server.url());
    m_client->setToken(QStringLiteral("test-token"));
    return m_client.get();
}

void TestRemoteFaults::silentServerTimesOut()
{
    ScriptedServer server(ScriptedServer::Mode::Silent);
    ApiClient *c = client(server);
    QCOMPARE(c->timeout(), ApiClient::kDefaultTimeoutMs);
    // Long enough for a first request on a fresh network manager to get there on a slow
    // (sanitized) build: the transfer timeout counts from before the connection exists.
    c->setTimeout(2000);
    TicketPageJob *job = c->listTickets({});
    QVERIFY(await(job));
    QTRY_COMPARE(server.requests(), 1); // it got there, and nobody answered
    QCOMPARE(job->error().kind, Kind::Timeout);
    QCOMPARE(job->error().httpStatus, 0);
    QVERIFY(job->error().isRetryable());
}

void TestRemoteFaults::abortCancels()
{
    ScriptedServer server(ScriptedServer::Mode::Silent);
    TicketDetailJob *job = client(server)->ticket(QStringLiteral("T-1"));
    QTRY_COMPARE(server.requests(), 1);
    job->abort();
    QVERIFY(await(job));
    QCOMPARE(job->error().kind, Kind::Cancelled);
    QVERIFY(!job->error().isRetryable());
}

void TestRemoteFaults::announcedOversizeIsRefusedUnread()
{
    ScriptedServer server(ScriptedServer::Mode::Reply,
                          "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000000000\r\n\r\n{\"items\":[");
    RulesJob *job = client(server)->rules();
    QVERIFY(await(job));
    QCOMPARE(job->error().kind, Kind::TooLarge);
    QCOMPARE(job->maxBytes(), ApiClient::kSmallAnswerBytes);
    QVERIFY2(job->error().title.contains(QString::number(ApiClient::kSmallAnswerBytes)), qPrintable(job->error().title));
    QVERIFY(job->body().isEmpty());
}

void TestRemoteFaults::endlessBodyIsCutAtTheLimit()
{
    ScriptedServer server(ScriptedServer::Mode::Endless);
    TicketPageJob *job = client(server)->listTickets({});
    QVERIFY(await(job));
    QCOMPARE(job->error().kind, Kind::TooLarge);
    QCOMPARE(job->maxBytes(), ApiClient::kPageAnswerBytes);
    QVERIFY(job->error().title.contains(QString::number(ApiClient::kPageAnswerBytes)));
    QVERIFY(job->items().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(server.disconnects(), 1, 30000); // the client hung up instead of reading on
    QVERIFY(server.bytesSent() >= ApiClient::kPageAnswerBytes);
}

void TestRemoteFaults::malformedAnswers_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("not JSON") << httpReply(200, "application/json", "{\"items\": [");
    QTest::newRow("an array") << httpReply(200, "application/json", "[1,2,3]");
    QTest::newRow("a string") << httpReply(200, "application/json", "\"ok\"");
    QTest::newRow("empty 200") << httpReply(200, "application/json", "");
    QTest::newRow("HTML") << httpReply(200, "text/html", "<html><body>captive portal</body></html>");
}

void TestRemoteFaults::malformedAnswers()
{
    QFETCH(QByteArray, reply);
    ScriptedServer server(ScriptedServer::Mode::Reply, reply);
    TicketPageJob *job = client(server)->listTickets({});
    QVERIFY(await(job));
    QCOMPARE(job->error().kind, Kind::Protocol);
    QCOMPARE(job->httpStatus(), 200);
    QVERIFY(!job->error().isRetryable());
    QVERIFY(job->items().isEmpty());
}

void TestRemoteFaults::queueRowTypesAreChecked_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown step") << "step" << QJsonValue("nowhere") << "items[1].step";
    QTest::newRow("unknown status") << "status" << QJsonValue("lost") << "items[1].status";
    QTest::newRow("unknown category") << "category" << QJsonValue("product_defect.unknown") << "items[1].category";
    QTest::newRow("category a number") << "category" << QJsonValue(5) << "items[1].category";
    QTest::newRow("category missing") << "category" << QJsonValue(QJsonValue::Undefined) << "items[1].category";
    QTest::newRow("version a string") << "version" << QJsonValue("7") << "items[1].version";
    QTest::newRow("version fractional") << "version" << QJsonValue(7.5) << "items[1].version";
    QTest::newRow("version missing") << "version" << QJsonValue(QJsonValue::Undefined) << "items[1].version";
    QTest::newRow("holder a number") << "holder" << QJsonValue(1) << "items[1].holder";
    QTest::newRow("unknown sla state") << "sla_state" << QJsonValue("late") << "items[1].sla_state";
    QTest::newRow("time without offset") << "submitted_at" << QJsonValue("2026-11-05T06:20:00") << "items[1].submitted_at";
    QTest::newRow("amount not money") << "amount" << QJsonValue("abc") << "items[1].amount";
    QTest::newRow("amount three decimals") << "amount" << QJsonValue(1.005) << "items[1].amount";
    QTest::newRow("liable party unknown") << "liable_party" << QJsonValue("nobody") << "items[1].liable_party";
    QTest::newRow("merchant a string") << "merchant" << QJsonValue("M2001") << "items[1].merchant";
    QTest::newRow("change_seq negative") << "change_seq" << QJsonValue(-1) << "items[1].change_seq";
    QTest::newRow("id an object") << "id" << QJsonValue(QJsonObject{}) << "items[1].id";
}

void TestRemoteFaults::queueRowTypesAreChecked()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QJsonObject broken = validItem();
    if (value.isUndefined())
        broken.remove(member);
    else
        broken.insert(member, value);
    ScriptedServer server(ScriptedServer::Mode::Reply, httpReply(200, "application/json", page({validItem(), broken})));
    TicketPageJob *job = client(server)->listTickets({});
    QVERIFY(await(job));
    QCOMPARE(job->error().kind, Kind::Protocol);
    QCOMPARE(job->error().field, field);
    QVERIFY2(job->error().title.contains(field), qPrintable(job->error().title));
    QVERIFY(job->items().isEmpty()); // no half page
}

void TestRemoteFaults::aValidRowDecodes()
{
    QJsonObject other = validItem();
    other.insert(QStringLiteral("category"), QJsonValue::Null);
    other.insert(QStringLiteral("holder"), QJsonValue::Null);
    other.insert(QStringLiteral("lease_until"), QJsonValue::Null);
    other.insert(QStringLiteral("liable_party"), QJsonValue::Null);
    other.insert(QStringLiteral("product"), QJsonObject{{QStringLiteral("type"), QString()}, {QStringLiteral("name"), QString()}});
    other.insert(QStringLiteral("amount"), QStringLiteral("980.00"));
    ScriptedServer server(ScriptedServer::Mode::Reply, httpReply(200, "application/json", page({validItem(), other})));
    TicketPageJob *job = client(server)->listTickets({});
    QVERIFY(await(job));
    QVERIFY2(job->ok(), qPrintable(job->error().toString()));
    QCOMPARE(job->items().size(), 2);
    const TicketSummary a = job->items().at(0);
    QCOMPARE(a.slaState, SlaState::MetLate);
    QCOMPARE(a.holder, QStringLiteral("agent1"));
    QCOMPARE(a.leaseUntil, QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC));
    QCOMPARE(a.amount, Money::fromCents(9850));
    QCOMPARE(a.changeSeq, 42);
    const TicketSummary b = job->items().at(1);
    QVERIFY(!b.category.has_value());
    QVERIFY(b.holder.isEmpty());
    QVERIFY(!b.leaseUntil.isValid());
    QVERIFY(!b.liableParty.has_value());
    QVERIFY(!b.productType.has_value());
    QCOMPARE(b.amount, Money::fromCents(98000));
}

void TestRemoteFaults::detailIsDecodedThroughTheCodec_data()
{
    QTest::addColumn<QString>("path");   // member to break: "a.b" inside the detail
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("valid") << "" << QJsonValue() << "";
    QTest::newRow("delivered_at without offset") << "order.delivered_at" << QJsonValue("2026-11-01T10:00:00") << "order.delivered_at";
    QTest::newRow("unknown key event type") << "ticket.step" << QJsonValue("nowhere") << "ticket.step";
    QTest::newRow("state step unknown") << "state.step" << QJsonValue("nowhere") << "state.step";
    QTest::newRow("version a string") << "version" << QJsonValue("3") << "version";
    QTest::newRow("assessment a string") << "assessment" << QJsonValue("x") << "assessment";
    QTest::newRow("evidence file sha not hex") << "evidence_files" << QJsonValue(QJsonArray{QJsonObject{
        {"evidence_id", "E-1"}, {"content_id", "C-1"}, {"size", 3}, {"sha256", "zz"}}}) << "evidence_files[0].sha256";
}

void TestRemoteFaults::detailIsDecodedThroughTheCodec()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QJsonObject detail = QJsonDocument::fromJson(R"({
      "ticket": {"id": "T-1", "category": "product_defect.invalid_key", "description": "无效",
                 "submitted_at": "2026-11-05T14:20:00+08:00", "step": "review", "status": "in_progress", "version": 3},
      "order": {"order_no": "KM1", "customer_id": "U1", "merchant_id": "M1",
                "product": {"sku": "G", "name": "点卡", "type": "game_card"}, "amount_paid": 98.5, "currency": "CNY",
                "paid_at": null, "delivered_at": "2026-11-01T10:00:00+08:00", "payment_status": "paid", "delivery_status": "delivered"},
      "warranty_policy": {"days": 15, "mode": "standard", "disclosed": true},
      "merchant": {"id": "M1", "name": "店", "certification": "gold", "complaint_rate": 0.01, "deposit_balance": 10},
      "key_events": [], "platform_events": [], "evidence": [], "findings": {},
      "version": 3, "holder": "agent1", "lease_until": "2026-11-25T10:00:00Z",
      "state": {"step": "review", "status": "in_progress", "holder": "agent1", "notes": []},
      "notes": [], "assessment": null, "assessment_error": "not assessable", "history": [], "duplicates": [],
      "evidence_files": [], "unknown_member_from_a_newer_server": {"x": 1}
    })").object();
    if (!path.isEmpty()) {
        const QStringList parts = path.split(QLatin1Char('.'));
        if (parts.size() == 1) {
            detail.insert(parts[0], value);
        } else {
            QJsonObject inner = detail.value(parts[0]).toObject();
            inner.insert(parts[1], value);
            detail.insert(parts[0], inner);
        }
    }
    ScriptedServer server(ScriptedServer::Mode::Reply, jsonReply(detail));
    TicketDetailJob *job = client(server)->ticket(QStringLiteral("T-1"));
    QVERIFY(await(job));
    if (field.isEmpty()) {
        QVERIFY2(job->ok(), qPrintable(job->error().toString()));
        QCOMPARE(job->detail().caseFile.ticket.id, QStringLiteral("T-1"));
        QCOMPARE(job->detail().state.step, Step::Review);
        QCOMPARE(job->detail().assessmentError, QStringLiteral("not assessable"));
        QVERIFY(job->detail().assessment.isEmpty());
        return;
    }
    QCOMPARE(job->error().kind, Kind::Protocol);
    QCOMPARE(job->error().field, field);
}

void TestRemoteFaults::evidenceHashMismatch_data()
{
    QTest::addColumn<QByteArray>("announced"); // X-Content-SHA256; empty: none
    QTest::addColumn<QByteArray>("expected");  // the caller's
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    const QByteArray real = QCryptographicHash::hash("screenshot bytes", QCryptographicHash::Sha256).toHex();
    const QByteArray other = QCryptographicHash::hash("other bytes", QCryptographicHash::Sha256).toHex();
    QTest::newRow("all agree") << real << real << int(Kind::None) << "";
    QTest::newRow("server announces another hash") << other << QByteArray() << int(Kind::Integrity) << "X-Content-SHA256";
    QTest::newRow("server and caller agree, bytes differ") << other << other << int(Kind::Integrity) << "X-Content-SHA256";
    QTest::newRow("caller expects another hash") << real << other << int(Kind::Integrity) << "sha256";
    QTest::newRow("no hash announced") << QByteArray() << real << int(Kind::Protocol) << "X-Content-SHA256";
}

void TestRemoteFaults::evidenceHashMismatch()
{
    QFETCH(QByteArray, announced);
    QFETCH(QByteArray, expected);
    QFETCH(int, kind);
    QFETCH(QString, field);
    const QByteArray headers = announced.isEmpty() ? QByteArray() : "X-Content-SHA256: " + announced + "\r\n";
    ScriptedServer server(ScriptedServer::Mode::Reply, httpReply(200, "image/png", "screenshot bytes", headers));
    EvidenceContentJob *job = client(server)->evidenceContent(QStringLiteral("C-1"), expected);
    QVERIFY(await(job));
    QCOMPARE(int(job->error().kind), kind);
    QCOMPARE(job->error().field, field);
    QCOMPARE(job->ok(), kind == int(Kind::None));
    QCOMPARE(job->bytes().isEmpty(), kind != int(Kind::None)); // never handed out unverified
    QCOMPARE(job->mediaType(), QStringLiteral("image/png"));
}

void TestRemoteFaults::nonProblemErrorsMapByStatus_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("proxy 502 page") << httpReply(502, "text/html", "<h1>Bad Gateway</h1>") << int(Kind::Server) << true;
    QTest::newRow("503 problem") << httpReply(503, "application/problem+json", R"({"code":"database_unavailable","status":503,"title":"t"})")
                                 << int(Kind::Server) << true;
    QTest::newRow("429 without login") << httpReply(429, "text/plain", "slow down") << int(Kind::Server) << true;
    QTest::newRow("redirect") << httpReply(302, "text/html", "", "Location: http://elsewhere.example/\r\n") << int(Kind::Protocol) << false;
    QTest::newRow("unknown 409 code") << httpReply(409, "application/problem+json", R"({"code":"new_conflict","status":409,"title":"t"})")
                                      << int(Kind::Conflict) << false;
    QTest::newRow("418") << httpReply(418, "text/plain", "teapot") << int(Kind::Protocol) << false;
}

void TestRemoteFaults::nonProblemErrorsMapByStatus()
{
    QFETCH(QByteArray, reply);
    QFETCH(int, kind);
    QFETCH(bool, retryable);
    ScriptedServer server(ScriptedServer::Mode::Reply, reply);
    ApiJob *job = client(server)->stats();
    QVERIFY(await(job));
    QCOMPARE(int(job->error().kind), kind);
    QCOMPARE(job->error().isRetryable(), retryable);
    QVERIFY(!job->error().title.isEmpty());
}

void TestRemoteFaults::requestsCarryTokenAndHeaders()
{
    ScriptedServer server(ScriptedServer::Mode::Reply, httpReply(204, {}, {}));
    ApiClient *c = client(server);
    c->setBaseUrl(QUrl(server.url().toString() + QStringLiteral("/wd/")));
    WriteJob *job = c->write(QStringLiteral("T-1"), QStringLiteral("notes"), {{"kind", "internal"}, {"text", "a&b=c"}}, 7,
                             QStringLiteral("key-12345678"));
    QVERIFY(await(job));
    const QByteArray request = server.lastRequest();
    QVERIFY2(request.startsWith("POST /wd/api/v1/tickets/T-1/notes HTTP/1.1\r\n"), request.constData());
    QVERIFY(request.contains("\r\nAuthorization: Bearer test-token\r\n"));
    QVERIFY(request.contains("\r\nIf-Match: \"7\"\r\n"));
    QVERIFY(request.contains("\r\nIdempotency-Key: key-12345678\r\n"));
    QVERIFY(request.contains("\r\nContent-Type: application/json\r\n"));

    QueueQuery q;
    q.text = QStringLiteral("卡密 a&b=c+d");
    q.steps = {Step::Review, Step::Verdict};
    q.sla = {SlaState::Warning, SlaState::Breached};
    q.sort = QStringLiteral("-amount");
    q.limit = 20;
    TicketPageJob *list = c->listTickets(q);
    QVERIFY(await(list));
    const QByteArray line = server.lastRequest().left(server.lastRequest().indexOf("\r\n"));
    const QUrl url(QString::fromLatin1(line.split(' ').at(1)));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), q.text);
    QCOMPARE(query.queryItemValue(QStringLiteral("step"), QUrl::FullyDecoded), QStringLiteral("review,verdict"));
    QCOMPARE(query.queryItemValue(QStringLiteral("sla"), QUrl::FullyDecoded), QStringLiteral("warning,breached"));
    QCOMPARE(query.queryItemValue(QStringLiteral("sort"), QUrl::FullyDecoded), QStringLiteral("-amount"));
    QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("20"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("cursor")));
}

QTEST_GUILESS_MAIN(TestRemoteFaults)
#include "tst_remote_faults.moc"
