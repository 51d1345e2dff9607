#include "ApiCommand.h"

#include "api/ApiError.h"
#include "api/LighthouseService.h"
#include "api/TcClient.h"
#include "credentials/ProfileLoader.h"
#include "credentials/ProxySetup.h"
#include "model/AccountIdInput.h"
#include "model/Blueprint.h"
#include "session/SessionFactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace LhShare::Cli {

ApiCommand::ApiCommand(CliOutput output, QObject *parent)
    : CliCommand(output, parent)
    , m_options(CommonOptions::Profile | CommonOptions::EndpointOption | CommonOptions::Output | CommonOptions::Timeout
                | CommonOptions::Verbose)
    , m_network(new QNetworkAccessManager(this))
    , m_factory(new SessionFactory(m_network, nullptr, this))
{
}

ApiCommand::~ApiCommand() = default;

LighthouseService *ApiCommand::service() const
{
    return m_session ? m_session->service() : nullptr;
}

void ApiCommand::start(const QStringList &arguments)
{
    int options = CommonOptions::Profile | CommonOptions::EndpointOption | CommonOptions::Output
        | CommonOptions::Timeout | CommonOptions::Verbose;
    if (regionOption() != RegionOption::None)
        options |= CommonOptions::Region;
    if (regionOption() == RegionOption::Several)
        options |= CommonOptions::Regions;
    if (acceptsCsvOutput())
        options |= CommonOptions::CsvOutput;
    m_options = CommonOptions(options);
    m_parser.setApplicationDescription(description());
    m_parser.addHelpOption();
    m_options.declare(m_parser);
    m_parser.addOption({QStringLiteral("proxy"),
                        tr("HTTP proxy: system (the https_proxy variables, then the desktop's settings), none, or "
                           "[http://][user[:password]@]host:port. Default: the choice made in the window's "
                           "Preferences."),
                        tr("proxy")});
    addOptions(m_parser);

    if (!m_parser.parse(arguments)) {
        fail(m_parser.errorText());
        return;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << helpText(m_parser, arguments);
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(ExitOk); }, Qt::QueuedConnection);
        return;
    }
    if (!m_parser.positionalArguments().isEmpty() && !acceptsPositionalArguments()) {
        fail(tr("Unexpected argument “%1”.").arg(m_parser.positionalArguments().constFirst()));
        return;
    }
    QString error;
    if (!m_options.read(m_parser, &error)) {
        fail(error);
        return;
    }
    m_proxy = m_parser.isSet(QStringLiteral("proxy"))
        ? ProxyConfig::fromCommandLine(m_parser.value(QStringLiteral("proxy")), &error)
        : ProxyConfig::fromSettings();
    if (!m_proxy.isValid()) {
        fail(error.isEmpty() ? tr("The proxy saved in Preferences is incomplete; pass --proxy.") : error);
        return;
    }
    if (!validate(m_parser))
        return;
    if (m_options.verbose)
        err() << "> " << tr("Proxy: %1").arg(m_proxy.displayText()) << Qt::endl;
    // The proxy (and a manual proxy's password from the keychain) is ready before the first request.
    auto *proxySetup = new ProxySetup(m_proxy, m_network, nullptr, this);
    connect(proxySetup, &Job::finished, this, [this](Job *setup) {
        if (setup->error().isError())
            err() << tr("Warning: %1").arg(setup->error().message) << Qt::endl;
        openSession();
    });
    proxySetup->start();
}

void ApiCommand::openSession()
{
    const SessionOptions options{m_options.endpoint, m_options.timeoutMs};
    SessionJob *job = m_options.profile.isEmpty()
        ? m_factory->openEnvironment(QProcessEnvironment::systemEnvironment(), options)
        : m_factory->openProfile(m_options.profile, options);
    connect(job, &Job::finished, this, [this, job] {
        if (job->isMissingCredentials()) {
            fail(tr("No credentials: pass --profile NAME (see “profiles add”) or set TENCENTCLOUD_SECRET_ID and "
                    "TENCENTCLOUD_SECRET_KEY (%1).")
                     .arg(job->errorString()));
            return;
        }
        if (job->hasError()) {
            // A profile name that does not exist is an input error; an unreadable keychain is not.
            const bool inputError = job->isUnknownProfile()
                || job->error().code == QLatin1String(ProfileLoader::kUnusableCredentials);
            fail(job->errorString(), inputError ? ExitUsage : ExitSomeFailed);
            return;
        }
        useSession(job->takeSession());
    });
    job->start();
}

void ApiCommand::useSession(Session *session)
{
    m_session = session;
    m_session->setParent(this);
    // Checked after loading: a profile (or TENCENTCLOUD_REGION) may supply the region.
    if (m_options.region.isEmpty())
        m_options.region = m_session->defaultRegion();
    if (regionOption() == RegionOption::Required && m_options.region.isEmpty() && !regionComesFromElsewhere()) {
        fail(tr("--region is required (for example --region ap-guangzhou)."));
        return;
    }
    TcClient *client = m_session->client();
    if (client->endpoint().isOutsideTencentCloud())
        err() << tr("Warning: %1").arg(client->endpoint().outsideWarning()) << Qt::endl;
    if (m_options.verbose) {
        connect(client, &TcClient::requestPrepared, this,
                [this](const QString &action, const QUrl &url, const HeaderList &headers, const QByteArray &body) {
                    err() << "> POST " << url.toString() << " (" << action << ")\n";
                    for (const auto &header : headers)
                        err() << "> " << header.first << ": " << header.second << '\n';
                    err() << "> " << body << Qt::endl;
                });
    }
    connect(client, &TcClient::clockSkewDetected, this, [this](qint64 offset) {
        err() << tr("Warning: this computer's clock differs from Tencent Cloud's by %n second(s); requests are "
                    "now signed with the server's time. Please correct the system clock.",
                    nullptr, int(qAbs(offset)))
              << Qt::endl;
    });
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

bool ApiCommand::readAccountIds(const QStringList &values, const QString &file, QStringList *ids)
{
    ids->clear();
    AccountIdInput input;
    if (!input.read(values, file)) {
        fail(input.error());
        return false;
    }
    if (input.isEmpty())
        return true;
    const AccountIdFindings &found = input.findings();
    for (const QString &line : input.invalidLines(20) + input.notes())
        err() << line << '\n';
    if (found.invalidCount > 0) {
        fail(tr("%n invalid account ID(s); nothing was sent.", nullptr, int(found.invalidCount)));
        return false;
    }
    if (found.valid.isEmpty()) {
        fail(tr("No account IDs found in the input."));
        return false;
    }
    if (found.duplicateCount > 0 && !jsonOutput())
        err() << tr("%n duplicate account ID(s) merged.", nullptr, int(found.duplicateCount)) << '\n';
    *ids = found.validIds();
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

void ApiCommand::printJson(const QJsonArray &document)
{
    out() << QJsonDocument(document).toJson(QJsonDocument::Indented);
    out().flush();
}

} // namespace LhShare::Cli
