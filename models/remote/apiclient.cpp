#include "apiclient.h"

#include "userdirectoryjob.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslError>
#include <QUuid>

namespace wd::remote {

namespace {

using Kind = ApiError::Kind;

const QStringList &writeActions()
{
    static const QStringList actions{QStringLiteral("transitions"), QStringLiteral("notes"), QStringLiteral("verdict"),
                                     QStringLiteral("approval"),    QStringLiteral("executions"), QStringLiteral("notifications"),
                                     QStringLiteral("appeals"),     QStringLiteral("appeal-decision"), QStringLiteral("waivers")};
    return actions;
}

// Errors that only say "nobody vouches for this certificate". A pin vouches for it; an expired,
// revoked or malformed certificate stays refused even when pinned.
bool isTrustError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch: // the pin names the certificate itself, whatever host it claims
        return true;
    default:
        return false;
    }
}

template <typename E>
QString joinedNames(const QList<E> &values)
{
    QStringList names;
    for (E value : values)
        names << QString::fromLatin1(QUrl::toPercentEncoding(enumName(value)));
    return names.join(QLatin1Char(','));
}

QString joinedSla(const QList<SlaState> &values)
{
    QStringList names;
    for (SlaState value : values)
        names << slaStateName(value);
    return names.join(QLatin1Char(','));
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network)
{
    qRegisterMetaType<wd::remote::CertificateProblem>();
    qRegisterMetaType<wd::remote::ApiError>();
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

void ApiClient::setPinnedSha256(const QByteArray &hex)
{
    m_pinnedSha256 = normalizeFingerprint(hex);
    // Connections already open were accepted under the old pin.
    m_network->clearConnectionCache();
}

QByteArray ApiClient::normalizeFingerprint(const QByteArray &hex)
{
    QByteArray out;
    for (char c : hex) {
        if (c == ':' || c == ' ')
            continue;
        out += char(QChar::fromLatin1(c).toLower().toLatin1());
    }
    static const QRegularExpression sha256Hex(QStringLiteral("^[0-9a-f]{64}$"));
    return sha256Hex.match(QString::fromLatin1(out)).hasMatch() ? out : QByteArray();
}

QByteArray ApiClient::fingerprintOf(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256).toHex();
}

QString ApiClient::newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool ApiClient::isValidId(const QString &id)
{
    // The server's own rule for ids in paths; checked here so that no id can steer the path.
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return idPattern.match(id).hasMatch() && !id.contains(QLatin1String(".."));
}

ApiError ApiClient::invalidId(const QString &id, const QString &field)
{
    return ApiError::make(Kind::Validation, QStringLiteral("invalid_id"),
                          QStringLiteral("\"%1\" is not a valid id (1-64 of A-Z a-z 0-9 . _ -)").arg(id.left(64)), field);
}

void ApiClient::refuse(ApiJob *job, const ApiError &error)
{
    connect(job, &ApiJob::finished, this, [this, job] { onJobFinished(job); });
    job->finishWithoutRequest(error);
}

void ApiClient::send(ApiJob *job, const Request &request)
{
    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty()
        || (m_baseUrl.scheme() != QLatin1String("https") && m_baseUrl.scheme() != QLatin1String("http"))) {
        refuse(job, ApiError::make(Kind::Unreachable, QStringLiteral("no_server"),
                                   QStringLiteral("no valid server address is set (http:// or https://)")));
        return;
    }
    connect(job, &ApiJob::finished, this, [this, job] { onJobFinished(job); });
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + QStringLiteral("/api/v1") + request.path);
    if (!request.query.isEmpty()) {
        QStringList items;
        for (const auto &item : request.query)
            items << item.first + QLatin1Char('=') + item.second; // values arrive percent-encoded
        url.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
    }
    QNetworkRequest r(url);
    r.setTransferTimeout(m_timeoutMs);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    r.setRawHeader("Accept", "application/json, application/problem+json");
    if (request.jsonBody)
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty() && !request.isLogin)
        r.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (const auto &h : request.headers)
        r.setRawHeader(h.first, h.second);
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        // With a pin, no authority vouches for anything: every certificate comes to onSslErrors
        // during the handshake, before a byte of the request is sent, and only the pinned one
        // passes there.
        if (!m_pinnedSha256.isEmpty())
            tls.setCaCertificates({});
        r.setSslConfiguration(tls);
    }
    QNetworkReply *reply = m_network->sendCustomRequest(r, request.method, request.body);
    job->start(reply, request.method, request.maxBytes, request.isLogin);
    connect(reply, &QNetworkReply::sslErrors, job, [this, job, reply](const QList<QSslError> &errors) {
        onSslErrors(job, reply, errors);
    });
    connect(reply, &QNetworkReply::encrypted, job, [this, job, reply] { onEncrypted(job, reply); });
}

