#pragma once
// The typed jobs, one per kind of answer. Each decodes a successful answer in decodeSuccess();
// a value it cannot read makes the job fail with Kind::Protocol naming the field.

#include "apijob.h"
#include "ticketdetail.h"
#include "ticketsummary.h"

#include "enums.h"
#include "ruleset.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace wd::remote {

// POST /auth/login. On success ApiClient also takes the token.
class LoginJob : public ApiJob
{
    Q_OBJECT
public:
    using ApiJob::ApiJob;
    QString token() const { return m_token; }
    QDateTime expiresAt() const { return m_expiresAt; }
    QString userId() const { return m_userId; }
    Role role() const { return m_role; }
    QString displayName() const { return m_displayName; }

protected:
    void decodeSuccess() override;

private:
    QString m_token;
    QDateTime m_expiresAt;
    QString m_userId;
    Role m_role = Role::Agent;
    QString m_displayName;
};

// GET /tickets: a page of the queue, or of changes since a cursor (changesSince).
class TicketPageJob : public ApiJob
{
    Q_OBJECT
public:
    using ApiJob::ApiJob;
    QList<TicketSummary> items() const { return m_items; }
    bool hasMore() const { return m_hasMore; }
    // The next page's `cursor`, or for changesSince the next `updated_since`; empty on the last
    // page of a queue listing.
    QString nextCursor() const { return m_nextCursor; }

protected:
    void decodeSuccess() override;

private:
    QList<TicketSummary> m_items;
    bool m_hasMore = false;
    QString m_nextCursor;
};

// GET /tickets/{id}.
class TicketDetailJob : public ApiJob
{
    Q_OBJECT
public:
    using ApiJob::ApiJob;
    const TicketDetail &detail() const { return m_detail; }

protected:
    void decodeSuccess() override;
    TicketDetail m_detail;
};

// POST /tickets/pull: the most urgent free ticket, now held by the caller; none on 204.
class PullJob : public TicketDetailJob
{
    Q_OBJECT
public:
    using TicketDetailJob::TicketDetailJob;
    bool hasTicket() const { return ok() && httpStatus() == 200; }

protected:
    void decodeSuccess() override;
};

// Every ticket write (claim, renew, release, PATCH, transitions, notes, verdict, ...).
class WriteJob : public ApiJob
{
    Q_OBJECT
public:
    using ApiJob::ApiJob;
    QString ticketId() const { return m_ticketId; }
    qint64 version() const { return m_version; } // the ticket's version after the write
    Step step() const { return m_step; }
    Status status() const { return m_status; }
    QString holder() const { return m_holder; }
    QJsonObject result() const { return m_result; }
    // The server answered from its idempotency record: the write had been done before.
    bool replayed() const { return m_replayed; }

protected:
    void decodeSuccess() override;

private:
    QString m_ticketId;
    qint64 m_version = 0;
    Step m_step = Step::Feedback;
    Status m_status = Status::Open;
    QString m_holder;
    QJsonObject m_result;
    bool m_replayed = false;
};

// GET /evidence/{content_id}/content. ok() only when the bytes' SHA-256 equals the one the server
// announced (X-Content-SHA256) and the one the caller expected, if given; otherwise
// Kind::Integrity (or Kind::Protocol when the server announced none).
class EvidenceContentJob : public ApiJob
{
    Q_OBJECT
public:
    using ApiJob::ApiJob;
    QByteArray bytes() const { return ok() ? body() : QByteArray(); }
    QString mediaType() const { return m_mediaType; }
    QString sha256() const { return m_sha256; } // of the bytes received

protected:
    void decodeSuccess() override;

private:
    friend class ApiClient;
    QByteArray m_expectedSha256;
    QString m_mediaType;
    QString m_sha256;
};

// GET /rules: the rule set the server applies (a verdict cites its version).
class RulesJob : public ApiJob
{
    Q_OBJECT
public:
    using ApiJob::ApiJob;
    const std::optional<RuleSet> &rules() const { return m_rules; }

protected:
    void decodeSuccess() override;

private:
    std::optional<RuleSet> m_rules;
};

} // namespace wd::remote
