#include "ProfileLoader.h"

#include "CredentialStore.h"
#include "KeychainCredentialStore.h"
#include "ProfileRepository.h"

namespace LhShare {

ProfileLoader::ProfileLoader(QString profileName, CredentialStore *store, QObject *parent)
    : Job(parent)
    , m_name(std::move(profileName))
    , m_store(store)
{
    if (!m_store) {
        m_ownStore = std::make_unique<KeychainCredentialStore>();
        m_store = m_ownStore.get();
    }
}

ProfileLoader::~ProfileLoader() = default;

bool ProfileLoader::isKeychainUnreachable() const
{
    return error().code == QLatin1String(CredentialJob::kNoKeychain);
}

void ProfileLoader::doStart()
{
    auto fail = [this](const char *code, const QString &message) {
        ApiError error = ApiError::client(ApiError::Kind::Local, message);
        error.code = QLatin1String(code);
        emitResult(error);
    };
    const ProfileRepository repository;
    const std::optional<Profile> profile = repository.load(m_name);
    if (!profile) {
        const QStringList known = repository.names();
        if (m_name.isEmpty())
            fail(kNoSuchProfile, tr("No profile was chosen."));
        else if (known.isEmpty())
            fail(kNoSuchProfile, tr("No profile named “%1”. No profiles are saved yet.").arg(m_name));
        else
            fail(kNoSuchProfile,
                 tr("No profile named “%1”. Known profiles: %2.").arg(m_name, known.join(QStringLiteral(", "))));
        return;
    }
    m_profile = *profile;

    CredentialJob *job = m_store->read(m_name);
    connect(job, &Job::finished, this, [this, job, fail] {
        if (!job->hasError()) {
            const Credentials credentials{m_profile.secretId, job->secrets().secretKey, job->secrets().token};
            if (const QString problem = credentials.problem(); !problem.isEmpty()) {
                fail(kUnusableCredentials,
                     tr("Profile “%1” holds unusable credentials: %2").arg(m_profile.name, problem));
                return;
            }
            m_credentials = credentials;
            emitResult();
        } else if (job->isNotFound()) {
            fail(CredentialJob::kNotFound,
                 tr("Profile “%1” has no SecretKey in the keychain. %2").arg(m_profile.name, job->errorString()));
        } else if (job->isKeychainUnreachable()) {
            emitResult(job->error());
        } else {
            fail(CredentialJob::kKeychainFailed,
                 tr("Could not read the secrets of profile “%1”: %2").arg(m_profile.name, job->errorString()));
        }
    });
    job->start();
}

} // namespace LhShare