void ApiClient::onSslErrors(ApiJob *job, QNetworkReply *reply, const QList<QSslError> &errors)
{
    QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
    for (qsizetype i = 0; certificate.isNull() && i < errors.size(); ++i)
        certificate = errors.at(i).certificate();
    const QByteArray fingerprint = fingerprintOf(certificate);
    QStringList words;
    bool onlyTrust = true;
    for (const QSslError &e : errors) {
        words << e.errorString();
        onlyTrust = onlyTrust && isTrustError(e.error());
    }
    if (!m_pinnedSha256.isEmpty() && fingerprint == m_pinnedSha256 && onlyTrust) {
        reply->ignoreSslErrors(errors); // exactly these errors, for exactly the pinned certificate
        return;
    }
    CertificateProblem problem;
    problem.host = reply->url().host();
    problem.sha256Hex = fingerprint;
    problem.errors = words;
    problem.certificate = certificate;
    problem.pinMismatch = !m_pinnedSha256.isEmpty() && fingerprint != m_pinnedSha256;
    job->noteTlsProblem(words.join(QStringLiteral("; ")));
    emit certificateProblem(problem);
}

void ApiClient::onEncrypted(ApiJob *job, QNetworkReply *reply)
{
    if (m_pinnedSha256.isEmpty())
        return;
    const QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
    const QByteArray fingerprint = fingerprintOf(certificate);
    if (fingerprint == m_pinnedSha256)
        return;
    // Not reached while send() empties the CA list for pinned requests; kept so that the pin
    // holds even if a certificate ever passes the handshake without errors.
    CertificateProblem problem;
    problem.host = reply->url().host();
    problem.sha256Hex = fingerprint;
    problem.errors = QStringList{tr("The server's certificate is not the pinned one.")};
    problem.certificate = certificate;
    problem.pinMismatch = true;
    emit certificateProblem(problem);
    job->stopForTls(problem.errors.constFirst());
}

void ApiClient::onJobFinished(ApiJob *job)
{
    if (auto *login = qobject_cast<LoginJob *>(job)) {
        if (login->ok())
            m_token = login->token();
        return;
    }
    if (job->error().isSessionProblem())
        emit sessionExpired();
}

LoginJob *ApiClient::login(const QString &user, const QString &password)
{
    Request r("POST", QStringLiteral("/auth/login"));
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("username"), user}, {QStringLiteral("password"), password}})
                 .toJson(QJsonDocument::Compact);
    r.jsonBody = true;
    r.isLogin = true;
    return start<LoginJob>(r);
}

ApiJob *ApiClient::logout()
{
    ApiJob *job = start<ApiJob>(Request("POST", QStringLiteral("/auth/logout")));
    // The token is gone either way: signed out, or already not valid.
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->ok() || job->error().isSessionProblem())
            m_token.clear();
    });
    return job;
}

TicketPageJob *ApiClient::listTickets(const QueueQuery &q)
{
    Request r("GET", QStringLiteral("/tickets"), kPageAnswerBytes);
    auto add = [&r](const char *key, const QString &encodedValue) {
        if (!encodedValue.isEmpty())
            r.query << qMakePair(QString::fromLatin1(key), encodedValue);
    };
    auto encoded = [](const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); };
    add("step", joinedNames(q.steps));
    add("status", joinedNames(q.statuses));
    add("category", joinedNames(q.categories));
    add("liable_party", joinedNames(q.liableParties));
    add("product_type", joinedNames(q.productTypes));
    QStringList merchants;
    for (const QString &m : q.merchants)
        merchants << encoded(m);
    add("merchant", merchants.join(QLatin1Char(',')));
    add("sla", joinedSla(q.sla));
    add("assignee", encoded(q.assignee));
    add("q", encoded(q.text));
    add("sort", encoded(q.sort));
    if (q.limit > 0)
        add("limit", QString::number(q.limit));
    add("cursor", encoded(q.cursor));
    return start<TicketPageJob>(r);
}

