#include "ProfilesCommand.h"

#include "CommandRegistry.h"
#include "SecretPrompt.h"

#include "CommonOptions.h"

#include "api/Endpoint.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/ProfileLoader.h"
#include "credentials/ProfileManager.h"
#include "model/Region.h"
#include "session/ConnectionTest.h"
#include "session/ProfileImport.h"
#include "session/SessionFactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace LhShare::Cli {

namespace {

const QString kReplaceOption = QStringLiteral("replace");

QString endpointDisplay(const QString &endpoint)
{
    return endpoint.isEmpty() ? QStringLiteral("default") : endpoint;
}

} // namespace

ProfilesCommand::ProfilesCommand(CliOutput output, QObject *parent)
    : CliCommand(output, parent)
    , m_store(new KeychainCredentialStore(this))
    , m_manager(new ProfileManager(m_store, this))
{
}

ProfilesCommand::~ProfilesCommand() = default;

void ProfilesCommand::printUsage(QTextStream &stream)
{
    stream << tr("Usage: lighthouse-share-cli profiles <action> [options]") << "\n\n"
           << tr("Actions:") << '\n'
           << "  list                      " << tr("List saved profiles (SecretIds redacted).") << '\n'
           << "  add NAME --secret-id ID   " << tr("Save a profile; the SecretKey is read from standard input.") << '\n'
           << "  show NAME                 " << tr("Show a profile and whether its secrets are in the keychain.")
           << '\n'
           << "  remove NAME               " << tr("Delete a profile and its keychain entries.") << '\n'
           << "  import-tccli [NAME...]    "
           << tr("Import tccli profiles from ~/.tccli (default: TCCLI_PROFILE or “default”).") << '\n'
           << "  import-env NAME           " << tr("Import TENCENTCLOUD_SECRET_ID/_SECRET_KEY from the environment.")
           << '\n'
           << "  import-ini NAME           " << tr("Import the SDK credentials file (~/.tencentcloud/credentials).")
           << '\n'
           << "  test NAME                 " << tr("Check a profile with a signed DescribeRegions call.") << '\n'
           << '\n'
           << tr("Secrets are kept only in the system keychain; imported source files are left as they are.") << '\n'
           << tr("Run “lighthouse-share-cli profiles <action> --help” for an action's options.") << Qt::endl;
}

void ProfilesCommand::start(const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments.at(1) == QLatin1String("--help") || arguments.at(1) == QLatin1String("-h")) {
        const bool asked = arguments.size() >= 2;
        printUsage(asked ? out() : err());
        finishLater(asked ? ExitOk : ExitUsage);
        return;
    }
    m_action = arguments.at(1);
    // QCommandLineParser wants the program name first: the command with its action ("… profiles add").
    QStringList rest = arguments;
    rest[0] += QLatin1Char(' ') + m_action;
    rest.removeAt(1);

    using Action = void (ProfilesCommand::*)();
    struct Entry
    {
        const char *name;
        Action action;
    };
    static const Entry actions[] = {
        {"list", &ProfilesCommand::list},
        {"add", &ProfilesCommand::add},
        {"show", &ProfilesCommand::show},
        {"remove", &ProfilesCommand::remove},
        {"import-tccli", &ProfilesCommand::importTccli},
        {"import-env", &ProfilesCommand::importEnvironment},
        {"import-ini", &ProfilesCommand::importIni},
        {"test", &ProfilesCommand::test},
    };
    for (const Entry &entry : actions) {
        if (m_action == QLatin1String(entry.name)) {
            // Each action adds its options, then calls parse().
            m_arguments = rest;
            (this->*entry.action)();
            return;
        }
    }
    err() << "lighthouse-share-cli: " << tr("unknown profiles action “%1”.").arg(m_action) << "\n\n";
    printUsage(err());
    finishLater(ExitUsage);
}

void ProfilesCommand::finishLater(int exitCode)
{
    QMetaObject::invokeMethod(
        this, [this, exitCode] { Q_EMIT finished(exitCode); }, Qt::QueuedConnection);
}

