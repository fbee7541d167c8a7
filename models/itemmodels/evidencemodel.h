#pragma once
// The evidence items of one case: kind, name, capture time, source, the SHA-256 integrity state
// of the bytes (known only once they were downloaded and checked by the store), the server's
// duplicate-screenshot warnings and a thumbnail that arrives later from the image loader.
// No bytes and no I/O here: everything is handed in.

#include "casefile.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QList>
#include <QTimeZone>

namespace wd {

enum class Integrity { NotDownloaded, Verifying, Verified, Mismatch, Missing };

struct DuplicateMatch
{
    QString otherTicketId;
    QString otherEvidenceId;
    bool identicalBytes = false;
    int distance = 0;
};

class EvidenceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, CapturedColumn, SourceColumn, IntegrityColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString
        KindRole,                  // int(EvidenceKind)
        NameRole,                  // QString: the name, or the id when it has none
        CapturedAtRole,            // QDateTime (UTC); invalid when unknown
        SourceRole,                // int(EvidenceSource)
        MediaTypeRole,             // QString
        Sha256Role,                // QString: the hash the case file declares
        IntegrityRole,             // int(Integrity)
        IntegrityTextRole,         // QString, e.g. "SHA-256 mismatch: integrity failure"
        IntegrityFailedRole,       // bool: mismatch or missing; never to be shown as valid evidence
        DuplicateWarningRole,      // QString: empty without duplicates
        DuplicateCountRole,        // int
        ThumbnailRole,             // QImage; null until set
        IsImageRole,               // bool: media type image/*
        HighlightedRole,           // bool: captured inside the highlight window
    };
    Q_ENUM(Column)

    static constexpr int kMaxDuplicates = 1000;

    explicit EvidenceModel(QObject *parent = nullptr);

    // Replaces the items. An item whose id and declared SHA-256 are unchanged keeps its integrity
    // state and thumbnail (a re-sync must not make verified evidence look undownloaded again).
    void setCase(const CaseFile &caseFile);
    void clear();
    void setDisplayTimeZone(const QTimeZone &zone);

    bool setIntegrity(const QString &evidenceId, Integrity state);
    bool setThumbnail(const QString &evidenceId, const QImage &thumbnail);
    // The ticket detail's `duplicates` array. Valid entries are applied even when others are not;
    // the return value names the first bad field ("duplicates[2].distance: …"), empty when all
    // were good. Entries for ids this case does not hold are ignored.
    QString setDuplicates(const QJsonArray &duplicates);
    QList<DuplicateMatch> duplicatesOf(const QString &evidenceId) const;

    void setHighlightWindow(const QDateTime &centre, qint64 halfWidthMs);
    void clearHighlight() { setHighlightWindow({}, 0); }
    QList<int> highlightedRows() const;

    int rowOf(const QString &evidenceId) const;
    QString idAt(int row) const;
    Integrity integrityAt(int row) const;

    static QString integrityText(Integrity state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        Evidence evidence;
        QDateTime capturedUtc;
        Integrity integrity = Integrity::NotDownloaded;
        QImage thumbnail;
        QList<DuplicateMatch> duplicates;
        bool highlighted = false;
    };

    bool inWindow(const Item &item) const;
    QString duplicateWarning(const Item &item) const;
    QString timeText(const QDateTime &utc) const;
    void rowChanged(int row, const QList<int> &roles);

    QList<Item> m_items;
    QHash<QString, int> m_rowById;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QDateTime m_centre;
    qint64 m_halfWidthMs = 0;
};

} // namespace wd
