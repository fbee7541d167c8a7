#pragma once
// The key-activation log of one case as a table: the case file's key events and its platform
// events (maintenance and outage windows, payment callbacks, order state changes) merged in time
// order. Times are UTC inside and shown in a display time zone (the machine's by default).
// A "highlight window" set from outside (the evidence viewer's selected screenshot) marks the
// events near an instant.

#include "casefile.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace wd {

class KeyLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, TypeColumn, SourceColumn, IpColumn, MessageColumn, ResultColumn, ColumnCount };
    enum class RowKind { KeyEvent, PlatformEvent };
    enum Role {
        RowKindRole = Qt::UserRole + 1, // int(RowKind)
        EventTypeRole,                  // int(KeyEventType) or int(PlatformEventType), by RowKind
        FailureRole,                    // bool: a key event whose result is present and not success
        InstantRole,                    // QDateTime (UTC): when it happened, or when a window opened
        UntilRole,                      // QDateTime (UTC) a platform window closed; invalid while open
        WindowRole,                     // bool: a maintenance or outage window (drawn as a band)
        HighlightedRole,                // bool: inside the highlight window
        SourceRole,                     // int(EventSource); -1 for platform events
        ResultRole,                     // int(KeyResult); -1 without a result
        KeyIdRole,                      // QString
        ActorRole,                      // QString
        CoveringWindowRole,             // int(PlatformEventType) of a window the event falls in, -1 if none
    };
    Q_ENUM(Column)

    explicit KeyLogModel(QObject *parent = nullptr);

    void setCase(const CaseFile &caseFile);
    void clear();
    void setDisplayTimeZone(const QTimeZone &zone);

    // Highlights events within ±`halfWidthMs` of `centre` (a window overlapping that span counts);
    // an invalid centre clears the highlight.
    void setHighlightWindow(const QDateTime &centre, qint64 halfWidthMs);
    void clearHighlight() { setHighlightWindow({}, 0); }
    QList<int> highlightedRows() const;

    QDateTime instantAt(int row) const;
    bool isWindow(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        RowKind kind = RowKind::KeyEvent;
        KeyEvent key;
        PlatformEvent platform;
        QDateTime at; // UTC
        QDateTime until; // UTC, platform windows only
        int coveringWindow = -1; // int(PlatformEventType) of a window containing a key event (outage wins)
        bool highlighted = false;
    };

    bool inWindow(const Row &row) const;
    QString timeText(const QDateTime &utc, const QString &format = QStringLiteral("yyyy-MM-dd HH:mm:ss")) const;
    QVariant display(const Row &row, int column) const;
    QString toolTip(const Row &row) const;

    QList<Row> m_rows;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QDateTime m_centre;
    qint64 m_halfWidthMs = 0;
};

} // namespace wd
