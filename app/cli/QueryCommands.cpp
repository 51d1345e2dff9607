// Read-only commands: regions, blueprints, recipients.
#include "ApiCommand.h"
#include "CommandRegistry.h"

#include "api/ApiCall.h"
#include "api/LighthouseService.h"
#include "api/PagedQuery.h"
#include "model/Blueprint.h"

#include <QJsonArray>

namespace LhShare::Cli {

namespace {
QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}
} // namespace

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
                                             {QStringLiteral("created"), timeText(blueprint.createdTime)},
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

class RecipientsCommand final : public ApiCommand
{
    Q_OBJECT
public:
    using ApiCommand::ApiCommand;

protected:
    QString description() const override
    {
        return tr("Show who blueprints are shared with (DescribeBlueprintsShareAcrossAccountInfos).");
    }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("blueprint"), tr("Blueprint ID (repeatable)."), tr("id")});
    }
    bool validate(const QCommandLineParser &parser) override { return readBlueprintIds(parser, &m_blueprints); }

    void run() override
    {
        PagedQuery *query = service()->describeShareRecipients(region(), m_blueprints);
        connect(query, &PagedQuery::finished, this, [this, query] {
            if (LighthouseService::isRecipientListingUnavailable(query->error())) {
                err() << tr("Recipient listing unavailable: this site does not offer "
                            "DescribeBlueprintsShareAcrossAccountInfos (%1).")
                             .arg(query->error().code)
                      << Qt::endl;
                Q_EMIT finished(ExitSomeFailed);
                return;
            }
            if (query->error().isError()) {
                reportApiError(query->error());
                Q_EMIT finished(ExitSomeFailed);
                return;
            }
            const QList<ShareRecipient> recipients = LighthouseService::recipientsFrom(query);
            if (jsonOutput()) {
                QJsonArray array;
                for (const ShareRecipient &recipient : recipients)
                    array.append(QJsonObject{{QStringLiteral("blueprintId"), recipient.blueprintId},
                                             {QStringLiteral("accountId"), recipient.accountId},
                                             {QStringLiteral("created"), timeText(recipient.createdTime)}});
                printJson({{QStringLiteral("region"), region()}, {QStringLiteral("recipients"), array}});
            } else {
                for (const ShareRecipient &recipient : recipients)
                    out() << recipient.blueprintId << "  " << recipient.accountId.leftJustified(16) << ' '
                          << timeText(recipient.createdTime) << '\n';
                if (recipients.isEmpty())
                    out() << tr("Not shared with anyone.") << '\n';
                out().flush();
            }
            Q_EMIT finished(ExitOk);
        });
        query->start();
    }

private:
    QStringList m_blueprints;
};

} // namespace LhShare::Cli

LHSHARE_CLI_COMMAND("regions", RegionsCommand, QT_TRANSLATE_NOOP("cli", "List the regions"))
LHSHARE_CLI_COMMAND("blueprints", BlueprintsCommand, QT_TRANSLATE_NOOP("cli", "List a region's custom blueprints"))
LHSHARE_CLI_COMMAND("recipients", RecipientsCommand, QT_TRANSLATE_NOOP("cli", "Show who blueprints are shared with"))

#include "QueryCommands.moc"