bool ProfilesCommand::parse(const QString &description, const QString &positionalSyntax, int minPositional,
                            int maxPositional)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_options.declare(m_parser);
    if (!positionalSyntax.isEmpty())
        m_parser.addPositionalArgument(positionalSyntax, tr("Profile name(s)."));
    if (!m_parser.parse(m_arguments)) {
        fail(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << helpText(m_parser, m_arguments) << Qt::flush;
        finishLater(ExitOk);
        return false;
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < minPositional) {
        fail(tr("“profiles %1” needs a profile name.").arg(m_action));
        return false;
    }
    if (maxPositional >= 0 && count > maxPositional) {
        fail(tr("Unexpected argument “%1”.").arg(m_parser.positionalArguments().at(maxPositional)));
        return false;
    }
    QString error;
    if (!m_options.read(m_parser, &error)) {
        fail(error);
        return false;
    }
    m_replace = m_parser.optionNames().contains(kReplaceOption);
    return true;
}

bool ProfilesCommand::readSecretLine(const QString &prompt, QString *line)
{
    SecretPrompt secretPrompt(err(), Credentials::kMaxTokenLength);
    const SecretPrompt::Result result = secretPrompt.read(prompt, line);
    if (result == SecretPrompt::Result::TooLong)
        err() << "lighthouse-share-cli: " << secretPrompt.tooLongMessage() << Qt::endl;
    return result == SecretPrompt::Result::Line;
}

void ProfilesCommand::list()
{
    m_options = CommonOptions(CommonOptions::Output);
    if (!parse(tr("List saved credential profiles."), {}, 0, 0))
        return;
    ProfileRepository &repository = m_manager->repository();
    const QStringList names = repository.names();
    if (m_options.json) {
        QJsonArray array;
        for (const QString &name : names) {
            const Profile profile = repository.load(name).value_or(Profile{});
            QJsonObject entry{{QStringLiteral("name"), name},
                              {QStringLiteral("secretId"), Credentials::redact(profile.secretId)},
                              {QStringLiteral("region"), profile.defaultRegion},
                              {QStringLiteral("endpoint"), endpointDisplay(profile.endpoint)},
                              {QStringLiteral("hasToken"), profile.hasToken}};
            if (profile.tokenExpiry.isValid())
                entry.insert(QStringLiteral("tokenExpiry"), profile.tokenExpiry.toUTC().toString(Qt::ISODate));
            array.append(entry);
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("profiles"), array}}).toJson(QJsonDocument::Indented);
    } else if (names.isEmpty()) {
        out() << tr("No profiles saved yet. Add one with “lighthouse-share-cli profiles add NAME --secret-id ID” or "
                    "import one with “profiles import-tccli”.")
              << '\n';
    } else {
        int width = 4;
        for (const QString &name : names)
            width = qMax(width, int(name.size()));
        out() << tr("NAME").leftJustified(width + 2) << tr("SECRETID").leftJustified(14)
              << tr("REGION").leftJustified(18) << tr("ENDPOINT") << '\n';
        for (const QString &name : names) {
            const Profile profile = repository.load(name).value_or(Profile{});
            out() << name.leftJustified(width + 2) << Credentials::redact(profile.secretId).leftJustified(14)
                  << profile.defaultRegion.leftJustified(18) << endpointDisplay(profile.endpoint) << '\n';
        }
    }
    finishLater(ExitOk);
}

