#include "jobs/History.h"
#include "jobs/JobPlanner.h"
#include "jobs/ShareJob.h"
#include "support/SimulatorFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace LhShare;
using namespace LhShare::Test;

namespace {
const QString kRegion = QStringLiteral("ap-guangzhou");
const QString kBlueprint = QStringLiteral("lhbp-job00001");
const QString kCancel = QStringLiteral("CancelShareBlueprintAcrossAccounts");
const QString kShare = QStringLiteral("ShareBlueprintAcrossAccounts");

RetryPolicy fastRetries()
{
    RetryPolicy policy;
    policy.baseDelayMs = 20;
    policy.maxDelayMs = 200;
    return policy;
}
} // namespace

class TestShareJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void cancel25_sendsThreeBatchesAndUnsharesAll();
    void cancel_skipsAccountsThatAreNotRecipients();
    void share_skipsAccountsAlreadyShared();
    void transientFaults_retriedUntilEveryAccountIsUnshared();
    void oneBadAccount_isIsolatedAndTheOthersGoThrough();
    void permanentFailure_reportsCodeMessageAndRequestId();
    void blindPlan_resolvesNotSharedAccountsWithoutListing();
    void stop_leavesUnsentBatchesResumable();
    void rateLimit_isRespectedIncludingRetries();
    void history_recordsEveryBatchAndUndoReverses();
    void unwritableHistory_sendsNothing();
    void ambiguousAfterRetries_isUnknownAndResumeConfirmsIt();
    void droppedAfterApply_settledByReadingOnlyThoseAccounts();

private:
    JobPlan planFor(const JobRequest &request);
    // Runs the plan to the end; the job is gone afterwards (Job contract), its result stays.
    JobResult run(const JobPlan &plan, int timeoutMs = 30000);

    std::unique_ptr<SimulatorFixture> m_f;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<History> m_history;
};

