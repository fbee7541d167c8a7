// ApiClient against a real central server on loopback: every job's happy path, decoded through
// the typed jobs (queue rows, case file via the domain codec, writes, evidence bytes, rules).

#include "apiclient.h"
#include "tst_remote_support.h"
#include "servertesthelpers.h"
#include "testserver.h"
#include "userdirectoryjob.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace wd;
using namespace wd::remote;
using namespace wd::test;

class TestRemoteClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loginDecodesTheSession();
    void queuePagesDecodeEveryMember();
    void queueFiltersReachTheServer();
    void changesSinceReturnsOnlyNewChanges();
    void detailDecodesCaseFileAndState();
    void pullHandsOutTheMostUrgentTicket();
    void pullWithNothingFreeIsEmpty();
    void leaseJobs();
    void workflowWritesAndReplay();
    void patchChangesTheCategory();
    void evidenceContentIsVerified();
    void rulesAndStats();
    void userDirectory();
    void logoutEndsTheSession();

private:
    QString intake(const QString &id, const QString &category = QStringLiteral("product_defect.invalid_key"));
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    int m_next = 0;
};

void TestRemoteClient::initTestCase()
{
    if (const QString why = TestServer::postgresUnavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_server = std::make_unique<TestServer>();
}

void TestRemoteClient::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setBaseUrl(QUrl(m_server->baseUrl()));
    m_client->setToken(m_server->token(QStringLiteral("agent1")));
}

void TestRemoteClient::cleanup()
{
    m_client.reset();
    m_network.reset();
}

QString TestRemoteClient::intake(const QString &prefix, const QString &category)
{
    const QString id = QStringLiteral("%1-%2").arg(prefix).arg(++m_next);
    const HttpReply r = m_server->intake(TestServer::sampleCase(id, category));
    if (r.status != 201)
        qWarning("intake of %s failed: %s", qPrintable(id), describe(r).constData());
    return id;
}

void TestRemoteClient::loginDecodesTheSession()
{
    m_client->setToken({});
    LoginJob *job = m_client->login(QStringLiteral("super1"), TestServer::password(QStringLiteral("super1")));
    QVERIFY(await(job));
    QVERIFY2(job->ok(), qPrintable(job->error().toString()));
    QCOMPARE(job->httpStatus(), 200);
    QCOMPARE(job->userId(), QStringLiteral("super1"));
    QCOMPARE(job->role(), Role::Supervisor);
    QCOMPARE(job->displayName(), QStringLiteral("super1"));
    QVERIFY(!job->token().isEmpty());
    QVERIFY(job->expiresAt() > m_server->now());
    QCOMPARE(job->expiresAt().timeSpec(), Qt::UTC);
    // The client signs its next requests with the new session.
    QCOMPARE(m_client->token(), job->token());
    ApiJob *stats = m_client->stats();
    QVERIFY(await(stats));
    QVERIFY2(stats->ok(), qPrintable(stats->error().toString()));
    job->deleteLater();
    stats->deleteLater();
}

void TestRemoteClient::queuePagesDecodeEveryMember()
{
    const QString id = intake(QStringLiteral("QP"));
    QueueQuery q;
    q.text = id;
    TicketPageJob *job = m_client->listTickets(q);
    QVERIFY(await(job));
    QVERIFY2(job->ok(), qPrintable(job->error().toString()));
    QCOMPARE(job->items().size(), 1);
    QVERIFY(!job->hasMore());
    QVERIFY(job->nextCursor().isEmpty());
    const TicketSummary t = job->items().constFirst();
    QCOMPARE(t.id, id);
    QCOMPARE(t.category, std::optional<Category>(Category::InvalidKey));
    QCOMPARE(t.step, Step::Feedback);
    QCOMPARE(t.status, Status::Open);
    QCOMPARE(t.version, 1);
    QVERIFY(t.holder.isEmpty());
    QVERIFY(!t.leaseUntil.isValid());
    QCOMPARE(t.submittedAt, QDateTime(QDate(2026, 11, 5), QTime(6, 20), Qt::UTC));
    QVERIFY(t.slaDueAt > t.submittedAt);
    QVERIFY(t.warrantyEndsAt.isValid());
    QCOMPARE(t.merchantId, QStringLiteral("M2001"));
    QCOMPARE(t.merchantName, QStringLiteral("星河点卡店"));
    QCOMPARE(t.productType, std::optional<ProductType>(ProductType::GameCard));
    QCOMPARE(t.productName, QStringLiteral("某游戏 100 元点卡"));
    QCOMPARE(t.liableParty, std::optional<LiableParty>(LiableParty::Merchant));
    QCOMPARE(t.amount, Money::fromCents(9850));
    QCOMPARE(t.orderNo, QStringLiteral("KM202611010001"));
    QCOMPARE(t.customerId, QStringLiteral("U10086"));
    QCOMPARE(t.description, QStringLiteral("激活提示卡密无效"));
    QVERIFY(t.changeSeq > 0);
    QVERIFY(t.updatedAt.isValid());
    QCOMPARE(t.raw.value(QStringLiteral("id")).toString(), id);
    job->deleteLater();
}

