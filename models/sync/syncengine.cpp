#include "syncengine.h"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace wd::sync {

using remote::ApiError;

namespace {

QJsonObject errorJson(const ApiError &error)
{
    QJsonObject o{{QStringLiteral("kind"), ApiError::kindName(error.kind)},
                  {QStringLiteral("status"), error.httpStatus},
                  {QStringLiteral("code"), error.code},
                  {QStringLiteral("title"), error.title}};
    if (!error.field.isEmpty())
        o.insert(QStringLiteral("field"), error.field);
    if (!error.guard.isEmpty())
        o.insert(QStringLiteral("guard"), error.guard);
    if (!error.reasonZh.isEmpty())
        o.insert(QStringLiteral("reason_zh"), error.reasonZh);
    if (!error.missing.isEmpty())
        o.insert(QStringLiteral("missing"), QJsonArray::fromStringList(error.missing));
    if (error.currentVersion)
        o.insert(QStringLiteral("current_version"), error.currentVersion);
    if (!error.detail.isEmpty())
        o.insert(QStringLiteral("detail"), error.detail);
    return o;
}

} // namespace

SyncEngine::SyncEngine(store::LocalStore &store, remote::ApiClient &client, QObject *parent)
    : QObject(parent), m_store(store), m_tickets(store), m_cases(store), m_outbox(store), m_client(client)
{
    connect(&m_indexBuilder, &SearchIndexBuilder::searchIndexReady, this, &SyncEngine::searchIndexReady);
    connect(&m_indexBuilder, &SearchIndexBuilder::finished, this, &SyncEngine::searchIndexFinished);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::flush);
    m_pullSoon.setSingleShot(true);
    m_pullSoon.setInterval(250);
    connect(&m_pullSoon, &QTimer::timeout, this, &SyncEngine::syncNow);
    const QString last = m_store.meta(QStringLiteral("last_sync"));
    if (!last.isEmpty())
        m_lastSync = QDateTime::fromMSecsSinceEpoch(last.toLongLong(), Qt::UTC);
    refreshCounts();
}

SyncEngine::~SyncEngine()
{
    // Jobs still on the wire are the client's children; their answers must not reach a dead engine.
    for (remote::ApiJob *job : std::as_const(m_inFlight))
        job->disconnect(this);
    if (m_pullJob)
        m_pullJob->disconnect(this);
}

void SyncEngine::setPollInterval(int onlineMs, int offlineMs)
{
    m_pollOnlineMs = onlineMs;
    m_pollOfflineMs = offlineMs;
}

void SyncEngine::setRetryDelays(int firstMs, int maxMs)
{
    m_retryFirstMs = firstMs;
    m_retryMaxMs = maxMs;
}

void SyncEngine::setMaxInFlight(int writes)
{
    m_maxInFlight = qMax(1, writes);
}

void SyncEngine::setPageSize(int tickets)
{
    m_pageSize = qBound(1, tickets, 500);
}

void SyncEngine::start()
{
    m_started = true;
    syncNow();
    flush();
}

void SyncEngine::stop()
{
    m_started = false;
    m_pollTimer.stop();
    m_retryTimer.stop();
    m_pullSoon.stop();
}

store::OutboxEntry SyncEngine::record(const QString &ticketId, const QString &action, const QJsonObject &body,
                                      qint64 baseVersion, const QString &label)
{
    const store::OutboxEntry entry = m_outbox.enqueue(ticketId, action, body, baseVersion, label,
                                                      QDateTime::currentDateTimeUtc());
    refreshCounts();
    emit ticketsChanged({ticketId});
    QTimer::singleShot(0, this, &SyncEngine::flush);
    return entry;
}

void SyncEngine::discard(qint64 seq)
{
    const auto entry = m_outbox.entry(seq);
    m_outbox.discard(seq, QDateTime::currentDateTimeUtc());
    refreshCounts();
    if (entry)
        emit ticketsChanged({entry->ticketId});
    flush();
}

void SyncEngine::retryOnVersion(qint64 seq, qint64 version)
{
    const auto entry = m_outbox.entry(seq);
    m_outbox.retryOnVersion(seq, version);
    refreshCounts();
    if (entry)
        emit ticketsChanged({entry->ticketId});
    flush();
}

void SyncEngine::resumeAfterSignIn()
{
    m_sessionPaused = false;
    syncNow();
    flushNow();
}

void SyncEngine::flushNow()
{
    // Back-off applies to automatic retries; the agent (or a reconnect) may ask for one now.
    m_outbox.makeAllDue();
    flush();
}

