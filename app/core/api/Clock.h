#pragma once

#include <QDateTime>

namespace LhShare {

// Injectable wall clock (tests set the time; the signer needs UTC seconds).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
    qint64 secsSinceEpoch() const { return now().toSecsSinceEpoch(); }

    static Clock *system();
};

} // namespace LhShare
