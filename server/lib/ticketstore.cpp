#include "ticketstore.h"

#include "casecodec.h"
#include "evidenceinspector.h"
#include "casestatecodec.h"
#include "isotime.h"
#include "jsontext.h"
#include "warrantyassessor.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace wd::server {

namespace {

const QString kColumns = QStringLiteral(
    "id, category, step, status, version, holder, lease_until, submitted_at, sla_warn_at, sla_due_at, "
    "warranty_ends_at, merchant_id, merchant_name, product_type, product_name, liable_party, amount_cents, "
    "order_no, customer_id, description, search_text, change_seq, created_at, updated_at, ticket_json, "
    "state_json, assessed_liable");

// Positions in kColumns; the case document and its assessment (table ticket_cases) follow them
// in a load.
enum Column {
    kId = 0, kVersion = 4, kLeaseUntil = 6, kChangeSeq = 21, kCreatedAt = 22, kUpdatedAt = 23, kTicketJson = 24,
    kStateJson = 25, kAssessedLiable = 26, kColumnCount = 27, kCaseJson = kColumnCount, kAssessmentJson
};

// kColumns as a list, in the order of Column.
const QStringList &columnNames()
{
    static const QStringList names = kColumns.split(QStringLiteral(", "));
    Q_ASSERT(names.size() == kColumnCount && names.at(kTicketJson) == QLatin1String("ticket_json")
             && names.at(kStateJson) == QLatin1String("state_json"));
    return names;
}

QVariant nullableJson(const QByteArray &json)
{
    return json.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(json));
}

// The columns whose values rowValues() gives as Database::textValue (UTF-8 bytes on SQLite).
bool isTextValueColumn(int i)
{
    return i == kTicketJson || i == kStateJson;
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString isoMs(qint64 ms)
{
    return formatIsoInstant(QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, 8 * 3600));
}

QVariant nullableMs(const std::optional<QDateTime> &t)
{
    return t ? QVariant(t->toMSecsSinceEpoch()) : QVariant();
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// The assessment as the detail shows it: English reasons in "trace", Chinese in "trace_zh".
QJsonObject assessmentDocument(const Assessment &assessment)
{
    QJsonObject a = assessment.toJson(Language::English);
    QJsonArray zh;
    for (const TraceLine &line : assessment.trace)
        zh.append(QJsonObject{{QStringLiteral("rule"), line.rule}, {QStringLiteral("reason"), line.reasonZh}});
    a.insert(QStringLiteral("trace_zh"), zh);
    return a;
}

bool reviewStarted(Step step)
{
    return step != Step::Feedback && step != Step::Evidence;
}

} // namespace

TicketStore::TicketStore(Database &db, AuditLog &audit, const RuleSet &rules, Clock clock)
    : m_db(db), m_audit(audit), m_rules(rules), m_clock(std::move(clock))
{
}

Assessment TicketStore::assess(const TicketRecord &record) const
{
    Result<Assessment> result = WarrantyAssessor(m_rules).assess(record.caseFile, m_clock());
    return result ? result.value() : Assessment{};
}

qint64 TicketStore::nextChangeSeq()
{
    // One statement (SQLite ≥ 3.35 and PostgreSQL both know RETURNING): the writing thread runs
    // this for every ticket change.
    Rows q = m_db.exec(QStringLiteral("UPDATE head SET change_seq = change_seq + 1 WHERE id = 1 RETURNING change_seq"));
    if (!q.next())
        throw ApiError(500, QStringLiteral("head_missing"), QStringLiteral("the database's head row is missing"));
    return q.value(0).toLongLong();
}

void TicketStore::refreshDocuments(TicketRecord &r) const
{
    if (!r.caseChanged && !r.storedCaseBody.isEmpty())
        return;
    const Result<Assessment> assessed = WarrantyAssessor(m_rules).assess(r.caseFile, m_clock());
    QJsonObject body = CaseCodec::encode(r.caseFile);
    body.remove(QStringLiteral("ticket"));
    r.storedCaseBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.storedAssessment = assessed ? QJsonDocument(assessmentDocument(assessed.value())).toJson(QJsonDocument::Compact) : QByteArray();
    r.storedAssessedLiable = assessed ? enumName(assessed.value().liableParty) : QString();
    r.hasAssessment = !r.storedAssessment.isEmpty();
    r.caseChanged = false;
}

