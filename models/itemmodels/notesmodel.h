#pragma once
// The notes of one ticket as a list model: the server's notes in their order, then the notes the
// agent wrote locally that the server has not confirmed yet (the pending-sync marker), so a note
// shows at once and never vanishes while the outbox is still sending it.

#include "caseworkflow.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace wd {

class UserNames;

class NotesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,        // int(NoteKind)
        KindNameRole,    // the contract's name: "internal", "customer", "review"
        AuthorRole,
        AtRole,          // QDateTime, UTC
        TextRole,
        PendingSyncRole, // bool: written here, not yet confirmed by the server
        AuthorNameRole,  // the author's display name (setUserNames), else the id
    };
    Q_ENUM(Role)

    explicit NotesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Where AuthorNameRole finds display names (not owned; may be null: ids are shown). The rows
    // repaint when the directory changes.
    void setUserNames(const UserNames *names);

    // Replaces everything: the server's notes, then those still waiting in the outbox.
    void setNotes(const QList<Note> &synced, const QList<Note> &pending = {});
    // A note written here; shown at once, marked pending.
    void addPending(const Note &note);
    // The server confirmed the pending note `localId`: it becomes `confirmed` (the server's id and
    // time) and loses the marker. False when no pending note has that id.
    bool confirm(const QString &localId, const Note &confirmed);
    // The outbox gave up on it (refused by the server): removed. False when unknown.
    bool dropPending(const QString &localId);

    Note note(int row) const;
    bool isPending(int row) const;
    int pendingCount() const;

private:
    struct Row
    {
        Note note;
        bool pending = false;
    };
    int pendingRow(const QString &localId) const;

    QList<Row> m_rows;
    QPointer<const UserNames> m_names;
};

} // namespace wd
