#include "notesmodel.h"

#include "usernames.h"

#include <algorithm>

namespace wd {

NotesModel::NotesModel(QObject *parent) : QAbstractListModel(parent) {}

int NotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole: return row.note.text;
    case IdRole: return row.note.id;
    case KindRole: return int(row.note.kind);
    case KindNameRole: return enumName(row.note.kind);
    case AuthorRole: return row.note.author;
    case AuthorNameRole: return m_names ? m_names->displayName(row.note.author) : row.note.author;
    case AtRole: return row.note.at;
    case PendingSyncRole: return row.pending;
    default: return {};
    }
}

QHash<int, QByteArray> NotesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "noteId");
    names.insert(KindRole, "kind");
    names.insert(KindNameRole, "kindName");
    names.insert(AuthorRole, "author");
    names.insert(AtRole, "at");
    names.insert(TextRole, "text");
    names.insert(PendingSyncRole, "pendingSync");
    names.insert(AuthorNameRole, "authorName");
    return names;
}

void NotesModel::setUserNames(const UserNames *names)
{
    if (m_names)
        disconnect(m_names, nullptr, this, nullptr);
    m_names = names;
    if (names) {
        connect(names, &UserNames::changed, this, [this] {
            if (!m_rows.isEmpty())
                emit dataChanged(index(0), index(int(m_rows.size()) - 1), {AuthorNameRole});
        });
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {AuthorNameRole});
}

void NotesModel::setNotes(const QList<Note> &synced, const QList<Note> &pending)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(synced.size() + pending.size());
    for (const Note &note : synced)
        m_rows.append({note, false});
    for (const Note &note : pending)
        m_rows.append({note, true});
    endResetModel();
}

void NotesModel::addPending(const Note &note)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({note, true});
    endInsertRows();
}

int NotesModel::pendingRow(const QString &localId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).pending && m_rows.at(i).note.id == localId)
            return i;
    }
    return -1;
}

bool NotesModel::confirm(const QString &localId, const Note &confirmed)
{
    const int row = pendingRow(localId);
    if (row < 0)
        return false;
    m_rows[row] = {confirmed, false};
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed);
    return true;
}

bool NotesModel::dropPending(const QString &localId)
{
    const int row = pendingRow(localId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

Note NotesModel::note(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).note : Note{};
}

bool NotesModel::isPending(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).pending;
}

int NotesModel::pendingCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.pending; }));
}

} // namespace wd
