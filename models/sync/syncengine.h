#pragma once
// Keeps the local cache in step with the central server and delivers the outbox.
//
// Pull: the queue arrives by the server's change cursor (`updated_since`), page after page, each
// page and the new cursor committed in one transaction, the next page already requested while
// the current one is stored. Details and evidence are fetched on demand.
// Push: every write is committed to the outbox first (see store/outbox.h), then sent in order per
// ticket, a few tickets at a time, each with its own idempotency key. Network errors, timeouts,
// 5xx and 429 are retried with exponential back-off and jitter; a stale version (412) or another
// conflict stops that ticket's writes and is raised for the agent; other refusals are surfaced and
// never retried by themselves; an expired session pauses everything until a new token is set.

#include "apiclient.h"
#include "casecache.h"
#include "localstore.h"
#include "outbox.h"
#include "searchindexbuilder.h"
#include "ticketcache.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace wd::sync {

enum class Connectivity { Offline, Online, Syncing };

class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine(store::LocalStore &store, remote::ApiClient &client, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Starts polling (and flushing whatever the outbox holds from before).
    void start();
    void stop();

    Connectivity connectivity() const { return m_connectivity; }
    int pendingCount() const { return m_pending; }
    int blockedCount() const { return m_blocked; }
    QDateTime lastSync() const { return m_lastSync; }
    bool isPulling() const { return m_pullJob != nullptr; }
    bool isBuildingSearchIndex() const { return m_indexBuilder.isRunning(); }

    // Tuning, mostly for tests and benchmarks.
    void setPollInterval(int onlineMs, int offlineMs);
    void setRetryDelays(int firstMs, int maxMs);
    void setMaxInFlight(int writes);
    void setPageSize(int tickets);

    // Commits a write to the outbox (durably) and schedules sending it. Throws store::StoreError
    // when it cannot be committed: then the write was not recorded and the UI must say so.
    store::OutboxEntry record(const QString &ticketId, const QString &action, const QJsonObject &body,
                              qint64 baseVersion, const QString &label);
    // The agent's decision on a blocked write.
    void discard(qint64 seq);
    void retryOnVersion(qint64 seq, qint64 version);

    void syncNow();                         // an incremental pull now (also the reconnect probe)
    void cancelPull();                      // stops a pull; the pages stored so far stay, the next pull goes on from there
    void flushNow();                        // try the outbox now, ignoring back-off
    void fetchDetail(const QString &ticketId);
    // Downloads evidence content (by its content id), checks it against `sha256Hex` and caches it
    // under "<ticket>/<evidence id>"; evidenceArrived(…, verified) tells whether it matched.
    void fetchEvidence(const QString &ticketId, const QString &evidenceId, const QString &contentId, const QString &sha256Hex);
    void resumeAfterSignIn();               // after a new token was set on the client
    int evidenceDownloads() const { return int(m_evidenceInFlight.size()); }
    void cancelEvidenceDownloads();         // each ends with evidenceFailed (Kind::Cancelled)

signals:
    void connectivityChanged(wd::sync::Connectivity connectivity);
    void pendingChanged(int pending, int blocked);
    void ticketsChanged(const QStringList &ticketIds);
    void pullProgress(int ticketsReceived);
    void pullFinished(bool ok);
    void detailArrived(const QString &ticketId);
    void detailFailed(const QString &ticketId, const wd::remote::ApiError &error);
    void evidenceArrived(const QString &ticketId, const QString &evidenceId, bool verified);
    void evidenceFailed(const QString &ticketId, const QString &evidenceId, const wd::remote::ApiError &error);
    void evidenceDownloadsChanged(int inFlight);
    void writeConfirmed(qint64 seq, const QString &ticketId);
    void writeBlocked(qint64 seq, const QString &ticketId, const wd::remote::ApiError &error);
    void sessionExpired();
    // The background build of the search index a first sync deferred: every ticket is now found
    // through the index; then the whole build (queue indexes too) is over.
    void searchIndexReady();
    void searchIndexFinished(bool ok);

private:
    void requestPage();
    void onPage(remote::TicketPageJob *job);
    void flush();
    void send(const store::OutboxEntry &entry);
    void onWriteFinished(remote::ApiJob *job, const store::OutboxEntry &entry);
    void scheduleRetry();
    void setConnectivity(Connectivity connectivity);
    void noteNetworkResult(const remote::ApiError &error);
    void refreshCounts();
    int backoffMs(int attempts) const;
    void applyWriteEnvelope(const QString &ticketId, const QJsonObject &envelope);

    store::LocalStore &m_store;
    store::TicketCache m_tickets;
    store::CaseCache m_cases;
    store::Outbox m_outbox;
    remote::ApiClient &m_client;

    Connectivity m_connectivity = Connectivity::Offline;
    bool m_started = false;
    bool m_sessionPaused = false;
    int m_pending = 0;
    int m_blocked = 0;
    int m_pageSize = 500;
    int m_maxInFlight = 6; // QNetworkAccessManager opens at most six connections per host
    int m_retryFirstMs = 1000;
    int m_retryMaxMs = 60000;
    int m_pollOnlineMs = 30000;
    int m_pollOfflineMs = 5000;
    int m_received = 0;
    bool m_pullAgain = false;
    QDateTime m_lastSync;
    QPointer<remote::TicketPageJob> m_pullJob;
    QHash<QString, remote::ApiJob *> m_inFlight; // ticket id -> its write on the wire
    QSet<QString> m_detailsInFlight;
    QSet<QString> m_detailsAgain; // asked for while in flight
    QHash<QString, QPointer<remote::ApiJob>> m_evidenceInFlight; // "<ticket>/<evidence id>" -> its download
    QTimer m_pollTimer;
    QTimer m_retryTimer;
    QTimer m_pullSoon; // a pull shortly after confirmed writes, coalesced
    SearchIndexBuilder m_indexBuilder; // last: stopped (its thread joined) before the rest goes
};

} // namespace wd::sync
