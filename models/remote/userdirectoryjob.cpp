#include "userdirectoryjob.h"

#include "jsonreader.h"

namespace wd::remote {

QJsonObject DirectoryUser::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("display_name"), displayName},
            {QStringLiteral("role"), enumName(role)},
            {QStringLiteral("active"), active}};
}

Result<QList<DirectoryUser>> decodeUserDirectory(const QJsonObject &object)
{
    QList<DirectoryUser> users;
    JsonReader r(object);
    r.objects(
        QStringLiteral("users"), UserDirectoryJob::kMaxUsers,
        [&users](JsonReader &u) {
            DirectoryUser user;
            user.id = u.string(QStringLiteral("id"), 128);
            user.displayName = u.optionalString(QStringLiteral("display_name"), 256);
            if (user.displayName.trimmed().isEmpty())
                user.displayName = user.id;
            user.role = u.enumValue<Role>(QStringLiteral("role"));
            user.active = u.optionalBoolean(QStringLiteral("active"), true);
            if (u.ok())
                users << user;
        },
        true);
    if (!r.ok())
        return r.error();
    return users;
}

QJsonObject encodeUserDirectory(const QList<DirectoryUser> &users)
{
    QJsonArray list;
    for (const DirectoryUser &user : users)
        list.append(user.toJson());
    return {{QStringLiteral("users"), list}};
}

void UserDirectoryJob::decodeSuccess()
{
    ApiJob::decodeSuccess();
    if (error().isError())
        return;
    Result<QList<DirectoryUser>> users = decodeUserDirectory(json());
    if (!users) {
        failProtocol(users.error().path, users.error().message);
        return;
    }
    m_users = std::move(users).value();
}

} // namespace wd::remote
