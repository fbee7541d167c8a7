#include "usernames.h"

namespace wd {

void UserNames::setNames(const QHash<QString, QString> &names)
{
    if (names == m_names)
        return;
    m_names = names;
    emit changed();
}

QString UserNames::displayName(const QString &id) const
{
    const QString name = m_names.value(id);
    return name.trimmed().isEmpty() ? id : name;
}

} // namespace wd
