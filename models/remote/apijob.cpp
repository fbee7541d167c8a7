#include "apijob.h"

#include "casecodec.h"

#include <QNetworkReply>
#include <QTimer>

namespace wd::remote {

namespace {

using Kind = ApiError::Kind;

ApiError networkError(QNetworkReply::NetworkError code, const QString &text)
{
    ApiError e;
    e.detail = text;
    switch (code) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply this way
        e.kind = Kind::Timeout;
        e.code = QStringLiteral("timeout");
        e.title = QStringLiteral("the server did not answer in time");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = Kind::Tls;
        e.code = QStringLiteral("tls_failed");
        e.title = QStringLiteral("the secure connection to the server failed");
        break;
    default:
        e.kind = Kind::Unreachable;
        e.code = QStringLiteral("unreachable");
        e.title = QStringLiteral("the server cannot be reached");
        break;
    }
    return e;
}

// Connection, proxy and TLS failures (QNetworkReply's codes below 200) mean the answer, if any,
// did not arrive whole; content and protocol errors come with an HTTP status to read.
bool isTransportError(QNetworkReply::NetworkError code)
{
    return code != QNetworkReply::NoError && int(code) < 200;
}

} // namespace

ApiJob::ApiJob(QObject *parent) : QObject(parent) {}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray ApiJob::header(const QByteArray &name) const
{
    for (const auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void ApiJob::abort()
{
    if (m_finished || !m_reply)
        return;
    m_stop = Stop::Aborted;
    m_reply->abort();
}

void ApiJob::start(QNetworkReply *reply, const QByteArray &method, qsizetype maxBytes, bool isLogin)
{
    m_reply = reply;
    m_method = method;
    m_url = reply->url();
    m_maxBytes = maxBytes;
    m_isLogin = isLogin;
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiJob::onMetaDataChanged);
    connect(reply, &QIODevice::readyRead, this, &ApiJob::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
}

void ApiJob::finishWithoutRequest(const ApiError &error)
{
    m_error = error;
    QTimer::singleShot(0, this, [this] { complete(); });
}

void ApiJob::stopForTls(const QString &detail)
{
    if (m_finished || !m_reply)
        return;
    m_tlsDetail = detail;
    m_stop = Stop::Tls; // at once: the request must not leave on this connection
    m_reply->abort();
}

bool ApiJob::exceedsLimit(qint64 bytes)
{
    if (bytes <= m_maxBytes)
        return false;
    if (m_stop == Stop::None) {
        m_stop = Stop::TooLarge; // nothing more is read from here on
        // Aborting from inside one of the reply's own signals upsets QNetworkReply: stop it from
        // the event loop. onReplyFinished then reports TooLarge.
        if (m_reply)
            QTimer::singleShot(0, m_reply.data(), &QNetworkReply::abort);
    }
    return true;
}

void ApiJob::onMetaDataChanged()
{
    // Refuse an announced oversize answer before reading a byte of it.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid())
        exceedsLimit(length.toLongLong());
}

void ApiJob::onReadyRead()
{
    if (m_stop != Stop::None || !m_reply)
        return;
    if (exceedsLimit(m_body.size() + m_reply->bytesAvailable()))
        return;
    m_body += m_reply->readAll();
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_stop == Stop::None && reply->isOpen() && !exceedsLimit(m_body.size() + reply->bytesAvailable()))
        m_body += reply->readAll();

    if (m_stop == Stop::TooLarge) {
        m_body.clear();
        m_error = ApiError::make(Kind::TooLarge, QStringLiteral("answer_too_large"),
                                 QStringLiteral("the answer is over the limit of %1 bytes for this request").arg(m_maxBytes));
        m_error.detail = QStringLiteral("limit %1 bytes").arg(m_maxBytes);
        complete();
        return;
    }
    if (m_stop == Stop::Aborted) {
        m_error = ApiError::make(Kind::Cancelled, QStringLiteral("cancelled"), QStringLiteral("the request was cancelled"));
        complete();
        return;
    }
    if (m_stop == Stop::Tls) {
        m_error = ApiError::make(Kind::Tls, QStringLiteral("certificate_refused"),
                                 QStringLiteral("the server's certificate was refused"));
        m_error.detail = m_tlsDetail;
        complete();
        return;
    }

    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        m_headers << qMakePair(pair.first, pair.second);
    const QNetworkReply::NetworkError code = reply->error();
    if (isTransportError(code) || m_status == 0) {
        m_error = m_status == 0 && !isTransportError(code) && code != QNetworkReply::NoError
            ? ApiError::make(Kind::Protocol, QStringLiteral("bad_answer"), QStringLiteral("the server's answer is not HTTP this client can read"))
            : networkError(code, reply->errorString());
        if (m_error.kind == Kind::Protocol)
            m_error.detail = reply->errorString();
        if (m_error.kind == Kind::Tls && !m_tlsDetail.isEmpty())
            m_error.detail = m_tlsDetail;
        m_error.httpStatus = m_status;
        complete();
        return;
    }
    if (m_status >= 200 && m_status < 300) {
        decodeSuccess();
    } else if (m_status >= 300 && m_status < 400) {
        // Redirects are not followed: a moved API is a configuration to fix, not to guess.
        m_error = ApiError::make(Kind::Protocol, QStringLiteral("redirect"),
                                 QStringLiteral("the server redirected the request to %1").arg(QString::fromUtf8(header("Location").left(256))));
        m_error.httpStatus = m_status;
    } else {
        m_error = ApiError::fromHttp(m_status, m_body, header("Content-Type"), m_isLogin);
    }
    complete();
}

void ApiJob::decodeSuccess()
{
    if (m_body.isEmpty() && m_status == 204)
        return;
    Result<QJsonObject> object = parseJsonObject(m_body, m_maxBytes);
    if (!object) {
        failProtocol(QString(), object.error().message);
        return;
    }
    m_json = std::move(object).value();
}

void ApiJob::failProtocol(const QString &field, const QString &message)
{
    if (m_error.isError())
        return;
    m_error = ApiError::make(Kind::Protocol, QStringLiteral("bad_answer"),
                             QStringLiteral("the server's answer cannot be read: %1").arg(field.isEmpty() ? message : field + QStringLiteral(": ") + message),
                             field);
    m_error.httpStatus = m_status;
}

void ApiJob::fail(const ApiError &error)
{
    if (!m_error.isError())
        m_error = error;
}

void ApiJob::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

} // namespace wd::remote
