// Sync in the core: the difference between a blueprint's recipients and a wanted set (given, or
// another blueprint's), one job that cancels and shares against the simulator, its history and
// its undo, and a refusal where the site has no recipient listing.
#include "jobs/History.h"
#include "jobs/JobPlanner.h"
#include "jobs/ShareJob.h"
#include "jobs/SyncPlan.h"
#include "support/SimulatorFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace LhShare;
using namespace LhShare::Test;

namespace {
const QString kRegion = QStringLiteral("ap-guangzhou");
const QString kOtherRegion = QStringLiteral("ap-singapore");
const QString kBlueprint = QStringLiteral("lhbp-sync0001");
const QString kModel = QStringLiteral("lhbp-sync0002");
const QString kCancel = QStringLiteral("CancelShareBlueprintAcrossAccounts");
const QString kShare = QStringLiteral("ShareBlueprintAcrossAccounts");
const JobTarget kTarget{kRegion, kBlueprint};

// Waits for a job that the test started.
void waitFor(Job *job)
{
    QSignalSpy spy(job, &Job::finished);
    job->start();
    if (!spy.wait(15000))
        qFatal("the job never finished");
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}
} // namespace

class TestSyncPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void between_splitsIntoAddRemoveUnchanged();
    void exact_readsTheRecipientsAndPlansTheDifference();
    void like_takesAnotherRegionsBlueprint();
    void noRecipientListing_refusesPlainly();
    void mixedJob_cancelsAndSharesInOneJob();
    void mixedJob_plannerSendsOnlyWhatIsStillNeeded();
    void undoOfMixedJob_restoresThePreviousSet();

private:
    SyncPlan syncPlan(SyncPlanner *planner);
    JobResult run(const JobRequest &request);

    std::unique_ptr<SimulatorFixture> m_f;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<History> m_history;
};

