#pragma once
// Fills a server database with the deterministic demo data of DemoSeed: users, tickets with
// evidence, notes, and tickets walked through the workflow to every step (so the queue, the
// dashboard and the history look like a working day). Used by `warrantydesk-server seed` and by
// the workstation's --demo mode.

#include "apiserver.h"
#include "demoseed.h"

#include <functional>

namespace wd::server {

struct DemoLoadReport
{
    int users = 0;
    int tickets = 0;
    int evidence = 0;
    qint64 elapsedMs = 0;
};

// Users that already exist are kept as they are. Tickets are created from index `firstIndex`.
DemoLoadReport loadDemoData(ApiServer &server, const DemoSeed &seed, int count, int firstIndex = 0,
                            const std::function<void(int done)> &progress = {});

} // namespace wd::server
