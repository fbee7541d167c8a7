#pragma once
// Shared by the tst_remote_*.cpp suites: waiting for an ApiJob without sleeping.

#include "apijob.h"

#include <QJsonObject>
#include <QSignalSpy>

namespace wd::test {

// Runs the event loop until the job's finished() (at most a minute); true when it finished.
inline bool await(wd::remote::ApiJob *job)
{
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &wd::remote::ApiJob::finished);
    return spy.wait(60000) || job->isFinished();
}

inline QJsonObject advanceBody()
{
    return {{QStringLiteral("action"), QStringLiteral("advance")}};
}

} // namespace wd::test
