#pragma once

#include <QtGlobal>

#include <deque>

namespace LhShare {

// Paced sliding-window limiter: at most `limit` sends in any window of `windowMs`, and sends
// spread evenly (at least windowMs/limit apart) rather than in bursts. Callers ask for a slot at
// the moment they send, so retries are counted like first attempts.
//
// The window is a little longer than the server's second (kSafetyMarginMs) so that arrival
// jitter on the network cannot squeeze 21 requests into one server-side second, while a long
// job still runs at more than 95% of the documented limit (20 / 1.03 s = 19.4 requests/s).
// Even pacing matters as much as the margin: a burst of 20 sent at once reaches the server
// spread over a round trip, and its stragglers would land in the next burst's second.
class RateLimiter final
{
public:
    static constexpr int kSafetyMarginMs = 30;

    explicit RateLimiter(int limit = 20, int windowMs = 1000 + kSafetyMarginMs)
        : m_limit(limit)
        , m_windowMs(windowMs)
        , m_spacingMs(qint64(windowMs) / limit)
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
    qint64 m_spacingMs;
    std::deque<qint64> m_sends;
};

} // namespace LhShare
