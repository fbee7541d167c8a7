#include "apiserver.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace wd::server {

namespace {

constexpr char kNoDelaySet[] = "wd_no_delay"; // dynamic property of a connection's socket

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: break;
    }
    return "UNKNOWN";
}

Clock defaultClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace

// One read worker: a thread with an ApiServer of its own (made, used and destroyed there, as Qt
// SQL wants) that answers the requests the listening server hands it.
class ReadWorker
{
public:
    ReadWorker(const ServerOptions &options, const std::shared_ptr<TokenCache> &tokens, int index)
    {
        m_thread.setObjectName(QStringLiteral("wd-read-%1").arg(index));
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
        QString failure;
        QMetaObject::invokeMethod(
            m_context,
            [&] {
                try {
                    m_server = new ApiServer(options, ApiServer::WorkerTag{});
                    m_server->m_auth->shareTokenCache(tokens);
                } catch (const ApiError &e) {
                    failure = e.title();
                }
            },
            Qt::BlockingQueuedConnection);
        if (!failure.isEmpty()) {
            stop();
            throw ApiError(500, QStringLiteral("database_unavailable"), failure);
        }
    }
    ~ReadWorker() { stop(); }
    ReadWorker(const ReadWorker &) = delete;
    ReadWorker &operator=(const ReadWorker &) = delete;