void TestRemoteClient::queueFiltersReachTheServer()
{
    const QString a = intake(QStringLiteral("QF"), QStringLiteral("platform_fault.duplicate_charge"));
    const QString b = intake(QStringLiteral("QF"), QStringLiteral("platform_fault.duplicate_charge"));
    const QString c = intake(QStringLiteral("QF"), QStringLiteral("platform_fault.duplicate_charge"));
    intake(QStringLiteral("QF"), QStringLiteral("third_party.carrier_delay"));

    // Pages of one row, following next_cursor: every matching ticket once, in ticket-id order.
    QueueQuery q;
    q.categories = {Category::DuplicateCharge};
    q.steps = {Step::Feedback, Step::Evidence};
    q.liableParties = {LiableParty::Platform};
    q.productTypes = {ProductType::GameCard};
    q.merchants = {QStringLiteral("M2001")};
    q.assignee = QStringLiteral("none");
    q.text = QStringLiteral("QF-");
    q.sort = QStringLiteral("-submitted");
    q.limit = 1;
    QStringList seen;
    for (int page = 0; page < 10; ++page) {
        TicketPageJob *job = m_client->listTickets(q);
        QVERIFY(await(job));
        QVERIFY2(job->ok(), qPrintable(job->error().toString()));
        QVERIFY(job->items().size() <= 1);
        for (const TicketSummary &t : job->items()) {
            QCOMPARE(t.category, std::optional<Category>(Category::DuplicateCharge));
            seen << t.id;
        }
        q.cursor = job->nextCursor();
        QCOMPARE(job->hasMore(), !q.cursor.isEmpty());
        job->deleteLater();
        if (q.cursor.isEmpty())
            break;
    }
    QCOMPARE(seen, (QStringList{c, b, a})); // same submission time: ties by id, descending

    QueueQuery sla;
    sla.sla = {SlaState::Met};
    sla.text = QStringLiteral("QF-");
    TicketPageJob *none = m_client->listTickets(sla);
    QVERIFY(await(none));
    QVERIFY2(none->ok(), qPrintable(none->error().toString()));
    QCOMPARE(none->items().size(), 0); // nothing reached review yet
    none->deleteLater();
}

void TestRemoteClient::changesSinceReturnsOnlyNewChanges()
{
    QString cursor;
    for (int i = 0; i < 100; ++i) { // catch up with everything so far
        TicketPageJob *job = m_client->changesSince(cursor, 500);
        QVERIFY(await(job));
        QVERIFY2(job->ok(), qPrintable(job->error().toString()));
        cursor = job->nextCursor();
        const bool more = job->hasMore();
        job->deleteLater();
        if (!more)
            break;
    }
    QVERIFY(!cursor.isEmpty());

    TicketPageJob *quiet = m_client->changesSince(cursor);
    QVERIFY(await(quiet));
    QVERIFY(quiet->ok());
    QCOMPARE(quiet->items().size(), 0);
    QCOMPARE(quiet->nextCursor(), cursor); // unchanged when nothing changed
    quiet->deleteLater();

    const QString id = intake(QStringLiteral("CS"));
    TicketPageJob *job = m_client->changesSince(cursor);
    QVERIFY(await(job));
    QVERIFY2(job->ok(), qPrintable(job->error().toString()));
    QCOMPARE(job->items().size(), 1);
    QCOMPARE(job->items().constFirst().id, id);
    QVERIFY(job->nextCursor().toLongLong() > cursor.toLongLong());
    QCOMPARE(job->items().constFirst().changeSeq, job->nextCursor().toLongLong());
    job->deleteLater();
}

