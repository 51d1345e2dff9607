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
    const qint64 paced = m_sends.empty() ? 0 : m_sends.back() + m_spacingMs - nowMs;
    const qint64 windowed = qsizetype(m_sends.size()) < m_limit ? 0 : m_sends.front() + m_windowMs - nowMs;
    return qMax<qint64>(0, qMax(paced, windowed));
}

bool RateLimiter::tryAcquire(qint64 nowMs)
{
    if (delayUntilAvailable(nowMs) > 0)
        return false;
    m_sends.push_back(nowMs);
    return true;
}

} // namespace LhShare
