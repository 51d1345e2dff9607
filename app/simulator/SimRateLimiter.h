#pragma once

#include <QHash>
#include <QString>

#include <deque>

namespace LhShare {

// The per-API request frequency limits of Lighthouse, enforced per SecretId and action over a
// sliding one-second window of arrival times (a fixed window would let 2x the limit through
// across a second boundary, hiding client pacing bugs that production would punish).
//
//   SimRateLimiter limiter;              // documented defaults: 20/s share APIs, 10/s describes
//   if (!limiter.admit(secretId, action, arrivalMsecs)) answer("RequestLimitExceeded");
//
// Only admitted requests occupy the window, so the guarantee is "at most N accepted requests in
// any 1000 ms", and a client that backs off recovers as soon as its old requests age out.
class SimRateLimiter final
{
public:
    static constexpr qint64 kWindowMs = 1000;

    SimRateLimiter();

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    // perSecond <= 0 removes the limit for that action.
    void setLimit(const QString &action, int perSecond);
    int limit(const QString &action) const { return m_limits.value(action, 0); }

    // Records the request and returns true if it is within the limit; false means RequestLimitExceeded.
    bool admit(const QString &secretId, const QString &action, qint64 arrivalMsecs);
    void reset() { m_windows.clear(); }

private:
    bool m_enabled = true;
    QHash<QString, int> m_limits;
    QHash<QString, std::deque<qint64>> m_windows; // key: secretId + '\n' + action
};

} // namespace LhShare
