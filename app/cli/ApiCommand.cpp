#include "ApiCommand.h"

#include "api/ApiError.h"
#include "api/LighthouseService.h"
#include "api/TcClient.h"
#include "credentials/ProfileLoader.h"
#include "credentials/ProfileRepository.h"
#include "model/Blueprint.h"
#include "model/Region.h"
#include "session/AppSetup.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>

namespace LhShare::Cli {

void ApiCommand::start(const QStringList &arguments)
{
    m_parser.setApplicationDescription(description());
    m_parser.addHelpOption();
    m_parser.addOptions({
        {QStringLiteral("profile"), tr("Use the saved credential profile <name> (default: environment variables)."),
         tr("name")},
        {QStringLiteral("endpoint"), tr("API endpoint: default, intl, a host name or an https URL."), tr("url")},
        {QStringLiteral("output"), tr("Output format: text or json."), tr("format"), QStringLiteral("text")},
        {QStringLiteral("timeout"), tr("Seconds to wait for each request (default 30)."), tr("seconds")},
        {QStringLiteral("verbose"), tr("Show each request's headers (credentials redacted).")},
    });
    if (regionOption() != RegionOption::None)
        m_parser.addOption({QStringLiteral("region"), tr("Region, e.g. ap-guangzhou."), tr("region")});
    addOptions(m_parser);

    if (!m_parser.parse(arguments)) {
        fail(m_parser.errorText());
        return;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << m_parser.helpText();
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(ExitOk); }, Qt::QueuedConnection);
        return;
    }
    if (!m_parser.positionalArguments().isEmpty() && !acceptsPositionalArguments()) {
        fail(tr("Unexpected argument “%1”.").arg(m_parser.positionalArguments().constFirst()));
        return;
    }

    const QString output = m_parser.value(QStringLiteral("output"));
    if (output != QLatin1String("text") && output != QLatin1String("json")) {
        fail(tr("--output must be text or json."));
        return;
    }
    m_json = output == QLatin1String("json");
    m_verbose = m_parser.isSet(QStringLiteral("verbose"));
    if (!readTimeout(m_parser, &m_timeoutMs))
        return;
    m_region = m_parser.value(QStringLiteral("region"));
    if (!m_region.isEmpty() && !Region::isSupported(m_region)) {
        fail(tr("Unknown region “%1”. Supported: %2.").arg(m_region, supportedRegionList()));
        return;
    }
    m_endpointText = m_parser.value(QStringLiteral("endpoint"));
    if (!m_endpointText.isEmpty()) {
        QString why;
        m_endpoint = Endpoint::parse(m_endpointText, &why);
        if (!m_endpoint.isValid()) {
            fail(why);
            return;
        }
    }
    if (!validate(m_parser))
        return;
    loadCredentials();
}

QString ApiCommand::supportedRegionList()
{
    QStringList ids;
    for (const Region &region : Region::supported())
        ids << region.id;
    return ids.join(QStringLiteral(", "));
}

void ApiCommand::loadCredentials()
{
    m_profileName = m_parser.value(QStringLiteral("profile"));
    if (m_profileName.isEmpty()) {
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        m_credentials.secretId = environment.value(QStringLiteral("TENCENTCLOUD_SECRET_ID")).trimmed();
        m_credentials.secretKey = environment.value(QStringLiteral("TENCENTCLOUD_SECRET_KEY")).trimmed();
        m_credentials.token = environment
                                  .value(QStringLiteral("TENCENTCLOUD_SESSION_TOKEN"),
                                         environment.value(QStringLiteral("TENCENTCLOUD_TOKEN")))
                                  .trimmed();
        if (!m_credentials.isComplete()) {
            fail(tr("No credentials: pass --profile NAME (see “profiles add”) or set TENCENTCLOUD_SECRET_ID and "
                    "TENCENTCLOUD_SECRET_KEY."));
            return;
        }
        if (!m_endpoint.isValid())
            m_endpoint = Endpoint::defaultEndpoint();
        connectClient();
        return;
    }

    auto *loader = new ProfileLoader(this);
    connect(loader, &ProfileLoader::finished, this, [this, loader] {
        loader->deleteLater();
        if (loader->hasError()) {
            // A profile name that does not exist is an input error; an unreadable keychain is not.
            fail(loader->errorString(), ProfileRepository().contains(m_profileName) ? ExitSomeFailed : ExitUsage);
            return;
        }
        const Profile profile = loader->profile();
        m_credentials = loader->credentials();
        if (!m_endpoint.isValid()) {
            QString why;
            m_endpoint = Endpoint::parse(profile.endpoint, &why);
            if (!m_endpoint.isValid()) {
                fail(tr("Profile “%1” has an unusable endpoint: %2").arg(profile.name, why));
                return;
            }
        }
        if (m_region.isEmpty())
            m_region = profile.defaultRegion;
        m_language = profile.language;
        connectClient();
    });
    loader->load(m_profileName);
}

void ApiCommand::connectClient()
{
    // Checked after loading: a profile may supply the region.
    if (regionOption() == RegionOption::Required && m_region.isEmpty() && !regionComesFromElsewhere()) {
        fail(tr("--region is required (for example --region ap-guangzhou)."));
        return;
    }
    m_network = new QNetworkAccessManager(this);
    m_client = new TcClient(m_network, this);
    m_client->setEndpoint(m_endpoint);
    m_client->setCredentials(m_credentials);
    m_client->setTimeoutMs(m_timeoutMs);
    // The server's message language: the profile's choice, else the UI language.
    m_client->setLanguage(m_language.isEmpty() ? apiLanguage() : m_language);
    if (m_verbose) {
        connect(m_client, &TcClient::requestPrepared, this,
                [this](const QString &action, const QUrl &url, const HeaderList &headers, const QByteArray &body) {
                    err() << "> POST " << url.toString() << " (" << action << ")\n";
                    for (const auto &header : headers)
                        err() << "> " << header.first << ": " << header.second << '\n';
                    err() << "> " << body << Qt::endl;
                });
    }
    connect(m_client, &TcClient::clockSkewDetected, this, [this](qint64 offset) {
        err() << tr("Warning: this computer's clock differs from Tencent Cloud's by %n second(s); requests are "
                    "now signed with the server's time. Please correct the system clock.",
                    nullptr, int(qAbs(offset)))
              << Qt::endl;
    });
    m_service = new LighthouseService(m_client, this);
    run();
}

bool ApiCommand::readBlueprintIds(const QCommandLineParser &parser, QStringList *ids)
{
    *ids = parser.values(QStringLiteral("blueprint"));
    if (ids->isEmpty()) {
        fail(tr("--blueprint is required."));
        return false;
    }
    for (const QString &id : std::as_const(*ids)) {
        if (!Blueprint::isValidId(id)) {
            fail(tr("“%1” is not a blueprint ID (expected lhbp- and 8 lower-case letters or digits).").arg(id));
            return false;
        }
    }
    ids->removeDuplicates();
    return true;
}

void ApiCommand::reportApiError(const ApiError &error)
{
    err() << tr("Error %1: %2").arg(error.code, error.userMessage());
    if (!error.requestId.isEmpty())
        err() << ' ' << tr("(RequestId: %1)").arg(error.requestId);
    err() << Qt::endl;
}

void ApiCommand::printJson(const QJsonObject &document)
{
    out() << QJsonDocument(document).toJson(QJsonDocument::Indented);
    out().flush();
}

} // namespace LhShare::Cli