void TestRemoteClient::detailDecodesCaseFileAndState()
{
    const QString id = intake(QStringLiteral("DT"));
    QVERIFY(m_server->write(QStringLiteral("/api/v1/tickets/%1/claim").arg(id), {}, QStringLiteral("agent1"), 0).status == 200);
    QVERIFY(m_server->write(QStringLiteral("/api/v1/tickets/%1/notes").arg(id),
                            {{QStringLiteral("kind"), QStringLiteral("internal")}, {QStringLiteral("text"), QStringLiteral("先核对发行商日志")}},
                            QStringLiteral("agent1"), 2).status == 200);
    TicketDetailJob *job = m_client->ticket(id);
    QVERIFY(await(job));
    QVERIFY2(job->ok(), qPrintable(job->error().toString()));
    const TicketDetail &d = job->detail();
    QCOMPARE(d.caseFile.ticket.id, id);
    QCOMPARE(d.caseFile.ticket.category, std::optional<Category>(Category::InvalidKey));
    QVERIFY(d.caseFile.order.has_value());
    QCOMPARE(d.caseFile.order->amountPaid, Money::fromCents(9850));
    QCOMPARE(d.caseFile.keyEvents.size(), 2);
    QCOMPARE(d.caseFile.merchant.name, QStringLiteral("星河点卡店"));
    QCOMPARE(d.version, 3);
    QCOMPARE(d.caseFile.ticket.version, 3);
    QCOMPARE(d.holder, QStringLiteral("agent1"));
    QVERIFY(d.leaseUntil > m_server->now());
    QCOMPARE(d.state.holder, QStringLiteral("agent1"));
    QCOMPARE(d.state.status, Status::InProgress);
    QCOMPARE(d.state.notes.size(), 1);
    QCOMPARE(d.state.notes.constFirst().text, QStringLiteral("先核对发行商日志"));
    QCOMPARE(d.assessment.value(QStringLiteral("liable_party")).toString(), QStringLiteral("merchant"));
    QVERIFY(d.history.size() >= 3); // intake, claim, note
    QVERIFY(d.duplicates.isEmpty());
    QCOMPARE(d.raw.value(QStringLiteral("version")).toInteger(), 3);
    QCOMPARE(job->header("ETag"), QByteArray("\"3\""));
    job->deleteLater();
}

void TestRemoteClient::pullHandsOutTheMostUrgentTicket()
{
    intake(QStringLiteral("PL"));
    m_client->setToken(m_server->token(QStringLiteral("agent2")));
    PullJob *job = m_client->pull(ApiClient::newIdempotencyKey());
    QVERIFY(await(job));
    QVERIFY2(job->ok(), qPrintable(job->error().toString()));
    QVERIFY(job->hasTicket());
    QCOMPARE(job->detail().holder, QStringLiteral("agent2"));
    QCOMPARE(job->detail().state.status, Status::InProgress);
    QVERIFY(job->detail().leaseUntil.isValid());
    QVERIFY(!job->detail().caseFile.ticket.id.isEmpty());
    job->deleteLater();
}

void TestRemoteClient::pullWithNothingFreeIsEmpty()
{
    TestServer empty; // no tickets at all
    ApiClient client(m_network.get());
    client.setBaseUrl(QUrl(empty.baseUrl()));
    client.setToken(empty.token(QStringLiteral("agent1")));
    PullJob *job = client.pull();
    QVERIFY(await(job));
    QVERIFY2(job->ok(), qPrintable(job->error().toString()));
    QCOMPARE(job->httpStatus(), 204);
    QVERIFY(!job->hasTicket());
    QVERIFY(job->body().isEmpty());
}

void TestRemoteClient::leaseJobs()
{
    const QString id = intake(QStringLiteral("LS"));
    WriteJob *claim = m_client->claim(id, ApiClient::newIdempotencyKey());
    QVERIFY(await(claim));
    QVERIFY2(claim->ok(), qPrintable(claim->error().toString()));
    QCOMPARE(claim->ticketId(), id);
    QCOMPARE(claim->version(), 2);
    QCOMPARE(claim->holder(), QStringLiteral("agent1"));
    QCOMPARE(claim->status(), Status::InProgress);
    QVERIFY(!claim->result().value(QStringLiteral("lease_until")).toString().isEmpty());
    QVERIFY(!claim->replayed());

    WriteJob *renew = m_client->renew(id, ApiClient::newIdempotencyKey());
    QVERIFY(await(renew));
    QVERIFY2(renew->ok(), qPrintable(renew->error().toString()));
    QCOMPARE(renew->version(), 3);

    WriteJob *release = m_client->release(id, ApiClient::newIdempotencyKey());
    QVERIFY(await(release));
    QVERIFY2(release->ok(), qPrintable(release->error().toString()));
    QVERIFY(release->holder().isEmpty());
    QVERIFY(release->result().value(QStringLiteral("lease_until")).isNull());
    for (ApiJob *j : {static_cast<ApiJob *>(claim), static_cast<ApiJob *>(renew), static_cast<ApiJob *>(release)})
        j->deleteLater();
}

