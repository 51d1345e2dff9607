// Read-only commands: regions, blueprints (recipients: AccessCommands.cpp).
#include "ApiCommand.h"
#include "CommandRegistry.h"

#include "access/AccessExport.h"
#include "api/ApiCall.h"
#include "api/LighthouseService.h"
#include "api/PagedQuery.h"
#include "model/Blueprint.h"

#include <QJsonArray>

namespace LhShare::Cli {

class RegionsCommand final : public ApiCommand
{
    Q_OBJECT
public:
    using ApiCommand::ApiCommand;

protected:
    QString description() const override { return tr("List the regions (DescribeRegions)."); }
    RegionOption regionOption() const override { return RegionOption::None; }
    bool validate(const QCommandLineParser &) override { return true; }

    void run() override
    {
        ApiCall *call = service()->describeRegions();
        connect(call, &ApiCall::finished, this, [this, call] {
            if (call->error().isError()) {
                reportApiError(call->error());
                Q_EMIT finished(ExitSomeFailed);
                return;
            }
            const QList<Region> regions = LighthouseService::regionsFrom(call);
            if (jsonOutput()) {
                QJsonArray array;
                for (const Region &region : regions)
                    array.append(QJsonObject{{QStringLiteral("region"), region.id},
                                             {QStringLiteral("name"), region.name},
                                             {QStringLiteral("available"), region.available},
                                             {QStringLiteral("chinaMainland"), region.chinaMainland}});
                printJson({{QStringLiteral("regions"), array}, {QStringLiteral("requestId"), call->requestId()}});
            } else {
                for (const Region &region : regions)
                    out() << region.id.leftJustified(18) << region.name << '\n';
                out().flush();
            }
            Q_EMIT finished(ExitOk);
        });
        call->start();
    }
};

class BlueprintsCommand final : public ApiCommand
{
    Q_OBJECT
public:
    using ApiCommand::ApiCommand;

protected:
    QString description() const override { return tr("List the custom blueprints of a region (DescribeBlueprints)."); }
    bool validate(const QCommandLineParser &) override { return true; }

    void run() override
    {
        PagedQuery *query = service()->describeBlueprints(region());
        connect(query, &PagedQuery::finished, this, [this, query] {
            if (query->error().isError()) {
                reportApiError(query->error());
                Q_EMIT finished(ExitSomeFailed);
                return;
            }
            const QList<Blueprint> blueprints = LighthouseService::blueprintsFrom(query);
            if (jsonOutput()) {
                QJsonArray array;
                for (const Blueprint &blueprint : blueprints)
                    array.append(QJsonObject{{QStringLiteral("blueprintId"), blueprint.id},
                                             {QStringLiteral("name"), blueprint.name},
                                             {QStringLiteral("os"), blueprint.osName},
                                             {QStringLiteral("state"), blueprint.state},
                                             {QStringLiteral("created"), AccessExport::timeText(blueprint.createdTime)},
                                             {QStringLiteral("shared"), blueprint.shared}});
                printJson({{QStringLiteral("region"), region()}, {QStringLiteral("blueprints"), array}});
            } else {
                for (const Blueprint &blueprint : blueprints) {
                    out() << blueprint.id << "  " << blueprint.state.leftJustified(9) << ' '
                          << (blueprint.shared ? tr("shared") : tr("private")).leftJustified(8) << ' ' << blueprint.name
                          << "  (" << blueprint.osName << ")\n";
                }
                out().flush();
            }
            Q_EMIT finished(ExitOk);
        });
        query->start();
    }
};

} // namespace LhShare::Cli

LHSHARE_CLI_COMMAND("regions", RegionsCommand, QT_TRANSLATE_NOOP("cli", "List the regions"))
LHSHARE_CLI_COMMAND("blueprints", BlueprintsCommand, QT_TRANSLATE_NOOP("cli", "List a region's custom blueprints"))

#include "QueryCommands.moc"
