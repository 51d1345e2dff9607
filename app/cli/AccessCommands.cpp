// The commands built on the access matrix: recipients (who can use what) and offboard.
#include "CommandRegistry.h"
#include "JobCommand.h"

#include "access/AccessExport.h"
#include "access/AccessScan.h"
#include "access/OffboardPlan.h"

#include <unistd.h>

namespace LhShare::Cli {

namespace {
const QString kAllRegions = QStringLiteral("all-regions");

// Every region the scan could not read completely, on stderr: why, with code and RequestId. Where
// the site has no recipient listing, what is known instead: each blueprint shared with anyone or not.
void reportIncompleteRegions(const AccessMatrix &matrix, QTextStream &err)
{
    for (const RegionAccess &region : matrix.regions) {
        if (region.isComplete())
            continue;
        err << region.region << ": " << region.statusText();
        if (!region.error.requestId.isEmpty())
            err << ' ' << QCoreApplication::translate("AccessCommands", "(RequestId: %1)").arg(region.error.requestId);
        err << '\n';
        if (region.status != RegionAccess::Status::NoShareInfoRead)
            continue;
        for (const Blueprint &blueprint : region.blueprints) {
            err << "  " << blueprint.id << ' ' << blueprint.name << ": "
                << (blueprint.shared ? QCoreApplication::translate("AccessCommands", "shared with someone")
                                     : QCoreApplication::translate("AccessCommands", "not shared"))
                << '\n';
        }
    }
    err.flush();
}
} // namespace

// Shared by recipients and offboard: --region (repeatable) or --all-regions, then the scan with a
// progress line on a terminal.
template<typename Base>
class AccessScanCommand : public Base
{
public:
    using Base::Base;

protected:
    typename Base::RegionOption regionOption() const override { return Base::RegionOption::Several; }

    void addRegionOptions(QCommandLineParser &parser)
    {
        parser.addOption(
            {kAllRegions, QCoreApplication::translate("AccessCommands", "Every region (DescribeRegions).")});
    }
    bool readRegions(const QCommandLineParser &parser)
    {
        const bool all = parser.isSet(kAllRegions);
        if (all == !this->regions().isEmpty()) {
            this->fail(
                all ? QCoreApplication::translate("AccessCommands", "--region and --all-regions cannot be combined.")
                    : QCoreApplication::translate("AccessCommands", "Pass --region (repeatable) or --all-regions."));
            return false;
        }
        return true;
    }

    // Scans, then hands the finished scan to done (in its finished() slot), or reports its failure.
    template<typename Done>
    void scan(AccessScanRequest request, Done done)
    {
        request.regions = this->regions(); // empty with --all-regions
        auto *scan = new AccessScan(this->service(), std::move(request), this);
        if (::isatty(STDERR_FILENO) && !this->jsonOutput()) {
            QObject::connect(scan, &AccessScan::progress, this, [this](int read, int expected) {
                this->rewriteLine(QCoreApplication::translate("AccessCommands", "Reading who can use what: %1/%2 pages")
                                      .arg(read)
                                      .arg(expected));
            });
        }
        QObject::connect(scan, &Job::finished, this, [this, scan, done] {
            if (::isatty(STDERR_FILENO) && !this->jsonOutput())
                this->err() << '\n';
            if (scan->hasError()) {
                this->reportApiError(scan->error());
                Q_EMIT this->finished(ExitSomeFailed);
                return;
            }
            done(scan->matrix());
        });
        scan->start();
    }
};

// recipients: who can use which custom blueprint, in the regions asked for.
class RecipientsCommand final : public AccessScanCommand<ApiCommand>
{
    Q_OBJECT
public:
    using AccessScanCommand::AccessScanCommand;

protected:
    QString description() const override
    {
        return tr("Show who can use the custom blueprints: region, blueprint, account and since when "
                  "(DescribeBlueprints, DescribeBlueprintsShareAcrossAccountInfos).");
    }
    bool acceptsCsvOutput() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        addRegionOptions(parser);
        parser.addOptions({
            {QStringLiteral("blueprint"), tr("Only this blueprint ID (repeatable; default: every custom blueprint)."),
             tr("id")},
            {QStringLiteral("account"), tr("Only these account IDs (repeatable; commas or spaces also separate)."),
             tr("id")},
            {QStringLiteral("accounts-file"), tr("Only the account IDs in a file (“-” for standard input)."),
             tr("file")},
        });
    }
    bool validate(const QCommandLineParser &parser) override
    {
        if (!readRegions(parser))
            return false;
        if (parser.isSet(QStringLiteral("blueprint")) && !readBlueprintIds(parser, &m_request.blueprintIds))
            return false;
        return readAccountIds(parser.values(QStringLiteral("account")), parser.value(QStringLiteral("accounts-file")),
                              &m_request.accountIds);
    }

    void run() override
    {
        scan(m_request, [this](const AccessMatrix &matrix) {
            print(matrix.entries);
            reportIncompleteRegions(matrix, err());
            Q_EMIT finished(matrix.isComplete() ? ExitOk : ExitSomeFailed);
        });
    }

private:
    void print(const QList<AccessEntry> &entries)
    {
        if (jsonOutput()) {
            printJson(AccessExport::toJson(entries));
            return;
        }
        if (csvOutput()) {
            out() << QString::fromUtf8(AccessExport::toCsv(entries, "\n"));
        } else {
            for (const AccessEntry &entry : entries)
                out() << entry.region.leftJustified(17) << ' ' << entry.blueprintId << "  "
                      << entry.accountId.leftJustified(13) << ' ' << AccessExport::timeText(entry.createdTime) << "  "
                      << entry.blueprintName << '\n';
            if (entries.isEmpty())
                out() << tr("No account found with access.") << '\n';
        }
        out().flush();
    }

    AccessScanRequest m_request;
};

// offboard: removes accounts from every custom blueprint they can use, in the regions asked for.
class OffboardCommand final : public AccessScanCommand<JobCommand>
{
    Q_OBJECT
public:
    using AccessScanCommand::AccessScanCommand;

protected:
    QString description() const override
    {
        return tr("Remove accounts from every custom blueprint they can use: scan, plan, confirm, cancel.");
    }
    bool canPlanOffline() const override { return false; }
    void addJobOptions(QCommandLineParser &parser) override
    {
        addRegionOptions(parser);
        parser.addOptions(accountOptions());
    }
    bool validateJob(const QCommandLineParser &parser) override
    {
        return readRegions(parser) && readAccounts(parser, &m_accounts);
    }

    void buildRequest() override
    {
        scan({{}, {}, m_accounts}, [this](const AccessMatrix &matrix) {
            const OffboardPlan offboard = OffboardPlan::fromMatrix(matrix, m_accounts);
            if (offboard.isRefused()) {
                reportIncompleteRegions(matrix, err());
                fail(offboard.refusal().message, ExitSomeFailed);
                return;
            }
            plan(offboard.request());
        });
    }

private:
    QStringList m_accounts;
};

} // namespace LhShare::Cli

LHSHARE_CLI_COMMAND("recipients", RecipientsCommand,
                    QT_TRANSLATE_NOOP("cli", "Show who can use the custom blueprints, in one region or all"))
LHSHARE_CLI_COMMAND("offboard", OffboardCommand,
                    QT_TRANSLATE_NOOP("cli", "Remove accounts from every custom blueprint they can use"))

#include "AccessCommands.moc"