void TestRemoteClient::workflowWritesAndReplay()
{
    const QString id = intake(QStringLiteral("WR"));
    WriteJob *claim = m_client->claim(id, ApiClient::newIdempotencyKey());
    QVERIFY(await(claim));
    QVERIFY(claim->ok());

    const QString key = ApiClient::newIdempotencyKey();
    WriteJob *first = m_client->write(id, QStringLiteral("transitions"), advanceBody(), claim->version(), key);
    QVERIFY(await(first));
    QVERIFY2(first->ok(), qPrintable(first->error().toString()));
    QCOMPARE(first->step(), Step::Evidence);
    QCOMPARE(first->version(), claim->version() + 1);
    QCOMPARE(first->result().value(QStringLiteral("to")).toString(), QStringLiteral("evidence"));
    QVERIFY(!first->replayed());

    // The outbox's retry after a lost answer: same key, same request -> the stored answer.
    WriteJob *again = m_client->write(id, QStringLiteral("transitions"), advanceBody(), claim->version(), key);
    QVERIFY(await(again));
    QVERIFY2(again->ok(), qPrintable(again->error().toString()));
    QVERIFY(again->replayed());
    QCOMPARE(again->version(), first->version());
    QCOMPARE(m_server->version(id), first->version());

    WriteJob *note = m_client->write(id, QStringLiteral("notes"),
                                     {{QStringLiteral("kind"), QStringLiteral("customer")}, {QStringLiteral("text"), QStringLiteral("已联系买家补充截图")}},
                                     first->version(), ApiClient::newIdempotencyKey());
    QVERIFY(await(note));
    QVERIFY2(note->ok(), qPrintable(note->error().toString()));
    QCOMPARE(note->result().value(QStringLiteral("text")).toString(), QStringLiteral("已联系买家补充截图"));
    QCOMPARE(note->version(), first->version() + 1);
    for (ApiJob *j : {static_cast<ApiJob *>(claim), static_cast<ApiJob *>(first), static_cast<ApiJob *>(again), static_cast<ApiJob *>(note)})
        j->deleteLater();
}

void TestRemoteClient::patchChangesTheCategory()
{
    const QString id = intake(QStringLiteral("PA"));
    WriteJob *claim = m_client->claim(id, ApiClient::newIdempotencyKey());
    QVERIFY(await(claim));
    WriteJob *patch = m_client->write(id, QString(), {{QStringLiteral("category"), QStringLiteral("product_defect.wrong_key")}},
                                      claim->version(), ApiClient::newIdempotencyKey());
    QVERIFY(await(patch));
    QVERIFY2(patch->ok(), qPrintable(patch->error().toString()));
    QCOMPARE(patch->method(), QByteArray("PATCH"));
    TicketDetailJob *detail = m_client->ticket(id);
    QVERIFY(await(detail));
    QCOMPARE(detail->detail().caseFile.ticket.category, std::optional<Category>(Category::WrongKey));
    claim->deleteLater();
    patch->deleteLater();
    detail->deleteLater();
}

void TestRemoteClient::evidenceContentIsVerified()
{
    const QString id = intake(QStringLiteral("EV"));
    const QByteArray text = QStringLiteral("买家:卡密提示无效\n客服:已记录").toUtf8();
    const QByteArray sha = QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
    const HttpReply up = m_server->request("POST", QStringLiteral("/api/v1/tickets/%1/evidence").arg(id), text, QStringLiteral("super1"),
                                           {{"Content-Type", "text/plain"}, {"X-Evidence-Kind", "chat_log"}, {"X-Evidence-Id", "E-1"}});
    QVERIFY2(up.status == 201, describe(up).constData());

    TicketDetailJob *detail = m_client->ticket(id);
    QVERIFY(await(detail));
    QVERIFY2(detail->ok(), qPrintable(detail->error().toString()));
    QCOMPARE(detail->detail().evidenceFiles.size(), 1);
    const EvidenceFile file = detail->detail().evidenceFiles.constFirst();
    QCOMPARE(file.evidenceId, QStringLiteral("E-1"));
    QCOMPARE(file.sha256.toLatin1(), sha);
    QCOMPARE(file.size, text.size());

    EvidenceContentJob *plain = m_client->evidenceContent(file.contentId);
    QVERIFY(await(plain));
    QVERIFY2(plain->ok(), qPrintable(plain->error().toString()));
    QCOMPARE(plain->bytes(), text);
    QCOMPARE(plain->sha256().toLatin1(), sha);
    QVERIFY(plain->mediaType().startsWith(QLatin1String("text/plain")));

    EvidenceContentJob *expected = m_client->evidenceContent(file.contentId, sha.toUpper());
    QVERIFY(await(expected));
    QVERIFY2(expected->ok(), qPrintable(expected->error().toString()));

    // What the case file declares disagrees with the bytes: never shown as valid evidence.
    EvidenceContentJob *other = m_client->evidenceContent(file.contentId, QByteArray(64, 'a'));
    QVERIFY(await(other));
    QVERIFY(!other->ok());
    QCOMPARE(other->error().kind, ApiError::Kind::Integrity);
    QCOMPARE(other->error().field, QStringLiteral("sha256"));
    QVERIFY(other->bytes().isEmpty());
    QVERIFY(!other->error().isRetryable());
    for (ApiJob *j : {static_cast<ApiJob *>(detail), static_cast<ApiJob *>(plain), static_cast<ApiJob *>(expected), static_cast<ApiJob *>(other)})
        j->deleteLater();
}

