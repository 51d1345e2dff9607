#pragma once

#include <QtGlobal>

#include <deque>

namespace LhShare {

// Sliding-window limiter: at most `limit` sends in any window of `windowMs`. Callers ask for a
// slot at the moment they send, so retries are counted like first attempts.
//
// The window is a little longer than the server's second (kSafetyMarginMs) so that arrival
// jitter on the network cannot squeeze 21 requests into one server-side second, while a long
// job still runs at more than 95% of the documented limit.
class RateLimiter final
{
public:
    static constexpr int kSafetyMarginMs = 25;

    explicit RateLimiter(int limit = 20, int windowMs = 1000 + kSafetyMarginMs)
        : m_limit(limit)
        , m_windowMs(windowMs)
    {
    }

    int limit() const { return m_limit; }
    // Milliseconds until a send is allowed at time nowMs (0 = now).
    qint64 delayUntilAvailable(qint64 nowMs);
    // Records a send at nowMs; returns false (and records nothing) when it would break the limit.
    bool tryAcquire(qint64 nowMs);

private:
    void expire(qint64 nowMs);

    int m_limit;
    int m_windowMs;
    std::deque<qint64> m_sends;
};

} // namespace LhShare
