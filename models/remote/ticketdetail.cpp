#include "ticketdetail.h"

#include "casecodec.h"
#include "casestatecodec.h"
#include "jsonreader.h"

#include <QRegularExpression>

namespace wd::remote {

namespace {

// The members of the contract's case file; the detail's other members are the server's.
const QStringList &caseFileMembers()
{
    static const QStringList members{QStringLiteral("ticket"),     QStringLiteral("order"),
                                     QStringLiteral("warranty_policy"), QStringLiteral("merchant"),
                                     QStringLiteral("key_events"), QStringLiteral("platform_events"),
                                     QStringLiteral("evidence"),   QStringLiteral("findings")};
    return members;
}

DecodeError under(const QString &prefix, const DecodeError &error)
{
    return DecodeError{error.path.isEmpty() ? prefix : prefix + QLatin1Char('.') + error.path, error.message};
}

} // namespace

Result<TicketDetail> decodeTicketDetail(const QJsonObject &object)
{
    TicketDetail d;
    d.raw = object;

    QJsonObject caseObject;
    for (const QString &member : caseFileMembers()) {
        const auto it = object.constFind(member);
        if (it != object.constEnd())
            caseObject.insert(member, it.value());
    }
    Result<CaseFile> caseFile = CaseCodec().decode(caseObject);
    if (!caseFile)
        return caseFile.error();
    d.caseFile = std::move(caseFile).value();

    JsonReader r(object);
    d.version = r.integer(QStringLiteral("version"), 1, Q_INT64_C(1) << 53);
    d.holder = r.optionalString(QStringLiteral("holder"), 128);
    if (std::optional<QDateTime> lease = r.optionalInstant(QStringLiteral("lease_until")))
        d.leaseUntil = lease->toUTC();
    if (r.ok() && !object.value(QStringLiteral("state")).isObject())
        r.fail(QStringLiteral("state"), QStringLiteral("expected an object"));
    if (r.ok()) {
        Result<CaseState> state = decodeCaseState(object.value(QStringLiteral("state")).toObject());
        if (!state)
            return under(QStringLiteral("state"), state.error());
        d.state = std::move(state).value();
    }
    const QJsonValue assessment = object.value(QStringLiteral("assessment"));
    if (assessment.isObject())
        d.assessment = assessment.toObject();
    else if (!assessment.isNull() && !assessment.isUndefined())
        r.fail(QStringLiteral("assessment"), QStringLiteral("expected an object or null"));
    d.assessmentError = r.optionalString(QStringLiteral("assessment_error"), 4096);
    if (r.has(QStringLiteral("history")))
        d.history = r.array(QStringLiteral("history"), 100000);
    if (r.has(QStringLiteral("duplicates")))
        d.duplicates = r.array(QStringLiteral("duplicates"), 100000);
    static const QRegularExpression sha256Hex(QStringLiteral("^[0-9a-f]{64}$"));
    r.objects(QStringLiteral("evidence_files"), 1000, [&](JsonReader &f) {
        EvidenceFile file;
        file.evidenceId = f.string(QStringLiteral("evidence_id"), 128);
        file.contentId = f.string(QStringLiteral("content_id"), 128);
        file.size = f.integer(QStringLiteral("size"), 0, Q_INT64_C(1) << 53);
        file.sha256 = f.string(QStringLiteral("sha256"), 64);
        if (f.ok() && !sha256Hex.match(file.sha256).hasMatch())
            f.fail(QStringLiteral("sha256"), QStringLiteral("not 64 lower-case hex digits"));
        file.mediaType = f.optionalString(QStringLiteral("media_type"), 128);
        file.url = f.optionalString(QStringLiteral("url"), 1024);
        d.evidenceFiles << file;
    });
    if (!r.ok())
        return r.error();
    return d;
}

} // namespace wd::remote
