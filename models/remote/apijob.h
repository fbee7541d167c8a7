#pragma once
// One request to the central server. The job reads the answer with a size limit, turns errors
// into ApiError and lets subclasses decode a successful answer into typed values. Jobs are made
// by ApiClient, parented to it; the caller deletes them (deleteLater) after finished().

#include "apierror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

class QNetworkReply;

namespace wd::remote {

class ApiJob : public QObject
{
    Q_OBJECT
public:
    // Made by ApiClient, which starts it; a job made elsewhere never finishes.
    explicit ApiJob(QObject *parent);
    ~ApiJob() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_status; }
    QByteArray body() const { return m_body; }
    QJsonObject json() const { return m_json; } // the answer when it was a JSON object
    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    QByteArray method() const { return m_method; }
    QUrl url() const { return m_url; }
    qsizetype maxBytes() const { return m_maxBytes; }

    // Stops the request; the job finishes with Kind::Cancelled (unless it finished already).
    void abort();

signals:
    void finished();

protected:
    // Decodes a 2xx answer. The default reads the body as one JSON object (an empty 204 body is
    // fine) into json(); subclasses call it first and then read typed values, reporting a bad
    // value with failProtocol(field, message).
    virtual void decodeSuccess();
    void failProtocol(const QString &field, const QString &message);
    void fail(const ApiError &error);

private:
    friend class ApiClient;
    enum class Stop { None, Aborted, TooLarge, Tls };

    void start(QNetworkReply *reply, const QByteArray &method, qsizetype maxBytes, bool isLogin);
    void finishWithoutRequest(const ApiError &error); // finished() on the next turn of the event loop
    void stopForTls(const QString &detail);            // the certificate was refused after the handshake
    void noteTlsProblem(const QString &detail) { m_tlsDetail = detail; }
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    bool exceedsLimit(qint64 bytes);
    void complete();

    QPointer<QNetworkReply> m_reply;
    QByteArray m_method;
    QUrl m_url;
    qsizetype m_maxBytes = 0;
    bool m_isLogin = false;
    Stop m_stop = Stop::None;
    QString m_tlsDetail;
    bool m_finished = false;
    int m_status = 0;
    QByteArray m_body;
    QJsonObject m_json;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    ApiError m_error;
};

} // namespace wd::remote
