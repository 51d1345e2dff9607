// Verification after a job, against the simulator: through propagation lag, through answers that
// were acknowledged but not applied (re-issued, then verified), against a backend that never
// applies (not verified, with the reason, and resumable), and on a site without a recipient
// listing (not verifiable). Timeouts are short so the suite stays quick.
#include "jobs/History.h"
#include "jobs/JobPlanner.h"
#include "jobs/ShareJob.h"
#include "jobs/VerifyJob.h"
#include "support/SimulatorFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace LhShare;
using namespace LhShare::Test;

namespace {
const QString kRegion = QStringLiteral("ap-guangzhou");
const QString kBlueprint = QStringLiteral("lhbp-verify01");
const QString kCancel = QStringLiteral("CancelShareBlueprintAcrossAccounts");
const QString kShare = QStringLiteral("ShareBlueprintAcrossAccounts");
const QString kShareInfos = QStringLiteral("DescribeBlueprintsShareAcrossAccountInfos");
} // namespace

class TestVerifyJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void lag_verifiedOnceItShows_withoutReissue();
    void ackNotApplied_reissuedThenVerified_andJournalled();
    void neverApplies_notVerifiedWithReason_andResumable();
    void neverAppliesShare_notVerified();
    void intlSite_notVerifiable();
    void mixedJob_eachAccountVerifiedAndReissuedByItsOwnAction();
    void skippedAccounts_confirmedAsAlreadyWanted();
    void failedAccounts_areNotChecked();
    void fewAccounts_readWithTheAccountFilter();
    void manyAccounts_readByListingEveryRecipient();

private:
    JobPlan planFor(const JobRequest &request);
    JobResult share(const JobPlan &plan);
    JobResult verify(const JobResult &result, int timeoutMs);
    int requestsFor(const QString &action) const;

    std::unique_ptr<SimulatorFixture> m_f;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<History> m_history;
};

