#pragma once

#include "api/ApiError.h"
#include "jobs/History.h"
#include "jobs/JobPlan.h"
#include "jobs/ShareJob.h"
#include "jobs/VerifyJob.h"

#include <QObject>
#include <QPointer>

namespace LhShare {

class Session;

// plan → the caller confirms → run → journal → verify → result, one job at a time, for both front
// ends: plan() reads who each blueprint is shared with now (JobPlanner) and emits planned(); the
// caller shows the plan (review dialog, printed plan) and, once confirmed, calls run(), which runs
// a ShareJob journalled to the history, then a VerifyJob that re-reads what it changed (also after
// stop(): what was sent is verified), and emits finished() with the verified result.
//
//   JobController controller;  controller.setSession(session);
//   connect(&controller, &JobController::planned, this, [&](const JobPlan &plan) { if (confirm(plan)) controller.run(plan); });
//   connect(&controller, &JobController::finished, this, &Front::show);
//   controller.plan(request);
class JobController final : public QObject
{
    Q_OBJECT
public:
    explicit JobController(const QString &historyPath = History::defaultPath(), QObject *parent = nullptr);
    ~JobController() override;

    // The connection jobs go through (not owned). Changing it stops planning and the running job.
    void setSession(Session *session);
    Session *session() const { return m_session; }
    History &history() { return m_history; }

    bool isPlanning() const { return m_planner != nullptr; }
    bool isRunning() const { return m_job != nullptr || m_verify != nullptr; }
    bool isBusy() const { return isPlanning() || isRunning(); }
    // The running job (progress, live outcomes); nullptr when none runs.
    ShareJob *job() const { return m_job; }
    // How long a change may take to show in the recipient list before it counts as not verified.
    void setVerifyTimeoutMs(int timeoutMs) { m_verifyTimeoutMs = timeoutMs; }
    int verifyTimeoutMs() const { return m_verifyTimeoutMs; }

    void plan(const JobRequest &request);
    void run(const JobPlan &plan);
    // Planning: abandon it. Running: send no new batches; what is in flight completes, then what
    // was sent is verified. Verifying: stop polling (what is unconfirmed is not verified).
    void stop();

Q_SIGNALS:
    void planned(const LhShare::JobPlan &plan);
    void planFailed(const LhShare::ApiError &error);
    void started(LhShare::ShareJob *job);
    // The share job ended; its changes are being re-read.
    void verifying(LhShare::VerifyJob *job);
    void finished(const LhShare::JobResult &result);
    void historyError(const QString &message);
    void busyChanged(bool busy);

private:
    QPointer<Session> m_session;
    History m_history;
    QPointer<Job> m_planner;
    QPointer<ShareJob> m_job;
    QPointer<VerifyJob> m_verify;
    int m_verifyTimeoutMs = VerifyJob::kDefaultTimeoutMs;

    void verify(const JobResult &result, Session *session);
};

} // namespace LhShare
