#pragma once
// Shared by the benchmark programs: printing a line at once, milliseconds, and waiting in the
// event loop without spinning.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QString>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace wd::bench {

inline void print(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

inline double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Sleeps in the event loop until `done` (processEvents with a time limit drops WaitForMoreEvents
// and would spin, taking a core from the server or the image threads under test).
inline bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QTimer wake;
    wake.start(50);
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

} // namespace wd::bench
