#pragma once

#include <QList>
#include <QStringList>

namespace wd::server {

class Database;

struct Migration
{
    int version;
    QStringList statements;
};

// The schema, as ordered migrations; never edit a released one, add the next.
QList<Migration> migrations(const Database &db);

} // namespace wd::server
