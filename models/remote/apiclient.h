#pragma once
// The workstation's client of the central server's REST API (docs/api.md, docs/client.md): one
// job per request over one injected QNetworkAccessManager, bearer token, transfer timeouts,
// per-endpoint answer size limits, TLS 1.2 or newer with an optional pinned certificate.

#include "apijobs.h"

#include "clocks.h"
#include "enums.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <type_traits>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

namespace wd::remote {

class UserDirectoryJob;

// The filters, sort and page of GET /tickets. Empty lists mean "any".
struct QueueQuery
{
    QList<Step> steps;
    QList<Status> statuses;
    QList<Category> categories;
    QList<LiableParty> liableParties;
    QList<ProductType> productTypes;
    QStringList merchants;   // merchant ids
    QList<SlaState> sla;     // ok, warning, breached, paused, met
    QString assignee;        // "me", "none" or a user id; empty: anyone
    QString text;            // `q`: substring of id, order, customer, merchant, product, description, notes
    QString sort;            // "sla" (default), "submitted", "updated", "amount"; "-" prefix: descending
    int limit = 0;           // 1..500; 0: the server's default (50)
    QString cursor;          // next_cursor of the previous page
};

// A certificate the client did not accept, for the UI to show (and maybe to pin).
struct CertificateProblem
{
    QString host;
    QByteArray sha256Hex;   // lower-case hex of the certificate's SHA-256 (what setPinnedSha256 takes)
    QStringList errors;     // the TLS errors in words
    QSslCertificate certificate;
    bool pinMismatch = false; // a pin is set and this is not the pinned certificate
};

class ApiClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 15000;
    // Answer size limits, enforced while reading.
    static constexpr qsizetype kSmallAnswerBytes = 1024 * 1024;        // sign-in, writes, rules, stats
    static constexpr qsizetype kPageAnswerBytes = 4 * 1024 * 1024;     // a queue page (at most 500 rows)
    static constexpr qsizetype kDetailAnswerBytes = 8 * 1024 * 1024;   // a detail, and a 412 carrying one
    static constexpr qsizetype kEvidenceAnswerBytes = 11 * 1024 * 1024; // the server's 10 MiB + a margin

    // The client never owns the manager: the application shares one.
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    // The server root, e.g. https://wd.example:8470; the client adds /api/v1.
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    // No byte moving for this long fails the request with Kind::Timeout.
    void setTimeout(int ms) { m_timeoutMs = qMax(1, ms); }
    int timeout() const { return m_timeoutMs; }
    // Hex SHA-256 of the one certificate to accept even when it is self-signed or otherwise
    // untrusted (colons and case do not matter); empty: only certificates the system trusts.
    // With a pin set, any other certificate is refused, trusted or not.
    void setPinnedSha256(const QByteArray &hex);
    QByteArray pinnedSha256() const { return m_pinnedSha256; }

    static QByteArray normalizeFingerprint(const QByteArray &hex); // "D8:BA:..." -> "d8ba..."; empty if not 64 hex digits
    static QByteArray fingerprintOf(const QSslCertificate &certificate);
    static QString newIdempotencyKey();

    // Jobs are children of the client; delete them with deleteLater() after finished().
    LoginJob *login(const QString &user, const QString &password);
    ApiJob *logout();
    TicketPageJob *listTickets(const QueueQuery &query);
    // Tickets changed after `cursor` ("" or "0": from the start), oldest change first.
    TicketPageJob *changesSince(const QString &cursor, int limit = 0);
    TicketDetailJob *ticket(const QString &id);
    PullJob *pull(const QString &idempotencyKey = {});
    WriteJob *claim(const QString &id, const QString &idempotencyKey);
    WriteJob *renew(const QString &id, const QString &idempotencyKey);
    WriteJob *release(const QString &id, const QString &idempotencyKey);
    // action: "transitions", "notes", "verdict", "approval", "executions", "notifications",
    // "appeals", "appeal-decision", "waivers", or "" for PATCH /tickets/{id}; also "claim",
    // "renew", "release" (their body is not sent), so that an outbox needs one call for all.
    WriteJob *write(const QString &ticketId, const QString &action, const QJsonObject &body, qint64 ifMatch,
                    const QString &idempotencyKey);
    EvidenceContentJob *evidenceContent(const QString &contentId, const QByteArray &expectedSha256Hex = {});
    RulesJob *rules();
    ApiJob *stats();
    UserDirectoryJob *users(); // GET /users (userdirectoryjob.h)

signals:
    // A request was refused because the session is over (401 outside sign-in): sign in again.
    void sessionExpired();
    // The server's certificate was not accepted; the request failed with Kind::Tls.
    void certificateProblem(const wd::remote::CertificateProblem &problem);

private:
    struct Request
    {
        Request(QByteArray m, QString p, qsizetype limit = kSmallAnswerBytes) : method(std::move(m)), path(std::move(p)), maxBytes(limit) {}
        QByteArray method;
        QString path;         // below /api/v1
        QList<QPair<QString, QString>> query;
        QByteArray body;
        bool jsonBody = false;
        QList<QPair<QByteArray, QByteArray>> headers;
        qsizetype maxBytes = kSmallAnswerBytes;
        bool isLogin = false;
    };
    // Makes a job and starts it: with a request to send, or with an error to finish with from
    // the event loop (a request the client refuses itself).
    template <typename Job, typename What>
    Job *start(const What &what)
    {
        auto *job = new Job(this);
        if constexpr (std::is_same_v<What, ApiError>)
            refuse(job, what);
        else
            send(job, what);
        return job;
    }
    void send(ApiJob *job, const Request &request);
    void refuse(ApiJob *job, const ApiError &error);
    static bool isValidId(const QString &id);
    static ApiError invalidId(const QString &id, const QString &field);
    WriteJob *lease(const QString &id, const QString &action, const QString &idempotencyKey);
    void onSslErrors(ApiJob *job, QNetworkReply *reply, const QList<QSslError> &errors);
    void onEncrypted(ApiJob *job, QNetworkReply *reply);
    void onJobFinished(ApiJob *job);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = kDefaultTimeoutMs;
    QByteArray m_pinnedSha256;
};

} // namespace wd::remote

Q_DECLARE_METATYPE(wd::remote::CertificateProblem)
