#pragma once
// Header-only helpers for the server integration tests (tst_server_*.cpp): reading the audit log
// and the queue over HTTP, snapshots of "what is stored" for nothing-changed checks, and firing
// several requests at once over one QNetworkAccessManager.

#include "testserver.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <functional>

namespace wd::test {

using Headers = QList<QPair<QByteArray, QByteArray>>;

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QByteArray newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

inline QByteArray etag(qint64 version)
{
    return QStringLiteral("\"%1\"").arg(version).toLatin1();
}

// Headers of a ticket write: a fresh Idempotency-Key and, for version > 0, If-Match.
inline Headers writeHeaders(qint64 version, const QByteArray &key = {})
{
    Headers h{{"Idempotency-Key", key.isEmpty() ? newKey() : key}};
    if (version > 0)
        h << qMakePair(QByteArray("If-Match"), etag(version));
    return h;
}

inline bool isProblem(const HttpReply &r)
{
    return r.header("Content-Type").startsWith("application/problem+json") && r.json().value(QStringLiteral("status")).toInt() == r.status
        && !r.json().value(QStringLiteral("code")).toString().isEmpty() && !r.json().value(QStringLiteral("title")).toString().isEmpty();
}

inline QString code(const HttpReply &r)
{
    return r.json().value(QStringLiteral("code")).toString();
}

inline QString guard(const HttpReply &r)
{
    return r.json().value(QStringLiteral("guard")).toString();
}

inline QByteArray describe(const HttpReply &r)
{
    return QByteArray::number(r.status) + ' ' + r.body.left(600);
}

// Every audit entry after `afterSeq`, oldest first (GET /api/v1/audit as admin, pages of 1000).
inline QJsonArray auditEntries(TestServer &s, qint64 afterSeq = 0, const QString &ticket = {})
{
    QJsonArray all;
    for (;;) {
        QString path = QStringLiteral("/api/v1/audit?limit=1000&after=%1").arg(afterSeq);
        if (!ticket.isEmpty())
            path += QStringLiteral("&ticket=") + QString::fromLatin1(QUrl::toPercentEncoding(ticket));
        const HttpReply r = s.request("GET", path, {}, QStringLiteral("admin"));
        if (r.status != 200) {
            QTest::qFail(qPrintable(QStringLiteral("GET /api/v1/audit failed: ") + QString::fromUtf8(describe(r))), __FILE__, __LINE__);
            return all;
        }
        const QJsonArray page = r.json().value(QStringLiteral("entries")).toArray();
        for (const QJsonValue &e : page)
            all.append(e);
        if (page.size() < 1000)
            return all;
        afterSeq = page.last().toObject().value(QStringLiteral("seq")).toInteger();
    }
}

inline qint64 lastAuditSeq(TestServer &s)
{
    const QJsonArray all = auditEntries(s);
    return all.isEmpty() ? 0 : all.last().toObject().value(QStringLiteral("seq")).toInteger();
}

inline QJsonArray entriesWithAction(const QJsonArray &entries, const QString &action)
{
    QJsonArray out;
    for (const QJsonValue &e : entries) {
        if (e.toObject().value(QStringLiteral("action")).toString() == action)
            out.append(e);
    }
    return out;
}

// Every ticket of the queue listing (GET /api/v1/tickets, following next_cursor).
inline QJsonArray allTickets(TestServer &s, const QString &query = {})
{
    QJsonArray all;
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        QString path = QStringLiteral("/api/v1/tickets?limit=500");
        if (!query.isEmpty())
            path += QLatin1Char('&') + query;
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const HttpReply r = s.request("GET", path, {}, QStringLiteral("super1"));
        if (r.status != 200) {
            QTest::qFail(qPrintable(QStringLiteral("GET /api/v1/tickets failed: ") + QString::fromUtf8(describe(r))), __FILE__, __LINE__);
            return all;
        }
        for (const QJsonValue &t : r.json().value(QStringLiteral("items")).toArray())
            all.append(t);
        cursor = r.json().value(QStringLiteral("next_cursor")).toString();
        if (cursor.isEmpty())
            return all;
    }
    return all;
}

inline qint64 countRows(TestServer &s, const QString &table)
{
    wd::server::Rows q = s.api().database().exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return q.next() ? q.value(0).toLongLong() : -1;
}

// What a refused request must leave as it was.
struct StoreSnapshot
{
    qsizetype tickets = 0;
    qint64 auditSeq = 0;
    qint64 evidence = 0;
    qint64 idempotency = 0;
    qint64 version = 0; // of the ticket given to take(), 0 when none
    bool operator==(const StoreSnapshot &o) const
    {
        return tickets == o.tickets && auditSeq == o.auditSeq && evidence == o.evidence && idempotency == o.idempotency
            && version == o.version;
    }
    QByteArray toString() const
    {
        return QStringLiteral("tickets=%1 audit_seq=%2 evidence=%3 idempotency=%4 version=%5")
            .arg(tickets).arg(auditSeq).arg(evidence).arg(idempotency).arg(version).toLatin1();
    }
    static StoreSnapshot take(TestServer &s, const QString &ticketId = {})
    {
        StoreSnapshot snap;
        snap.tickets = allTickets(s).size();
        snap.auditSeq = lastAuditSeq(s);
        snap.evidence = countRows(s, QStringLiteral("evidence"));
        snap.idempotency = countRows(s, QStringLiteral("idempotency"));
        snap.version = ticketId.isEmpty() ? 0 : s.version(ticketId);
        return snap;
    }
};

