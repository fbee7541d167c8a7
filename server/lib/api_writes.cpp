// Writes: the Idempotency-Key (replay, reuse with another body), If-Match and the version check
// of every ticket write, and the same write prepared on a read worker and applied by the writing
// thread (see docs/architecture.md, "Writes prepared off the writing thread").

#include "apiserver.h"

#include "jsontext.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace wd::server {

QString ApiServer::validIdempotencyKey(const HttpRequest &request)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9._:-]{8,128}$"));
    const QString key = QString::fromLatin1(request.header("idempotency-key"));
    if (!key.isEmpty() && !keyPattern.match(key).hasMatch())
        throw ApiError::badRequest(QStringLiteral("idempotency_key_invalid"),
                                   QStringLiteral("an Idempotency-Key is 8-128 characters of A-Z a-z 0-9 . _ : -"),
                                   QStringLiteral("Idempotency-Key"));
    return key;
}

QString ApiServer::requestHash(const HttpRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method + ' ' + request.path.toUtf8() + '?' + request.query.toString(QUrl::FullyEncoded).toUtf8() + '\n');
    hash.addData(request.body);
    return QString::fromLatin1(hash.result().toHex());
}

namespace {
QString headersJson(const HttpResponse &response)
{
    QJsonArray headers;
    for (const auto &h : response.headers)
        headers.append(QJsonArray{QString::fromLatin1(h.first), QString::fromLatin1(h.second)});
    return QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact));
}
} // namespace

bool ApiServer::keyUsed(const QString &userId, const QString &key)
{
    return m_db->exec(QStringLiteral("SELECT 1 FROM idempotency WHERE user_id = ? AND idem_key = ?"), {userId, key}).next();
}

void ApiServer::recordKey(const QString &userId, const QString &key, const QString &requestHash, const HttpResponse &response,
                          const QString &headersJson)
{
    m_db->change(QStringLiteral("INSERT INTO idempotency (user_id, idem_key, request_hash, status, response, headers, created_at) "
                                "VALUES (?, ?, ?, ?, %1, ?, ?)").arg(m_db->textParam()),
                 {userId, key, requestHash, response.status, m_db->textValue(response.body), headersJson,
                  m_options.clock().toMSecsSinceEpoch()});
}

HttpResponse ApiServer::idempotent(const HttpRequest &request, const Caller &caller, bool requireKey,
                                   const std::function<HttpResponse()> &work)
{
    const QString key = validIdempotencyKey(request);
    if (key.isEmpty()) {
        if (requireKey)
            throw ApiError::badRequest(QStringLiteral("idempotency_key_missing"),
                                       QStringLiteral("writes need an Idempotency-Key header"), QStringLiteral("Idempotency-Key"));
        HttpResponse response;
        m_db->write([&] { response = work(); });
        return response;
    }
    const QString requestHash = ApiServer::requestHash(request);

    for (int attempt = 0;; ++attempt) {
        HttpResponse response;
        try {
            m_db->write([&] {
                Rows seen = m_db->exec(QStringLiteral("SELECT request_hash, status, response, headers FROM idempotency "
                                                           "WHERE user_id = ? AND idem_key = ?"),
                                            {caller.user.id, key});
                if (seen.next()) {
                    if (seen.value(0).toString() != requestHash)
                        throw ApiError(422, QStringLiteral("idempotency_key_reused"),
                                       QStringLiteral("this Idempotency-Key was already used for a different request"),
                                       QStringLiteral("Idempotency-Key"));
                    response.status = seen.value(1).toInt();
                    response.body = seen.value(2).toString().toUtf8();
                    if (response.status == 204)
                        response.contentType.clear();
                    for (const QJsonValue &h : QJsonDocument::fromJson(seen.value(3).toString().toUtf8()).array()) {
                        const QJsonArray pair = h.toArray();
                        response.withHeader(pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1());
                    }
                    response.withHeader("Idempotent-Replay", "true");
                    return;
                }
                response = work();
                recordKey(caller.user.id, key, requestHash, response, headersJson(response));
            });
            return response;
        } catch (const SqlFailure &failure) {
            // Two identical requests raced (another server process): the loser replays the winner.
            // Inside a group commit the transaction is the batch's; the savepoint rollback and the
            // client's retry with the same key do the same job.
            if (attempt == 0 && !m_db->inTransaction() && Database::isUniqueViolation(failure.sqlError))
                continue;
            throw;
        }
    }
}

