// plan → confirm → run → journal → verify → result, as both front ends drive it, against the simulator.
#include "jobs/History.h"
#include "session/JobController.h"
#include "session/SessionFactory.h"
#include "support/SimulatorFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace LhShare;
using namespace LhShare::Test;

Q_DECLARE_METATYPE(LhShare::JobPlan)
Q_DECLARE_METATYPE(LhShare::JobResult)

namespace {
const QString kRegion = QStringLiteral("ap-guangzhou");
const QString kBlueprint = QStringLiteral("lhbp-ctl00001");
} // namespace

class TestJobController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<JobPlan>();
        qRegisterMetaType<JobResult>();
    }

    void init()
    {
        m_simulator = std::make_unique<Simulator>();
        m_simulator->setCredentials(Simulator::demoCredentials());
        m_simulator->addBlueprint(kRegion, kBlueprint, QStringLiteral("controller"));
        QVERIFY(m_simulator->listen());
        ConnectionSettings settings;
        settings.credentials = Simulator::demoCredentials();
        settings.endpoint = Endpoint::parse(m_simulator->url().toString());
        settings.profileName = QStringLiteral("ctl");
        m_factory = std::make_unique<SessionFactory>(&m_network);
        m_session.reset(m_factory->open(settings));
        m_controller = std::make_unique<JobController>(m_dir.filePath(QStringLiteral("history.jsonl")));
        m_controller->setSession(m_session.get());
    }

    void cleanup()
    {
        m_controller.reset();
        m_session.reset();
        m_simulator.reset();
    }

    void planThenRun_changesOnlyWhatThePlanSays()
    {
        const QStringList shared = makeAccountIds(12);
        m_simulator->setSharedAccounts(kBlueprint, shared);
        const QStringList asked = shared.mid(0, 11) + makeAccountIds(2, 500); // 11 shared, 2 not
        QSignalSpy planned(m_controller.get(), &JobController::planned);
        QSignalSpy busy(m_controller.get(), &JobController::busyChanged);
        m_controller->plan(JobRequest::forTargets(ShareAction::Cancel, {{kRegion, kBlueprint}}, asked));
        QVERIFY(m_controller->isPlanning());
        QVERIFY(planned.wait(10'000));
        const JobPlan plan = planned.constFirst().constFirst().value<JobPlan>();
        QCOMPARE(plan.accountChangeCount(), 11);
        QCOMPARE(plan.requestCount(), 2);
        QCOMPARE(plan.skipped.size(), 2);
        QVERIFY(m_simulator->sharedAccounts(kBlueprint).size() == 12); // planning changes nothing
        QVERIFY(!m_controller->isBusy());

        QSignalSpy finished(m_controller.get(), &JobController::finished);
        m_controller->run(plan);
        QVERIFY(m_controller->isRunning());
        QVERIFY(finished.wait(10'000));
        const JobResult result = finished.constFirst().constFirst().value<JobResult>();
        QCOMPARE(result.count(AccountOutcome::Status::Done), 11);
        QCOMPARE(result.count(AccountOutcome::Status::Skipped), 2);
        QCOMPARE(result.requestsSent, 2);
        QCOMPARE(result.count(Verification::Verified), 13); // the skipped ones confirmed too
        QCOMPARE(m_simulator->sharedAccounts(kBlueprint), QStringList{shared.at(11)});
        QVERIFY(!m_controller->isBusy());
        QVERIFY(busy.size() >= 4); // planning on/off, running on/off

        // Journalled: the history has the job, under the session's profile, and can undo it.
        const QList<JobRecord> jobs = JobRecord::readAll(m_controller->history().path());
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.constFirst().id, result.jobId);
        QCOMPARE(jobs.constFirst().profile, QStringLiteral("ctl"));
        QCOMPARE(jobs.constFirst().undoRequest().accountCount(), 11);
    }

    void stopWhileRunning_verifiesWhatWasSent()
    {
        const QStringList accounts = makeAccountIds(200);
        m_simulator->setSharedAccounts(kBlueprint, accounts);
        m_simulator->setProcessingDelayMs(100);
        QSignalSpy planned(m_controller.get(), &JobController::planned);
        m_controller->plan(JobRequest::forTargets(ShareAction::Cancel, {{kRegion, kBlueprint}}, accounts));
        QVERIFY(planned.wait(10'000));
        QSignalSpy verifying(m_controller.get(), &JobController::verifying);
        QSignalSpy finished(m_controller.get(), &JobController::finished);
        connect(m_controller.get(), &JobController::started, this, [this](ShareJob *job) {
            // Queued, as a Stop button's click arrives: from the event loop.
            connect(
                job, &ShareJob::progress, this,
                [this, job = QPointer<ShareJob>(job)](int done) {
                    if (done >= 2 && job && !job->isStopping())
                        m_controller->stop();
                },
                Qt::QueuedConnection);
        });
        m_controller->run(planned.constFirst().constFirst().value<JobPlan>());
        QVERIFY(finished.wait(20'000));
        QCOMPARE(verifying.size(), 1);
        const JobResult result = finished.constFirst().constFirst().value<JobResult>();
        QVERIFY(result.stopped);
        QVERIFY(result.count(AccountOutcome::Status::NotSent) > 0);
        QVERIFY(result.count(AccountOutcome::Status::Done) > 0);
        // What was answered is checked; what was never sent is not.
        QCOMPARE(result.count(Verification::Verified), result.count(AccountOutcome::Status::Done));
        QCOMPARE(result.count(Verification::NotChecked), result.count(AccountOutcome::Status::NotSent));
    }

    void stopWhileVerifying_endsNotVerified()
    {
        const QStringList accounts = makeAccountIds(2);
        m_simulator->setSharedAccounts(kBlueprint, accounts);
        m_simulator->injectFault(QStringLiteral("CancelShareBlueprintAcrossAccounts"), Simulator::Fault::AckNotApplied,
                                 Simulator::kEveryTime);
        QSignalSpy planned(m_controller.get(), &JobController::planned);
        m_controller->plan(JobRequest::forTargets(ShareAction::Cancel, {{kRegion, kBlueprint}}, accounts));
        QVERIFY(planned.wait(10'000));
        QSignalSpy finished(m_controller.get(), &JobController::finished);
        connect(
            m_controller.get(), &JobController::verifying, this,
            [this] {
                QVERIFY(m_controller->isRunning());
                m_controller->stop();
            },
            Qt::QueuedConnection);
        m_controller->run(planned.constFirst().constFirst().value<JobPlan>());
        QVERIFY(finished.wait(10'000)); // well within the default 30 s bound
        const JobResult result = finished.constFirst().constFirst().value<JobResult>();
        QCOMPARE(result.count(Verification::NotVerified), 2);
        QVERIFY(result.outcomes.constFirst().verificationNote.contains(u"stopped"));
        QCOMPARE(result.doneCount(), 0);
        QVERIFY(!m_controller->isBusy());
        QVERIFY(JobRecord::readAll(m_controller->history().path()).constLast().canResume());
    }

    void stopWhilePlanning_plansNothing()
    {
        m_simulator->setProcessingDelayMs(500);
        QSignalSpy planned(m_controller.get(), &JobController::planned);
        QSignalSpy failed(m_controller.get(), &JobController::planFailed);
        m_controller->plan(JobRequest::forTargets(ShareAction::Share, {{kRegion, kBlueprint}}, makeAccountIds(3)));
        m_controller->stop();
        QVERIFY(!m_controller->isBusy());
        QTest::qWait(800);
        QCOMPARE(planned.size(), 0);
        QCOMPARE(failed.size(), 0);
        QVERIFY(m_simulator->sharedAccounts(kBlueprint).isEmpty());
    }

    void planFailure_isReportedWithTheServersCode()
    {
        m_simulator->injectFault(QStringLiteral("DescribeBlueprintsShareAcrossAccountInfos"),
                                 Simulator::Fault::ErrorCode, 1, QStringLiteral("UnauthorizedOperation"));
        QSignalSpy failed(m_controller.get(), &JobController::planFailed);
        m_controller->plan(JobRequest::forTargets(ShareAction::Cancel, {{kRegion, kBlueprint}}, makeAccountIds(3)));
        QVERIFY(failed.wait(10'000));
        QCOMPARE(failed.constFirst().constFirst().value<ApiError>().code, QStringLiteral("UnauthorizedOperation"));
    }

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<SessionFactory> m_factory;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<JobController> m_controller;
};

QTEST_GUILESS_MAIN(TestJobController)
#include "TestJobController.moc"
