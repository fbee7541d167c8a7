#pragma once

#include <QDateTime>

#include <functional>

namespace wd::server {

// The server's notion of now (UTC). Tests move it forward to expire leases and sessions.
using Clock = std::function<QDateTime()>;

} // namespace wd::server