// ---- pull ----

void SyncEngine::syncNow()
{
    if (m_sessionPaused)
        return;
    if (m_pullJob) {
        m_pullAgain = true; // a change arrived while pulling: go round once more at the end
        return;
    }
    m_pollTimer.stop();
    m_received = 0;
    setConnectivity(Connectivity::Syncing);
    try {
        // A first sync into an empty cache builds the search index once at its end.
        m_tickets.deferSearchIfEmpty();
    } catch (const store::StoreError &e) {
        qWarning("sync: %s", qPrintable(e.message()));
    }
    requestPage();
}

void SyncEngine::cancelPull()
{
    if (!m_pullJob)
        return;
    m_pullJob->disconnect(this);
    m_pullJob->abort();
    m_pullJob->deleteLater();
    m_pullJob = nullptr;
    m_pullAgain = false;
    setConnectivity(m_inFlight.isEmpty() ? Connectivity::Online : Connectivity::Syncing);
    emit pullFinished(false);
    if (m_started)
        m_pollTimer.start(m_pollOnlineMs);
}

void SyncEngine::cancelEvidenceDownloads()
{
    const auto jobs = m_evidenceInFlight.values();
    for (const QPointer<remote::ApiJob> &job : jobs) {
        if (job)
            job->abort();
    }
}

void SyncEngine::requestPage()
{
    const QString cursor = m_store.meta(QStringLiteral("cursor"), QStringLiteral("0"));
    m_pullJob = m_client.changesSince(cursor, m_pageSize);
    remote::TicketPageJob *job = m_pullJob;
    connect(job, &remote::ApiJob::finished, this, [this, job] { onPage(job); });
}

void SyncEngine::onPage(remote::TicketPageJob *job)
{
    job->deleteLater();
    if (job != m_pullJob)
        return;
    m_pullJob = nullptr;
    if (!job->ok()) {
        noteNetworkResult(job->error());
        if (job->error().isSessionProblem()) {
            m_sessionPaused = true;
            emit sessionExpired();
        }
        emit pullFinished(false);
        if (m_started && !m_sessionPaused)
            m_pollTimer.start(m_pollOfflineMs);
        return;
    }
    const QList<remote::TicketSummary> items = job->items();
    const QString next = job->nextCursor();
    const bool more = job->hasMore() && !items.isEmpty();
    // Ask for the next page before storing this one: the server works while we write.
    if (more) {
        m_pullJob = m_client.changesSince(next, m_pageSize);
        remote::TicketPageJob *nextJob = m_pullJob;
        connect(nextJob, &remote::ApiJob::finished, this, [this, nextJob] { onPage(nextJob); });
    }
    QStringList ids;
    ids.reserve(items.size());
    try {
        // Relaxed: a page lost to a power cut goes with its cursor, and the next pull fetches it again.
        m_store.write([&] {
            m_tickets.upsert(items);
            if (!next.isEmpty())
                m_store.setMeta(QStringLiteral("cursor"), next);
        }, store::LocalStore::Durability::Relaxed);
    } catch (const store::StoreError &e) {
        qWarning("sync: a page could not be stored: %s", qPrintable(e.message()));
        if (m_pullJob) {
            m_pullJob->disconnect(this);
            m_pullJob->abort();
            m_pullJob = nullptr;
        }
        emit pullFinished(false);
        return;
    }
    for (const auto &s : items)
        ids << s.id;
    m_received += int(items.size());
    noteNetworkResult(ApiError());
    if (!ids.isEmpty()) {
        emit ticketsChanged(ids);
        emit pullProgress(m_received);
    }
    if (more)
        return;
    try {
        // A first sync deferred the search index: it is built in the background from here on
        // (searches scan the table until it is complete); an interrupted build carries on.
        if (m_tickets.searchIndexPending())
            m_indexBuilder.start(m_store.path());
    } catch (const store::StoreError &e) {
        qWarning("sync: %s", qPrintable(e.message()));
    }
    m_lastSync = QDateTime::currentDateTimeUtc();
    m_store.setMeta(QStringLiteral("last_sync"), QString::number(m_lastSync.toMSecsSinceEpoch()));
    setConnectivity(Connectivity::Online);
    emit pullFinished(true);
    if (m_pullAgain) {
        m_pullAgain = false;
        syncNow();
        return;
    }
    if (m_started)
        m_pollTimer.start(m_pollOnlineMs);
    flush();
}

// ---- details and evidence ----