void TestVerifyJob::init()
{
    m_f = std::make_unique<SimulatorFixture>();
    m_f->simulator.addBlueprint(kRegion, kBlueprint, QStringLiteral("verify-test"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_history = std::make_unique<History>(m_dir->filePath(QStringLiteral("history.jsonl")));
}

void TestVerifyJob::cleanup()
{
    m_history.reset();
    m_dir.reset();
    m_f.reset();
}

JobPlan TestVerifyJob::planFor(const JobRequest &request)
{
    auto *planner = new JobPlanner(&m_f->service, request, this);
    QSignalSpy spy(planner, &Job::finished);
    JobPlan plan;
    connect(planner, &Job::finished, this, [&plan, planner] { plan = planner->plan(); });
    planner->start();
    if (!spy.wait(15000))
        qFatal("planning never finished");
    return plan;
}

JobResult TestVerifyJob::share(const JobPlan &plan)
{
    auto *job = new ShareJob(&m_f->service, m_history.get(), plan, {QStringLiteral("test"), {}, {}}, this);
    QSignalSpy spy(job, &Job::finished);
    JobResult result;
    connect(job, &Job::finished, this, [&result, job] { result = job->result(); });
    job->start();
    if (!spy.wait(30000))
        qFatal("job never finished");
    return result;
}

JobResult TestVerifyJob::verify(const JobResult &result, int timeoutMs)
{
    auto *job = new VerifyJob(&m_f->service, m_history.get(), result, this);
    job->setTimeoutMs(timeoutMs);
    QSignalSpy spy(job, &Job::finished);
    JobResult verified;
    connect(job, &Job::finished, this, [&verified, job] { verified = job->result(); });
    job->start();
    if (!spy.wait(timeoutMs + 30000))
        qFatal("verification never finished");
    return verified;
}

int TestVerifyJob::requestsFor(const QString &action) const
{
    int count = 0;
    for (const Simulator::RequestRecord &record : m_f->simulator.requestLog())
        count += record.action == action ? 1 : 0;
    return count;
}

void TestVerifyJob::lag_verifiedOnceItShows_withoutReissue()
{
    const QStringList accounts = makeAccountIds(3);
    m_f->simulator.setSharedAccounts(kBlueprint, accounts);
    m_f->simulator.setPropagationLagMs(600);
    const JobResult done = share(
        planFor(JobRequest::forTargets(ShareAction::Cancel, {{kRegion, kBlueprint}}, accounts)));
    QCOMPARE(done.count(ShareStatus::Done), 3);

    const JobResult result = verify(done, 20000);
    QCOMPARE(result.count(Verification::Verified), 3);
    QCOMPARE(result.doneCount(), 3);
    QCOMPARE(requestsFor(kCancel), 1); // the lag passed: nothing was sent again
    const JobRecord record = JobRecord::readAll(m_history->path()).constLast();
    QCOMPARE(record.reissues, 0);
    QCOMPARE(record.accountCount(Verification::Verified), 3);
    QVERIFY(!record.canResume());
}

void TestVerifyJob::ackNotApplied_reissuedThenVerified_andJournalled()
{
    const QStringList accounts = makeAccountIds(2);
    m_f->simulator.setSharedAccounts(kBlueprint, accounts);
    const JobPlan plan = planFor(JobRequest::forTargets(ShareAction::Cancel, {{kRegion, kBlueprint}}, accounts));
    m_f->simulator.injectFault(kCancel, Simulator::Fault::AckNotApplied);
    const JobResult done = share(plan);
    QCOMPARE(done.count(ShareStatus::Done), 2);
    QCOMPARE(m_f->simulator.sharedAccounts(kBlueprint), accounts); // acknowledged, not applied

    const JobResult result = verify(done, 2000);
    QCOMPARE(result.count(Verification::Verified), 2);
    QVERIFY(m_f->simulator.sharedAccounts(kBlueprint).isEmpty());
    QCOMPARE(requestsFor(kCancel), 2);
    QCOMPARE(result.requestsSent, 2);

    bool reissueRecorded = false;
    Journal::read(m_history->path(), [&](const Journal::Record &record) {
        if (const auto *reissued = std::get_if<Journal::Reissued>(&record)) {
            reissueRecorded = true;
            QCOMPARE(reissued->accounts, accounts);
            QVERIFY(!reissued->requestId.isEmpty());
            QVERIFY(reissued->errorCode.isEmpty());
        }
    });
    QVERIFY(reissueRecorded);
    QCOMPARE(JobRecord::readAll(m_history->path()).constLast().reissues, 1);
}

void TestVerifyJob::neverApplies_notVerifiedWithReason_andResumable()
{
    const QStringList accounts = makeAccountIds(2);
    m_f->simulator.setSharedAccounts(kBlueprint, accounts);
    const JobPlan plan = planFor(JobRequest::forTargets(ShareAction::Cancel, {{kRegion, kBlueprint}}, accounts));
    m_f->simulator.injectFault(kCancel, Simulator::Fault::AckNotApplied, Simulator::kEveryTime);
    const JobResult result = verify(share(plan), 800);

    QCOMPARE(result.count(Verification::NotVerified), 2);
    QCOMPARE(result.doneCount(), 0); // never reported as done
    for (const AccountOutcome &outcome : result.outcomes) {
        QVERIFY(outcome.isUnverifiedChange());
        QVERIFY2(outcome.verificationNote.contains(u"still shared"), qPrintable(outcome.verificationNote));
        QVERIFY2(outcome.verificationNote.contains(u"re-issued cancel"), qPrintable(outcome.verificationNote));
        QVERIFY(outcome.verificationText().contains(outcome.verificationNote));
    }
    QCOMPARE(requestsFor(kCancel), 2); // the job's request and one re-issue

    const JobRecord record = JobRecord::readAll(m_history->path()).constLast();
    QCOMPARE(record.accountCount(Verification::NotVerified), 2);
    QVERIFY(record.canResume());
    const JobRequest resume = record.resumeRequest();
    QCOMPARE(resume.action, ShareAction::Cancel);
    QCOMPARE(resume.accountCount(), 2);

    // Once the backend behaves, resume finishes the revoke.
    m_f->simulator.clearFaults();
    const JobPlan resumePlan = planFor(resume);
    QCOMPARE(resumePlan.requestCount(), 1);
    QCOMPARE(verify(share(resumePlan), 2000).count(Verification::Verified), 2);
    QVERIFY(m_f->simulator.sharedAccounts(kBlueprint).isEmpty());
}

void TestVerifyJob::neverAppliesShare_notVerified()
{
    const QStringList accounts = makeAccountIds(1);
    m_f->simulator.injectFault(kShare, Simulator::Fault::AckNotApplied, Simulator::kEveryTime);
    const JobResult result = verify(
        share(planFor(JobRequest::forTargets(ShareAction::Share, {{kRegion, kBlueprint}}, accounts))), 600);
    QCOMPARE(result.count(Verification::NotVerified), 1);
    QVERIFY(result.outcomes.constFirst().verificationNote.contains(u"still not shared"));
}

void TestVerifyJob::mixedJob_eachAccountVerifiedAndReissuedByItsOwnAction()
{
    const QStringList leaving = makeAccountIds(2);
    const QStringList joining = makeAccountIds(2, 50);
    m_f->simulator.setSharedAccounts(kBlueprint, leaving);
    JobRequest request;
    request.action = ShareAction::Share;
    request.items.append({{kRegion, kBlueprint}, joining, false, ShareAction::Share});
    request.items.append({{kRegion, kBlueprint}, leaving, false, ShareAction::Cancel});
    const JobPlan plan = planFor(request);
    m_f->simulator.injectFault(kShare, Simulator::Fault::AckNotApplied);
    m_f->simulator.injectFault(kCancel, Simulator::Fault::AckNotApplied);

    const JobResult result = verify(share(plan), 2000);
    QCOMPARE(result.count(Verification::Verified), 4);
    QCOMPARE(m_f->simulator.sharedAccounts(kBlueprint), joining);
    QCOMPARE(requestsFor(kShare), 2);
    QCOMPARE(requestsFor(kCancel), 2);
    QSet<ShareAction> reissuedActions;
    Journal::read(m_history->path(), [&](const Journal::Record &record) {
        if (const auto *reissued = std::get_if<Journal::Reissued>(&record))
            reissuedActions.insert(reissued->action.value_or(result.action));
    });
    QCOMPARE(reissuedActions, (QSet<ShareAction>{ShareAction::Share, ShareAction::Cancel}));
}

void TestVerifyJob::intlSite_notVerifiable()
{
    const QStringList accounts = makeAccountIds(2);
    m_f->simulator.setSharedAccounts(kBlueprint, accounts);
    m_f->simulator.setShareInfosAvailable(false);
    const JobPlan plan = planFor(JobRequest::forTargets(ShareAction::Cancel, {{kRegion, kBlueprint}}, accounts));
    QVERIFY(!plan.recipientsKnown);
    const JobResult result = verify(share(plan), 2000);
    // A revoke that cannot be checked is never reported as done (nor re-sent: nothing would tell).
    QCOMPARE(result.count(Verification::NotVerified), 2);
    QCOMPARE(result.doneCount(), 0);
    QCOMPARE(result.outcomes.constFirst().statusText(), QStringLiteral("not verified"));
    QVERIFY2(result.outcomes.constFirst().verificationNote.contains(QLatin1String("does not list")),
             qPrintable(result.outcomes.constFirst().verificationNote));
    QCOMPARE(requestsFor(kCancel), 1);
    const JobRecord record = JobRecord::readAll(m_history->path()).constLast();
    QCOMPARE(record.accountCount(Verification::NotVerified), 2); // the history agrees

    // A share there takes nothing away from anyone: not verifiable, and done.
    const JobResult shared = verify(
        share(planFor(JobRequest::forTargets(ShareAction::Share, {{kRegion, kBlueprint}}, accounts))), 2000);
    QCOMPARE(shared.count(Verification::NotVerifiable), 2);
    QCOMPARE(shared.doneCount(), 2);
    QCOMPARE(shared.outcomes.constFirst().verificationText(), QStringLiteral("Not verifiable on this site"));
}

void TestVerifyJob::skippedAccounts_confirmedAsAlreadyWanted()
{
    const QStringList shared = makeAccountIds(1);
    const QStringList never = makeAccountIds(2, 50);
    m_f->simulator.setSharedAccounts(kBlueprint, shared);
    const JobResult result = verify(
        share(planFor(JobRequest::forTargets(ShareAction::Cancel, {{kRegion, kBlueprint}}, shared + never))), 2000);
    QCOMPARE(result.count(ShareStatus::Skipped), 2);
    QCOMPARE(result.count(Verification::Verified), 3);
    QCOMPARE(result.doneCount(), 1);
}

void TestVerifyJob::failedAccounts_areNotChecked()
{
    const QStringList accounts = makeAccountIds(2);
    m_f->simulator.setNonexistentAccounts(accounts);
    const JobResult result = verify(
        share(planFor(JobRequest::forTargets(ShareAction::Share, {{kRegion, kBlueprint}}, accounts))), 2000);
    QCOMPARE(result.count(ShareStatus::Failed), 2);
    QCOMPARE(result.count(Verification::NotChecked), 2);
}

void TestVerifyJob::fewAccounts_readWithTheAccountFilter()
{
    // 250 other recipients would take three pages to list; five accounts take one filtered read.
    const QStringList others = makeAccountIds(250, 1000);
    const QStringList accounts = makeAccountIds(5);
    m_f->simulator.setSharedAccounts(kBlueprint, others + accounts);
    const JobResult done = share(
        planFor(JobRequest::forTargets(ShareAction::Cancel, {{kRegion, kBlueprint}}, accounts)));
    m_f->simulator.clearRequestLog();
    QCOMPARE(verify(done, 2000).count(Verification::Verified), 5);
    QCOMPARE(requestsFor(kShareInfos), 1);
}

void TestVerifyJob::manyAccounts_readByListingEveryRecipient()
{
    // 40 accounts would take eight filtered reads; the 210 recipients left take three pages.
    const QStringList others = makeAccountIds(210, 1000);
    const QStringList accounts = makeAccountIds(40);
    m_f->simulator.setSharedAccounts(kBlueprint, others + accounts);
    const JobResult done = share(
        planFor(JobRequest::forTargets(ShareAction::Cancel, {{kRegion, kBlueprint}}, accounts)));
    m_f->simulator.clearRequestLog();
    QCOMPARE(verify(done, 2000).count(Verification::Verified), 40);
    QCOMPARE(requestsFor(kShareInfos), 3);
}

QTEST_GUILESS_MAIN(TestVerifyJob)
#include "TestVerifyJob.moc"