struct PendingRequest
{
    QByteArray method;
    QString path;
    QByteArray body;
    QString token; // bearer token; empty: none
    Headers headers;
};

// Sends every request before waiting for any answer, then waits for all of them.
inline QList<HttpReply> sendAll(TestServer &s, const QList<PendingRequest> &requests)
{
    QNetworkAccessManager network;
    QList<QNetworkReply *> replies;
    for (const PendingRequest &p : requests) {
        QNetworkRequest req(QUrl(s.baseUrl() + p.path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!p.token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + p.token.toLatin1());
        for (const auto &h : p.headers)
            req.setRawHeader(h.first, h.second);
        req.setTransferTimeout(120000);
        replies << network.sendCustomRequest(req, p.method, p.body);
    }
    QEventLoop loop;
    int pending = int(replies.size());
    for (QNetworkReply *reply : replies) {
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
            if (--pending == 0)
                loop.quit();
        });
    }
    if (pending > 0)
        loop.exec();
    QList<HttpReply> out;
    for (QNetworkReply *reply : replies) {
        HttpReply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            r.headers << qMakePair(pair.first, pair.second);
        out << r;
        delete reply;
    }
    return out;
}

// A fresh session of `user` (its own token, independent of the TestServer's).
inline QString freshToken(TestServer &s, const QString &user)
{
    const HttpReply r = s.request("POST", QStringLiteral("/api/v1/auth/login"),
                                  compact({{QStringLiteral("username"), user}, {QStringLiteral("password"), TestServer::password(user)}}));
    return r.json().value(QStringLiteral("token")).toString();
}

inline HttpReply withToken(TestServer &s, const QByteArray &method, const QString &path, const QString &token,
                           const QByteArray &body = {}, Headers headers = {})
{
    headers << qMakePair(QByteArray("Authorization"), ("Bearer " + token).toLatin1());
    return s.request(method, path, body, {}, headers);
}

inline QString rulesVersion(TestServer &s)
{
    return s.request("GET", QStringLiteral("/api/v1/rules"), {}, QStringLiteral("agent1")).json().value(QStringLiteral("version")).toString();
}

// Intake of the sample case with `amount` paid, claimed by `holder` and walked to the verdict step
// (advance, advance, review note, advance). Returns the ticket's version, 0 on failure.
inline qint64 driveToVerdict(TestServer &s, const QString &id, const QString &holder, double amount = 98.50)
{
    QJsonObject c = TestServer::sampleCase(id);
    QJsonObject order = c.value(QStringLiteral("order")).toObject();
    order[QStringLiteral("amount_paid")] = amount;
    c[QStringLiteral("order")] = order;
    if (s.intake(c).status != 201)
        return 0;
    const QString base = QStringLiteral("/api/v1/tickets/") + id;
    HttpReply r = s.write(base + QStringLiteral("/claim"), {}, holder, 0);
    qint64 v = r.json().value(QStringLiteral("version")).toInteger();
    const QJsonObject advance{{QStringLiteral("action"), QStringLiteral("advance")}};
    for (int i = 0; i < 2 && r.status == 200; ++i) {
        r = s.write(base + QStringLiteral("/transitions"), advance, holder, v);
        v = r.json().value(QStringLiteral("version")).toInteger();
    }
    if (r.status == 200) {
        r = s.write(base + QStringLiteral("/notes"), {{QStringLiteral("kind"), QStringLiteral("review")}, {QStringLiteral("text"), QStringLiteral("发行商日志确认卡密无效")}},
                    holder, v);
        v = r.json().value(QStringLiteral("version")).toInteger();
    }
    if (r.status == 200) {
        r = s.write(base + QStringLiteral("/transitions"), advance, holder, v);
        v = r.json().value(QStringLiteral("version")).toInteger();
    }
    return r.status == 200 && r.json().value(QStringLiteral("step")).toString() == QLatin1String("verdict") ? v : 0;
}

inline QJsonObject verdictBody(TestServer &s, const QString &amount, const QStringList &remedies = {QStringLiteral("refund")})
{
    return {{QStringLiteral("liable_party"), QStringLiteral("merchant")},
            {QStringLiteral("remedies"), QJsonArray::fromStringList(remedies)},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("reasoning"), QStringLiteral("卡密无效,商家退款")},
            {QStringLiteral("cited_evidence"), QJsonArray{QStringLiteral("E-1")}},
            {QStringLiteral("rules_version"), rulesVersion(s)}};
}

// "The network is down" for a client: a loopback port that refuses connections. A TCP socket
// bound to it and never listening keeps it for as long as this object lives, so no other test
// running alongside can be given the port and answer (a port bound, closed and then used could).
class DeadPort
{
public:
    DeadPort() { m_socket.bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress); }
    quint16 port() const { return m_socket.localPort(); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port())); }

private:
    QTcpSocket m_socket;
};

} // namespace wd::test