void SyncEngine::fetchDetail(const QString &ticketId)
{
    if (m_detailsInFlight.contains(ticketId)) {
        // The one in flight may have been answered before whatever asks now (a confirmed write):
        // fetched again when it ends, once however often it was asked meanwhile.
        m_detailsAgain.insert(ticketId);
        return;
    }
    m_detailsInFlight.insert(ticketId);
    remote::TicketDetailJob *job = m_client.ticket(ticketId);
    connect(job, &remote::ApiJob::finished, this, [this, job, ticketId] {
        job->deleteLater();
        m_detailsInFlight.remove(ticketId);
        if (m_detailsAgain.remove(ticketId))
            QTimer::singleShot(0, this, [this, ticketId] { fetchDetail(ticketId); });
        if (!job->ok()) {
            noteNetworkResult(job->error());
            emit detailFailed(ticketId, job->error());
            return;
        }
        noteNetworkResult(ApiError());
        try {
            m_cases.storeDetail(ticketId, job->detail().version, job->detail().raw, QDateTime::currentDateTimeUtc());
        } catch (const store::StoreError &e) {
            ApiError error = ApiError::make(ApiError::Kind::Protocol, QStringLiteral("cache_failed"), e.message());
            emit detailFailed(ticketId, error);
            return;
        }
        emit detailArrived(ticketId);
    });
}

void SyncEngine::fetchEvidence(const QString &ticketId, const QString &evidenceId, const QString &contentId,
                               const QString &sha256Hex)
{
    const QString key = ticketId + QLatin1Char('/') + evidenceId;
    if (m_evidenceInFlight.contains(key))
        return;
    remote::EvidenceContentJob *job = m_client.evidenceContent(contentId, sha256Hex.toLatin1());
    m_evidenceInFlight.insert(key, job);
    emit evidenceDownloadsChanged(int(m_evidenceInFlight.size()));
    connect(job, &remote::ApiJob::finished, this, [this, job, ticketId, evidenceId, sha256Hex, key] {
        job->deleteLater();
        m_evidenceInFlight.remove(key);
        emit evidenceDownloadsChanged(int(m_evidenceInFlight.size()));
        if (!job->ok()) {
            noteNetworkResult(job->error());
            emit evidenceFailed(ticketId, evidenceId, job->error());
            return;
        }
        noteNetworkResult(ApiError());
        // Cached per ticket: evidence ids are only unique within their case file.
        bool stored = false;
        try {
            stored = m_cases.storeEvidence(key, ticketId, sha256Hex, job->mediaType(), job->bytes());
        } catch (const store::StoreError &e) {
            qWarning("sync: evidence %s could not be cached: %s", qPrintable(key), qPrintable(e.message()));
        }
        emit evidenceArrived(ticketId, evidenceId, stored);
    });
}

// ---- push ----

void SyncEngine::flush()
{
    if (m_sessionPaused)
        return;
    m_retryTimer.stop();
    if (m_inFlight.size() < m_maxInFlight) {
        const QList<store::OutboxEntry> ready =
            m_outbox.ready(QDateTime::currentDateTimeUtc(), m_maxInFlight + int(m_inFlight.size()));
        for (const store::OutboxEntry &entry : ready) {
            if (m_inFlight.size() >= m_maxInFlight)
                break;
            if (!m_inFlight.contains(entry.ticketId))
                send(entry);
        }
    }
    if (m_inFlight.isEmpty())
        scheduleRetry();
}

void SyncEngine::send(const store::OutboxEntry &entry)
{
    remote::ApiJob *job = nullptr;
    if (entry.action == QLatin1String("claim"))
        job = m_client.claim(entry.ticketId, entry.idempotencyKey);
    else if (entry.action == QLatin1String("renew"))
        job = m_client.renew(entry.ticketId, entry.idempotencyKey);
    else if (entry.action == QLatin1String("release"))
        job = m_client.release(entry.ticketId, entry.idempotencyKey);
    else
        job = m_client.write(entry.ticketId, entry.action == QLatin1String("patch") ? QString() : entry.action, entry.body,
                             m_outbox.ifMatchFor(entry), entry.idempotencyKey);
    m_inFlight.insert(entry.ticketId, job);
    if (m_connectivity != Connectivity::Syncing && m_connectivity != Connectivity::Offline)
        setConnectivity(Connectivity::Syncing);
    connect(job, &remote::ApiJob::finished, this, [this, job, entry] { onWriteFinished(job, entry); });
}

