#pragma once
// Who is behind a user id, for the screen: the display names of the server's user directory
// (GET /users), as the workstation last received them. Tickets, notes and the dashboard carry
// user ids; whatever shows one to a person asks displayName(), which falls back to the id itself
// when the name is unknown (offline on the first start, a user added since the last refresh).

#include <QHash>
#include <QObject>
#include <QString>

namespace wd {

class UserNames : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Replaces the directory (id -> display name); changed() when anything differs.
    void setNames(const QHash<QString, QString> &names);
    QHash<QString, QString> names() const { return m_names; }
    bool knows(const QString &id) const { return m_names.contains(id); }
    // The display name, or the id when there is none (an empty id stays empty).
    QString displayName(const QString &id) const;

signals:
    void changed();

private:
    QHash<QString, QString> m_names;
};

} // namespace wd
