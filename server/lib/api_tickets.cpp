// Routes for intake, the queue, case detail, leases and evidence.

#include "apiserver.h"

#include "casecodec.h"
#include "isotime.h"

#include <QJsonArray>

#include <algorithm>
#include <QSqlQuery>

namespace wd::server {

namespace {

const QString kApi = QStringLiteral("/api/v1");

QStringList listParam(const HttpRequest &request, const QString &key)
{
    const QString value = request.queryValue(key);
    if (value.isEmpty())
        return {};
    QStringList items = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (items.size() > 50)
        throw ApiError::badRequest(QStringLiteral("invalid_parameter"), QStringLiteral("too many values"), key);
    return items;
}

template <typename E>
QStringList enumListParam(const HttpRequest &request, const QString &key)
{
    const QStringList items = listParam(request, key);
    for (const QString &item : items) {
        if (!enumFromName<E>(item))
            throw ApiError::badRequest(QStringLiteral("invalid_parameter"),
                                       QStringLiteral("unknown %1 \"%2\" (expected one of: %3)")
                                           .arg(QString::fromLatin1(EnumTraits<E>::what), item.left(64),
                                                enumNames<E>().join(QStringLiteral(", "))),
                                       key);
    }
    return items;
}

struct Part
{
    QByteArray name;
    QByteArray contentType;
    QByteArray data;
};

// multipart/form-data, just enough for the evidence upload: parts with a name and a body.
QList<Part> parseMultipart(const QByteArray &body, const QByteArray &contentType)
{
    const qsizetype b = contentType.indexOf("boundary=");
    if (b < 0)
        throw ApiError::badRequest(QStringLiteral("malformed_multipart"), QStringLiteral("multipart body without a boundary"));
    QByteArray boundary = contentType.mid(b + 9).trimmed();
    if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2)
        boundary = boundary.mid(1, boundary.size() - 2);
    if (boundary.isEmpty() || boundary.size() > 200)
        throw ApiError::badRequest(QStringLiteral("malformed_multipart"), QStringLiteral("invalid multipart boundary"));
    const QByteArray delimiter = "--" + boundary;
    QList<Part> parts;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0 && parts.size() < 16) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return parts;
        if (body.mid(pos, 2) == "\r\n")
            pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        if (headerEnd < 0)
            break;
        const qsizetype next = body.indexOf("\r\n" + delimiter, headerEnd + 4);
        if (next < 0)
            break;
        Part part;
        for (const QByteArray &line : body.mid(pos, headerEnd - pos).split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("content-disposition:")) {
                const qsizetype n = l.indexOf("name=\"");
                if (n >= 0)
                    part.name = l.mid(n + 6, l.indexOf('"', n + 6) - n - 6);
            } else if (l.toLower().startsWith("content-type:")) {
                part.contentType = l.mid(13).trimmed();
            }
        }
        part.data = body.mid(headerEnd + 4, next - headerEnd - 4);
        parts << part;
        pos = next + 2;
        pos = body.indexOf(delimiter, pos);
    }
    throw ApiError::badRequest(QStringLiteral("malformed_multipart"), QStringLiteral("the multipart body is truncated or malformed"));
}

} // namespace

