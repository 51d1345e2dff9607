#include "JobController.h"

#include "Session.h"
#include "jobs/JobPlanner.h"

namespace LhShare {

JobController::JobController(const QString &historyPath, QObject *parent)
    : QObject(parent)
    , m_history(historyPath)
{
}

JobController::~JobController()
{
    // In-flight batches are answered into the journal only while the job lives; say so in the history.
    if (m_job)
        m_job->abort();
    if (m_verify)
        m_verify->abort();
}

void JobController::setSession(Session *session)
{
    if (session == m_session)
        return;
    stop();
    m_session = session;
}

void JobController::plan(const JobRequest &request)
{
    if (isBusy() || !m_session)
        return;
    auto *planner = new JobPlanner(m_session->service(), request, this);
    m_planner = planner;
    connect(planner, &Job::finished, this, [this, planner] {
        if (planner != m_planner)
            return; // abandoned with stop()
        m_planner.clear();
        Q_EMIT busyChanged(isBusy());
        if (planner->hasError())
            Q_EMIT planFailed(planner->error());
        else
            Q_EMIT planned(planner->plan());
    });
    Q_EMIT busyChanged(true);
    planner->start();
}

void JobController::run(const JobPlan &plan)
{
    if (isBusy() || !m_session)
        return;
    auto *job = new ShareJob(m_session->service(), &m_history, plan, m_session->context(), this);
    m_job = job;
    connect(job, &ShareJob::historyError, this, &JobController::historyError);
    // Verified through the connection it ran on, even if another was chosen meanwhile.
    connect(job, &Job::finished, this, [this, job, session = QPointer<Session>(m_session)] {
        m_job.clear();
        verify(job->result(), session);
    });
    Q_EMIT busyChanged(true);
    Q_EMIT started(job);
    job->start();
}

void JobController::verify(const JobResult &result, Session *session)
{
    if (!session) { // the connection is gone: nothing to read with
        Q_EMIT busyChanged(isBusy());
        Q_EMIT finished(result);
        return;
    }
    auto *verify = new VerifyJob(session->service(), &m_history, result, this);
    verify->setTimeoutMs(m_verifyTimeoutMs);
    m_verify = verify;
    connect(verify, &VerifyJob::historyError, this, &JobController::historyError);
    connect(verify, &Job::finished, this, [this, verify] {
        m_verify.clear();
        Q_EMIT busyChanged(isBusy());
        Q_EMIT finished(verify->result());
    });
    verify->start();
    Q_EMIT verifying(verify);
}

void JobController::stop()
{
    if (m_planner) {
        Job *planner = m_planner;
        m_planner.clear();
        planner->abort();
        Q_EMIT busyChanged(isBusy());
    }
    if (m_job)
        m_job->abort();
    else if (m_verify)
        m_verify->abort();
}

} // namespace LhShare
