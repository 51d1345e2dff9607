// The one asynchronous contract (api/Job.h) every job follows.
#include "api/Job.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace LhShare;

namespace {
// Finishes at once when started, or waits for abort() when `waits` is set.
class ProbeJob final : public Job
{
public:
    explicit ProbeJob(bool waits = false)
        : m_waits(waits)
    {
    }
    int starts = 0;

protected:
    void doStart() override
    {
        ++starts;
        if (!m_waits)
            emitResult();
    }

private:
    bool m_waits;
};
} // namespace

class TestJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void start_neverFinishesInside_finishesOnce_thenDeletesItself()
    {
        auto *job = new ProbeJob;
        QPointer<ProbeJob> alive = job;
        QSignalSpy finished(job, &Job::finished);
        job->start();
        job->start(); // a second start() is ignored
        QCOMPARE(finished.size(), 0);
        QVERIFY(!job->isFinished());
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().value<Job *>(), job);
        QVERIFY(!job->hasError());
        QCOMPARE(job->starts, 1);
        QTRY_VERIFY(alive.isNull());
    }

    void abortBeforeTheWorkBegins_endsCanceled_withoutStarting()
    {
        auto *job = new ProbeJob;
        QSignalSpy finished(job, &Job::finished);
        bool started = true;
        QString code;
        connect(job, &Job::finished, this, [&] {
            started = job->starts > 0;
            code = job->error().code;
        });
        job->start();
        job->abort();
        QCOMPARE(finished.size(), 0); // not inside abort() either
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!started);
        QCOMPARE(code, QStringLiteral("Client.Canceled"));
    }

    void abortWhileRunning_endsOnceAsCanceled()
    {
        auto *job = new ProbeJob(true);
        QSignalSpy finished(job, &Job::finished);
        job->start();
        QTRY_COMPARE(job->starts, 1);
        job->abort();
        job->abort();
        QTRY_COMPARE(finished.size(), 1);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "TestJob.moc"