void ApiServer::addTicketRoutes()
{
    // Intake: what the platform's complaint form calls.
    m_router.add("POST", kApi + QStringLiteral("/tickets"), [this](const HttpRequest &request, const RouteMatch &) {
        const Caller caller = requireRole(request, {Role::Supervisor, Role::Admin});
        const QJsonObject body = readJsonBody(request);
        Result<CaseFile> decoded = CaseCodec(CodecLimits{m_options.maxJsonBytes}).decode(body);
        if (!decoded)
            throw ApiError(422, QStringLiteral("invalid_case"), decoded.error().toString(), decoded.error().path);
        static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
        if (!idPattern.match(decoded.value().ticket.id).hasMatch() || decoded.value().ticket.id.contains(QLatin1String("..")))
            throw ApiError::validation(QStringLiteral("ticket.id"),
                                       QStringLiteral("ticket ids are 1-64 of A-Z a-z 0-9 . _ - (no \"..\")"));
        return idempotent(request, caller, false, [&] {
            m_tickets->create(decoded.value(), caller.user.id);
            HttpResponse r = HttpResponse::json(QJsonObject{{QStringLiteral("ticket_id"), decoded.value().ticket.id},
                                                            {QStringLiteral("version"), 1}},
                                                201);
            r.withHeader("Location", (kApi + QStringLiteral("/tickets/") + decoded.value().ticket.id).toUtf8());
            r.withHeader("ETag", "\"1\"");
            return r;
        });
    });

    m_router.add("GET", kApi + QStringLiteral("/tickets"), [this](const HttpRequest &request, const RouteMatch &) {
        const Caller caller = authenticate(request);
        TicketFilter f;
        f.steps = enumListParam<Step>(request, QStringLiteral("step"));
        f.statuses = enumListParam<Status>(request, QStringLiteral("status"));
        f.categories = enumListParam<Category>(request, QStringLiteral("category"));
        f.liableParties = enumListParam<LiableParty>(request, QStringLiteral("liable_party"));
        f.productTypes = enumListParam<ProductType>(request, QStringLiteral("product_type"));
        f.merchants = listParam(request, QStringLiteral("merchant"));
        f.slaStates = listParam(request, QStringLiteral("sla"));
        for (const QString &s : f.slaStates) {
            if (!QStringList{QStringLiteral("ok"), QStringLiteral("warning"), QStringLiteral("breached"), QStringLiteral("paused"),
                             QStringLiteral("met"), QStringLiteral("met_late")}
                     .contains(s))
                throw ApiError::badRequest(QStringLiteral("invalid_parameter"),
                                           QStringLiteral("unknown SLA state \"%1\" (ok, warning, breached, paused, met, met_late)").arg(s.left(32)),
                                           QStringLiteral("sla"));
        }
        const QString assignee = request.queryValue(QStringLiteral("assignee"));
        if (assignee == QLatin1String("me"))
            f.holder = caller.user.id;
        else if (assignee == QLatin1String("none"))
            f.unheld = true;
        else if (!assignee.isEmpty())
            f.holder = assignee;
        f.text = request.queryValue(QStringLiteral("q")).left(200).trimmed();
        if (request.query.hasQueryItem(QStringLiteral("sort")))
            f.sort = request.queryValue(QStringLiteral("sort"));
        if (request.query.hasQueryItem(QStringLiteral("limit"))) {
            bool ok = false;
            f.limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
            if (!ok || f.limit < 1 || f.limit > TicketStore::kMaxPageSize)
                throw ApiError::badRequest(QStringLiteral("invalid_parameter"),
                                           QStringLiteral("limit is 1..%1").arg(TicketStore::kMaxPageSize), QStringLiteral("limit"));
        }
        f.cursor = request.queryValue(QStringLiteral("cursor"));
        if (request.query.hasQueryItem(QStringLiteral("updated_since"))) {
            bool ok = false;
            const qint64 since = request.queryValue(QStringLiteral("updated_since")).toLongLong(&ok);
            if (!ok || since < 0)
                throw ApiError::badRequest(QStringLiteral("invalid_parameter"), QStringLiteral("updated_since is a cursor from a previous sync"),
                                           QStringLiteral("updated_since"));
            f.updatedSince = since;
        }
        HttpResponse response;
        m_db->read([&] { response.body = m_tickets->list(f); });
        return response;
    });

    m_router.add("POST", kApi + QStringLiteral("/tickets/pull"), [this](const HttpRequest &request, const RouteMatch &) {
        const Caller caller = requireRole(request, {Role::Agent, Role::Supervisor});
        return idempotent(request, caller, false, [&] {
            std::optional<TicketRecord> record = m_tickets->pull(caller.user.id, m_options.leaseMs);
            if (!record)
                return HttpResponse::noContent();
            qint64 version = 0;
            HttpResponse r;
            r.body = m_tickets->detailJson(record->caseFile.ticket.id, &version).value_or(QByteArray());
            r.withHeader("ETag", QStringLiteral("\"%1\"").arg(version).toLatin1());
            return r;
        });
    });

    m_router.add("GET", kApi + QStringLiteral("/tickets/{id}"), [this](const HttpRequest &request, const RouteMatch &match) {
        authenticate(request);
        const QString id = match.params.at(0);
        const qint64 now = m_options.clock().toMSecsSinceEpoch();
        HttpResponse response;
        m_db->read([&] {
            Rows current = m_db->exec(QStringLiteral("SELECT version, lease_until FROM tickets WHERE id = ?"), {id});
            if (!current.next())
                throw ApiError::notFound(QStringLiteral("ticket %1").arg(id));
            qint64 version = current.value(0).toLongLong();
            const auto cached = m_detailCache.constFind(id);
            // A lease that ran out changes the detail without a new version: render again then.
            const bool leaseLapsed = !current.value(1).isNull() && current.value(1).toLongLong() < now;
            if (cached != m_detailCache.constEnd() && cached->version == version && !leaseLapsed
                && now - cached->renderedAtMs < kDetailCacheMs) {
                response.body = cached->body;
            } else {
                const std::optional<QByteArray> body = m_tickets->detailJson(id, &version);
                if (!body)
                    throw ApiError::notFound(QStringLiteral("ticket %1").arg(id));
                response.body = *body;
                if (m_detailCache.size() > 4096)
                    m_detailCache.clear();
                m_detailCache.insert(id, CachedDetail{version, now, response.body});
            }
            response.withHeader("ETag", QStringLiteral("\"%1\"").arg(version).toLatin1());
        });
        return response;
    });

    // The agent's own changes to the case file: category and findings.
    m_router.add("PATCH", kApi + QStringLiteral("/tickets/{id}"), [this](const HttpRequest &request, const RouteMatch &match) {
        const Caller caller = requireRole(request, {Role::Agent, Role::Supervisor});
        const QJsonObject body = readJsonBody(request);
        JsonReader r(body);
        std::optional<std::optional<Category>> category;
        if (r.has(QStringLiteral("category")))
            category = r.optionalEnum<Category>(QStringLiteral("category"));
        std::optional<Findings> findings;
        if (auto f = r.optionalObject(QStringLiteral("findings"))) {
            Findings v;
            v.userError = f->optionalBoolean(QStringLiteral("user_error"), false);
            v.forceMajeure = f->optionalBoolean(QStringLiteral("force_majeure"), false);
            v.merchantRefused = f->optionalBoolean(QStringLiteral("merchant_refused"), false);
            findings = v;
        }
        if (!r.ok())
            throw ApiError::validation(r.error().path, r.error().toString());
        if (!category && !findings)
            throw ApiError::validation(QString(), QStringLiteral("nothing to change: send category and/or findings"));
        return ticketWrite(request, match.params.at(0), caller, QStringLiteral("case.update"), WriteOptions::bodyRead(),
                           [&](TicketRecord &t, const Caller &c, const QDateTime &) {
            if (t.state.holder != c.user.id)
                enforce(Decision::refuse("role.not_holder", QStringLiteral("Claim the ticket before changing it."),
                                         QStringLiteral("请先领取该工单。")));
            if (t.state.step != Step::Feedback && t.state.step != Step::Evidence && t.state.step != Step::Review)
                enforce(Decision::refuse("case.locked", QStringLiteral("Category and findings are fixed once the verdict step is reached."),
                                         QStringLiteral("进入责任判定后,分类和核实结论不能再修改。")));
            QJsonObject changed;
            t.caseChanged = true;
            if (category) {
                t.caseFile.ticket.category = *category;
                changed.insert(QStringLiteral("category"), *category ? QJsonValue(enumName(**category)) : QJsonValue(QJsonValue::Null));
            }
            if (findings) {
                t.caseFile.findings = *findings;
                changed.insert(QStringLiteral("findings"), body.value(QStringLiteral("findings")));
            }
            return changed;
        });
    });

    auto lease = [this](const QString &action) {
        return [this, action](const HttpRequest &request, const RouteMatch &match) {
            const Caller caller = requireRole(request, {Role::Agent, Role::Supervisor});
            WriteOptions options;
            options.requireIfMatch = false;
            return ticketWrite(request, match.params.at(0), caller, QStringLiteral("ticket.") + action, options,
                               [&](TicketRecord &t, const Caller &c, const QDateTime &now) {
                const CaseWorkflow workflow(m_rules);
                if (action == QLatin1String("claim")) {
                    enforce(workflow.claim(t.state, c.actor()));
                    t.leaseUntilMs = now.toMSecsSinceEpoch() + m_options.leaseMs;
                } else if (action == QLatin1String("renew")) {
                    if (t.state.holder != c.user.id)
                        enforce(Decision::refuse("role.not_holder", QStringLiteral("Only the holder can renew the lease."),
                                                 QStringLiteral("只有持有人可以续期。")));
                    t.leaseUntilMs = now.toMSecsSinceEpoch() + m_options.leaseMs;
                } else {
                    enforce(workflow.release(t.state, c.actor()));
                    t.leaseUntilMs = 0;
                }
                return QJsonObject{{QStringLiteral("lease_until"),
                                    t.state.holder.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(formatIsoInstant(QDateTime::fromMSecsSinceEpoch(t.leaseUntilMs, Qt::UTC)))}};
            });
        };
    };
    m_router.add("POST", kApi + QStringLiteral("/tickets/{id}/claim"), lease(QStringLiteral("claim")));
    m_router.add("POST", kApi + QStringLiteral("/tickets/{id}/renew"), lease(QStringLiteral("renew")));
    m_router.add("POST", kApi + QStringLiteral("/tickets/{id}/release"), lease(QStringLiteral("release")));

    m_router.add("POST", kApi + QStringLiteral("/tickets/{id}/evidence"), [this](const HttpRequest &request, const RouteMatch &match) {
        const Caller caller = requireRole(request, {Role::Agent, Role::Supervisor, Role::Admin});
        QByteArray content = request.body;
        QJsonObject meta;
        const QByteArray contentType = request.header("content-type");
        if (contentType.startsWith("multipart/form-data")) {
            content.clear();
            for (const Part &part : parseMultipart(request.body, contentType)) {
                if (part.name == "meta")
                    meta = QJsonDocument::fromJson(part.data).object();
                else if (part.name == "file")
                    content = part.data;
            }
        } else {
            auto header = [&](const char *name, const QString &key) {
                const QByteArray v = request.header(name);
                if (!v.isEmpty())
                    meta.insert(key, QString::fromUtf8(QByteArray::fromPercentEncoding(v)));
            };
            header("x-evidence-kind", QStringLiteral("kind"));
            header("x-evidence-sha256", QStringLiteral("sha256"));
            header("x-evidence-id", QStringLiteral("id"));
            header("x-captured-at", QStringLiteral("captured_at"));
            header("x-evidence-name", QStringLiteral("name"));
            header("x-evidence-source", QStringLiteral("source"));
        }
        JsonReader r(meta);
        const EvidenceKind kind = r.enumValue<EvidenceKind>(QStringLiteral("kind"));
        const QString declaredSha = r.optionalString(QStringLiteral("sha256"), 64).toLower();
        const QString declaredId = r.optionalString(QStringLiteral("id"), 64);
        const std::optional<QDateTime> capturedAt = r.optionalInstant(QStringLiteral("captured_at"));
        const QString name = r.optionalString(QStringLiteral("name"), 256);
        const EvidenceSource source = r.has(QStringLiteral("source")) ? r.enumValue<EvidenceSource>(QStringLiteral("source"))
                                                                      : EvidenceSource::Customer;
        static const QRegularExpression evidenceIdPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
        if (r.ok() && !declaredId.isEmpty() && (!evidenceIdPattern.match(declaredId).hasMatch() || declaredId.contains(QLatin1String(".."))))
            r.fail(QStringLiteral("id"), QStringLiteral("evidence ids are 1-64 of A-Z a-z 0-9 . _ -"));
        if (!r.ok())
            throw ApiError::validation(r.error().path, r.error().toString());
        if (content.isEmpty())
            throw ApiError::validation(QStringLiteral("file"), QStringLiteral("the evidence has no content"));
        const InspectedEvidence inspected = m_inspector.inspect(content);
        if (!declaredSha.isEmpty() && declaredSha != inspected.sha256)
            throw ApiError(422, QStringLiteral("checksum_mismatch"),
                           QStringLiteral("the content's SHA-256 is %1, not the declared %2").arg(inspected.sha256, declaredSha),
                           QStringLiteral("sha256"));
        WriteOptions options;
        options.requireIfMatch = false;
        options.requireIdempotencyKey = false;
        options.jsonBody = false;
        options.successStatus = 201;
        return ticketWrite(request, match.params.at(0), caller, QStringLiteral("evidence.add"), options,
                           [&](TicketRecord &t, const Caller &c, const QDateTime &) {
            if (c.user.role == Role::Agent && t.state.holder != c.user.id)
                enforce(Decision::refuse("role.not_holder", QStringLiteral("Claim the ticket before adding evidence."),
                                         QStringLiteral("请先领取该工单再补充证据。")));
            if (t.state.step == Step::Closed)
                enforce(Decision::refuse("step.closed", QStringLiteral("A closed ticket takes no new evidence."),
                                         QStringLiteral("已结案工单不能再补充证据。")));
            QString id = declaredId;
            qsizetype declared = -1;
            for (qsizetype i = 0; i < t.caseFile.evidence.size(); ++i) {
                if (!id.isEmpty() && t.caseFile.evidence.at(i).id == id)
                    declared = i;
            }
            if (declared >= 0) {
                const Evidence &e = t.caseFile.evidence.at(declared);
                if (!e.sha256.isEmpty() && e.sha256 != inspected.sha256)
                    throw ApiError(422, QStringLiteral("checksum_mismatch"),
                                   QStringLiteral("evidence %1 was declared with SHA-256 %2; the content is %3").arg(id, e.sha256, inspected.sha256),
                                   QStringLiteral("sha256"));
                if (m_tickets->evidenceExists(t.caseFile.ticket.id, id))
                    throw ApiError(409, QStringLiteral("evidence_exists"), QStringLiteral("evidence %1 already has content").arg(id));
            } else {
                for (qsizetype n = t.caseFile.evidence.size() + 1; id.isEmpty(); ++n) {
                    const QString candidate = QStringLiteral("E-%1").arg(n);
                    const bool taken = std::any_of(t.caseFile.evidence.begin(), t.caseFile.evidence.end(),
                                                   [&](const Evidence &x) { return x.id == candidate; });
                    if (!taken)
                        id = candidate;
                }
                if (m_tickets->evidenceExists(t.caseFile.ticket.id, id))
                    throw ApiError(409, QStringLiteral("evidence_exists"), QStringLiteral("evidence %1 already exists").arg(id));
                Evidence e;
                e.id = id;
                t.caseFile.evidence << e;
                declared = t.caseFile.evidence.size() - 1;
            }
            t.caseChanged = true;
            Evidence &e = t.caseFile.evidence[declared];
            e.kind = kind;
            e.mediaType = inspected.mediaType;
            e.sha256 = inspected.sha256;
            e.capturedAt = capturedAt ? capturedAt : e.capturedAt;
            e.source = source;
            if (!name.isEmpty())
                e.name = name;
            const QString contentId = m_tickets->storeEvidenceContent(t.caseFile, e, content, inspected);
            return QJsonObject{{QStringLiteral("evidence_id"), id},
                               {QStringLiteral("content_id"), contentId},
                               {QStringLiteral("sha256"), inspected.sha256},
                               {QStringLiteral("size"), double(content.size())},
                               {QStringLiteral("media_type"), inspected.mediaType},
                               {QStringLiteral("dhash"), inspected.dhash ? QJsonValue(QString::number(*inspected.dhash, 16).rightJustified(16, QLatin1Char('0')))
                                                                         : QJsonValue(QJsonValue::Null)}};
        });
    });

    m_router.add("GET", kApi + QStringLiteral("/evidence/{id}/content"), [this](const HttpRequest &request, const RouteMatch &match) {
        authenticate(request);
        Rows q = m_db->exec(QStringLiteral("SELECT media_type, sha256, content FROM evidence WHERE content_id = ?"), {match.params.at(0)});
        if (!q.next())
            throw ApiError::notFound(QStringLiteral("evidence %1").arg(match.params.at(0)));
        HttpResponse r;
        r.contentType = q.value(0).toString().toLatin1();
        r.body = q.value(2).toByteArray();
        const QByteArray sha = q.value(1).toString().toLatin1();
        r.withHeader("X-Content-SHA256", sha);
        r.withHeader("ETag", '"' + sha + '"');
        r.withHeader("X-Content-Type-Options", "nosniff");
        r.withHeader("Content-Disposition", "attachment");
        return r;
    });
}

} // namespace wd::server