void TestSyncPlan::init()
{
    m_f = std::make_unique<SimulatorFixture>();
    m_f->simulator.addBlueprint(kRegion, kBlueprint, QStringLiteral("new"));
    m_f->simulator.addBlueprint(kOtherRegion, kModel, QStringLiteral("old"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_history = std::make_unique<History>(m_dir->filePath(QStringLiteral("history.jsonl")));
}

void TestSyncPlan::cleanup()
{
    m_history.reset();
    m_dir.reset();
    m_f.reset();
}

SyncPlan TestSyncPlan::syncPlan(SyncPlanner *planner)
{
    waitFor(planner);
    if (planner->hasError())
        qWarning() << planner->error().summary();
    return planner->plan();
}

JobResult TestSyncPlan::run(const JobRequest &request)
{
    auto *planner = new JobPlanner(&m_f->service, request, this);
    waitFor(planner);
    auto *job = new ShareJob(&m_f->service, m_history.get(), planner->plan(), {}, this);
    JobResult result;
    connect(job, &Job::finished, this, [&result, job] { result = job->result(); });
    waitFor(job);
    return result;
}

void TestSyncPlan::between_splitsIntoAddRemoveUnchanged()
{
    const SyncPlan plan = SyncPlan::between(kTarget, {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")},
                                            {QStringLiteral("4"), QStringLiteral("2"), QStringLiteral("4")});
    QCOMPARE(plan.toAdd, QStringList{QStringLiteral("4")});
    QCOMPARE(plan.toRemove, (QStringList{QStringLiteral("1"), QStringLiteral("3")}));
    QCOMPARE(plan.unchanged, QStringList{QStringLiteral("2")});

    const JobRequest request = plan.request();
    QVERIFY(request.isMixed());
    QCOMPARE(request.items.size(), 2);
    QCOMPARE(request.actionOf(request.items.at(0)), ShareAction::Cancel);
    QCOMPARE(request.items.at(0).accountIds, plan.toRemove);
    QCOMPARE(request.actionOf(request.items.at(1)), ShareAction::Share);
    QCOMPARE(request.items.at(1).accountIds, plan.toAdd);

    const SyncPlan same = SyncPlan::between(kTarget, {QStringLiteral("1")}, {QStringLiteral("1")});
    QVERIFY(same.isEmpty());
    QVERIFY(same.request().items.isEmpty());
    // Only additions: a plain share.
    const JobRequest onlyAdd = SyncPlan::between(kTarget, {}, {QStringLiteral("1")}).request();
    QVERIFY(!onlyAdd.isMixed());
    QCOMPARE(onlyAdd.action, ShareAction::Share);
}

void TestSyncPlan::exact_readsTheRecipientsAndPlansTheDifference()
{
    const QStringList now = makeAccountIds(12);
    m_f->simulator.setSharedAccounts(kBlueprint, now);
    const QStringList wanted = makeAccountIds(10, 5); // keeps 5…11, adds 12…14, removes 0…4
    const SyncPlan plan = syncPlan(new SyncPlanner(&m_f->service, kTarget, wanted, this));
    QCOMPARE(sorted(plan.toRemove), now.mid(0, 5));
    QCOMPARE(plan.unchanged, wanted.mid(0, 7));
    QCOMPARE(plan.toAdd, wanted.mid(7));
}

void TestSyncPlan::like_takesAnotherRegionsBlueprint()
{
    m_f->simulator.setSharedAccounts(kBlueprint, makeAccountIds(3));
    m_f->simulator.setSharedAccounts(kModel, makeAccountIds(3, 2));
    const SyncPlan plan = syncPlan(new SyncPlanner(&m_f->service, kTarget, JobTarget{kOtherRegion, kModel}, this));
    QCOMPARE(sorted(plan.toRemove), makeAccountIds(2));
    QCOMPARE(plan.unchanged, makeAccountIds(1, 2));
    QCOMPARE(sorted(plan.toAdd), makeAccountIds(2, 3));
}

void TestSyncPlan::noRecipientListing_refusesPlainly()
{
    m_f->simulator.setShareInfosAvailable(false);
    auto *planner = new SyncPlanner(&m_f->service, kTarget, makeAccountIds(2), this);
    waitFor(planner);
    QVERIFY(planner->hasError());
    QVERIFY2(planner->error().userMessage().contains(QStringLiteral("no recipient listing")),
             qPrintable(planner->error().userMessage()));
}

void TestSyncPlan::mixedJob_cancelsAndSharesInOneJob()
{
    m_f->simulator.setSharedAccounts(kBlueprint, makeAccountIds(15));
    const QStringList wanted = makeAccountIds(15, 10); // removes 0…9, adds 15…24
    const SyncPlan plan = syncPlan(new SyncPlanner(&m_f->service, kTarget, wanted, this));
    const JobResult result = run(plan.request());
    QCOMPARE(result.count(AccountOutcome::Status::Done), 20);
    QCOMPARE(m_f->simulator.appliedRequestCount(kCancel), 1);
    QCOMPARE(m_f->simulator.appliedRequestCount(kShare), 1);
    QCOMPARE(m_f->simulator.sharedAccounts(kBlueprint), sorted(wanted));
    for (const AccountOutcome &outcome : result.outcomes)
        QCOMPARE(outcome.action, plan.toAdd.contains(outcome.accountId) ? ShareAction::Share : ShareAction::Cancel);

    // One job in the history, each batch with its action.
    const QList<JobRecord> jobs = JobRecord::readAll(m_history->path());
    QCOMPARE(jobs.size(), 1);
    QVERIFY(jobs.constFirst().isMixed());
    QCOMPARE(jobs.constFirst().accountCount(ShareStatus::Done), 20);
}

void TestSyncPlan::mixedJob_plannerSendsOnlyWhatIsStillNeeded()
{
    m_f->simulator.setSharedAccounts(kBlueprint, makeAccountIds(4));
    const SyncPlan plan = syncPlan(new SyncPlanner(&m_f->service, kTarget, makeAccountIds(4, 2), this));
    // Remove 0 and 1, add 4 and 5. Before the job is planned, another administrator adds 4 and
    // removes 1: the planner sends the cancel for 0 and the share for 5, nothing more.
    m_f->simulator.setSharedAccounts(kBlueprint, QStringList{makeAccountIds(1)} + makeAccountIds(3, 2));
    auto *planner = new JobPlanner(&m_f->service, plan.request(), this);
    waitFor(planner);
    const JobPlan jobPlan = planner->plan();
    QCOMPARE(jobPlan.requestCount(), 2);
    QCOMPARE(jobPlan.accountChangeCount(ShareAction::Cancel), 1);
    QCOMPARE(jobPlan.accountChangeCount(ShareAction::Share), 1);
    QCOMPARE(jobPlan.skipped.size(), 2);
    QCOMPARE(jobPlan.skipped.at(0).accountId, makeAccountIds(1, 1).constFirst());
    QCOMPARE(jobPlan.skipped.at(0).reason, SkippedAccount::Reason::NotShared);
    QCOMPARE(jobPlan.skipped.at(1).accountId, makeAccountIds(1, 4).constFirst());
    QCOMPARE(jobPlan.skipped.at(1).reason, SkippedAccount::Reason::AlreadyShared);
}

void TestSyncPlan::undoOfMixedJob_restoresThePreviousSet()
{
    const QStringList before = makeAccountIds(6);
    m_f->simulator.setSharedAccounts(kBlueprint, before);
    const SyncPlan plan = syncPlan(new SyncPlanner(&m_f->service, kTarget, makeAccountIds(4, 4), this));
    const JobResult result = run(plan.request());
    QCOMPARE(result.count(AccountOutcome::Status::Done), 6);

    const JobRecord sync = JobRecord::readAll(m_history->path()).constFirst();
    const JobResult undo = run(sync.undoRequest());
    QCOMPARE(undo.count(AccountOutcome::Status::Done), 6);
    QCOMPARE(m_f->simulator.sharedAccounts(kBlueprint), before);
    const JobRecord undone = JobRecord::readAll(m_history->path()).constLast();
    QCOMPARE(undone.undoOf, sync.id);
    QVERIFY(undone.isMixed());
}

QTEST_GUILESS_MAIN(TestSyncPlan)
#include "TestSyncPlan.moc"