void TestShareJob::init()
{
    m_f = std::make_unique<SimulatorFixture>();
    m_f->simulator.addBlueprint(kRegion, kBlueprint, QStringLiteral("job-test"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_history = std::make_unique<History>(m_dir->filePath(QStringLiteral("history.jsonl")));
}

void TestShareJob::cleanup()
{
    m_history.reset();
    m_dir.reset();
    m_f.reset();
}

JobPlan TestShareJob::planFor(const JobRequest &request)
{
    auto *planner = new JobPlanner(&m_f->service, request, this);
    QSignalSpy spy(planner, &Job::finished);
    planner->start();
    if (!spy.wait(15000))
        qFatal("planning never finished");
    const JobPlan plan = planner->plan();
    if (planner->hasError())
        qWarning() << "planning failed:" << planner->error().summary();
    return plan;
}

JobResult TestShareJob::run(const JobPlan &plan, int timeoutMs)
{
    auto *job = new ShareJob(&m_f->service, m_history.get(), plan,
                             {QStringLiteral("test"), QStringLiteral("AKID…TEST"), {}}, this);
    job->setRetryPolicy(fastRetries());
    QSignalSpy spy(job, &Job::finished);
    JobResult result;
    connect(job, &Job::finished, this, [&result, job] { result = job->result(); });
    job->start();
    if (!spy.wait(timeoutMs))
        qFatal("job never finished");
    return result;
}

void TestShareJob::cancel25_sendsThreeBatchesAndUnsharesAll()
{
    const QStringList accounts = makeAccountIds(25);
    m_f->simulator.setSharedAccounts(kBlueprint, accounts);
    const JobPlan plan = planFor(JobRequest::forTargets(ShareAction::Cancel, {{kRegion, kBlueprint}}, accounts));
    QCOMPARE(plan.requestCount(), 3);
    QVERIFY(plan.skipped.isEmpty());

    const JobResult job = run(plan);
    QCOMPARE(job.count(AccountOutcome::Status::Done), 25);
    QCOMPARE(job.requestsSent, 3);
    QCOMPARE(m_f->simulator.appliedRequestCount(kCancel), 3);
    QVERIFY(m_f->simulator.sharedAccounts(kBlueprint).isEmpty());
    for (const AccountOutcome &outcome : job.outcomes)
        QVERIFY(!outcome.requestId.isEmpty());
}

void TestShareJob::cancel_skipsAccountsThatAreNotRecipients()
{
    const QStringList shared = makeAccountIds(4);
    m_f->simulator.setSharedAccounts(kBlueprint, shared);
    const QStringList requested = shared + makeAccountIds(3, 100);
    const JobPlan plan = planFor(JobRequest::forTargets(ShareAction::Cancel, {{kRegion, kBlueprint}}, requested));
    QCOMPARE(plan.requestCount(), 1);
    QCOMPARE(plan.skipped.size(), 3);
    QCOMPARE(plan.skipped.first().reason, SkippedAccount::Reason::NotShared);

    const JobResult job = run(plan);
    QCOMPARE(job.count(AccountOutcome::Status::Done), 4);
    QCOMPARE(job.count(AccountOutcome::Status::Skipped), 3);
    QVERIFY(m_f->simulator.sharedAccounts(kBlueprint).isEmpty());
}

void TestShareJob::share_skipsAccountsAlreadyShared()
{
    m_f->simulator.setSharedAccounts(kBlueprint, makeAccountIds(2));
    const JobPlan plan = planFor(
        JobRequest::forTargets(ShareAction::Share, {{kRegion, kBlueprint}}, makeAccountIds(12)));
    QCOMPARE(plan.skipped.size(), 2);
    QCOMPARE(plan.skipped.first().reason, SkippedAccount::Reason::AlreadyShared);
    QCOMPARE(plan.requestCount(), 1);
    const JobResult job = run(plan);
    QCOMPARE(job.count(AccountOutcome::Status::Done), 10);
    QCOMPARE(m_f->simulator.sharedAccounts(kBlueprint), makeAccountIds(12));
}

void TestShareJob::transientFaults_retriedUntilEveryAccountIsUnshared()
{
    const QStringList accounts = makeAccountIds(100);
    m_f->simulator.setSharedAccounts(kBlueprint, accounts);
    const JobPlan plan = planFor(JobRequest::forTargets(ShareAction::Cancel, {{kRegion, kBlueprint}}, accounts));
    m_f->simulator.injectFault(kCancel, Simulator::Fault::ErrorCode, 1,
                               QStringLiteral("OperationDenied.BlueprintOperationInProgress"));
    m_f->simulator.injectFault(kCancel, Simulator::Fault::ErrorCode, 1,
                               QStringLiteral("UnsupportedOperation.BlueprintLatestOperationUnfinished"));
    m_f->simulator.injectFault(kCancel, Simulator::Fault::ErrorCode, 1, QStringLiteral("InternalError"));
    m_f->simulator.injectFault(kCancel, Simulator::Fault::ErrorCode, 1, QStringLiteral("RequestLimitExceeded"));
    m_f->simulator.injectFault(kCancel, Simulator::Fault::Http502Html);
    m_f->simulator.injectFault(kCancel, Simulator::Fault::TruncatedJson);
    m_f->simulator.injectFault(kCancel, Simulator::Fault::ResetBeforeApply);
    m_f->simulator.injectFault(kCancel, Simulator::Fault::ResetAfterApply);
    m_f->simulator.injectFault(kCancel, Simulator::Fault::NotJson);

    const JobResult job = run(plan);
    QCOMPARE(job.count(AccountOutcome::Status::Failed), 0);
    QCOMPARE(job.count(AccountOutcome::Status::Done), 100);
    QVERIFY(m_f->simulator.sharedAccounts(kBlueprint).isEmpty());
    QVERIFY(job.requestsSent > 10);
}

void TestShareJob::oneBadAccount_isIsolatedAndTheOthersGoThrough()
{
    const QStringList accounts = makeAccountIds(10);
    m_f->simulator.setNonexistentAccounts({accounts.at(6)});
    const JobPlan plan = planFor(JobRequest::forTargets(ShareAction::Share, {{kRegion, kBlueprint}}, accounts));
    const JobResult job = run(plan);
    QCOMPARE(job.count(AccountOutcome::Status::Done), 9);
    QCOMPARE(job.count(AccountOutcome::Status::Failed), 1);
    for (const AccountOutcome &outcome : job.outcomes) {
        if (outcome.status == AccountOutcome::Status::Failed) {
            QCOMPARE(outcome.accountId, accounts.at(6));
            QCOMPARE(outcome.errorCode, QStringLiteral("InvalidParameterValue.AccountIdsNotExist"));
        }
    }
    QStringList expected = accounts;
    expected.removeAt(6);
    QCOMPARE(m_f->simulator.sharedAccounts(kBlueprint), expected);
}

void TestShareJob::permanentFailure_reportsCodeMessageAndRequestId()
{
    const QString missing = QStringLiteral("lhbp-nothere1");
    const JobResult job = run(
        JobPlan::blind(JobRequest::forTargets(ShareAction::Share, {{kRegion, missing}}, makeAccountIds(3))));
    QCOMPARE(job.count(AccountOutcome::Status::Failed), 3);
    const AccountOutcome outcome = job.outcomes.constFirst();
    QCOMPARE(outcome.errorCode, QStringLiteral("ResourceNotFound.BlueprintIdNotFound"));
    QVERIFY(!outcome.requestId.isEmpty());
    QVERIFY(!outcome.message.isEmpty());
    QCOMPARE(job.requestsSent, 1); // permanent: not retried
}

void TestShareJob::blindPlan_resolvesNotSharedAccountsWithoutListing()
{
    const QStringList shared = makeAccountIds(5);
    m_f->simulator.setSharedAccounts(kBlueprint, shared);
    m_f->simulator.setShareInfosAvailable(false);
    const QStringList requested = makeAccountIds(8); // 3 of them are not shared
    const JobPlan plan = planFor(JobRequest::forTargets(ShareAction::Cancel, {{kRegion, kBlueprint}}, requested));
    QVERIFY(!plan.recipientsKnown);
    QCOMPARE(plan.requestCount(), 1);

    const JobResult job = run(plan);
    QCOMPARE(job.count(AccountOutcome::Status::Done), 5);
    QCOMPARE(job.count(AccountOutcome::Status::Skipped), 3);
    QCOMPARE(job.count(AccountOutcome::Status::Failed), 0);
    QVERIFY(m_f->simulator.sharedAccounts(kBlueprint).isEmpty());
}

void TestShareJob::stop_leavesUnsentBatchesResumable()
{
    const QStringList accounts = makeAccountIds(300);
    m_f->simulator.setSharedAccounts(kBlueprint, accounts);
    m_f->simulator.setProcessingDelayMs(100);
    const JobPlan plan = JobPlan::blind(JobRequest::forTargets(ShareAction::Cancel, {{kRegion, kBlueprint}}, accounts));
    auto *job = new ShareJob(&m_f->service, m_history.get(), plan, {}, this);
    QSignalSpy finished(job, &Job::finished);
    JobResult result;
    connect(job, &Job::finished, this, [&result, job] { result = job->result(); });
    job->start();
    QTRY_VERIFY(job->batchesFinished() >= 2);
    job->abort();
    QVERIFY(finished.wait(10000));
    QVERIFY(result.stopped);

    const int done = result.count(AccountOutcome::Status::Done);
    const int notSent = result.count(AccountOutcome::Status::NotSent);
    QVERIFY(done >= 20);
    QVERIFY(notSent > 0);
    QCOMPARE(done + notSent, 300);
    QCOMPARE(m_f->simulator.sharedAccounts(kBlueprint).size(), notSent);

    const QList<JobRecord> jobs = JobRecord::readAll(m_history->path());
    QCOMPARE(jobs.size(), 1);
    QVERIFY(jobs.first().isInterrupted());
    QVERIFY(jobs.first().stopped);
    int unfinishedAccounts = 0;
    for (const BatchRecord &batch : jobs.first().unfinishedBatches())
        unfinishedAccounts += int(batch.accounts.size());
    QCOMPARE(unfinishedAccounts, notSent);
}

void TestShareJob::rateLimit_isRespectedIncludingRetries()
{
    // Counted at the moment of sending, on the client's clock: the server's arrival times in the
    // same process would also measure this machine's scheduling.
    const QStringList accounts = makeAccountIds(600);
    m_f->simulator.setSharedAccounts(kBlueprint, accounts);
    m_f->simulator.injectFault(kCancel, Simulator::Fault::ErrorCode, 5, QStringLiteral("InternalError"));
    QList<qint64> sends;
    QElapsedTimer clock;
    clock.start();
    connect(&m_f->client, &TcClient::requestPrepared, this, [&](const QString &action) {
        if (action == kCancel)
            sends.append(clock.elapsed());
    });
    const JobPlan plan = JobPlan::blind(JobRequest::forTargets(ShareAction::Cancel, {{kRegion, kBlueprint}}, accounts));
    const JobResult job = run(plan, 60000);
    QCOMPARE(job.count(AccountOutcome::Status::Done), 600);
    QCOMPARE(sends.size(), 65); // 60 batches and 5 retries
    for (qsizetype first = 0, last = 0; last < sends.size(); ++last) {
        while (sends.at(last) - sends.at(first) >= 1000)
            ++first;
        QVERIFY2(last - first + 1 <= 20,
                 qPrintable(QStringLiteral("%1 sends within one second").arg(last - first + 1)));
    }
}

void TestShareJob::history_recordsEveryBatchAndUndoReverses()
{
    const QStringList accounts = makeAccountIds(15);
    m_f->simulator.setSharedAccounts(kBlueprint, accounts);
    const JobResult job = run(planFor(JobRequest::forTargets(ShareAction::Cancel, {{kRegion, kBlueprint}}, accounts)));
    QCOMPARE(job.count(AccountOutcome::Status::Done), 15);

    const QList<JobRecord> jobs = JobRecord::readAll(m_history->path());
    QCOMPARE(jobs.size(), 1);
    const JobRecord &record = jobs.first();
    QCOMPARE(record.id, job.jobId);
    QCOMPARE(record.action, ShareAction::Cancel);
    QVERIFY(!record.isInterrupted());
    QCOMPARE(record.doneBatches().size(), 2);
    QCOMPARE(record.accountCount(ShareStatus::Done), 15);
    for (const BatchRecord &batch : record.batches)
        QVERIFY(!batch.requestId.isEmpty());

    // Undo: share back exactly what was unshared.
    JobRequest undo;
    undo.action = reverse(ShareAction::Cancel);
    undo.undoOf = record.id;
    for (const BatchRecord &batch : record.doneBatches())
        undo.items.append({{batch.region, batch.blueprint}, batch.accounts});
    const JobResult undoJob = run(planFor(undo));
    QCOMPARE(undoJob.count(AccountOutcome::Status::Done), 15);
    QCOMPARE(m_f->simulator.sharedAccounts(kBlueprint), accounts);
    QCOMPARE(JobRecord::readAll(m_history->path()).last().undoOf, record.id);
}

void TestShareJob::unwritableHistory_sendsNothing()
{
    m_f->simulator.setSharedAccounts(kBlueprint, makeAccountIds(5));
    History broken(QStringLiteral("/dev/null/history.jsonl"));
    const JobPlan plan = JobPlan::blind(
        JobRequest::forTargets(ShareAction::Cancel, {{kRegion, kBlueprint}}, makeAccountIds(5)));
    auto *job = new ShareJob(&m_f->service, &broken, plan, {}, this);
    QSignalSpy historyError(job, &ShareJob::historyError);
    QSignalSpy finished(job, &Job::finished);
    JobResult result;
    connect(job, &Job::finished, this, [&result, job] { result = job->result(); });
    job->start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(historyError.size(), 1);
    QCOMPARE(result.count(AccountOutcome::Status::NotSent), 5);
    QTest::qWait(100);
    QVERIFY(m_f->simulator.requestLog().isEmpty());
    QCOMPARE(m_f->simulator.sharedAccounts(kBlueprint).size(), 5);
}

void TestShareJob::ambiguousAfterRetries_isUnknownAndResumeConfirmsIt()
{
    const QStringList accounts = makeAccountIds(4);
    m_f->simulator.setSharedAccounts(kBlueprint, accounts);
    m_f->client.setTimeoutMs(400);
    // The first attempt is applied but its answer never completes; the next ones hang.
    m_f->simulator.injectFault(kCancel, Simulator::Fault::SlowDrip);
    m_f->simulator.injectFault(kCancel, Simulator::Fault::Stall, 10);
    const JobResult job = run(
        JobPlan::blind(JobRequest::forTargets(ShareAction::Cancel, {{kRegion, kBlueprint}}, accounts)));
    QCOMPARE(job.count(AccountOutcome::Status::Failed), 4);
    QVERIFY(job.outcomes.first().message.contains(QStringLiteral("resume")));
    QVERIFY(m_f->simulator.sharedAccounts(kBlueprint).isEmpty()); // the server did apply it

    JobRecord interrupted = JobRecord::readAll(m_history->path()).last();
    QVERIFY(interrupted.isInterrupted());
    QCOMPARE(interrupted.unfinishedBatches().first().status, ShareStatus::Unknown);

    m_f->simulator.clearFaults();
    const JobResult resumed = run(planFor(interrupted.resumeRequest()));
    QCOMPARE(resumed.count(AccountOutcome::Status::Done), 4); // confirmed, not "skipped"
    QCOMPARE(resumed.requestsSent, 0);

    const QList<JobRecord> jobs = JobRecord::readAll(m_history->path());
    QVERIFY(!jobs.at(jobs.size() - 2).isInterrupted()); // taken over by the resume
    QCOMPARE(jobs.last().undoRequest().accountCount(), 4); // so undo re-shares them
}

// A connection dropped after the server applied a cancel, on a blueprint with a long recipient
// list that the job itself keeps shortening: the batch is settled from a read of just its own
// accounts (the account-id filter), not from a listing of every recipient, which would page
// through hundreds of rows that change under it.
void TestShareJob::droppedAfterApply_settledByReadingOnlyThoseAccounts()
{
    const QStringList accounts = makeAccountIds(600);
    m_f->simulator.setSharedAccounts(kBlueprint, accounts);
    const QStringList revoked = accounts.mid(0, 200);
    const JobPlan plan = JobPlan::blind(JobRequest::forTargets(ShareAction::Cancel, {{kRegion, kBlueprint}}, revoked));
    m_f->simulator.injectFaultEvery(4, kCancel, Simulator::Fault::ResetAfterApply, 5);
    m_f->simulator.clearRequestLog();

    const JobResult job = run(plan);
    QCOMPARE(job.count(AccountOutcome::Status::Done), 200);
    QCOMPARE(job.count(AccountOutcome::Status::Failed), 0);
    QCOMPARE(m_f->simulator.sharedAccounts(kBlueprint).size(), 400);
    int reads = 0;
    for (const Simulator::RequestRecord &record : m_f->simulator.requestLog()) {
        if (record.action != QLatin1String("DescribeBlueprintsShareAcrossAccountInfos"))
            continue;
        ++reads;
        const QJsonArray filters = record.parameters.value(QLatin1String("Filters")).toArray();
        QCOMPARE(filters.size(), 1);
        const QJsonObject filter = filters.at(0).toObject();
        QCOMPARE(filter.value(QLatin1String("Name")).toString(), QStringLiteral("account-id"));
        QVERIFY(filter.value(QLatin1String("Values")).toArray().size() <= 5);
    }
    // Five dropped batches of 10 accounts: two filtered reads each.
    QCOMPARE(reads, 10);
}

QTEST_GUILESS_MAIN(TestShareJob)
#include "TestShareJob.moc"