void TestRemoteClient::rulesAndStats()
{
    RulesJob *rules = m_client->rules();
    QVERIFY(await(rules));
    QVERIFY2(rules->ok(), qPrintable(rules->error().toString()));
    QVERIFY(rules->rules().has_value());
    QCOMPARE(rules->rules()->version(), rulesVersion(*m_server));

    m_client->setToken(m_server->token(QStringLiteral("super1")));
    ApiJob *stats = m_client->stats();
    QVERIFY(await(stats));
    QVERIFY2(stats->ok(), qPrintable(stats->error().toString()));
    QVERIFY(!stats->json().isEmpty());
    rules->deleteLater();
    stats->deleteLater();
}

void TestRemoteClient::userDirectory()
{
    UserDirectoryJob *job = m_client->users();
    QVERIFY(await(job));
    QVERIFY2(job->ok(), qPrintable(job->error().toString()));
    QStringList ids;
    for (const DirectoryUser &user : job->users()) {
        ids << user.id;
        QVERIFY(!user.displayName.isEmpty());
        QVERIFY(user.active);
        if (user.id == QLatin1String("super1"))
            QCOMPARE(user.role, Role::Supervisor);
    }
    for (const QString &user : TestServer::users())
        QVERIFY2(ids.contains(user), qPrintable(user));
    // The workstation keeps the same shape; what cannot be read names its field.
    const auto again = decodeUserDirectory(encodeUserDirectory(job->users()));
    QVERIFY(again.ok());
    QCOMPARE(again.value(), job->users());
    const auto noName = decodeUserDirectory(QJsonObject{{QStringLiteral("users"), QJsonArray{QJsonObject{
        {QStringLiteral("id"), QStringLiteral("x1")}, {QStringLiteral("role"), QStringLiteral("agent")}}}}});
    QVERIFY(noName.ok());
    QCOMPARE(noName.value().value(0).displayName, QStringLiteral("x1"));
    const auto badRole = decodeUserDirectory(QJsonObject{{QStringLiteral("users"), QJsonArray{QJsonObject{
        {QStringLiteral("id"), QStringLiteral("x1")}, {QStringLiteral("role"), QStringLiteral("boss")}}}}});
    QVERIFY(!badRole.ok());
    QCOMPARE(badRole.error().path, QStringLiteral("users[0].role"));
    job->deleteLater();
}

void TestRemoteClient::logoutEndsTheSession()
{
    LoginJob *login = m_client->login(QStringLiteral("agent2"), TestServer::password(QStringLiteral("agent2")));
    QVERIFY(await(login));
    QVERIFY(login->ok());
    const QString token = m_client->token();
    ApiJob *logout = m_client->logout();
    QVERIFY(await(logout));
    QVERIFY2(logout->ok(), qPrintable(logout->error().toString()));
    QCOMPARE(logout->httpStatus(), 204);
    QVERIFY(m_client->token().isEmpty());

    QSignalSpy expired(m_client.get(), &ApiClient::sessionExpired);
    m_client->setToken(token);
    TicketPageJob *after = m_client->listTickets({});
    QVERIFY(await(after));
    QCOMPARE(after->error().kind, ApiError::Kind::SessionExpired);
    QCOMPARE(after->error().code, QStringLiteral("token_invalid"));
    QCOMPARE(expired.count(), 1);
    login->deleteLater();
    logout->deleteLater();
    after->deleteLater();
}

QTEST_GUILESS_MAIN(TestRemoteClient)
#include "tst_remote_client.moc"