HttpResponse ApiServer::ticketWrite(const HttpRequest &request, const QString &ticketId, const Caller &caller,
                                    const QString &action, const WriteOptions &options, const Mutation &mutate)
{
    std::optional<qint64> ifMatch;
    const QByteArray ifMatchHeader = request.header("if-match");
    if (ifMatchHeader.isEmpty()) {
        if (options.requireIfMatch)
            throw ApiError(428, QStringLiteral("precondition_required"),
                           QStringLiteral("writes need an If-Match header with the ticket version they are based on"),
                           QStringLiteral("If-Match"));
    } else {
        QByteArray v = ifMatchHeader.trimmed();
        if (v.startsWith("W/"))
            throw ApiError::badRequest(QStringLiteral("if_match_invalid"),
                                       QStringLiteral("If-Match needs a strong entity tag such as \"7\", not a weak one"),
                                       QStringLiteral("If-Match"));
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
            v = v.mid(1, v.size() - 2);
        bool ok = false;
        ifMatch = v.toLongLong(&ok);
        if (!ok || *ifMatch < 1)
            throw ApiError::badRequest(QStringLiteral("if_match_invalid"), QStringLiteral("If-Match must hold a ticket version such as \"7\""),
                                       QStringLiteral("If-Match"));
    }
    if (options.jsonBody)
        readJsonBody(request); // malformed bodies are refused before any lookup
    auto answer = [&](const TicketRecord &record, const WriteResult &result) {
        // {holder, result, status, step, ticket_id, version}: written directly, in QJsonObject's
        // key order, around the result's text.
        using namespace jsontext;
        HttpResponse response;
        response.status = options.successStatus;
        QByteArray &out = response.body;
        out.reserve(result.text().size() + 160);
        appendKey(out += '{', "holder", true);
        appendStringOrNull(out, record.state.holder, record.state.holder.isEmpty());
        appendKey(out, "result");
        out += result.text();
        appendKey(out, "status");
        appendAsciiString(out, enumAsciiName(record.state.status));
        appendKey(out, "step");
        appendAsciiString(out, enumAsciiName(record.state.step));
        appendKey(out, "ticket_id");
        appendString(out, ticketId);
        appendKey(out, "version");
        appendInteger(out, record.version);
        out += '}';
        response.withHeader("ETag", '"' + QByteArray::number(record.version) + '"');
        return response;
    };
    if (m_preparing) {
        // On a read worker: everything but the writing, from what is committed now. Anything
        // unusual (no key, a stale If-Match, no such ticket) is left to the writer. The key is
        // not looked up here: the writer checks it anyway (applyPrepared) and handles a replay
        // or a reused key from the start, and the lookup cost the worker an eighth of its time
        // (the first read after another connection's commit re-reads every page it touches).
        const QString key = validIdempotencyKey(request);
        if (key.isEmpty())
            return {};
        std::optional<TicketRecord> record = m_tickets->load(ticketId, false);
        if (!record || (ifMatch && *ifMatch != record->version))
            return {};
        const QDateTime now = m_options.clock();
        const WriteResult result = mutate(*record, caller, now);
        auto prepared = std::make_shared<PreparedTicketWrite>();
        prepared->save = m_tickets->planSave(*record, caller.user.id, action, result.text());
        HttpResponse response = answer(*record, result);
        prepared->userId = caller.user.id;
        prepared->key = key;
        prepared->requestHash = requestHash(request);
        prepared->storedHeaders = headersJson(response);
        m_prepared = std::move(prepared);
        return response;
    }
    try {
        return idempotent(request, caller, options.requireIdempotencyKey, [&]() -> HttpResponse {
            std::optional<TicketRecord> record = m_tickets->load(ticketId, true);
            if (!record)
                throw ApiError::notFound(QStringLiteral("ticket %1").arg(ticketId));
            if (ifMatch && *ifMatch != record->version) {
                qint64 current = 0;
                const QJsonObject currentTicket =
                    QJsonDocument::fromJson(m_tickets->detailJson(ticketId, &current).value_or(QByteArray())).object();
                throw ApiError(412, QStringLiteral("version_conflict"),
                               QStringLiteral("the ticket changed: you based this on version %1, it is now at version %2")
                                   .arg(*ifMatch)
                                   .arg(record->version),
                               QStringLiteral("If-Match"),
                               QJsonObject{{QStringLiteral("current_version"), double(record->version)},
                                           {QStringLiteral("current"), currentTicket}});
            }
            const QDateTime now = m_options.clock();
            const WriteResult result = mutate(*record, caller, now);
            if (!m_tickets->save(*record, caller.user.id, action, result.text()))
                throw ApiError(412, QStringLiteral("version_conflict"), QStringLiteral("the ticket changed while this was written"),
                               QStringLiteral("If-Match"));
            return answer(*record, result);
        });
    } catch (const ApiError &error) {
        if (error.status() == 403)
            refuse(caller, request, error);
        throw;
    }
}

bool ApiServer::isPreparable(const HttpRequest &request)
{
    if (request.method != "POST" && request.method != "PATCH")
        return false;
    static const QLatin1String prefix("/api/v1/tickets/");
    return request.path.startsWith(prefix) && request.path.size() > prefix.size() && request.path != QLatin1String("/api/v1/tickets/pull")
        && !request.path.endsWith(QLatin1String("/evidence"));
}

std::shared_ptr<ApiServer::PreparedTicketWrite> ApiServer::prepare(const HttpRequest &request)
{
    m_preparing = true;
    m_prepared.reset();
    m_db->setWritesForbidden(true);
    HttpResponse response;
    try {
        checkRequestText(request);
        response = m_router.dispatch(request);
    } catch (...) {
        // Refused, malformed, or it tried to write: the writing thread handles it from the start.
        m_prepared.reset();
    }
    m_db->setWritesForbidden(false);
    m_preparing = false;
    if (m_prepared && response.status < 400) {
        response.withHeader("Cache-Control", "no-store");
        m_prepared->response = std::move(response);
    } else {
        m_prepared.reset();
    }
    return std::exchange(m_prepared, nullptr);
}

std::optional<HttpResponse> ApiServer::applyPrepared(PreparedTicketWrite &write)
{
    if (keyUsed(write.userId, write.key))
        return std::nullopt; // a replay or a reused key: handled whole
    if (!m_tickets->applySave(write.save))
        return std::nullopt; // the ticket moved on since it was prepared
    recordKey(write.userId, write.key, write.requestHash, write.response, write.storedHeaders);
    return write.response;
}

} // namespace wd::server
