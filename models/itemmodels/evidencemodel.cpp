#include "evidencemodel.h"

#include "domainlabels.h"

#include <QJsonObject>

#include <algorithm>

namespace wd {

namespace {

constexpr int kMaxIdLength = 200;

// Reads one string field of a duplicates entry; the error names the field.
bool readId(const QJsonObject &object, const char *key, const QString &path, QString *out, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString() || value.toString().isEmpty() || value.toString().size() > kMaxIdLength) {
        *error = QStringLiteral("%1.%2: expected a non-empty string of at most %3 characters")
                     .arg(path, QLatin1String(key))
                     .arg(kMaxIdLength);
        return false;
    }
    *out = value.toString();
    return true;
}

} // namespace

EvidenceModel::EvidenceModel(QObject *parent) : QAbstractTableModel(parent) {}

void EvidenceModel::setCase(const CaseFile &caseFile)
{
    QHash<QString, Item> previous;
    for (const Item &item : std::as_const(m_items))
        previous.insert(item.evidence.id, item);

    beginResetModel();
    m_items.clear();
    m_rowById.clear();
    for (const Evidence &evidence : caseFile.evidence) {
        if (m_rowById.contains(evidence.id))
            continue; // ids are unique per ticket; a second copy would make id lookups ambiguous
        Item item;
        item.evidence = evidence;
        item.capturedUtc = evidence.capturedAt ? evidence.capturedAt->toUTC() : QDateTime();
        const auto old = previous.constFind(evidence.id);
        if (old != previous.constEnd() && old->evidence.sha256 == evidence.sha256) {
            item.integrity = old->integrity;
            item.thumbnail = old->thumbnail;
            item.duplicates = old->duplicates;
        }
        item.highlighted = inWindow(item);
        m_rowById.insert(evidence.id, int(m_items.size()));
        m_items << item;
    }
    endResetModel();
}

void EvidenceModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_rowById.clear();
    endResetModel();
}

void EvidenceModel::setDisplayTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void EvidenceModel::rowChanged(int row, const QList<int> &roles)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
}

bool EvidenceModel::setIntegrity(const QString &evidenceId, Integrity state)
{
    const int row = rowOf(evidenceId);
    if (row < 0)
        return false;
    if (m_items[row].integrity != state) {
        m_items[row].integrity = state;
        rowChanged(row, {IntegrityRole, IntegrityTextRole, IntegrityFailedRole, Qt::DisplayRole, Qt::ToolTipRole});
    }
    return true;
}

bool EvidenceModel::setThumbnail(const QString &evidenceId, const QImage &thumbnail)
{
    const int row = rowOf(evidenceId);
    if (row < 0)
        return false;
    m_items[row].thumbnail = thumbnail;
    rowChanged(row, {ThumbnailRole, Qt::DecorationRole});
    return true;
}

QString EvidenceModel::setDuplicates(const QJsonArray &duplicates)
{
    QString firstError;
    QHash<QString, QList<DuplicateMatch>> byId;
    if (duplicates.size() > kMaxDuplicates)
        firstError = QStringLiteral("duplicates: more than %1 entries; the rest were ignored").arg(kMaxDuplicates);
    const qsizetype count = std::min<qsizetype>(duplicates.size(), kMaxDuplicates);
    for (qsizetype i = 0; i < count; ++i) {
        const QString path = QStringLiteral("duplicates[%1]").arg(i);
        QString error;
        const QJsonValue value = duplicates.at(i);
        if (!value.isObject()) {
            if (firstError.isEmpty())
                firstError = path + QStringLiteral(": expected an object");
            continue;
        }
        const QJsonObject object = value.toObject();
        QString evidenceId;
        DuplicateMatch match;
        if (!readId(object, "evidence_id", path, &evidenceId, &error)
            || !readId(object, "other_ticket_id", path, &match.otherTicketId, &error)
            || !readId(object, "other_evidence_id", path, &match.otherEvidenceId, &error)) {
            if (firstError.isEmpty())
                firstError = error;
            continue;
        }
        const QJsonValue identical = object.value(QLatin1String("identical_bytes"));
        if (!identical.isBool()) {
            if (firstError.isEmpty())
                firstError = path + QStringLiteral(".identical_bytes: expected true or false");
            continue;
        }
        const QJsonValue distance = object.value(QLatin1String("distance"));
        const double d = distance.toDouble(-1);
        if (!distance.isDouble() || d < 0 || d > 64 || d != double(int(d))) {
            if (firstError.isEmpty())
                firstError = path + QStringLiteral(".distance: expected a whole number of bits from 0 to 64");
            continue;
        }
        match.identicalBytes = identical.toBool();
        match.distance = int(d);
        if (m_rowById.contains(evidenceId))
            byId[evidenceId] << match;
    }
    for (int row = 0; row < m_items.size(); ++row) {
        QList<DuplicateMatch> matches = byId.value(m_items[row].evidence.id);
        const bool had = !m_items[row].duplicates.isEmpty();
        m_items[row].duplicates = matches;
        if (had || !matches.isEmpty())
            rowChanged(row, {DuplicateWarningRole, DuplicateCountRole, Qt::ToolTipRole});
    }
    return firstError;
}

