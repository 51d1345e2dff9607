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
    connect(job, &Job::finished, this, [this, job] {
        m_job.clear();
        Q_EMIT busyChanged(isBusy());
        Q_EMIT finished(job->result());
    });
    Q_EMIT busyChanged(true);
    Q_EMIT started(job);
    job->start();
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
}

} // namespace LhShare
