#pragma once
// What the workspace shows about a ticket beyond its case file and workflow state: the live
// facts of the server's ticket detail and summary (lease, clocks, duplicate warnings). Plain
// values; whoever fetched the detail fills them in.

#include <QDateTime>
#include <QJsonArray>
#include <QString>

#include <optional>

namespace wd::ui {

struct CaseMeta
{
    QString holder;                          // user id holding the lease; empty when nobody does
    QString holderName;                      // display name, when known
    QDateTime leaseUntil;                    // invalid without a lease
    QDateTime slaDueAt;                      // review SLA due instant; invalid when unknown
    QString slaState;                        // ok, warning, breached, paused, met, met_late
    std::optional<QDateTime> warrantyEndsAt; // null: never delivered, the clock has not started
    QJsonArray duplicates;                   // the detail's `duplicates` (see docs/api.md)
    bool pendingSync = false;                // local changes not yet on the server
};

} // namespace wd::ui