QVariantList TicketStore::rowValues(const TicketRecord &r, qint64 changeSeq) const
{
    const CaseFile &c = r.caseFile;
    const QDateTime now = m_clock();
    const qint64 budget = qint64(m_rules.reviewSlaWorkingDays()) * 24 * 3600 * 1000;
    const QDateTime due = addWorkingTime(m_rules.calendar(), c.ticket.submittedAt, budget, r.state.slaPauses, now)
                              .value_or(c.ticket.submittedAt.addYears(3));
    const QDateTime warn = addWorkingTime(m_rules.calendar(), c.ticket.submittedAt,
                                          qint64(double(budget) * (1.0 - m_rules.slaWarningFraction())), r.state.slaPauses, now)
                               .value_or(due);
    const QString liable = r.state.verdict ? enumName(r.state.verdict->liableParty) : r.storedAssessedLiable;
    QString notesText;
    for (const Note &n : r.state.notes)
        notesText += QLatin1Char(' ') + n.text;
    const QString search = QStringList{c.ticket.id, c.order ? c.order->orderNo : QString(), c.order ? c.order->customerId : QString(),
                                       c.merchant.id, c.merchant.name, c.order ? c.order->product.name : QString(),
                                       c.ticket.description, notesText}
                               .join(QLatin1Char(' '))
                               .toLower();
    Ticket ticket = c.ticket;
    ticket.step = r.state.step;
    ticket.status = r.state.status;
    ticket.version = r.version;
    ticket.slaPauses = r.state.slaPauses;
    return {
        c.ticket.id,
        c.ticket.category ? QVariant(enumName(*c.ticket.category)) : QVariant(),
        enumName(r.state.step),
        enumName(r.state.status),
        r.version,
        nullableText(r.state.holder),
        r.state.holder.isEmpty() ? QVariant() : QVariant(r.leaseUntilMs),
        c.ticket.submittedAt.toMSecsSinceEpoch(),
        warn.toMSecsSinceEpoch(),
        due.toMSecsSinceEpoch(),
        nullableMs(warrantyEndsAt(c)),
        c.merchant.id,
        c.merchant.name,
        c.order ? enumName(c.order->product.type) : QStringLiteral("other"),
        c.order ? c.order->product.name : QString(),
        nullableText(liable),
        c.order ? c.order->amountPaid.cents() : 0,
        c.order ? c.order->orderNo : QString(),
        c.order ? c.order->customerId : QString(),
        c.ticket.description,
        search,
        changeSeq,
        now.toMSecsSinceEpoch(), // created_at (ignored on update)
        now.toMSecsSinceEpoch(),
        m_db.textValue(CaseCodec::encodeTicketJson(ticket)),
        m_db.textValue(encodeCaseStateJson(r.state)),
        nullableText(r.storedAssessedLiable),
    };
}

void TicketStore::create(CaseFile caseFile, const QString &actor)
{
    TicketRecord record;
    record.caseFile = std::move(caseFile);
    record.caseFile.ticket.step = Step::Feedback;
    record.caseFile.ticket.status = Status::Open;
    record.version = 1;
    record.caseFile.ticket.version = 1;
    record.caseFile.ticket.slaPauses.clear();
    refreshDocuments(record);
    if (record.hasAssessment)
        record.state.assessedCaseVersion = 1;
    m_db.write([&] {
        if (m_db.exec(QStringLiteral("SELECT 1 FROM tickets WHERE id = ?"), {record.caseFile.ticket.id}).next())
            throw ApiError(409, QStringLiteral("ticket_exists"),
                           QStringLiteral("ticket %1 already exists").arg(record.caseFile.ticket.id), QStringLiteral("ticket.id"));
        const qint64 seq = nextChangeSeq();
        const QVariantList values = rowValues(record, seq);
        QStringList marks;
        for (qsizetype i = 0; i < values.size(); ++i)
            marks << (isTextValueColumn(int(i)) ? m_db.textParam() : QStringLiteral("?"));
        m_db.change(QStringLiteral("INSERT INTO tickets (%1) VALUES (%2)").arg(kColumns, marks.join(QLatin1Char(','))), values);
        m_db.change(QStringLiteral("INSERT INTO ticket_cases (id, case_json, assessment_json) VALUES (?, ?, ?)"),
                    {record.caseFile.ticket.id, QString::fromUtf8(record.storedCaseBody), nullableJson(record.storedAssessment)});
        m_audit.append(actor, QStringLiteral("ticket.create"), record.caseFile.ticket.id,
                       QJsonObject{{QStringLiteral("version"), 1},
                                   {QStringLiteral("category"), record.caseFile.ticket.category
                                                                    ? QJsonValue(enumName(*record.caseFile.ticket.category))
                                                                    : QJsonValue(QJsonValue::Null)}});
    });
}

