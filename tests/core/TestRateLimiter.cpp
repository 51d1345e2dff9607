#include "api/RateLimiter.h"

#include <QTest>

using namespace LhShare;

namespace {
constexpr int kLimit = 20;

// Sends as fast as the limiter allows from `from` for `durationMs`; returns the send times.
QList<qint64> sendGreedily(RateLimiter &limiter, qint64 from, qint64 durationMs)
{
    QList<qint64> sends;
    for (qint64 now = from; now < from + durationMs; ++now) {
        if (limiter.tryAcquire(now))
            sends.append(now);
    }
    return sends;
}

int maxInAnyWindow(const QList<qint64> &sends, qint64 windowMs)
{
    int best = 0;
    for (qsizetype last = 0, first = 0; last < sends.size(); ++last) {
        while (sends.at(last) - sends.at(first) >= windowMs)
            ++first;
        best = qMax(best, int(last - first + 1));
    }
    return best;
}
} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedLimits_perAction();
    void sends_areSpreadEvenlyAndNeverExceedTheLimit();
    void refusal_pausesUntilTheServerWindowHasCleared();
    void answersDuringThePause_extendIt();
    void pace_dropsAfterARefusalAndCreepsBackToTheLimit();
    void refusalsOfRequestsAlreadyUnderway_lowerThePaceOnce();
};

void TestRateLimiter::documentedLimits_perAction()
{
    static_assert(documentedRateLimit(std::string_view("DescribeRegions")) == 10);
    QCOMPARE(documentedRateLimit(QStringLiteral("DescribeBlueprints")), 10);
    QCOMPARE(documentedRateLimit(QStringLiteral("CancelShareBlueprintAcrossAccounts")), 20);
    QCOMPARE(documentedRateLimit(QStringLiteral("AnyOtherAction")), kDefaultRequestsPerSecond);
}

void TestRateLimiter::sends_areSpreadEvenlyAndNeverExceedTheLimit()
{
    RateLimiter limiter(kLimit);
    const QList<qint64> sends = sendGreedily(limiter, 0, 10'000);
    QVERIFY(maxInAnyWindow(sends, RateLimiter::kWindowMs) <= kLimit);
    QVERIFY(maxInAnyWindow(sends, 1000) <= kLimit);
    for (qsizetype i = 1; i < sends.size(); ++i)
        QVERIFY(sends.at(i) - sends.at(i - 1) >= RateLimiter::kWindowMs / kLimit);
    // ...and it does not hold back more than the margin costs: 20 per 1.03 s.
    QVERIFY(sends.size() >= 10 * kLimit * 1000 / RateLimiter::kWindowMs - 1);
}

void TestRateLimiter::refusal_pausesUntilTheServerWindowHasCleared()
{
    RateLimiter limiter(kLimit);
    sendGreedily(limiter, 0, 2000);
    limiter.refused(2000);
    QVERIFY(limiter.isPaused(2000));
    QCOMPARE(limiter.delayUntilAvailable(2000), qint64(RateLimiter::kWindowMs));
    QVERIFY(!limiter.tryAcquire(2000 + RateLimiter::kWindowMs - 1));
    QVERIFY(limiter.tryAcquire(2000 + RateLimiter::kWindowMs));
}

void TestRateLimiter::answersDuringThePause_extendIt()
{
    RateLimiter limiter(kLimit);
    QVERIFY(limiter.tryAcquire(0));
    limiter.refused(100);
    // A request sent before the pause is answered during it: it reached the server just now.
    limiter.answered(600);
    QVERIFY(!limiter.tryAcquire(100 + RateLimiter::kWindowMs));
    QVERIFY(limiter.tryAcquire(600 + RateLimiter::kWindowMs));
    // After the pause, answers are just answers.
    limiter.answered(5000);
    QVERIFY(limiter.tryAcquire(5000));
}

void TestRateLimiter::pace_dropsAfterARefusalAndCreepsBackToTheLimit()
{
    RateLimiter limiter(kLimit);
    QCOMPARE(limiter.pace(0), kLimit);
    limiter.refused(0);
    const qint64 resume = RateLimiter::kWindowMs;
    const int lowered = limiter.pace(resume);
    QVERIFY(lowered < kLimit);
    QVERIFY(lowered > 0);
    // Fewer sends per window while the pace is down...
    RateLimiter copy = limiter;
    QVERIFY(maxInAnyWindow(sendGreedily(copy, resume, 999), RateLimiter::kWindowMs) <= lowered);
    // ...one more per clean second...
    QCOMPARE(limiter.pace(resume + 1000), lowered + 1);
    QCOMPARE(limiter.pace(resume + 3000), lowered + 3);
    // ...and never above the documented limit.
    QCOMPARE(limiter.pace(resume + 600'000), kLimit);
    // A second refusal lowers it again from where it is.
    limiter.refused(resume + 2000);
    QVERIFY(limiter.pace(resume + 2000 + RateLimiter::kWindowMs) < lowered + 2);
}

void TestRateLimiter::refusalsOfRequestsAlreadyUnderway_lowerThePaceOnce()
{
    RateLimiter once(kLimit);
    once.refused(0);
    RateLimiter several(kLimit);
    several.refused(0);
    several.refused(20);
    several.refused(40);
    QCOMPARE(several.pace(5000), once.pace(5000 - 40));
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "TestRateLimiter.moc"
