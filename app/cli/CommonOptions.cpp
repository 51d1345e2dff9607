#include "CommonOptions.h"

#include "model/Region.h"

namespace LhShare::Cli {

namespace {
const QString kOutput = QStringLiteral("output");
const QString kTimeout = QStringLiteral("timeout");
const QString kProfile = QStringLiteral("profile");
const QString kEndpoint = QStringLiteral("endpoint");
const QString kRegion = QStringLiteral("region");
const QString kVerbose = QStringLiteral("verbose");
} // namespace

void CommonOptions::declare(QCommandLineParser &parser) const
{
    if (has(Profile))
        parser.addOption(
            {kProfile, tr("Use the saved credential profile <name> (default: environment variables)."), tr("name")});
    if (has(EndpointOption))
        parser.addOption({kEndpoint, tr("API endpoint: default, intl, a host name or an https URL."), tr("url")});
    if (has(Region))
        parser.addOption(
            {kRegion, has(Regions) ? tr("Region, e.g. ap-guangzhou (repeatable).") : tr("Region, e.g. ap-guangzhou."),
             tr("region")});
    if (has(Output))
        parser.addOption({kOutput,
                          has(CsvOutput) ? tr("Output format: text, json or csv.") : tr("Output format: text or json."),
                          tr("format"), QStringLiteral("text")});
    if (has(Timeout))
        parser.addOption({kTimeout, tr("Seconds to wait for each request (default 30)."), tr("seconds")});
    if (has(Verbose))
        parser.addOption({kVerbose, tr("Show each request's headers (credentials redacted).")});
}

bool CommonOptions::read(const QCommandLineParser &parser, QString *error)
{
    if (has(Output)) {
        const QString output = parser.value(kOutput);
        csv = has(CsvOutput) && output == QLatin1String("csv");
        if (output != QLatin1String("text") && output != QLatin1String("json") && !csv) {
            *error = has(CsvOutput) ? tr("--output must be text, json or csv.") : tr("--output must be text or json.");
            return false;
        }
        json = output == QLatin1String("json");
    }
    if (has(Timeout) && parser.isSet(kTimeout)) {
        bool ok = false;
        const double seconds = parser.value(kTimeout).toDouble(&ok);
        if (!ok || seconds < 0.1 || seconds > 3600) {
            *error = tr("--timeout must be a number of seconds from 0.1 to 3600.");
            return false;
        }
        timeoutMs = int(seconds * 1000);
    }
    if (has(Profile))
        profile = parser.value(kProfile);
    if (has(EndpointOption) && parser.isSet(kEndpoint)) {
        endpoint = Endpoint::parse(parser.value(kEndpoint), error);
        if (!endpoint.isValid())
            return false;
    }
    if (has(Region)) {
        region = parser.value(kRegion);
        const QStringList given = has(Regions) ? parser.values(kRegion) : QStringList{region};
        for (const QString &id : given) {
            if (!id.isEmpty() && !LhShare::Region::isSupported(id)) {
                QStringList ids;
                for (const LhShare::Region &supported : LhShare::Region::supported())
                    ids << supported.id;
                *error = tr("Unknown region “%1”. Supported: %2.").arg(id, ids.join(QStringLiteral(", ")));
                return false;
            }
        }
        if (has(Regions)) {
            regions = given;
            regions.removeDuplicates();
        }
    }
    if (has(Verbose))
        verbose = parser.isSet(kVerbose);
    return true;
}

} // namespace LhShare::Cli
