#include "RateLimiter.h"

namespace LhShare {

void RateLimiter::expire(qint64 nowMs)
{
    while (!m_sends.empty() && nowMs - m_sends.front() >= m_windowMs)
        m_sends.pop_front();
}

qint64 RateLimiter::delayUntilAvailable(qint64 nowMs)
{
    expire(nowMs);
    if (qsizetype(m_sends.size()) < m_limit)
        return 0;
    return m_sends.front() + m_windowMs - nowMs;
}

bool RateLimiter::tryAcquire(qint64 nowMs)
{
    if (delayUntilAvailable(nowMs) > 0)
        return false;
    m_sends.push_back(nowMs);
    return true;
}

} // namespace LhShare
