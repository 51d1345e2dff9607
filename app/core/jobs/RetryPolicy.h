#pragma once

#include "api/ApiError.h"

#include <QRandomGenerator>

namespace LhShare {

// Which failures are worth another attempt, and how long to wait before it: exponential backoff
// with jitter, bounded by an attempt count and a total time per batch.
struct RetryPolicy
{
    int maxAttempts = 8;
    int baseDelayMs = 400;
    int maxDelayMs = 15'000;
    int maxTotalMs = 180'000;
    // A server that does not answer at all is unlikely to start within seconds: give up sooner,
    // so a stalled endpoint fails in a few timeouts rather than minutes.
    int maxTimeoutAttempts = 3;

    static bool isTransient(const ApiError &error);
    // Delay before attempt number `attempt` (2 = first retry).
    int delayMs(int attempt) const;
    bool allowsAnotherAttempt(const ApiError &error, int attemptsMade, qint64 elapsedMs) const
    {
        const int limit = error.kind == ApiError::Kind::Timeout ? qMin(maxAttempts, maxTimeoutAttempts) : maxAttempts;
        return isTransient(error) && attemptsMade < limit && elapsedMs < maxTotalMs;
    }
};

} // namespace LhShare
