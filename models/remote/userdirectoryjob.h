#pragma once
// GET /users: the server's user directory (id, display name, role, active), so the workstation
// shows people's names where tickets carry user ids (holders, note authors, the dashboard).
// Made by ApiClient::users(); the caller deletes it with deleteLater() after finished().

#include "apijob.h"

#include "enums.h"
#include "result.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace wd::remote {

struct DirectoryUser
{
    QString id;
    QString displayName; // never empty: the id when the server sent none
    Role role = Role::Agent;
    bool active = true;

    QJsonObject toJson() const;
    friend bool operator==(const DirectoryUser &a, const DirectoryUser &b)
    {
        return a.id == b.id && a.displayName == b.displayName && a.role == b.role && a.active == b.active;
    }
};

// Reads a directory as GET /users answers it ({"users":[…]}); also the workstation's cached copy.
// Fails with the path of the first bad value.
Result<QList<DirectoryUser>> decodeUserDirectory(const QJsonObject &object);
QJsonObject encodeUserDirectory(const QList<DirectoryUser> &users);

class UserDirectoryJob : public ApiJob
{
    Q_OBJECT
public:
    static constexpr int kMaxUsers = 20000;
    using ApiJob::ApiJob;
    const QList<DirectoryUser> &users() const { return m_users; }

protected:
    void decodeSuccess() override;

private:
    QList<DirectoryUser> m_users;
};

} // namespace wd::remote
