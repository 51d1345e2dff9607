#pragma once

#include "api/ApiError.h"
#include "jobs/History.h"
#include "jobs/JobPlan.h"
#include "jobs/JobPlanner.h"
#include "jobs/ShareJob.h"

#include <QObject>
#include <QPointer>

namespace LhShare {

class ApiSession;

// The window's one job at a time: plans a request against the current recipients (JobPlanner),
// then, once the review dialog said yes, runs the plan (ShareJob) journalled to the history file.
// The previous job stays alive until the next one starts, so its results can still be read.
class JobRunner final : public QObject
{
    Q_OBJECT
public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;

    void setSession(ApiSession *session);
    History &history() { return m_history; }

    bool isPlanning() const { return m_planner != nullptr; }
    bool isRunning() const;
    bool isBusy() const { return isPlanning() || isRunning(); }
    ShareJob *job() const { return m_job; }

    void plan(const JobRequest &request);
    void run(const JobPlan &plan);
    // Planning: abandon it. Running: send no new batches; what is in flight completes.
    void stop();

Q_SIGNALS:
    void planned(const LhShare::JobPlan &plan);
    void planFailed(const LhShare::ApiError &error);
    void started(LhShare::ShareJob *job);
    void finished(LhShare::ShareJob *job);
    void historyError(const QString &message);
    void busyChanged(bool busy);

private:
    QPointer<ApiSession> m_session;
    History m_history;
    QPointer<JobPlanner> m_planner;
    QPointer<ShareJob> m_job;
};

} // namespace LhShare