QList<DuplicateMatch> EvidenceModel::duplicatesOf(const QString &evidenceId) const
{
    const int row = rowOf(evidenceId);
    return row < 0 ? QList<DuplicateMatch>() : m_items[row].duplicates;
}

bool EvidenceModel::inWindow(const Item &item) const
{
    if (!m_centre.isValid() || !item.capturedUtc.isValid())
        return false;
    return qAbs(m_centre.msecsTo(item.capturedUtc)) <= m_halfWidthMs;
}

void EvidenceModel::setHighlightWindow(const QDateTime &centre, qint64 halfWidthMs)
{
    m_centre = centre.isValid() ? centre.toUTC() : QDateTime();
    m_halfWidthMs = std::max<qint64>(0, halfWidthMs);
    for (int row = 0; row < m_items.size(); ++row) {
        const bool now = inWindow(m_items[row]);
        if (now != m_items[row].highlighted) {
            m_items[row].highlighted = now;
            rowChanged(row, {HighlightedRole});
        }
    }
}

QList<int> EvidenceModel::highlightedRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items[row].highlighted)
            rows << row;
    }
    return rows;
}

int EvidenceModel::rowOf(const QString &evidenceId) const
{
    return m_rowById.value(evidenceId, -1);
}

QString EvidenceModel::idAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items[row].evidence.id : QString();
}

Integrity EvidenceModel::integrityAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items[row].integrity : Integrity::NotDownloaded;
}

QString EvidenceModel::integrityText(Integrity state)
{
    switch (state) {
    case Integrity::NotDownloaded: return tr("Not downloaded");
    case Integrity::Verifying: return tr("Verifying SHA-256…");
    case Integrity::Verified: return tr("SHA-256 verified");
    case Integrity::Mismatch: return tr("SHA-256 mismatch: integrity failure, not valid evidence");
    case Integrity::Missing: return tr("File missing on the server");
    }
    return {};
}

QString EvidenceModel::duplicateWarning(const Item &item) const
{
    QStringList parts;
    for (const DuplicateMatch &match : item.duplicates) {
        parts << (match.identicalBytes
                      ? tr("identical file in ticket %1 (%2)").arg(match.otherTicketId, match.otherEvidenceId)
                      : tr("similar screenshot in ticket %1 (%2, %n bit(s) apart)", nullptr, match.distance)
                            .arg(match.otherTicketId, match.otherEvidenceId));
    }
    if (parts.isEmpty())
        return {};
    return tr("Also submitted by another customer: %1").arg(parts.join(QStringLiteral("; ")));
}

QString EvidenceModel::timeText(const QDateTime &utc) const
{
    return utc.isValid() ? utc.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

int EvidenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int EvidenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items[index.row()];
    const Evidence &e = item.evidence;
    const QString name = e.name.isEmpty() ? e.id : e.name;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return name;
        case KindColumn: return DomainLabels::label(e.kind);
        case CapturedColumn: return item.capturedUtc.isValid() ? timeText(item.capturedUtc) : tr("unknown");
        case SourceColumn: return DomainLabels::label(e.source);
        case IntegrityColumn: return integrityText(item.integrity);
        default: return {};
        }
    case Qt::DecorationRole:
        return index.column() == NameColumn && !item.thumbnail.isNull() ? QVariant(item.thumbnail) : QVariant();
    case Qt::ToolTipRole: {
        QStringList lines{tr("%1 · %2").arg(e.id, DomainLabels::label(e.kind)),
                          tr("Captured: %1").arg(item.capturedUtc.isValid() ? timeText(item.capturedUtc) : tr("unknown")),
                          tr("Source: %1").arg(DomainLabels::label(e.source)), integrityText(item.integrity)};
        const QString warning = duplicateWarning(item);
        if (!warning.isEmpty())
            lines << warning;
        return lines.join(QLatin1Char('\n'));
    }
    case IdRole: return e.id;
    case KindRole: return int(e.kind);
    case NameRole: return name;
    case CapturedAtRole: return item.capturedUtc;
    case SourceRole: return int(e.source);
    case MediaTypeRole: return e.mediaType;
    case Sha256Role: return e.sha256;
    case IntegrityRole: return int(item.integrity);
    case IntegrityTextRole: return integrityText(item.integrity);
    case IntegrityFailedRole: return item.integrity == Integrity::Mismatch || item.integrity == Integrity::Missing;
    case DuplicateWarningRole: return duplicateWarning(item);
    case DuplicateCountRole: return int(item.duplicates.size());
    case ThumbnailRole: return item.thumbnail;
    case IsImageRole: return e.mediaType.startsWith(QLatin1String("image/"));
    case HighlightedRole: return item.highlighted;
    default: break;
    }
    return {};
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    case CapturedColumn: return tr("Captured");
    case SourceColumn: return tr("Source");
    case IntegrityColumn: return tr("SHA-256");
    default: break;
    }
    return {};
}

} // namespace wd
