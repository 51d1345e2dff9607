#include "Clock.h"

#include <QElapsedTimer>

namespace LhShare {

qint64 Clock::elapsedMs() const
{
    static const QElapsedTimer monotonic = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return monotonic.elapsed();
}

Clock *Clock::system()
{
    static Clock clock;
    return &clock;
}

} // namespace LhShare
