#pragma once

#include <QString>

#include <deque>
#include <string_view>

namespace LhShare {

// The documented request limits of the Lighthouse actions (requests per second, per account and
// action): the one table that the client paces by and that plans and ETAs quote.
struct ActionRateLimit
{
    std::string_view action;
    int perSecond;
};
inline constexpr int kDefaultRequestsPerSecond = 20; // every action not listed below
inline constexpr ActionRateLimit kDocumentedRateLimits[] = {
    {"DescribeRegions", 10},
    {"DescribeBlueprints", 10},
};
constexpr int documentedRateLimit(std::string_view action)
{
    for (const ActionRateLimit &limit : kDocumentedRateLimits) {
        if (limit.action == action)
            return limit.perSecond;
    }
    return kDefaultRequestsPerSecond;
}
int documentedRateLimit(const QString &action);

// Paced sliding-window limiter for one action: at most `pace` sends in any window of `windowMs`,
// spread evenly (at least windowMs/pace apart) rather than in bursts. Callers ask for a slot at
// the moment they send, so retries are counted like first attempts.
//
// The window is a little longer than the server's second (kSafetyMarginMs) so that arrival
// jitter on the network cannot squeeze 21 requests into one server-side second, while a long
// job still runs at more than 95% of the documented limit (20 / 1.03 s = 19.4 requests/s).
// Even pacing matters as much as the margin: a burst of 20 sent at once reaches the server
// spread over a round trip, and its stragglers would land in the next burst's second.
//
// A RequestLimitExceeded answer means the server's window is full all the same (another client
// on the same key, a send this process did not see): sending on would turn one refusal into
// dozens. refused() pauses until that window has certainly cleared — a window after the
// refusal, extended by every answer that arrives meanwhile, since each of those requests reached
// the server before its answer came back — and lowers the pace, which creeps back up by one
// request per clean second and never exceeds the limit.
//
//   RateLimiter limiter(20);
//   if (limiter.delayUntilAvailable(now) == 0) { send(); limiter.recordSend(now, nowAfterSending); }
//   on answer: limiter.answered(now); on RequestLimitExceeded: limiter.refused(now);
class RateLimiter final
{
public:
    static constexpr int kSafetyMarginMs = 30;
    static constexpr int kWindowMs = 1000 + kSafetyMarginMs;

    explicit RateLimiter(int limit = kDefaultRequestsPerSecond);

    int limit() const { return m_limit; }
    // Sends allowed per window at time nowMs: the limit, or less for a while after a refusal.
    int pace(qint64 nowMs) const;
    bool isPaused(qint64 nowMs) const { return nowMs < m_pausedUntilMs; }
    // Milliseconds until a send is allowed at time nowMs (0 = now).
    qint64 delayUntilAvailable(qint64 nowMs);
    // Records a send at nowMs; returns false (and records nothing) when it would break the limit.
    bool tryAcquire(qint64 nowMs);
    // Records a send that delayUntilAvailable() allowed at allowedAtMs and that left at sentAtMs
    // (what ran in between, journaling for one, may take a varying while). The pace counts from
    // the moments sends were allowed, so that delay does not add up; the window counts the
    // moments they left, which is what the server sees.
    void recordSend(qint64 allowedAtMs, qint64 sentAtMs);
    // An answer to one of this action's requests arrived at nowMs.
    void answered(qint64 nowMs);
    // The server answered RequestLimitExceeded at nowMs.
    void refused(qint64 nowMs);

private:
    void expire(qint64 nowMs);

    int m_limit;
    std::deque<qint64> m_sends; // when they left, within the last window
    qint64 m_lastAllowedMs = -1;
    qint64 m_pausedUntilMs = 0;
    int m_reducedPace; // the pace when the last pause ended; it creeps up from there
};

} // namespace LhShare
