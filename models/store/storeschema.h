#pragma once
// The local cache's schema, one list of statements per version (index 0 takes a new file to
// version 1). Released versions are never edited; a change is a new step.

#include <QList>
#include <QStringList>

namespace wd::store {

QList<QStringList> schemaMigrations();

} // namespace wd::store