TicketPageJob *ApiClient::changesSince(const QString &cursor, int limit)
{
    Request r("GET", QStringLiteral("/tickets"), kPageAnswerBytes);
    r.query << qMakePair(QStringLiteral("updated_since"),
                         cursor.isEmpty() ? QStringLiteral("0") : QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    if (limit > 0)
        r.query << qMakePair(QStringLiteral("limit"), QString::number(limit));
    return start<TicketPageJob>(r);
}

TicketDetailJob *ApiClient::ticket(const QString &id)
{
    if (!isValidId(id))
        return start<TicketDetailJob>(invalidId(id, QStringLiteral("id")));
    return start<TicketDetailJob>(Request("GET", QStringLiteral("/tickets/") + id, kDetailAnswerBytes));
}

PullJob *ApiClient::pull(const QString &idempotencyKey)
{
    Request r("POST", QStringLiteral("/tickets/pull"), kDetailAnswerBytes);
    if (!idempotencyKey.isEmpty())
        r.headers << qMakePair(QByteArray("Idempotency-Key"), idempotencyKey.toLatin1());
    return start<PullJob>(r);
}

WriteJob *ApiClient::lease(const QString &id, const QString &action, const QString &idempotencyKey)
{
    return write(id, action, {}, 0, idempotencyKey);
}

WriteJob *ApiClient::claim(const QString &id, const QString &idempotencyKey)
{
    return lease(id, QStringLiteral("claim"), idempotencyKey);
}

WriteJob *ApiClient::renew(const QString &id, const QString &idempotencyKey)
{
    return lease(id, QStringLiteral("renew"), idempotencyKey);
}

WriteJob *ApiClient::release(const QString &id, const QString &idempotencyKey)
{
    return lease(id, QStringLiteral("release"), idempotencyKey);
}

WriteJob *ApiClient::write(const QString &ticketId, const QString &action, const QJsonObject &body, qint64 ifMatch,
                           const QString &idempotencyKey)
{
    if (!isValidId(ticketId))
        return start<WriteJob>(invalidId(ticketId, QStringLiteral("id")));
    const bool isLease = action == QLatin1String("claim") || action == QLatin1String("renew") || action == QLatin1String("release");
    if (!action.isEmpty() && !isLease && !writeActions().contains(action)) {
        return start<WriteJob>(ApiError::make(Kind::Validation, QStringLiteral("invalid_action"),
                                                QStringLiteral("\"%1\" is not a ticket write").arg(action.left(64)),
                                                QStringLiteral("action")));
    }
    // A 412 carries the whole current ticket.
    Request r(action.isEmpty() ? QByteArray("PATCH") : QByteArray("POST"),
              QStringLiteral("/tickets/") + ticketId + (action.isEmpty() ? QString() : QLatin1Char('/') + action), kDetailAnswerBytes);
    if (!isLease) { // leases take no body
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        r.jsonBody = true;
    }
    if (ifMatch > 0)
        r.headers << qMakePair(QByteArray("If-Match"), QByteArray('"' + QByteArray::number(ifMatch) + '"'));
    if (!idempotencyKey.isEmpty())
        r.headers << qMakePair(QByteArray("Idempotency-Key"), idempotencyKey.toLatin1());
    return start<WriteJob>(r);
}

EvidenceContentJob *ApiClient::evidenceContent(const QString &contentId, const QByteArray &expectedSha256Hex)
{
    if (!isValidId(contentId))
        return start<EvidenceContentJob>(invalidId(contentId, QStringLiteral("content_id")));
    const QByteArray expected = normalizeFingerprint(expectedSha256Hex);
    if (!expectedSha256Hex.isEmpty() && expected.isEmpty()) {
        return start<EvidenceContentJob>(ApiError::make(Kind::Validation, QStringLiteral("invalid_sha256"),
                                                          QStringLiteral("the expected SHA-256 is not 64 hex digits"),
                                                          QStringLiteral("sha256")));
    }
    auto *job = new EvidenceContentJob(this);
    job->m_expectedSha256 = expected;
    send(job, Request("GET", QStringLiteral("/evidence/%1/content").arg(contentId), kEvidenceAnswerBytes));
    return job;
}

RulesJob *ApiClient::rules()
{
    return start<RulesJob>(Request("GET", QStringLiteral("/rules")));
}

ApiJob *ApiClient::stats()
{
    return start<ApiJob>(Request("GET", QStringLiteral("/stats")));
}

UserDirectoryJob *ApiClient::users()
{
    return start<UserDirectoryJob>(Request("GET", QStringLiteral("/users")));
}

} // namespace wd::remote