std::optional<TicketRecord> TicketStore::load(const QString &id, bool forUpdate)
{
    // The JSON documents as UTF-8 bytes (no round trip through UTF-16), of the assessment only
    // whether there is one: a workflow write keeps both as they are.
    QString &sql = m_loadSql[forUpdate ? 1 : 0];
    if (sql.isEmpty()) {
        QStringList columns = columnNames();
        for (int i : {int(kTicketJson), int(kStateJson)})
            columns[i] = m_db.utf8Bytes(columns.at(i));
        sql = QStringLiteral("SELECT %1, %2, assessment_json IS NOT NULL FROM tickets JOIN ticket_cases USING (id) WHERE id = ?")
                  .arg(columns.join(QStringLiteral(", ")), m_db.utf8Bytes(QStringLiteral("case_json")))
              + (forUpdate ? m_db.forUpdate() : QString());
    }
    Rows q = m_db.exec(sql, {id});
    if (!q.next())
        return std::nullopt;
    TicketRecord r;
    r.storedRow.reserve(kColumnCount);
    for (int i = 0; i < kColumnCount; ++i)
        r.storedRow << q.value(i);
    r.version = r.storedRow.at(kVersion).toLongLong();
    r.leaseUntilMs = r.storedRow.at(kLeaseUntil).toLongLong();
    r.storedCaseBody = q.value(kCaseJson).toByteArray();
    r.hasAssessment = q.value(kAssessmentJson).toBool();
    r.storedAssessedLiable = r.storedRow.at(kAssessedLiable).toString();
    r.caseChanged = false;
    QJsonObject caseObject = QJsonDocument::fromJson(r.storedCaseBody).object();
    caseObject.insert(QStringLiteral("ticket"), QJsonDocument::fromJson(r.storedRow.at(kTicketJson).toByteArray()).object());
    Result<CaseFile> c = CaseCodec(CodecLimits{64 * 1024 * 1024, 20000, 5000, 1000}).decode(caseObject);
    Result<CaseState> s = decodeCaseState(QJsonDocument::fromJson(r.storedRow.at(kStateJson).toByteArray()).object());
    if (!c || !s)
        throw ApiError(500, QStringLiteral("ticket_corrupt"),
                       QStringLiteral("stored ticket %1 cannot be read: %2").arg(id, (!c ? c.error() : s.error()).toString()));
    r.caseFile = std::move(c).value();
    r.state = std::move(s).value();
    r.caseFile.ticket.version = r.version;
    // An expired lease frees the ticket.
    if (!r.state.holder.isEmpty() && r.leaseUntilMs < m_clock().toMSecsSinceEpoch())
        r.state.holder.clear();
    return r;
}