void ProfilesCommand::add()
{
    m_parser.addOptions({
        {QStringLiteral("secret-id"), tr("The SecretId (AKID…). The SecretKey is read from standard input."), tr("id")},
        {QStringLiteral("region"), tr("Default region, e.g. ap-guangzhou."), tr("region")},
        {QStringLiteral("endpoint"), tr("API endpoint: default, intl, a host name or an https URL."), tr("url")},
        {QStringLiteral("token-stdin"),
         tr("Also read a session token from standard input (the line after the SecretKey).")},
        {kReplaceOption, tr("Overwrite an existing profile of that name.")},
    });
    if (!parse(tr("Save a credential profile. The SecretKey is read from standard input (one line; on a terminal "
                  "it is asked for without echo) and stored in the system keychain, never in a file."),
               QStringLiteral("NAME"), 1, 1))
        return;

    Profile profile;
    profile.name = m_parser.positionalArguments().constFirst();
    QString error;
    if (!ProfileRepository::isValidName(profile.name, &error)) {
        fail(error);
        return;
    }
    if (m_manager->repository().contains(profile.name) && !m_replace) {
        fail(tr("A profile named “%1” already exists; pass --replace to overwrite it.").arg(profile.name));
        return;
    }
    profile.secretId = m_parser.value(QStringLiteral("secret-id")).trimmed();
    if (profile.secretId.isEmpty()) {
        fail(tr("--secret-id is required."));
        return;
    }
    if (const QString problem = Credentials::valueProblem(QStringLiteral("--secret-id"), profile.secretId,
                                                          Credentials::kMaxIdLength, true);
        !problem.isEmpty()) {
        fail(problem);
        return;
    }
    if (m_parser.isSet(QStringLiteral("region"))) {
        profile.defaultRegion = m_parser.value(QStringLiteral("region"));
        if (!Region::isSupported(profile.defaultRegion)) {
            fail(tr("Unknown region “%1”.").arg(profile.defaultRegion));
            return;
        }
    }
    profile.endpoint = m_parser.value(QStringLiteral("endpoint")).trimmed();
    if (!profile.endpoint.isEmpty() && !Endpoint::parse(profile.endpoint, &error).isValid()) {
        fail(error);
        return;
    }
    if (profile.endpoint == QLatin1String("default"))
        profile.endpoint.clear();

    ProfileManager::SecretChange secrets;
    QString secretKey;
    if (!readSecretLine(tr("SecretKey for %1: ").arg(Credentials::redact(profile.secretId)), &secretKey)
        || secretKey.isEmpty()) {
        fail(tr("No SecretKey on standard input. Pipe it in (for example from a password manager) or type it at the "
                "prompt; it is never accepted as an argument."));
        return;
    }
    secrets.secretKey = secretKey;
    QString token;
    if (m_parser.isSet(QStringLiteral("token-stdin"))
        && (!readSecretLine(tr("Session token: "), &token) || token.isEmpty())) {
        fail(tr("--token-stdin was given but standard input has no token line after the SecretKey."));
        return;
    }
    secrets.token = token;
    if (const QString problem = Credentials{profile.secretId, secretKey, token}.problem(); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    if (const QString warning = Endpoint::parse(profile.endpoint).outsideWarning(); !warning.isEmpty())
        err() << tr("Warning: %1").arg(warning) << Qt::endl;

    CredentialJob *job = m_manager->save(profile, secrets);
    connect(job, &Job::finished, this, [this, job, profile] {
        if (job->hasError()) {
            fail(tr("Profile “%1” was not saved. %2").arg(profile.name, job->errorString()), ExitSomeFailed);
            return;
        }
        out() << tr("Saved profile “%1” (SecretId %2). The SecretKey is in the system keychain.")
                     .arg(profile.name, Credentials::redact(profile.secretId))
              << Qt::endl;
        Q_EMIT finished(ExitOk);
    });
    job->start();
}

void ProfilesCommand::show()
{
    m_options = CommonOptions(CommonOptions::Output);
    if (!parse(tr("Show a saved profile. Secrets are never shown; the keychain is asked whether they are there."),
               QStringLiteral("NAME"), 1, 1))
        return;
    auto *loader = new ProfileLoader(m_parser.positionalArguments().constFirst(), m_store, this);
    connect(loader, &Job::finished, this, [this, loader] {
        const Profile profile = loader->profile();
        if (profile.name.isEmpty()) {
            fail(loader->errorString(), ExitSomeFailed);
            return;
        }
        const Credentials credentials = loader->credentials();
        const bool secretsOk = !loader->hasError();
        const QString expiry = profile.tokenExpiry.isValid() ? profile.tokenExpiry.toUTC().toString(Qt::ISODate)
                                                             : QString();
        if (m_options.json) {
            QJsonObject entry{
                {QStringLiteral("name"), profile.name},
                {QStringLiteral("secretId"), Credentials::redact(profile.secretId)},
                {QStringLiteral("region"), profile.defaultRegion},
                {QStringLiteral("endpoint"), endpointDisplay(profile.endpoint)},
                {QStringLiteral("secretKeyStored"), secretsOk},
                {QStringLiteral("hasToken"), secretsOk ? !credentials.token.isEmpty() : profile.hasToken}};
            if (!expiry.isEmpty())
                entry.insert(QStringLiteral("tokenExpiry"), expiry);
            out() << QJsonDocument(entry).toJson(QJsonDocument::Indented);
        } else {
            const int width = 16;
            out() << tr("Profile:").leftJustified(width) << profile.name << '\n'
                  << tr("SecretId:").leftJustified(width) << Credentials::redact(profile.secretId) << '\n'
                  << tr("SecretKey:").leftJustified(width)
                  << (secretsOk ? tr("stored in the system keychain (hidden)") : tr("not readable (see below)")) << '\n'
                  << tr("Session token:").leftJustified(width);
            if (secretsOk ? credentials.token.isEmpty() : !profile.hasToken)
                out() << tr("none") << '\n';
            else if (expiry.isEmpty())
                out() << tr("stored (hidden)") << '\n';
            else
                out() << tr("stored (hidden), expires %1").arg(expiry) << '\n';
            out() << tr("Region:").leftJustified(width) << profile.defaultRegion << '\n'
                  << tr("Endpoint:").leftJustified(width) << endpointDisplay(profile.endpoint) << '\n';
        }
        out().flush();
        if (!secretsOk) {
            fail(loader->errorString(), ExitSomeFailed);
            return;
        }
        Q_EMIT finished(ExitOk);
    });
    loader->start();
}

void ProfilesCommand::remove()
{
    if (!parse(tr("Delete a saved profile: its keychain entries first, then its settings."), QStringLiteral("NAME"), 1,
               1))
        return;
    const QString name = m_parser.positionalArguments().constFirst();
    CredentialJob *job = m_manager->remove(name);
    connect(job, &Job::finished, this, [this, job, name] {
        if (job->hasError()) {
            fail(job->isKeychainUnreachable()
                     ? tr("Profile “%1” was not removed, so that its keychain entries are not left behind unseen. %2")
                           .arg(name, job->errorString())
                     : job->errorString(),
                 ExitSomeFailed);
            return;
        }
        out() << tr("Removed profile “%1” and its keychain entries.").arg(name) << Qt::endl;
        Q_EMIT finished(ExitOk);
    });
    job->start();
}

void ProfilesCommand::importTccli()
{
    m_parser.addOptions({
        {QStringLiteral("all"), tr("Import every tccli profile found in ~/.tccli.")},
        {kReplaceOption, tr("Overwrite existing profiles of the same names.")},
    });
    if (!parse(tr("Import tccli profiles (~/.tccli/<name>.credential and .configure) under the same names. The "
                  "secrets go to the system keychain; the tccli files are left as they are."),
               QStringLiteral("[NAME...]"), 0, -1))
        return;
    QStringList names = m_parser.positionalArguments();
    if (m_parser.isSet(QStringLiteral("all"))) {
        if (!names.isEmpty()) {
            fail(tr("Pass either profile names or --all, not both."));
            return;
        }
        names = CredentialImport::tccliProfileNames();
        if (names.isEmpty()) {
            fail(tr("No tccli profiles found in %1.").arg(CredentialImport::tccliDirectory()), ExitSomeFailed);
            return;
        }
    } else if (names.isEmpty()) {
        names.append(CredentialImport::defaultTccliProfile(QProcessEnvironment::systemEnvironment()));
    }
    for (const QString &name : std::as_const(names))
        m_imports.append({name, ProfileImport::tccli(name)});
    importNext();
}

void ProfilesCommand::importEnvironment()
{
    m_parser.addOption({kReplaceOption, tr("Overwrite an existing profile of that name.")});
    if (!parse(tr("Save the credentials in TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY (and "
                  "TENCENTCLOUD_SESSION_TOKEN or TENCENTCLOUD_TOKEN, TENCENTCLOUD_REGION) as a profile."),
               QStringLiteral("NAME"), 1, 1))
        return;
    m_imports.append({m_parser.positionalArguments().constFirst(),
                      ProfileImport::environment(QProcessEnvironment::systemEnvironment())});
    importNext();
}

void ProfilesCommand::importIni()
{
    m_parser.addOptions({
        {QStringLiteral("file"),
         tr("The INI file to read (default: ~/.tencentcloud/credentials, else "
            "/etc/tencentcloud/credentials)."),
         tr("path")},
        {kReplaceOption, tr("Overwrite an existing profile of that name.")},
    });
    if (!parse(tr("Save the [default] credentials of the Tencent Cloud SDK credentials file as a profile. The file is "
                  "left as it is."),
               QStringLiteral("NAME"), 1, 1))
        return;
    m_imports.append(
        {m_parser.positionalArguments().constFirst(), ProfileImport::sdkIni(m_parser.value(QStringLiteral("file")))});
    importNext();
}

void ProfilesCommand::importNext()
{
    if (m_imports.isEmpty()) {
        Q_EMIT finished(m_failures > 0 ? ExitSomeFailed : ExitOk);
        return;
    }
    const PendingImport pending = m_imports.takeFirst();
    const ImportCandidate &candidate = pending.candidate;
    if (candidate.result.ok()) {
        for (const QString &warning : candidate.result.credentials.warnings)
            err() << tr("Note (%1): %2").arg(candidate.source, warning) << '\n';
    }
    CredentialJob *job = ProfileImport::save(candidate, pending.name, m_replace, m_manager);
    connect(job, &Job::finished, this, [this, job, pending] {
        const ImportCandidate &candidate = pending.candidate;
        if (job->hasError()) {
            err() << tr("Not imported from %1: %2").arg(candidate.source, job->errorString());
            if (!m_replace && m_manager->repository().contains(pending.name))
                err() << ' ' << tr("Pass --replace to overwrite it.");
            err() << Qt::endl;
            ++m_failures;
            // Without a keychain the remaining imports would fail the same way.
            if (job->isKeychainUnreachable())
                m_imports.clear();
        } else {
            out() << tr("Imported %1 as profile “%2” (SecretId %3); the source was left as it is.")
                         .arg(candidate.source, pending.name,
                              Credentials::redact(candidate.result.credentials.secretId))
                  << Qt::endl;
        }
        importNext();
    });
    job->start();
}

void ProfilesCommand::test()
{
    m_options = CommonOptions(CommonOptions::EndpointOption | CommonOptions::Timeout);
    if (!parse(tr("Check a profile: one signed DescribeRegions call (it reads nothing and changes nothing)."),
               QStringLiteral("NAME"), 1, 1))
        return;
    auto *network = new QNetworkAccessManager(this);
    auto *factory = new SessionFactory(network, m_store, this);
    SessionJob *job = factory->openProfile(m_parser.positionalArguments().constFirst(),
                                           {m_options.endpoint, m_options.timeoutMs});
    connect(job, &Job::finished, this, [this, job] {
        if (job->hasError()) {
            fail(job->errorString(), ExitSomeFailed);
            return;
        }
        Session *session = job->takeSession();
        session->setParent(this);
        const ConnectionSettings &settings = session->settings();
        out() << tr("Testing profile “%1” (SecretId %2) against %3 …")
                     .arg(settings.profileName, settings.credentials.redactedSecretId(), settings.endpoint.toString())
              << Qt::endl;
        auto *test = new ConnectionTest(session, this);
        connect(test, &Job::finished, this, [this, test] {
            (test->hasError() ? err() : out()) << test->outcomeText() << Qt::endl;
            Q_EMIT finished(test->hasError() ? ExitSomeFailed : ExitOk);
        });
        test->start();
    });
    job->start();
}

} // namespace LhShare::Cli

LHSHARE_CLI_COMMAND("profiles", ProfilesCommand, QT_TRANSLATE_NOOP("cli", "Manage saved credential profiles"))
