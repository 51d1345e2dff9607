// sync: make one blueprint's recipients exactly a given set.
#include "CommandRegistry.h"
#include "JobCommand.h"

#include "jobs/SyncPlan.h"
#include "model/Blueprint.h"
#include "model/Region.h"

namespace LhShare::Cli {

// sync --region R --blueprint B (--accounts … | --accounts-file F | --like B2 [--like-region R2]):
// reads B's recipients (and B2's), plans + add, − remove and = unchanged, and runs the cancels and
// shares as one job, through the same plan, confirmation and report as cancel and share.
class SyncCommand final : public JobCommand
{
    Q_OBJECT
public:
    using JobCommand::JobCommand;

protected:
    QString description() const override
    {
        return tr("Make a blueprint's recipients exactly the given accounts, or those of another blueprint: "
                  "share with the missing ones, stop sharing with the others.");
    }
    // The current recipients are needed even for a dry run.
    bool canPlanOffline() const override { return false; }
    const SyncPlan *syncPlan() const override { return &m_sync; }

    void addJobOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("blueprint"), tr("Blueprint ID, lhbp-xxxxxxxx."), tr("id")});
        parser.addOptions(accountOptions());
        parser.addOptions({
            {QStringLiteral("like"), tr("Take the wanted accounts from this blueprint's recipients."), tr("id")},
            {QStringLiteral("like-region"), tr("Region of the --like blueprint (default: --region)."), tr("region")},
        });
    }

    bool validateJob(const QCommandLineParser &parser) override
    {
        QStringList blueprints;
        if (!readBlueprintIds(parser, &blueprints))
            return false;
        if (blueprints.size() != 1) {
            fail(tr("sync changes one blueprint: pass --blueprint once."));
            return false;
        }
        m_target = {region(), blueprints.constFirst()};
        const bool byAccounts = parser.isSet(QStringLiteral("accounts"))
            || parser.isSet(QStringLiteral("accounts-file"));
        const bool byModel = parser.isSet(QStringLiteral("like"));
        if (byAccounts == byModel) {
            fail(tr("Pass the wanted recipients either as --accounts/--accounts-file or as --like BLUEPRINT."));
            return false;
        }
        if (parser.isSet(QStringLiteral("like-region")) && !byModel) {
            fail(tr("--like-region needs --like."));
            return false;
        }
        if (byAccounts)
            return readAccounts(parser, &m_desired);
        const QString model = parser.value(QStringLiteral("like"));
        const QString modelRegion = parser.isSet(QStringLiteral("like-region"))
            ? parser.value(QStringLiteral("like-region"))
            : region();
        if (!Blueprint::isValidId(model)) {
            fail(tr("“%1” is not a blueprint ID (expected lhbp- and 8 lower-case letters or digits).").arg(model));
            return false;
        }
        if (!Region::isSupported(modelRegion)) {
            fail(tr("Unknown region “%1”.").arg(modelRegion));
            return false;
        }
        m_model = {modelRegion, model};
        if (m_model == m_target) {
            fail(tr("--like names the blueprint being changed; there is nothing to copy."));
            return false;
        }
        return true;
    }

    void buildRequest() override
    {
        auto *planner = m_model.blueprintId.isEmpty() ? new SyncPlanner(service(), m_target, m_desired, this)
                                                      : new SyncPlanner(service(), m_target, m_model, this);
        connect(planner, &Job::finished, this, [this, planner] {
            if (planner->hasError()) {
                err() << tr("Could not read the current recipients:") << ' ';
                reportApiError(planner->error());
                Q_EMIT finished(ExitSomeFailed);
                return;
            }
            m_sync = planner->plan();
            // An empty model (never shared, or a mistyped ID the listing answers with nothing) would
            // remove every recipient: that takes an explicit cancel, not a copy.
            if (!m_model.blueprintId.isEmpty() && m_sync.toAdd.isEmpty() && m_sync.unchanged.isEmpty()
                && !m_sync.toRemove.isEmpty()) {
                fail(tr("%1 has no recipients in %2: copying it would remove all %n recipient(s) of %3. To do "
                        "that, cancel them explicitly.",
                        nullptr, int(m_sync.toRemove.size()))
                         .arg(m_model.blueprintId, m_model.region, m_target.blueprintId));
                return;
            }
            if (m_sync.isEmpty() && !jsonOutput())
                out() << tr("%1 already has exactly these %n recipient(s).", nullptr, int(m_sync.unchanged.size()))
                             .arg(m_target.blueprintId)
                      << Qt::endl;
            plan(m_sync.request());
        });
        planner->start();
    }

private:
    JobTarget m_target;
    JobTarget m_model;
    QStringList m_desired;
    SyncPlan m_sync;
};

} // namespace LhShare::Cli

LHSHARE_CLI_COMMAND("sync", SyncCommand, QT_TRANSLATE_NOOP("cli", "Make a blueprint's recipients exactly a set"))

#include "SyncCommand.moc"
