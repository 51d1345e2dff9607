#include "Clock.h"

namespace LhShare {

Clock *Clock::system()
{
    static Clock clock;
    return &clock;
}

} // namespace LhShare
