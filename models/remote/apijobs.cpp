#include "apijobs.h"

#include "jsonreader.h"

#include <QCryptographicHash>

namespace wd::remote {

namespace {
constexpr qint64 kMaxJsonInteger = Q_INT64_C(1) << 53;
constexpr int kMaxPageItems = 1000; // the server sends at most 500
} // namespace

void LoginJob::decodeSuccess()
{
    ApiJob::decodeSuccess();
    if (error().isError())
        return;
    JsonReader r(json());
    m_token = r.string(QStringLiteral("token"), 1024);
    if (r.ok() && m_token.isEmpty())
        r.fail(QStringLiteral("token"), QStringLiteral("must not be empty"));
    const QString type = r.optionalString(QStringLiteral("token_type"), 32);
    if (r.ok() && !type.isEmpty() && type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        r.fail(QStringLiteral("token_type"), QStringLiteral("\"%1\" is not a bearer token").arg(type));
    m_expiresAt = r.instant(QStringLiteral("expires_at")).toUTC();
    JsonReader user = r.object(QStringLiteral("user"));
    m_userId = user.string(QStringLiteral("id"), 128);
    m_displayName = user.optionalString(QStringLiteral("display_name"), 256);
    m_role = user.enumValue<Role>(QStringLiteral("role"));
    if (!r.ok()) {
        m_token.clear();
        failProtocol(r.error().path, r.error().message);
    }
}

void TicketPageJob::decodeSuccess()
{
    ApiJob::decodeSuccess();
    if (error().isError())
        return;
    JsonReader r(json());
    const QJsonArray items = r.array(QStringLiteral("items"), kMaxPageItems);
    m_hasMore = r.boolean(QStringLiteral("has_more"));
    const QJsonValue next = json().value(QStringLiteral("next_cursor"));
    if (r.ok() && !next.isNull() && !next.isUndefined())
        m_nextCursor = r.string(QStringLiteral("next_cursor"), 1024);
    if (!r.ok()) {
        failProtocol(r.error().path, r.error().message);
        return;
    }
    m_items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("items[%1]").arg(i);
        if (!items.at(i).isObject()) {
            failProtocol(path, QStringLiteral("expected an object"));
            return;
        }
        Result<TicketSummary> item = decodeTicketSummary(items.at(i).toObject(), path);
        if (!item) {
            m_items.clear();
            failProtocol(item.error().path, item.error().message);
            return;
        }
        m_items << std::move(item).value();
    }
}

void TicketDetailJob::decodeSuccess()
{
    ApiJob::decodeSuccess();
    if (error().isError())
        return;
    Result<TicketDetail> detail = decodeTicketDetail(json());
    if (!detail) {
        failProtocol(detail.error().path, detail.error().message);
        return;
    }
    m_detail = std::move(detail).value();
}

void PullJob::decodeSuccess()
{
    if (httpStatus() == 204) {
        ApiJob::decodeSuccess();
        return;
    }
    TicketDetailJob::decodeSuccess();
}

void WriteJob::decodeSuccess()
{
    m_replayed = header("Idempotent-Replay").trimmed().compare("true", Qt::CaseInsensitive) == 0;
    ApiJob::decodeSuccess();
    if (error().isError())
        return;
    JsonReader r(json());
    m_ticketId = r.string(QStringLiteral("ticket_id"), 64);
    m_version = r.integer(QStringLiteral("version"), 1, kMaxJsonInteger);
    m_step = r.enumValue<Step>(QStringLiteral("step"));
    m_status = r.enumValue<Status>(QStringLiteral("status"));
    m_holder = r.optionalString(QStringLiteral("holder"), 128);
    if (r.ok() && !json().value(QStringLiteral("result")).isObject())
        r.fail(QStringLiteral("result"), QStringLiteral("expected an object"));
    m_result = json().value(QStringLiteral("result")).toObject();
    if (!r.ok())
        failProtocol(r.error().path, r.error().message);
}

void EvidenceContentJob::decodeSuccess()
{
    // Bytes, not JSON.
    m_mediaType = QString::fromLatin1(header("Content-Type").split(';').first().trimmed().left(128));
    m_sha256 = QString::fromLatin1(QCryptographicHash::hash(body(), QCryptographicHash::Sha256).toHex());
    const QByteArray announced = header("X-Content-SHA256").trimmed().toLower();
    if (announced.isEmpty()) {
        failProtocol(QStringLiteral("X-Content-SHA256"), QStringLiteral("the server sent no SHA-256 for the content"));
        return;
    }
    auto mismatch = [this](const QString &field, const QByteArray &claimed, const QString &whose) {
        ApiError e = ApiError::make(ApiError::Kind::Integrity, QStringLiteral("integrity_mismatch"),
                                    QStringLiteral("the evidence bytes do not match %1: their SHA-256 is %2, not %3")
                                        .arg(whose, m_sha256, QString::fromLatin1(claimed.left(64))),
                                    field);
        e.httpStatus = httpStatus();
        fail(e);
    };
    if (announced != m_sha256.toLatin1()) {
        mismatch(QStringLiteral("X-Content-SHA256"), announced, QStringLiteral("the SHA-256 the server announced"));
        return;
    }
    if (!m_expectedSha256.isEmpty() && m_expectedSha256 != m_sha256.toLatin1())
        mismatch(QStringLiteral("sha256"), m_expectedSha256, QStringLiteral("the SHA-256 the case file declares"));
}

void RulesJob::decodeSuccess()
{
    ApiJob::decodeSuccess();
    if (error().isError())
        return;
    Result<RuleSet> rules = RuleSet::fromObject(json());
    if (!rules) {
        failProtocol(rules.error().path, rules.error().message);
        return;
    }
    m_rules = std::move(rules).value();
}

} // namespace wd::remote
