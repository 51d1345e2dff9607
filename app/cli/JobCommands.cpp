// The commands that change sharing: cancel, share, resume, undo.
#include "CommandRegistry.h"
#include "JobCommand.h"

#include "api/LighthouseService.h"
#include "api/PagedQuery.h"
#include "jobs/History.h"
#include "model/AccountIdInput.h"
#include "model/Blueprint.h"
#include "model/Region.h"

#include <QPointer>

namespace LhShare::Cli {

// cancel / share: --blueprint (repeatable) in --region or --all-regions, accounts from
// --accounts and/or --accounts-file.
class ChangeSharingCommand : public JobCommand
{
    Q_OBJECT
public:
    ChangeSharingCommand(CliOutput output, QObject *parent, ShareAction action)
        : JobCommand(output, parent)
        , m_action(action)
    {
    }

protected:
    QString description() const override
    {
        return m_action == ShareAction::Cancel
            ? tr("Stop sharing blueprints with accounts (CancelShareBlueprintAcrossAccounts).")
            : tr("Share blueprints with accounts (ShareBlueprintAcrossAccounts).");
    }
    bool regionComesFromElsewhere() const override { return parser().isSet(QStringLiteral("all-regions")); }
    bool canPlanOffline() const override { return !parser().isSet(QStringLiteral("all-regions")); }

    void addJobOptions(QCommandLineParser &parser) override
    {
        parser.addOptions({
            {QStringLiteral("blueprint"), tr("Blueprint ID, lhbp-xxxxxxxx (repeatable)."), tr("id")},
            {QStringLiteral("all-regions"), tr("Look the blueprints up in every supported region.")},
        });
        parser.addOptions(accountOptions());
    }

    bool validateJob(const QCommandLineParser &parser) override
    {
        if (!readBlueprintIds(parser, &m_blueprints))
            return false;
        if (parser.isSet(QStringLiteral("all-regions")) && parser.isSet(QStringLiteral("region"))) {
            fail(tr("--region and --all-regions cannot be combined."));
            return false;
        }
        return readAccounts(parser, &m_accounts);
    }

    void buildRequest() override
    {
        if (!parser().isSet(QStringLiteral("all-regions"))) {
            QList<JobTarget> targets;
            for (const QString &id : std::as_const(m_blueprints))
                targets.append({region(), id});
            plan(JobRequest::forTargets(m_action, targets, m_accounts));
            return;
        }
        m_pendingRegions = Region::supported();
        lookUpNextRegion();
    }

private:
    // --all-regions: find each blueprint's region with DescribeBlueprints, region by region.
    void lookUpNextRegion()
    {
        if (m_pendingRegions.isEmpty()) {
            QStringList missing = m_blueprints;
            for (const JobTarget &target : std::as_const(m_found))
                missing.removeAll(target.blueprintId);
            if (!missing.isEmpty()) {
                fail(tr("Not found in any region: %1. Nothing was sent.").arg(missing.join(QStringLiteral(", "))));
                return;
            }
            plan(JobRequest::forTargets(m_action, m_found, m_accounts));
            return;
        }
        const QString regionId = m_pendingRegions.takeFirst().id;
        PagedQuery *query = service()->describeBlueprints(regionId, m_blueprints);
        connect(query, &PagedQuery::finished, this, [this, query, regionId] {
            const ApiError error = query->error();
            // A region where the ids are unknown answers "not found"; that just means "not here".
            if (error.isError() && !error.hasCodePrefix(QStringLiteral("ResourceNotFound"))
                && !error.hasCodePrefix(QStringLiteral("UnsupportedRegion"))) {
                err() << tr("Looking up blueprints in %1 failed:").arg(regionId) << ' ';
                reportApiError(error);
                Q_EMIT finished(ExitSomeFailed);
                return;
            }
            for (const Blueprint &blueprint : LighthouseService::blueprintsFrom(query)) {
                if (m_blueprints.contains(blueprint.id))
                    m_found.append({regionId, blueprint.id});
            }
            lookUpNextRegion();
        });
        query->start();
    }

    ShareAction m_action;
    QStringList m_blueprints;
    QStringList m_accounts;
    QList<Region> m_pendingRegions;
    QList<JobTarget> m_found;
};

class CancelCommand final : public ChangeSharingCommand
{
    Q_OBJECT
public:
    CancelCommand(CliOutput output, QObject *parent)
        : ChangeSharingCommand(output, parent, ShareAction::Cancel)
    {
    }
};

class ShareCommand final : public ChangeSharingCommand
{
    Q_OBJECT
public:
    ShareCommand(CliOutput output, QObject *parent)
        : ChangeSharingCommand(output, parent, ShareAction::Share)
    {
    }
};

// resume [JOB]: finishes an interrupted job, or one whose changes did not show in the recipient
// list (not verified). Batches whose outcome is unknown are planned again against the current
// recipients, so nothing is applied twice.
class ResumeCommand final : public JobCommand
{
    Q_OBJECT
public:
    using JobCommand::JobCommand;

protected:
    QString description() const override { return tr("Finish an interrupted job from the history."); }
    RegionOption regionOption() const override { return RegionOption::None; }
    bool acceptsPositionalArguments() const override { return true; }
    bool canPlanOffline() const override { return false; }
    void addJobOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("job"), tr("Job ID (default: the latest interrupted job)."));
    }
    bool validateJob(const QCommandLineParser &parser) override
    {
        if (!findJob(parser.positionalArguments().value(0), &m_job, true))
            return false;
        if (!m_job.canResume()) {
            fail(tr("Job %1 has nothing left to do.").arg(m_job.id), ExitOk);
            return false;
        }
        return true;
    }
    void buildRequest() override { plan(m_job.resumeRequest()); }

private:
    JobRecord m_job;
};

// undo JOB: reverses what a job changed (only the accounts it confirmed done).
class UndoCommand final : public JobCommand
{
    Q_OBJECT
public:
    using JobCommand::JobCommand;

protected:
    QString description() const override
    {
        return tr("Reverse a finished job: re-share what it unshared, or unshare what it shared.");
    }
    RegionOption regionOption() const override { return RegionOption::None; }
    bool acceptsPositionalArguments() const override { return true; }
    bool canPlanOffline() const override { return false; }
    void addJobOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("job"), tr("Job ID (a unique prefix is enough)."));
    }
    bool validateJob(const QCommandLineParser &parser) override
    {
        const QString wanted = parser.positionalArguments().value(0);
        if (wanted.isEmpty()) {
            fail(tr("Which job? Pass its ID (see “history”)."));
            return false;
        }
        return findJob(wanted, &m_job);
    }
    void buildRequest() override { plan(m_job.undoRequest()); }

private:
    JobRecord m_job;
};

} // namespace LhShare::Cli

LHSHARE_CLI_COMMAND("cancel", CancelCommand, QT_TRANSLATE_NOOP("cli", "Stop sharing blueprints with accounts"))
LHSHARE_CLI_COMMAND("share", ShareCommand, QT_TRANSLATE_NOOP("cli", "Share blueprints with accounts"))
LHSHARE_CLI_COMMAND("resume", ResumeCommand, QT_TRANSLATE_NOOP("cli", "Finish an interrupted job"))
LHSHARE_CLI_COMMAND("undo", UndoCommand, QT_TRANSLATE_NOOP("cli", "Reverse a finished job"))

#include "JobCommands.moc"
