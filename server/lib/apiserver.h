#pragma once
// The central server: REST API under /api/v1 on QtHttpServer, backed by Database. Usable as a
// library (the workstation's --demo embeds it; tests start it on port 0) and by the thin
// warrantydesk-server executable.

#include "auditlog.h"
#include "authservice.h"
#include "database.h"
#include "evidenceinspector.h"
#include "router.h"
#include "ticketstore.h"
#include "walservice.h"

#include "ruleset.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>

#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerResponder;
class QTcpSocket;

namespace wd::server {

struct ServerOptions
{
    QString databaseUrl;
    qint64 leaseMs = 30 * 60 * 1000;
    qsizetype maxJsonBytes = 4 * 1024 * 1024;
    qsizetype maxEvidenceBytes = EvidenceInspector::kDefaultMaxBytes;
    std::optional<RuleSet> rules; // the built-in rule set when empty
    LoginPolicy login;
    Clock clock;                  // current UTC time when empty
    // GET requests are answered on this many threads of their own, each with its own database
    // connection (parsing and sending stay on the listening thread, as do all writes with their
    // group commit). 0: everything on the listening thread.
    int readThreads = 0;
    // When set, a line per group-committed write goes to this file (created or emptied): when it
    // arrived, was prepared, joined its batch, was committed, was durable and was answered
    // (microseconds since the server started), its batch's size and its status. For finding
    // where a write's time goes under load (benchmarks/server-bench prints the summary).
    QString writeTimingsPath;
};

class ReadWorker;

class ApiServer : public QObject
{
    Q_OBJECT
public:
    // Opens the database and applies migrations; throws ApiError when it cannot.
    explicit ApiServer(ServerOptions options, QObject *parent = nullptr);
    ~ApiServer() override;

    // Listens on address:port (0 picks a free port); returns the port, 0 on failure.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_port; }
    // Serve HTTPS with this certificate and key instead of plain HTTP. Set before listen().
    void setSslConfiguration(const QSslConfiguration &tls) { m_tls = tls; }

    HttpResponse handle(const HttpRequest &request);

    // Group commit: writes that arrive together are applied in one transaction (each in its own
    // savepoint, so one refused write does not undo another) and acknowledged after one durable
    // commit. Set before listen(); on by default.
    void setGroupCommit(bool enabled) { m_groupCommit = enabled; }
    int lastBatchSize() const { return m_lastBatchSize; }

    int readThreads() const { return int(m_readers.size()); }

    // Ticket writes prepared on a read worker: applied as prepared, or handled again from the
    // start on the writing thread because the ticket or the key moved on meanwhile.
    struct PreparedCounts
    {
        qint64 applied = 0;
        qint64 redone = 0;
    };
    PreparedCounts preparedCounts() const { return m_preparedCounts; }
    // For tests: runs once on the read worker after the next write was prepared, before the
    // writing thread sees it (a test holds it there while another write overtakes it).
    void setAfterNextPrepare(std::function<void()> hook);

    Database &database() { return *m_db; }
    AuditLog &audit() { return *m_audit; }
    AuthService &auth() { return *m_auth; }
    TicketStore &tickets() { return *m_tickets; }
    const Router &router() const { return m_router; }
    const RuleSet &rules() const { return m_rules; }

private:
    friend class ReadWorker;
    struct WorkerTag {};
    // A read worker's server: the same routes over its own connection, no listener, no sweeper.
    ApiServer(ServerOptions options, WorkerTag);
    void openStores(bool migrate); // the database connection, the stores and the routes

    struct Caller
    {
        User user;
        Actor actor() const { return Actor{user.id, user.role}; }
    };
    // What a write's handler answers with: the "result" of the response, which with the new
    // version is also the audit entry's detail. An object, or its compact text written directly
    // (the verdict's: parsing it only to write it again cost more than the rest of the answer).
    class WriteResult
    {
    public:
        WriteResult(const QJsonObject &object) : m_text(AuditLog::canonicalJson(object)) {}
        // `compactText`: what AuditLog::canonicalJson gives for the object.
        static WriteResult fromText(QByteArray compactText)
        {
            WriteResult r;
            r.m_text = std::move(compactText);
            return r;
        }
        const QByteArray &text() const { return m_text; }

    private:
        WriteResult() = default;
        QByteArray m_text;
    };
    using Mutation = std::function<WriteResult(TicketRecord &, const Caller &, const QDateTime &now)>;
    struct WriteOptions
    {
        bool requireIfMatch = true;
        bool requireIdempotencyKey = true;
        bool jsonBody = true; // checked before anything is looked up
        int successStatus = 200;
        // For a route that has read the body itself already (it is not parsed twice).
        static WriteOptions bodyRead()
        {
            WriteOptions o;
            o.jsonBody = false;
            return o;
        }
    };