PlannedSave TicketStore::planSave(TicketRecord &record, const QString &actor, const QString &action,
                                  const QByteArray &detailJson) const
{
    PlannedSave plan;
    plan.expected = record.version;
    record.version = plan.expected + 1;
    record.caseFile.ticket.version = record.version;
    // The assessment always belongs to the case file being stored (the review guard needs the one
    // of the current version); it is recomputed only when the case file changed.
    plan.caseRemade = record.caseChanged || record.storedCaseBody.isEmpty();
    refreshDocuments(record);
    if (record.hasAssessment)
        record.state.assessedCaseVersion = record.version;
    else
        record.state.assessedCaseVersion.reset();
    plan.row = rowValues(record, 0); // the change number is taken when it is written
    // Only the columns that changed: SQLite rewrites the entry of every index over a column
    // named in SET, changed or not. version, change_seq and updated_at always change.
    const QStringList &names = columnNames();
    QString sets;
    auto same = [](const QVariant &a, const QVariant &b) { return (a.isNull() && b.isNull()) || (!a.isNull() && !b.isNull() && a == b); };
    for (int i = 1; i < kColumnCount; ++i) {
        if (i == kCreatedAt)
            continue; // stays
        if (record.storedRow.size() == kColumnCount && i != kVersion && i != kChangeSeq && i != kUpdatedAt
            && same(record.storedRow.at(i), plan.row.at(i)))
            continue;
        if (i == kChangeSeq)
            plan.changeSeqIndex = int(plan.values.size());
        sets += names.at(i) + QStringLiteral(" = ") + (isTextValueColumn(i) ? m_db.textParam() : QStringLiteral("?")) + QStringLiteral(", ");
        plan.values << plan.row.at(i);
    }
    plan.values << (reviewStarted(record.state.step) ? QVariant(m_clock().toMSecsSinceEpoch()) : QVariant()) << plan.row.at(0)
                << plan.expected;
    plan.sql = QStringLiteral("UPDATE tickets SET %1review_started_at = COALESCE(review_started_at, ?) WHERE id = ? AND version = ?")
                   .arg(sets);
    plan.id = plan.row.at(0).toString();
    if (plan.caseRemade) {
        plan.caseBody = record.storedCaseBody;
        plan.assessment = record.storedAssessment;
    }
    plan.actor = actor;
    plan.action = action;
    // Here, not on the writing thread; the detail's text is canonical, and so is it with the version
    // set in its place.
    plan.auditDetailJson = jsontext::withMember(detailJson.isEmpty() ? QByteArrayView("{}") : QByteArrayView(detailJson), "version",
                                                QByteArray::number(record.version));
    if (plan.auditDetailJson.isEmpty())
        throw ApiError(500, QStringLiteral("audit_detail_invalid"), QStringLiteral("the audit detail of %1 is not a JSON object").arg(action));
    return plan;
}

bool TicketStore::applySave(PlannedSave &plan)
{
    const qint64 seq = nextChangeSeq();
    plan.values[plan.changeSeqIndex] = seq;
    plan.row[kChangeSeq] = seq;
    if (m_db.change(plan.sql, plan.values) != 1)
        return false;
    if (plan.caseRemade)
        m_db.change(QStringLiteral("UPDATE ticket_cases SET case_json = ?, assessment_json = ? WHERE id = ?"),
                    {QString::fromUtf8(plan.caseBody), nullableJson(plan.assessment), plan.id});
    m_audit.appendCanonical(plan.actor, plan.action, plan.id, plan.auditDetailJson);
    return true;
}

bool TicketStore::save(TicketRecord &record, const QString &actor, const QString &action, const QByteArray &detailJson)
{
    PlannedSave plan = planSave(record, actor, action, detailJson);
    if (!applySave(plan)) {
        record.version = plan.expected;
        record.caseFile.ticket.version = plan.expected;
        return false;
    }
    record.storedRow = plan.row;
    return true;
}

std::optional<TicketRecord> TicketStore::pull(const QString &userId, qint64 leaseMs)
{
    const qint64 now = m_clock().toMSecsSinceEpoch();
    // Candidates in SLA order; the first that is still free when locked is taken. On PostgreSQL
    // SKIP LOCKED lets concurrent servers pass each other; on SQLite the write lock serialises pulls.
    const QString sql = QStringLiteral("SELECT id FROM tickets WHERE (holder IS NULL OR lease_until < ?) "
                                       "AND step IN ('feedback','evidence','review','verdict','execution') "
                                       "AND status IN ('open','in_progress') ORDER BY sla_due_at, id LIMIT 8")
                        + (m_db.isPostgres() ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString());
    Rows q = m_db.exec(sql, {now});
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    for (const QString &id : ids) {
        std::optional<TicketRecord> record = load(id, true);
        if (!record || !record->state.holder.isEmpty())
            continue;
        record->state.holder = userId;
        record->leaseUntilMs = now + leaseMs;
        if (record->state.status == Status::Open)
            record->state.status = Status::InProgress;
        if (save(*record, userId, QStringLiteral("ticket.pull"),
                 AuditLog::canonicalJson(QJsonObject{{QStringLiteral("lease_until"), isoMs(record->leaseUntilMs)}})))
            return record;
    }
    return std::nullopt;
}

