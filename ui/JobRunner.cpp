#include "JobRunner.h"

#include "ApiSession.h"

#include "jobs/JobPlanner.h"
#include "jobs/ShareJob.h"

namespace LhShare {

JobRunner::JobRunner(QObject *parent)
    : QObject(parent)
{
}

JobRunner::~JobRunner()
{
    // In-flight batches finish into the journal only while the job lives; say so in the history.
    if (m_job && !m_job->isFinished())
        m_job->stop();
}

void JobRunner::setSession(ApiSession *session)
{
    stop();
    m_session = session;
}

bool JobRunner::isRunning() const
{
    return m_job && !m_job->isFinished();
}

void JobRunner::plan(const JobRequest &request)
{
    if (isBusy() || !m_session)
        return;
    m_planner = new JobPlanner(m_session->service(), request, this);
    JobPlanner *planner = m_planner;
    connect(planner, &JobPlanner::finished, this, [this, planner] {
        planner->deleteLater();
        if (planner != m_planner)
            return; // abandoned with stop()
        m_planner.clear();
        Q_EMIT busyChanged(isBusy());
        if (planner->error().isError())
            Q_EMIT planFailed(planner->error());
        else
            Q_EMIT planned(planner->plan());
    });
    Q_EMIT busyChanged(true);
    planner->start();
}

void JobRunner::run(const JobPlan &plan)
{
    if (isBusy() || !m_session)
        return;
    if (m_job)
        m_job->deleteLater();
    m_job = new ShareJob(m_session->service(), &m_history, plan, m_session->context(), this);
    ShareJob *job = m_job;
    connect(job, &ShareJob::historyError, this, &JobRunner::historyError);
    connect(job, &ShareJob::finished, this, [this, job] {
        Q_EMIT busyChanged(isBusy());
        Q_EMIT finished(job);
    });
    Q_EMIT busyChanged(true);
    Q_EMIT started(job);
    job->start();
}

void JobRunner::stop()
{
    if (m_planner) {
        JobPlanner *planner = m_planner;
        m_planner.clear();
        planner->abort();
        Q_EMIT busyChanged(isBusy());
    }
    if (isRunning())
        m_job->stop();
}

} // namespace LhShare