    // A ticket write worked out on a read worker against a snapshot: what to write and what to
    // answer. The writing thread applies it if the ticket is still at the version it was
    // prepared from and its Idempotency-Key is still unused; otherwise it handles the request
    // itself, from the start.
    struct PreparedTicketWrite
    {
        PlannedSave save;
        QString userId, key, requestHash;
        HttpResponse response;   // as answered (Cache-Control included)
        QString storedHeaders;   // the headers an idempotent replay gives back, as JSON
    };
    struct PendingWrite
    {
        HttpRequest request;
        std::shared_ptr<PreparedTicketWrite> prepared; // null: handled on the writing thread
        std::shared_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket; // null once the client hung up
        QTcpSocket *connection = nullptr; // the key of its connection's queue, valid or not
        // Microseconds on m_timings's clock, taken only when write timings are on (-1: not reached).
        qint64 arrivedUs = -1, preparedUs = -1;
    };
    struct DeferredAudit
    {
        QString actor, action, ticketId;
        QJsonObject detail;
    };
    static bool isBatchable(const HttpRequest &request);
    // Ticket writes that a read worker may prepare (not intake, pull or evidence uploads).
    static bool isPreparable(const HttpRequest &request);
    // On a read worker: the request as a prepared write, or null when it cannot be prepared
    // (any refusal, replay, conflict or side effect): the writing thread then handles it whole.
    std::shared_ptr<PreparedTicketWrite> prepare(const HttpRequest &request);
    // On the writing thread, inside the batch: the answer, or nullopt (nothing written) when the
    // ticket moved on or the key was used meanwhile.
    std::optional<HttpResponse> applyPrepared(PreparedTicketWrite &write);
    void enqueueWrite(PendingWrite incoming);
    static void checkRequestText(const HttpRequest &request);
    static QString validIdempotencyKey(const HttpRequest &request); // empty when there is none
    static QString requestHash(const HttpRequest &request);
    bool keyUsed(const QString &userId, const QString &key);
    void recordKey(const QString &userId, const QString &key, const QString &requestHash, const HttpResponse &response,
                   const QString &headersJson);
    static constexpr qsizetype kMaxBatchWithFlusher = 16;
    // Routes one parsed request: behind an earlier one of its connection still being answered,
    // into the write batch, to a read worker, or answered here and now.
    void dispatch(PendingWrite incoming);
    void readAnswered(const PendingWrite &request, const HttpResponse &response);
    // Answers a committed batch (with a log flusher: once it is on disk; ok false: the flush
    // failed) and lets its connections go on.
    // batchedUs, committedUs: when the batch's transaction began and ended (write timings).
    void answerBatch(const QList<PendingWrite> &batch, const QList<HttpResponse> &responses, bool ok, qint64 batchedUs,
                     qint64 committedUs);
    // The connection's answer is out: what it sent meanwhile is dispatched, in order.
    void release(QTcpSocket *connection);
    static constexpr qint64 kIdempotencyRetentionMs = 7LL * 24 * 3600 * 1000;
    void expireIdempotencyKeys();
    void flushWrites();
    static void send(QHttpServerResponder &&responder, const HttpResponse &response);

    void addRoutes();
    void addTicketRoutes();
    void addWorkflowRoutes();
    void addOtherRoutes();

    Caller authenticate(const HttpRequest &request);
    Caller requireRole(const HttpRequest &request, std::initializer_list<Role> roles);
    void refuse(const Caller &caller, const HttpRequest &request, const ApiError &error); // audits, then throws
    QJsonObject readJsonBody(const HttpRequest &request) const;
    HttpResponse ticketWrite(const HttpRequest &request, const QString &ticketId, const Caller &caller,
                             const QString &action, const WriteOptions &options, const Mutation &mutate);
    HttpResponse idempotent(const HttpRequest &request, const Caller &caller, bool requireKey,
                            const std::function<HttpResponse()> &work);
    static void enforce(const Decision &decision);

    // Rendered ticket details by id, reused while the version is unchanged and the rendering is
    // younger than kDetailCacheMs (only cross-ticket duplicate hints and clocks can age in it).
    struct CachedDetail
    {
        qint64 version;
        qint64 renderedAtMs;
        QByteArray body;
    };
    static constexpr qint64 kDetailCacheMs = 2000;
    QHash<QString, CachedDetail> m_detailCache;

    RuleSet m_rules;
    ServerOptions m_options;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<TicketStore> m_tickets;
    EvidenceInspector m_inspector;
    Router m_router;
    std::unique_ptr<QHttpServer> m_http;
    std::optional<QSslConfiguration> m_tls;
    quint16 m_port = 0;
    bool m_groupCommit = true;
    bool m_batching = false;
    int m_lastBatchSize = 0;
    struct WriteTimings
    {
        QFile file;
        QElapsedTimer clock;
        int unflushed = 0;
    };
    std::unique_ptr<WriteTimings> m_timings; // ServerOptions::writeTimingsPath, listening server only
    qint64 timingNow() const { return m_timings ? m_timings->clock.nsecsElapsed() / 1000 : -1; }
    QList<PendingWrite> m_pending;
    QSet<QTcpSocket *> m_socketsWithPending; // their later requests queue behind, keeping order
    PreparedCounts m_preparedCounts;
    std::function<void()> m_afterNextPrepare; // guarded by m_hookMutex
    QMutex m_hookMutex;
    bool m_preparing = false;                        // inside prepare(): ticketWrite plans, never writes
    std::shared_ptr<PreparedTicketWrite> m_prepared; // what prepare() hands back
    QList<DeferredAudit> m_deferredAudit;    // refusals inside a batch, kept past the savepoint rollback
    std::vector<std::unique_ptr<ReadWorker>> m_readers;
    std::unique_ptr<WalSyncer> m_walSyncer;         // SQLite while listening: log flushes off this thread
    std::unique_ptr<WalCheckpointer> m_checkpointer; // and checkpoints
    // Connections with a request at a read worker or a write waiting for its log flush: their
    // later requests wait here, in order (a pipelining client gets its answers in the order it
    // asked, and never a read that overtakes its own write).
    QHash<QTcpSocket *, QList<PendingWrite>> m_busy;
};

} // namespace wd::server