    // Runs `job` with the worker's server on the worker thread.
    void run(std::function<void(ApiServer &)> job)
    {
        ++m_outstanding;
        QMetaObject::invokeMethod(
            m_context,
            [this, job = std::move(job)] {
                job(*m_server);
                --m_outstanding;
            },
            Qt::QueuedConnection);
    }
    // Answers `request` on the worker thread and hands the answer to `done` there.
    void submit(HttpRequest request, std::function<void(HttpResponse)> done)
    {
        run([request = std::move(request), done = std::move(done)](ApiServer &server) { done(server.handle(request)); });
    }
    int outstanding() const { return m_outstanding.load(std::memory_order_relaxed); }

private:
    void stop()
    {
        if (!m_thread.isRunning())
            return;
        // Requests still queued for it are dropped with it; their connections are closing anyway.
        QMetaObject::invokeMethod(m_context, [this] { delete m_server; m_server = nullptr; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    QThread m_thread;
    QObject *m_context = nullptr;
    ApiServer *m_server = nullptr;
    std::atomic<int> m_outstanding{0};
};

ApiServer::ApiServer(ServerOptions options, WorkerTag)
    : QObject(nullptr), m_rules(options.rules ? *options.rules : RuleSet::builtIn()), m_options(std::move(options)),
      m_inspector(m_options.maxEvidenceBytes)
{
    openStores(false); // migrated by the listening server already
    if (!m_db->isPostgres())
        m_db->execDirect(QStringLiteral("PRAGMA wal_autocheckpoint=0")); // the server's checkpointer does it
}

void ApiServer::openStores(bool migrate)
{
    if (!m_options.clock)
        m_options.clock = defaultClock();
    m_db = Database::open(m_options.databaseUrl);
    if (migrate)
        m_db->migrate();
    m_audit = std::make_unique<AuditLog>(*m_db, m_options.clock);
    m_auth = std::make_unique<AuthService>(*m_db, *m_audit, m_options.clock, m_options.login);
    m_tickets = std::make_unique<TicketStore>(*m_db, *m_audit, m_rules, m_options.clock);
    addRoutes();
}

ApiServer::ApiServer(ServerOptions options, QObject *parent)
    : QObject(parent), m_rules(options.rules ? *options.rules : RuleSet::builtIn()), m_options(std::move(options)),
      m_inspector(m_options.maxEvidenceBytes)
{
    openStores(true);
    if (!m_options.writeTimingsPath.isEmpty()) {
        m_timings = std::make_unique<WriteTimings>();
        m_timings->file.setFileName(m_options.writeTimingsPath);
        if (!m_timings->file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw ApiError(500, QStringLiteral("write_timings_unavailable"),
                           QStringLiteral("cannot write the write timings to %1: %2")
                               .arg(m_options.writeTimingsPath, m_timings->file.errorString()));
        m_timings->file.write("# arrived prepared batched committed durable answered batch_size status (microseconds since start; prepared -1: written whole on the listening thread)\n");
        m_timings->clock.start();
    }
    expireIdempotencyKeys();
    auto *sweeper = new QTimer(this);
    connect(sweeper, &QTimer::timeout, this, &ApiServer::expireIdempotencyKeys);
    sweeper->start(3600 * 1000);
}

void ApiServer::expireIdempotencyKeys()
{
    // A client retries a write for minutes or hours (an agent offline over a night); a week is
    // far beyond that, and keeps the table from growing without bound.
    const qint64 cutoff = m_options.clock().toMSecsSinceEpoch() - kIdempotencyRetentionMs;
    try {
        m_db->write([&] { m_db->exec(QStringLiteral("DELETE FROM idempotency WHERE created_at < ?"), {cutoff}); });
    } catch (const ApiError &e) {
        qWarning("cannot expire idempotency keys: %s", qPrintable(e.title()));
    }
}

ApiServer::~ApiServer()
{
    // Joined before anything they answer to goes. Batches still waiting for their flush are
    // committed; their clients see the connection close and retry with the same key.
    m_readers.clear();
    m_walSyncer.reset();
    m_checkpointer.reset();
}

quint16 ApiServer::listen(const QHostAddress &address, quint16 port)
{
    m_http = std::make_unique<QHttpServer>();
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        HttpRequest r;
        r.method = methodName(request.method());
        r.path = request.url().path(QUrl::FullyDecoded);
        r.query = request.query();
        for (const auto &header : request.headers())
            r.headers.insert(header.first.toLower(), header.second);
        r.body = request.body();
        r.peer = request.remoteAddress().toString();
        QTcpSocket *socket = responder.socket();
        // Headers and body leave in separate writes; without TCP_NODELAY, Nagle's algorithm holds
        // the body until the client's delayed ACK (40 ms on Linux) arrives.
        if (socket && !socket->property(kNoDelaySet).isValid()) { // once per connection, not per request
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            socket->setProperty(kNoDelaySet, true);
        }
        PendingWrite incoming{std::move(r), nullptr, std::make_shared<QHttpServerResponder>(std::move(responder)), socket, socket};
        incoming.arrivedUs = timingNow();
        dispatch(std::move(incoming));
    });
    if (!m_db->isPostgres() && !m_walSyncer) {
        try {
            m_checkpointer = std::make_unique<WalCheckpointer>(m_options.databaseUrl);
            m_db->execDirect(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
            m_walSyncer = std::make_unique<WalSyncer>(m_db->sqliteFile());
        } catch (const ApiError &e) {
            qWarning("warrantydesk-server: checkpoints and log flushes stay on the request thread: %s", qPrintable(e.title()));
        }
    }
    if (m_options.readThreads > 0 && m_readers.empty()) {
        try {
            for (int i = 0; i < m_options.readThreads; ++i)
                m_readers.push_back(std::make_unique<ReadWorker>(m_options, m_auth->tokenCache(), i));
        } catch (const ApiError &e) {
            qWarning("warrantydesk-server: no read threads, all requests on one thread: %s", qPrintable(e.title()));
            m_readers.clear();
        }
    }
    if (m_tls)
        m_http->sslSetup(*m_tls);
    m_port = m_http->listen(address, port);
    return m_port;
}

void ApiServer::dispatch(PendingWrite incoming)
{
    QTcpSocket *connection = incoming.connection;
    if (connection) {
        const auto busy = m_busy.find(connection);
        if (busy != m_busy.end()) {
            busy->append(std::move(incoming));
            return;
        }
    }
    auto leastBusyWorker = [this] {
        ReadWorker *worker = m_readers.front().get();
        for (const auto &candidate : m_readers) {
            if (candidate->outstanding() < worker->outstanding())
                worker = candidate.get();
        }
        return worker;
    };
    if (m_groupCommit && (isBatchable(incoming.request) || m_socketsWithPending.contains(connection))) {
        if (!m_readers.empty() && connection && !m_socketsWithPending.contains(connection) && isPreparable(incoming.request)) {
            // Decoding, loading, the guards, the assessment and the answer are worked out on a
            // read worker; this thread then only checks and writes. The connection waits (its
            // later requests queue) until the answer is out.
            m_busy.insert(connection, {});
            leastBusyWorker()->run([this, incoming = std::move(incoming)](ApiServer &worker) {
                std::shared_ptr<PreparedTicketWrite> prepared = worker.prepare(incoming.request);
                std::function<void()> hook;
                {
                    QMutexLocker lock(&m_hookMutex);
                    hook.swap(m_afterNextPrepare);
                }
                if (hook)
                    hook();
                // The connection stays busy until the batch is answered (answerBatch releases it).
                QMetaObject::invokeMethod(
                    this,
                    [this, incoming, prepared = std::move(prepared)]() mutable {
                        if (prepared)
                            incoming.preparedUs = timingNow();
                        incoming.prepared = std::move(prepared);
                        enqueueWrite(std::move(incoming));
                    },
                    Qt::QueuedConnection);
            });
            return;
        }
        enqueueWrite(std::move(incoming));
        return;
    }
    if (!m_readers.empty() && connection && incoming.request.method == "GET") {
        ReadWorker *worker = leastBusyWorker();
        m_busy.insert(connection, {});
        HttpRequest request = std::move(incoming.request);
        worker->submit(std::move(request), [this, incoming = std::move(incoming)](HttpResponse response) {
            // On the worker's thread: the answer goes out from the listening one.
            QMetaObject::invokeMethod(
                this, [this, incoming, response = std::move(response)] { readAnswered(incoming, response); }, Qt::QueuedConnection);
        });
        return;
    }
    const HttpResponse response = handle(incoming.request);
    if (incoming.socket)
        send(std::move(*incoming.responder), response);
}

void ApiServer::setAfterNextPrepare(std::function<void()> hook)
{
    QMutexLocker lock(&m_hookMutex);
    m_afterNextPrepare = std::move(hook);
}

void ApiServer::enqueueWrite(PendingWrite incoming)
{
    m_socketsWithPending.insert(incoming.connection);
    m_pending.append(std::move(incoming));
    if (m_pending.size() == 1)
        QTimer::singleShot(0, this, &ApiServer::flushWrites);
}

void ApiServer::readAnswered(const PendingWrite &request, const HttpResponse &response)
{
    if (request.socket) // a client that hung up has no one to answer
        send(std::move(*request.responder), response);
    release(request.connection);
}

void ApiServer::release(QTcpSocket *connection)
{
    const QList<PendingWrite> waiting = m_busy.take(connection);
    for (const PendingWrite &next : waiting)
        dispatch(next);
}

void ApiServer::answerBatch(const QList<PendingWrite> &batch, const QList<HttpResponse> &responses, bool ok, qint64 batchedUs,
                            qint64 committedUs)
{
    const HttpResponse failed = HttpResponse::problem(
        ApiError(503, QStringLiteral("database_unavailable"),
                 QStringLiteral("the write could not be made durable; retry with the same Idempotency-Key")));
    const qint64 durableUs = timingNow();
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (batch[i].socket) // a client that hung up has no one to answer
            send(std::move(*batch[i].responder), ok ? responses.at(i) : failed);
        if (m_timings) {
            const PendingWrite &job = batch[i];
            m_timings->file.write(QByteArray::number(job.arrivedUs) + ' ' + QByteArray::number(job.preparedUs) + ' '
                                  + QByteArray::number(batchedUs) + ' ' + QByteArray::number(committedUs) + ' '
                                  + QByteArray::number(durableUs) + ' ' + QByteArray::number(timingNow()) + ' '
                                  + QByteArray::number(batch.size()) + ' ' + QByteArray::number(ok ? responses.at(i).status : failed.status)
                                  + '\n');
        }
    }
    if (m_timings && (m_timings->unflushed += int(batch.size())) >= 256) {
        m_timings->file.flush(); // a server that is killed loses at most these lines
        m_timings->unflushed = 0;
    }
    QSet<QTcpSocket *> released;
    for (const PendingWrite &job : batch) {
        if (job.connection && !released.contains(job.connection)) {
            released.insert(job.connection);
            release(job.connection);
        }
    }
}

void ApiServer::send(QHttpServerResponder &&responder, const HttpResponse &response)
{
    QHttpServerResponse out(response.contentType, response.body, static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &header : response.headers)
        out.addHeader(header.first, header.second);
    out.write(std::move(responder));
}

bool ApiServer::isBatchable(const HttpRequest &request)
{
    return (request.method == "POST" || request.method == "PATCH") && request.path.startsWith(QLatin1String("/api/v1/tickets"));
}

void ApiServer::flushWrites()
{
    QList<PendingWrite> batch;
    batch.swap(m_pending);
    m_socketsWithPending.clear();
    if (m_walSyncer && batch.size() > kMaxBatchWithFlusher) {
        // Smaller batches while the flusher writes the last one to disk: this thread never waits
        // for the disk, and clients are answered in a steady stream instead of in lock-step.
        m_pending = batch.mid(kMaxBatchWithFlusher);
        batch.resize(kMaxBatchWithFlusher);
        for (const PendingWrite &job : std::as_const(m_pending))
            m_socketsWithPending.insert(job.connection);
        QTimer::singleShot(0, this, &ApiServer::flushWrites);
    }
    m_lastBatchSize = int(batch.size());
    const qint64 batchedUs = timingNow();
    QList<HttpResponse> responses;
    responses.reserve(batch.size());
    // With a log flusher the commit skips its fsync; the answers wait for the flusher instead.
    const bool flushLater = m_walSyncer != nullptr;
    bool committed = true;
    PreparedCounts counted;
    if (m_checkpointer && m_checkpointer->takeCaughtUp()) {
        // The few frames committed since the checkpointer's last pass, copied while nothing else
        // is written: the next transaction then starts the log over (WalCheckpointer).
        try {
            m_db->execDirect(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        } catch (const ApiError &e) {
            qWarning("warrantydesk-server: checkpoint failed: %s", qPrintable(e.title()));
        }
    }
    if (flushLater)
        m_db->execDirect(QStringLiteral("PRAGMA synchronous=NORMAL"));
    try {
        m_db->write([&] {
            // Database::write may run this again after a transient conflict: start clean.
            responses.clear();
            m_deferredAudit.clear();
            counted = {};
            m_batching = true;
            for (const PendingWrite &job : batch) {
                m_db->execDirect(QStringLiteral("SAVEPOINT wd_write"));
                std::optional<HttpResponse> applied;
                if (job.prepared) {
                    try {
                        applied = applyPrepared(*job.prepared);
                    } catch (const SqlFailure &) {
                        // e.g. the key arrived meanwhile through another server process
                    }
                    if (!applied)
                        m_db->execDirect(QStringLiteral("ROLLBACK TO SAVEPOINT wd_write"));
                    ++(applied ? counted.applied : counted.redone);
                }
                HttpResponse response = applied ? std::move(*applied) : handle(job.request);
                if (!applied && response.status >= 400)
                    m_db->execDirect(QStringLiteral("ROLLBACK TO SAVEPOINT wd_write"));
                m_db->execDirect(QStringLiteral("RELEASE SAVEPOINT wd_write"));
                for (const DeferredAudit &a : std::as_const(m_deferredAudit))
                    m_audit->append(a.actor, a.action, a.ticketId, a.detail);
                m_deferredAudit.clear();
                responses << response;
            }
            m_batching = false;
        });
    } catch (const std::exception &) {
        // The commit itself failed: nothing of the batch is stored; say so to every caller.
        committed = false;
        m_batching = false;
        m_deferredAudit.clear();
        responses.clear();
        for (qsizetype i = 0; i < batch.size(); ++i)
            responses << HttpResponse::problem(ApiError(503, QStringLiteral("database_unavailable"),
                                                        QStringLiteral("the write could not be committed; retry with the same Idempotency-Key")));
    }
    const qint64 committedUs = timingNow();
    if (committed) {
        m_preparedCounts.applied += counted.applied;
        m_preparedCounts.redone += counted.redone;
    }
    if (flushLater) {
        try {
            m_db->execDirect(QStringLiteral("PRAGMA synchronous=FULL")); // every other write syncs itself
        } catch (const ApiError &e) {
            qWarning("warrantydesk-server: %s", qPrintable(e.title()));
        }
    }
    if (flushLater && committed) {
        // Their connections wait (in order) until the answers are out.
        for (const PendingWrite &job : std::as_const(batch)) {
            if (job.connection && !m_busy.contains(job.connection))
                m_busy.insert(job.connection, {});
        }
        m_walSyncer->syncThen([this, batch, responses, batchedUs, committedUs](bool ok) {
            answerBatch(batch, responses, ok, batchedUs, committedUs);
        });
        return;
    }
    answerBatch(batch, responses, true, batchedUs, committedUs);
}

void ApiServer::checkRequestText(const HttpRequest &request)
{
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded)) {
        if (!JsonReader::isCleanText(item.first) || !JsonReader::isCleanText(item.second))
            throw ApiError::badRequest(QStringLiteral("invalid_parameter"),
                                       QStringLiteral("a query parameter contains a NUL character or broken text"), item.first.left(64));
    }
    if (!JsonReader::isCleanText(request.path))
        throw ApiError::badRequest(QStringLiteral("invalid_path"), QStringLiteral("the path contains a NUL character"));
}

HttpResponse ApiServer::handle(const HttpRequest &request)
{
    try {
        checkRequestText(request);
        HttpResponse response = m_router.dispatch(request);
        response.withHeader("Cache-Control", "no-store");
        return response;
    } catch (const ApiError &error) {
        return HttpResponse::problem(error);
    } catch (const std::exception &e) {
        qWarning("internal error on %s %s: %s", request.method.constData(), qPrintable(request.path), e.what());
        return HttpResponse::problem(ApiError(500, QStringLiteral("internal_error"), QStringLiteral("internal server error")));
    }
}

ApiServer::Caller ApiServer::authenticate(const HttpRequest &request)
{
    return Caller{m_auth->authenticate(request.header("authorization"))};
}

ApiServer::Caller ApiServer::requireRole(const HttpRequest &request, std::initializer_list<Role> roles)
{
    const Caller caller = authenticate(request);
    for (Role r : roles) {
        if (caller.user.role == r)
            return caller;
    }
    QStringList names;
    for (Role r : roles)
        names << enumName(r);
    refuse(caller, request,
           ApiError::forbidden(QStringLiteral("role_forbidden"),
                               QStringLiteral("this needs the role %1; you are %2")
                                   .arg(names.join(QStringLiteral(" or ")), enumName(caller.user.role))));
    return caller; // not reached
}

void ApiServer::refuse(const Caller &caller, const HttpRequest &request, const ApiError &error)
{
    if (m_preparing)
        throw error; // the writing thread handles the request again and audits the refusal
    static const QRegularExpression ticketPath(QStringLiteral("^/api/v1/tickets/([^/]+)"));
    const QRegularExpressionMatch m = ticketPath.match(request.path);
    const QJsonObject detail{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                             {QStringLiteral("path"), request.path.left(200)},
                             {QStringLiteral("code"), error.code()},
                             {QStringLiteral("reason"), error.title()}};
    const QString ticketId = m.hasMatch() ? m.captured(1) : QString();
    m_detailCache.remove(ticketId); // the refusal joins the ticket's history without a new version
    if (m_batching) // the refused write's savepoint is rolled back; the refusal itself is kept
        m_deferredAudit.append(DeferredAudit{caller.user.id, QStringLiteral("authz.refused"), ticketId, detail});
    else
        m_audit->appendStandalone(caller.user.id, QStringLiteral("authz.refused"), ticketId, detail);
    throw error;
}

QJsonObject ApiServer::readJsonBody(const HttpRequest &request) const
{
    if (request.body.size() > m_options.maxJsonBytes)
        throw ApiError(413, QStringLiteral("body_too_large"),
                       QStringLiteral("the body is %1 bytes, over the limit of %2").arg(request.body.size()).arg(m_options.maxJsonBytes));
    if (request.body.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        throw ApiError::badRequest(QStringLiteral("malformed_json"),
                                   QStringLiteral("the body is not valid JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        throw ApiError::badRequest(QStringLiteral("malformed_json"), QStringLiteral("the body must be a JSON object"));
    return doc.object();
}

void ApiServer::enforce(const Decision &decision)
{
    if (decision)
        return;
    const QJsonObject extra{{QStringLiteral("guard"), decision.guard},
                            {QStringLiteral("reason_zh"), decision.reasonZh},
                            {QStringLiteral("missing"), QJsonArray::fromStringList(decision.missing)}};
    if (decision.guard.startsWith(QLatin1String("role.")))
        throw ApiError(403, QStringLiteral("forbidden"), decision.reasonEn, {}, extra);
    throw ApiError(409, QStringLiteral("guard_refused"), decision.reasonEn, {}, extra);
}

void ApiServer::addRoutes()
{
    addTicketRoutes();
    addWorkflowRoutes();
    addOtherRoutes();
}

} // namespace wd::server
