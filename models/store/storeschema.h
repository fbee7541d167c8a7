#pragma once
// The local cache's schema, one list of statements per version (index 0 takes a new file to
// version 1). Released versions are never edited; a change is a new step.

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace wd::store {

QList<QStringList> schemaMigrations();

// The queue's indexes (name, CREATE INDEX IF NOT EXISTS) that a first sync into an empty cache
// drops and builds at its end: sorting 100,000 rows once costs a third of keeping five indexes
// up to date row by row. The SLA order (the queue's default) stays throughout. Part of version 1;
// a later version that changes one of them changes this list with it.
QList<QPair<QString, QString>> deferrableQueueIndexes();

} // namespace wd::store
