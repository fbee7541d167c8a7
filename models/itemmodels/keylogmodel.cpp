#include "keylogmodel.h"

#include "domainlabels.h"

#include <algorithm>

namespace wd {

namespace {

bool isBandEvent(PlatformEventType type)
{
    return type == PlatformEventType::Maintenance || type == PlatformEventType::Outage;
}

QString durationText(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    if (minutes < 60)
        return KeyLogModel::tr("%n min", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (minutes % 60 == 0)
        return KeyLogModel::tr("%n h", nullptr, int(hours));
    return KeyLogModel::tr("%1 h %2 min").arg(hours).arg(minutes % 60);
}

} // namespace

KeyLogModel::KeyLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void KeyLogModel::setCase(const CaseFile &caseFile)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(caseFile.platformEvents.size() + caseFile.keyEvents.size());
    // Platform events first so that a window opening at the same instant as a key event sorts
    // above it (the stable sort keeps that order among equal instants).
    for (const PlatformEvent &event : caseFile.platformEvents) {
        Row row;
        row.kind = RowKind::PlatformEvent;
        row.platform = event;
        row.at = event.at.toUTC();
        if (event.until)
            row.until = event.until->toUTC();
        m_rows << row;
    }
    for (const KeyEvent &event : caseFile.keyEvents) {
        Row row;
        row.kind = RowKind::KeyEvent;
        row.key = event;
        row.at = event.at.toUTC();
        m_rows << row;
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.at < b.at; });
    // Which key events fall inside a maintenance or outage window (ends included, as the
    // platform_window_overlap rule reads them); the timeline draws those with the window's band.
    for (const PlatformEvent &window : caseFile.platformEvents) {
        if (!isBandEvent(window.type))
            continue;
        const QDateTime from = window.at.toUTC();
        const QDateTime to = window.until ? window.until->toUTC() : QDateTime();
        for (Row &row : m_rows) {
            if (row.kind != RowKind::KeyEvent || row.at < from || (to.isValid() && row.at > to))
                continue;
            if (row.coveringWindow != int(PlatformEventType::Outage))
                row.coveringWindow = int(window.type);
        }
    }
    for (Row &row : m_rows)
        row.highlighted = inWindow(row);
    endResetModel();
}

void KeyLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void KeyLogModel::setDisplayTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, ColumnCount - 1));
}

bool KeyLogModel::inWindow(const Row &row) const
{
    if (!m_centre.isValid())
        return false;
    const QDateTime from = m_centre.addMSecs(-m_halfWidthMs);
    const QDateTime to = m_centre.addMSecs(m_halfWidthMs);
    if (row.kind == RowKind::PlatformEvent && isBandEvent(row.platform.type)) {
        // A window overlaps the span; one still open reaches into the future.
        return row.at <= to && (!row.until.isValid() || row.until >= from);
    }
    return row.at >= from && row.at <= to;
}

void KeyLogModel::setHighlightWindow(const QDateTime &centre, qint64 halfWidthMs)
{
    m_centre = centre.isValid() ? centre.toUTC() : QDateTime();
    m_halfWidthMs = std::max<qint64>(0, halfWidthMs);
    // One dataChanged per contiguous run of changed rows keeps views cheap with 2,000 events.
    int runStart = -1;
    for (int i = 0; i <= m_rows.size(); ++i) {
        bool changed = false;
        if (i < m_rows.size()) {
            const bool now = inWindow(m_rows[i]);
            changed = now != m_rows[i].highlighted;
            m_rows[i].highlighted = now;
        }
        if (changed && runStart < 0)
            runStart = i;
        if (!changed && runStart >= 0) {
            emit dataChanged(index(runStart, 0), index(i - 1, ColumnCount - 1), {HighlightedRole, Qt::BackgroundRole});
            runStart = -1;
        }
    }
}

QList<int> KeyLogModel::highlightedRows() const
{
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].highlighted)
            rows << i;
    }
    return rows;
}

QDateTime KeyLogModel::instantAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].at : QDateTime();
}

bool KeyLogModel::isWindow(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].kind == RowKind::PlatformEvent
        && isBandEvent(m_rows[row].platform.type);
}

int KeyLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeyLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KeyLogModel::timeText(const QDateTime &utc, const QString &format) const
{
    return utc.toTimeZone(m_zone).toString(format);
}

QVariant KeyLogModel::display(const Row &row, int column) const
{
    const bool key = row.kind == RowKind::KeyEvent;
    switch (column) {
    case TimeColumn: return timeText(row.at, QStringLiteral("MM-dd HH:mm:ss")); // the year is in the tooltip
    case TypeColumn: return key ? DomainLabels::label(row.key.type) : DomainLabels::label(row.platform.type);
    case SourceColumn: return key ? DomainLabels::label(row.key.source) : DomainLabels::label(EventSource::Platform);
    case IpColumn: return key ? row.key.ip : QString();
    case MessageColumn: return key ? row.key.message : row.platform.message;
    case ResultColumn:
        if (key)
            return row.key.result ? DomainLabels::label(*row.key.result) : QString();
        if (!isBandEvent(row.platform.type))
            return QString();
        if (!row.until.isValid())
            return tr("ongoing");
        //: a maintenance window's end and length, e.g. "→ 19:00 · 2 h"
        return tr("→ %1 · %2").arg(timeText(row.until, QStringLiteral("HH:mm")), durationText(row.at.msecsTo(row.until)));
    default: break;
    }
    return {};
}

QString KeyLogModel::toolTip(const Row &row) const
{
    if (row.kind == RowKind::PlatformEvent) {
        const QString until = row.until.isValid() ? timeText(row.until) : tr("ongoing");
        return tr("%1: %2 – %3\n%4").arg(DomainLabels::label(row.platform.type), timeText(row.at), until,
                                         row.platform.message);
    }
    QString text = tr("%1 · %2 · key %3 · by %4")
                       .arg(timeText(row.at), DomainLabels::label(row.key.type), row.key.keyId, row.key.actor);
    if (!row.key.ip.isEmpty())
        text += QLatin1Char('\n') + tr("%1 from %2").arg(DomainLabels::label(row.key.source), row.key.ip);
    if (row.key.result)
        text += QLatin1Char('\n') + tr("Result: %1").arg(DomainLabels::label(*row.key.result));
    if (!row.key.message.isEmpty())
        text += QLatin1Char('\n') + row.key.message;
    return text;
}

QVariant KeyLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const bool key = row.kind == RowKind::KeyEvent;
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ToolTipRole: return toolTip(row);
    case RowKindRole: return int(row.kind);
    case EventTypeRole: return key ? int(row.key.type) : int(row.platform.type);
    case FailureRole: return key && row.key.result && *row.key.result != KeyResult::Success;
    case InstantRole: return row.at;
    case UntilRole: return row.until;
    case WindowRole: return !key && isBandEvent(row.platform.type);
    case HighlightedRole: return row.highlighted;
    case SourceRole: return key ? int(row.key.source) : -1;
    case ResultRole: return key && row.key.result ? int(*row.key.result) : -1;
    case KeyIdRole: return key ? row.key.keyId : QString();
    case ActorRole: return key ? row.key.actor : QString();
    case CoveringWindowRole: return row.coveringWindow;
    default: break;
    }
    return {};
}

QVariant KeyLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case TypeColumn: return tr("Event");
    case SourceColumn: return tr("Source");
    case IpColumn: return tr("IP");
    case MessageColumn: return tr("Message");
    case ResultColumn: return tr("Result");
    default: break;
    }
    return {};
}

} // namespace wd