void SyncEngine::onWriteFinished(remote::ApiJob *job, const store::OutboxEntry &entry)
{
    job->deleteLater();
    m_inFlight.remove(entry.ticketId);
    const ApiError error = job->error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    try {
        if (job->ok()) {
            const QJsonObject envelope = job->json();
            // One transaction: a crash never leaves the write done but the ticket's version stale
            // (the next write would be based on it).
            m_store.write([&] {
                m_outbox.markDone(entry.seq, envelope.value(QStringLiteral("version")).toInteger(), envelope, now);
                applyWriteEnvelope(entry.ticketId, envelope);
            });
            noteNetworkResult(ApiError());
            refreshCounts();
            emit writeConfirmed(entry.seq, entry.ticketId);
            emit ticketsChanged({entry.ticketId});
            m_pullSoon.start();
        } else if (error.isSessionProblem()) {
            // Not the write's fault: it stays queued, unchanged, until the agent signs in again.
            m_sessionPaused = true;
            emit sessionExpired();
        } else if (error.isRetryable()) {
            noteNetworkResult(error);
            const int delay = error.retryAfterSeconds > 0 ? error.retryAfterSeconds * 1000 : backoffMs(entry.attempts);
            m_outbox.markRetry(entry.seq, now.addMSecs(delay), errorJson(error));
        } else {
            noteNetworkResult(ApiError());
            const bool conflict = error.kind == ApiError::Kind::VersionConflict || error.kind == ApiError::Kind::Conflict;
            m_outbox.markBlocked(entry.seq, conflict ? store::OutboxState::Conflict : store::OutboxState::Failed,
                                 errorJson(error));
            refreshCounts();
            emit writeBlocked(entry.seq, entry.ticketId, error);
            emit ticketsChanged({entry.ticketId});
        }
    } catch (const store::StoreError &e) {
        // The answer could not be noted; the write stays queued and its retry replays the answer.
        qWarning("sync: the outcome of write %lld could not be stored: %s", entry.seq, qPrintable(e.message()));
    }
    if (m_inFlight.isEmpty() && m_connectivity == Connectivity::Syncing && !m_pullJob)
        setConnectivity(Connectivity::Online);
    flush();
}

void SyncEngine::applyWriteEnvelope(const QString &ticketId, const QJsonObject &envelope)
{
    const qint64 version = envelope.value(QStringLiteral("version")).toInteger();
    if (version <= 0)
        return;
    const QJsonValue step = envelope.value(QStringLiteral("step"));
    m_tickets.applyConfirmedWrite(ticketId, version, envelope.value(QStringLiteral("holder")).toString(),
                                  step.isString() ? step.toString() : QString(), envelope.value(QStringLiteral("status")).toString());
}

void SyncEngine::scheduleRetry()
{
    const auto due = m_outbox.nextDue();
    if (!due)
        return;
    const qint64 wait = qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(*due));
    m_retryTimer.start(int(qMin<qint64>(wait, m_retryMaxMs)));
}

int SyncEngine::backoffMs(int attempts) const
{
    // Exponential with full jitter in the upper half: first retry after ~first, then doubling.
    const qint64 ceiling = qMin<qint64>(qint64(m_retryFirstMs) << qMin(attempts, 20), m_retryMaxMs);
    const qint64 half = ceiling / 2;
    return int(half + QRandomGenerator::global()->bounded(qMax<qint64>(1, ceiling - half)));
}

// ---- state ----

void SyncEngine::noteNetworkResult(const ApiError &error)
{
    const bool networkDown = error.kind == ApiError::Kind::Unreachable || error.kind == ApiError::Kind::Timeout;
    if (networkDown) {
        setConnectivity(Connectivity::Offline);
        if (m_started && !m_pollTimer.isActive() && !m_pullJob)
            m_pollTimer.start(m_pollOfflineMs);
        return;
    }
    if (m_connectivity == Connectivity::Offline) {
        // Back online: whatever waited for the network goes now.
        setConnectivity(m_pullJob || !m_inFlight.isEmpty() ? Connectivity::Syncing : Connectivity::Online);
        QTimer::singleShot(0, this, &SyncEngine::flushNow);
    }
}

void SyncEngine::setConnectivity(Connectivity connectivity)
{
    if (m_connectivity == connectivity)
        return;
    m_connectivity = connectivity;
    emit connectivityChanged(connectivity);
}

void SyncEngine::refreshCounts()
{
    const int pending = m_outbox.pendingCount();
    const int blocked = m_outbox.blockedCount();
    if (pending == m_pending && blocked == m_blocked)
        return;
    m_pending = pending;
    m_blocked = blocked;
    emit pendingChanged(pending, blocked);
}

} // namespace wd::sync
