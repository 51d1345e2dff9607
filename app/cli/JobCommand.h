#pragma once

#include "ApiCommand.h"

#include "jobs/JobPlan.h"

namespace LhShare {
class History;
class ShareJob;
struct JobRecord;
} // namespace LhShare

namespace LhShare::Cli {

// Base of the commands that change sharing (cancel, share, resume, undo): builds a JobRequest
// (subclass), plans it against the current recipients, shows the plan, asks for confirmation
// unless --yes, runs it at the rate limit, and reports every batch. --dry-run prints the plan
// without sending anything.
class JobCommand : public ApiCommand
{
    Q_OBJECT
public:
    using ApiCommand::ApiCommand;
    ~JobCommand() override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    bool validate(const QCommandLineParser &parser) override;
    void run() final;

    virtual void addJobOptions(QCommandLineParser &parser) = 0;
    virtual bool validateJob(const QCommandLineParser &parser) = 0;
    // Produces the request, possibly asynchronously, then calls plan(request) (or fail()).
    virtual void buildRequest() = 0;
    void plan(const JobRequest &request);
    // True if the plan can be computed without the network (dry run of cancel/share).
    virtual bool canPlanOffline() const { return true; }
    History &history();
    // The one job whose ID starts with `prefix`; false after fail() when none or several match.
    bool findJob(const QList<JobRecord> &jobs, const QString &prefix, JobRecord *job);

private:
    void printPlan(const JobPlan &plan);
    bool confirm(const JobPlan &plan);
    void execute(const JobPlan &plan);
    void report();

    bool m_dryRun = false;
    bool m_yes = false;
    std::unique_ptr<History> m_history;
    ShareJob *m_job = nullptr;
};

} // namespace LhShare::Cli