QString TicketStore::storeEvidenceContent(const CaseFile &c, const Evidence &e, const QByteArray &content,
                                          const InspectedEvidence &inspected, bool perceptual)
{
    const QString contentId = QStringLiteral("EV") + QUuid::createUuid().toString(QUuid::Id128).left(24).toUpper();
    auto band = [&](int i) { return inspected.dhash ? QVariant(int((*inspected.dhash >> (16 * i)) & 0xffff)) : QVariant(); };
    m_db.change(QStringLiteral("INSERT INTO evidence (content_id, id, ticket_id, kind, media_type, sha256, size, dhash, dhash_b0, dhash_b1, "
                             "dhash_b2, dhash_b3, captured_at, source, name, customer_id, created_at, content) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {contentId, e.id, c.ticket.id, enumName(e.kind), inspected.mediaType, inspected.sha256, qint64(content.size()),
               inspected.dhash ? QVariant(qint64(*inspected.dhash)) : QVariant(), band(0), band(1), band(2), band(3),
               e.capturedAt ? QVariant(e.capturedAt->toMSecsSinceEpoch()) : QVariant(), enumName(e.source), e.name,
               c.order ? c.order->customerId : QString(), m_clock().toMSecsSinceEpoch(), content});
    if (inspected.dhash)
        recordScreenshotMatches(c.ticket.id, c.order ? c.order->customerId : QString(), e.id, *inspected.dhash, inspected.sha256,
                                perceptual);
    return contentId;
}

bool TicketStore::evidenceExists(const QString &ticketId, const QString &evidenceId) const
{
    return m_db.exec(QStringLiteral("SELECT 1 FROM evidence WHERE ticket_id = ? AND id = ?"), {ticketId, evidenceId}).next();
}

QJsonArray TicketStore::evidenceFiles(const QString &ticketId) const
{
    QJsonArray out;
    Rows q = m_db.exec(QStringLiteral("SELECT id, content_id, size, sha256, media_type FROM evidence WHERE ticket_id = ? ORDER BY id"),
                            {ticketId});
    while (q.next()) {
        out.append(QJsonObject{{QStringLiteral("evidence_id"), q.value(0).toString()},
                               {QStringLiteral("content_id"), q.value(1).toString()},
                               {QStringLiteral("size"), q.value(2).toLongLong()},
                               {QStringLiteral("sha256"), q.value(3).toString()},
                               {QStringLiteral("media_type"), q.value(4).toString()},
                               {QStringLiteral("url"), QStringLiteral("/api/v1/evidence/%1/content").arg(q.value(1).toString())}});
    }
    return out;
}

void TicketStore::recordScreenshotMatches(const QString &ticketId, const QString &customerId, const QString &evidenceId,
                                          quint64 hash, const QString &sha256, bool perceptual)
{
    // Candidates share one of the four 16-bit bands of the dHash; the distance decides.
    QVariantList values;
    if (perceptual) {
        for (int i = 0; i < 4; ++i)
            values << int((hash >> (16 * i)) & 0xffff);
    }
    values << ticketId << customerId;
    if (!perceptual)
        values.prepend(sha256);
    Rows others = m_db.exec(perceptual ? QStringLiteral("SELECT id, ticket_id, dhash, sha256 FROM evidence WHERE "
                                                             "(dhash_b0 = ? OR dhash_b1 = ? OR dhash_b2 = ? OR dhash_b3 = ?) "
                                                             "AND ticket_id <> ? AND customer_id <> ? LIMIT 200")
                                            : QStringLiteral("SELECT id, ticket_id, dhash, sha256 FROM evidence WHERE sha256 = ? "
                                                             "AND ticket_id <> ? AND customer_id <> ? LIMIT 200"),
                                 values);
    struct Match
    {
        QString evidence, ticket;
        int distance;
        bool identical;
    };
    QList<Match> matches;
    while (others.next()) {
        const int distance = EvidenceInspector::hammingDistance(hash, quint64(others.value(2).toLongLong()));
        if (distance <= kMaxDuplicateDistance)
            matches << Match{others.value(0).toString(), others.value(1).toString(), distance, others.value(3).toString() == sha256};
    }
    for (const Match &m : matches) {
        m_db.change(QStringLiteral("INSERT INTO evidence_matches (ticket_id, evidence_id, other_ticket_id, other_evidence_id, distance, identical) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"),
                  {ticketId, evidenceId, m.ticket, m.evidence, m.distance, m.identical ? 1 : 0});
        m_db.change(QStringLiteral("INSERT INTO evidence_matches (ticket_id, evidence_id, other_ticket_id, other_evidence_id, distance, identical) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"),
                  {m.ticket, m.evidence, ticketId, evidenceId, m.distance, m.identical ? 1 : 0});
    }
}

