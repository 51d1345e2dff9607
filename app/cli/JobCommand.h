#pragma once

#include "ApiCommand.h"

#include "jobs/JobPlan.h"

namespace LhShare {
class History;
class JobController;
struct JobRecord;
struct JobResult;
struct SyncPlan;
} // namespace LhShare

namespace LhShare::Cli {

// Base of the commands that change sharing (cancel, share, resume, undo): builds a JobRequest
// (subclass) and drives the session layer's JobController with it — plan against the current
// recipients, print the plan, confirm (unless --yes), run, verify (--verify-timeout), report every
// batch and every account's verification. --dry-run prints the plan without sending anything.
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
    // The one job of the history whose ID starts with `prefix`, or the latest interrupted one when
    // `prefix` is empty and latestInterrupted is set; false after fail() when none or several match.
    bool findJob(const QString &prefix, JobRecord *job, bool latestInterrupted = false);
    // --accounts (repeatable) and --accounts-file, read by the paste rules.
    static QList<QCommandLineOption> accountOptions();
    // Reads them: every invalid entry printed, and false after fail() when there is one or none
    // is given (nothing is sent).
    bool readAccounts(const QCommandLineParser &parser, QStringList *accounts);
    // A sync's difference: its plan marks each change + or − and lists the accounts that stay (=).
    virtual const SyncPlan *syncPlan() const { return nullptr; }

private:
    JobController *controller();
    void onPlanned(const JobPlan &plan);
    void printPlan(const JobPlan &plan);
    bool confirm(const JobPlan &plan);
    void report(const JobResult &result);
    void reportVerification(const JobResult &result);
    void reportNotVerified(const JobResult &result);

    bool m_dryRun = false;
    bool m_yes = false;
    int m_verifyTimeoutMs = 0;
    JobController *m_controller = nullptr;
};

} // namespace LhShare::Cli
