#include "SimRateLimiter.h"

namespace LhShare {

SimRateLimiter::SimRateLimiter()
{
    // Documented limits (Lighthouse API pages, 2020-03-24).
    m_limits.insert(QStringLiteral("ShareBlueprintAcrossAccounts"), 20);
    m_limits.insert(QStringLiteral("CancelShareBlueprintAcrossAccounts"), 20);
    m_limits.insert(QStringLiteral("DescribeBlueprintsShareAcrossAccountInfos"), 20);
    m_limits.insert(QStringLiteral("DescribeBlueprints"), 10);
    m_limits.insert(QStringLiteral("DescribeRegions"), 10);
}

void SimRateLimiter::setLimit(const QString &action, int perSecond)
{
    m_limits.insert(action, perSecond);
}

bool SimRateLimiter::admit(const QString &secretId, const QString &action, qint64 arrivalMsecs)
{
    const int perSecond = limit(action);
    if (!m_enabled || perSecond <= 0)
        return true;
    std::deque<qint64> &window = m_windows[secretId + QLatin1Char('\n') + action];
    while (!window.empty() && window.front() <= arrivalMsecs - kWindowMs)
        window.pop_front();
    if (static_cast<qint64>(window.size()) >= perSecond)
        return false;
    window.push_back(arrivalMsecs);
    return true;
}

} // namespace LhShare