QJsonArray TicketStore::duplicateScreenshots(const QString &ticketId) const
{
    QJsonArray out;
    Rows q = m_db.exec(QStringLiteral("SELECT evidence_id, other_ticket_id, other_evidence_id, identical, distance "
                                           "FROM evidence_matches WHERE ticket_id = ? ORDER BY evidence_id, other_ticket_id LIMIT 100"),
                            {ticketId});
    while (q.next()) {
        out.append(QJsonObject{{QStringLiteral("evidence_id"), q.value(0).toString()},
                               {QStringLiteral("other_ticket_id"), q.value(1).toString()},
                               {QStringLiteral("other_evidence_id"), q.value(2).toString()},
                               {QStringLiteral("identical_bytes"), q.value(3).toInt() != 0},
                               {QStringLiteral("distance"), q.value(4).toInt()}});
    }
    return out;
}

std::optional<QByteArray> TicketStore::detailJson(const QString &id, qint64 *version) const
{
    Rows q = m_db.exec(QStringLiteral("SELECT version, holder, lease_until, %1, state_json, %2, %3 "
                                      "FROM tickets JOIN ticket_cases USING (id) WHERE id = ?")
                           .arg(m_db.utf8Bytes(QStringLiteral("case_json")), m_db.utf8Bytes(QStringLiteral("assessment_json")),
                                m_db.utf8Bytes(QStringLiteral("ticket_json"))),
                       {id});
    if (!q.next())
        return std::nullopt;
    *version = q.value(0).toLongLong();
    const bool held = !q.value(1).isNull() && q.value(2).toLongLong() >= m_clock().toMSecsSinceEpoch();
    QJsonObject state = parseObject(q.value(4).toString());
    if (!held)
        state.insert(QStringLiteral("holder"), QJsonValue::Null); // the lease ran out
    const QByteArray caseJson = q.value(3).toByteArray();
    if (!caseJson.startsWith('{') || !caseJson.endsWith('}'))
        throw ApiError(500, QStringLiteral("ticket_corrupt"), QStringLiteral("stored ticket %1 cannot be read").arg(id));
    const QJsonObject extra{
        {QStringLiteral("version"), double(*version)},
        {QStringLiteral("state"), state},
        {QStringLiteral("notes"), state.value(QStringLiteral("notes"))},
        {QStringLiteral("holder"), held ? QJsonValue(q.value(1).toString()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("lease_until"), held ? QJsonValue(isoMs(q.value(2).toLongLong())) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("duplicates"), duplicateScreenshots(id)},
        {QStringLiteral("evidence_files"), evidenceFiles(id)},
    };
    QByteArray out = "{\"ticket\":" + q.value(6).toByteArray() + ',';
    out += QByteArrayView(caseJson).sliced(1, caseJson.size() - 2);
    out += ',';
    QByteArray rest = QJsonDocument(extra).toJson(QJsonDocument::Compact);
    out += QByteArrayView(rest).sliced(1, rest.size() - 2);
    out += ",\"history\":";
    out += m_audit.entriesJson(id, 1000);
    out += ",\"assessment\":";
    out += q.value(5).isNull() ? QByteArray("null") : q.value(5).toByteArray();
    out += '}';
    return out;
}

} // namespace wd::server
