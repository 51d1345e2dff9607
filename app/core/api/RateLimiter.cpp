#include "RateLimiter.h"

#include <QtGlobal>

namespace LhShare {

int documentedRateLimit(const QString &action)
{
    const QByteArray name = action.toLatin1();
    return documentedRateLimit(std::string_view(name.constData(), size_t(name.size())));
}

RateLimiter::RateLimiter(int limit)
    : m_limit(qMax(1, limit))
    , m_reducedPace(m_limit)
{
}

int RateLimiter::pace(qint64 nowMs) const
{
    const qint64 cleanSeconds = qMax<qint64>(0, nowMs - m_pausedUntilMs) / 1000;
    return int(qMin<qint64>(m_limit, m_reducedPace + cleanSeconds));
}

void RateLimiter::expire(qint64 nowMs)
{
    while (!m_sends.empty() && nowMs - m_sends.front() >= kWindowMs)
        m_sends.pop_front();
}

qint64 RateLimiter::delayUntilAvailable(qint64 nowMs)
{
    expire(nowMs);
    const int allowed = pace(nowMs);
    const qint64 paused = m_pausedUntilMs - nowMs;
    const qint64 paced = m_lastAllowedMs < 0 ? 0 : m_lastAllowedMs + kWindowMs / allowed - nowMs;
    const qint64 windowed = qsizetype(m_sends.size()) < allowed
        ? 0
        : m_sends.at(m_sends.size() - allowed) + kWindowMs - nowMs;
    return qMax<qint64>(0, qMax(paused, qMax(paced, windowed)));
}

bool RateLimiter::tryAcquire(qint64 nowMs)
{
    if (delayUntilAvailable(nowMs) > 0)
        return false;
    recordSend(nowMs, nowMs);
    return true;
}

void RateLimiter::recordSend(qint64 allowedAtMs, qint64 sentAtMs)
{
    m_lastAllowedMs = allowedAtMs;
    m_sends.push_back(sentAtMs);
}

void RateLimiter::answered(qint64 nowMs)
{
    if (isPaused(nowMs))
        m_pausedUntilMs = nowMs + kWindowMs;
}

void RateLimiter::refused(qint64 nowMs)
{
    // Refusals of requests that were already on their way count as one: the pace drops once.
    if (!isPaused(nowMs))
        m_reducedPace = qMax(1, pace(nowMs) * 3 / 4);
    m_pausedUntilMs = nowMs + kWindowMs;
}

} // namespace LhShare
