#pragma once

#include <QDateTime>

namespace LhShare {

// The client's sense of time, injectable so that tests can set it: wall-clock UTC for signing
// (and clock-skew correction), and a monotonic millisecond count for the rate limiter.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
    // Milliseconds since an arbitrary start; never goes back.
    virtual qint64 elapsedMs() const;
    qint64 secsSinceEpoch() const { return now().toSecsSinceEpoch(); }

    static Clock *system();
};

} // namespace LhShare
