#include "SessionFactory.h"

#include "credentials/CredentialImport.h"
#include "credentials/CredentialStore.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/ProfileLoader.h"

namespace LhShare {

SessionJob::SessionJob(Work work, QObject *parent)
    : Job(parent)
    , m_work(std::move(work))
{
}

SessionJob::~SessionJob()
{
    // A session nobody took dies with the job.
    delete m_session.data();
}

Session *SessionJob::takeSession()
{
    Session *session = m_session;
    m_session.clear();
    if (session)
        session->setParent(nullptr);
    return session;
}

bool SessionJob::isKeychainUnreachable() const
{
    return error().code == QLatin1String(CredentialJob::kNoKeychain);
}

bool SessionJob::isUnknownProfile() const
{
    return error().code == QLatin1String(ProfileLoader::kNoSuchProfile);
}

void SessionJob::succeed(Session *session)
{
    session->setParent(this);
    m_session = session;
    emitResult();
}

void SessionJob::fail(const char *code, const QString &message)
{
    ApiError error = ApiError::client(ApiError::Kind::Local, message);
    error.code = QLatin1String(code);
    emitResult(error);
}

SessionFactory::SessionFactory(QNetworkAccessManager *network, CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
{
    if (!m_store) {
        m_ownStore = std::make_unique<KeychainCredentialStore>();
        m_store = m_ownStore.get();
    }
}

SessionFactory::~SessionFactory() = default;

bool SessionFactory::settingsFor(const Profile &profile, const Credentials &credentials, const SessionOptions &options,
                                 ConnectionSettings *settings, QString *error)
{
    QString why;
    settings->endpoint = options.endpoint.isValid() ? options.endpoint : Endpoint::parse(profile.endpoint, &why);
    if (!settings->endpoint.isValid()) {
        *error = tr("Profile “%1” has an unusable endpoint: %2").arg(profile.name, why);
        return false;
    }
    settings->credentials = credentials;
    settings->profileName = profile.name;
    settings->defaultRegion = profile.defaultRegion;
    settings->language = profile.language;
    settings->timeoutMs = options.timeoutMs;
    return true;
}

SessionJob *SessionFactory::openProfile(const QString &name, const SessionOptions &options, CredentialStore *store)
{
    return new SessionJob(
        [this, name, options, store](SessionJob *job) {
            auto *loader = new ProfileLoader(name, store ? store : m_store, job);
            connect(loader, &Job::finished, job, [this, job, loader, options] {
                job->setProfile(loader->profile());
                if (loader->hasError()) {
                    job->fail(loader->error());
                    return;
                }
                ConnectionSettings settings;
                QString error;
                if (!settingsFor(loader->profile(), loader->credentials(), options, &settings, &error)) {
                    job->fail(SessionJob::kBadEndpoint, error);
                    return;
                }
                job->succeed(open(settings));
            });
            loader->start();
        },
        this);
}

SessionJob *SessionFactory::openEnvironment(const QProcessEnvironment &environment, const SessionOptions &options)
{
    return new SessionJob(
        [this, environment, options](SessionJob *job) {
            const ImportResult imported = CredentialImport::fromEnvironment(environment);
            if (!imported.ok()) {
                job->fail(SessionJob::kNoCredentials, imported.error);
                return;
            }
            ConnectionSettings settings;
            settings.credentials = {imported.credentials.secretId, imported.credentials.secretKey,
                                    imported.credentials.token};
            settings.endpoint = options.endpoint.isValid() ? options.endpoint : Endpoint::defaultEndpoint();
            settings.defaultRegion = imported.credentials.region;
            settings.timeoutMs = options.timeoutMs;
            job->succeed(open(settings));
        },
        this);
}

SessionJob *SessionFactory::openDemo()
{
    return new SessionJob(
        [this](SessionJob *job) {
            if (!m_demoBackend) {
                job->fail(SessionJob::kNoCredentials, tr("This build has no demo."));
                return;
            }
            // The demo never sees real credentials: its backend supplies its own.
            ConnectionSettings settings;
            settings.profileName = QStringLiteral("demo"); // as stored in the history
            settings.demo = true;
            QString error;
            std::unique_ptr<QObject> backend = m_demoBackend(&settings, &error);
            if (!backend) {
                job->fail(SessionJob::kBadEndpoint, tr("The demo could not start: %1").arg(error));
                return;
            }
            Session *session = open(settings);
            session->adoptBackend(backend.release());
            job->succeed(session);
        },
        this);
}

Session *SessionFactory::open(const ConnectionSettings &settings, QObject *parent)
{
    return new Session(m_network, settings, parent);
}

} // namespace LhShare
