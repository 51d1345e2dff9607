#include "ProfileLoader.h"

#include "CredentialStore.h"
#include "KeychainCredentialStore.h"
#include "ProfileRepository.h"

#include <QPointer>
#include <QTimer>

namespace LhShare {

struct ProfileLoader::Private
{
    QPointer<CredentialStore> store;
    std::unique_ptr<KeychainCredentialStore> ownStore;
    Profile profile;
    Credentials credentials;
    QString errorString;
    bool keychainUnreachable = false;
};

ProfileLoader::ProfileLoader(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

ProfileLoader::~ProfileLoader() = default;

void ProfileLoader::setCredentialStore(CredentialStore *store)
{
    d->store = store;
}

void ProfileLoader::load(const QString &profileName)
{
    d->profile = {};
    d->credentials = {};
    d->errorString.clear();
    d->keychainUnreachable = false;

    auto failLater = [this](const QString &message) {
        d->errorString = message;
        QTimer::singleShot(0, this, &ProfileLoader::finished);
    };

    const ProfileRepository repository;
    const std::optional<Profile> profile = repository.load(profileName);
    if (!profile) {
        const QStringList known = repository.names();
        if (profileName.isEmpty())
            failLater(tr("No profile was chosen."));
        else if (known.isEmpty())
            failLater(tr("No profile named “%1”. No profiles are saved yet.").arg(profileName));
        else
            failLater(
                tr("No profile named “%1”. Known profiles: %2.").arg(profileName, known.join(QStringLiteral(", "))));
        return;
    }
    d->profile = *profile;

    if (!d->store) {
        if (!d->ownStore)
            d->ownStore = std::make_unique<KeychainCredentialStore>();
        d->store = d->ownStore.get();
    }
    CredentialJob *job = d->store->read(profileName);
    connect(job, &CredentialJob::finished, this, [this, job] {
        switch (job->error()) {
        case CredentialJob::Error::None:
            d->credentials = {d->profile.secretId, job->secrets().secretKey, job->secrets().token};
            break;
        case CredentialJob::Error::NotFound:
            d->errorString
                = tr("Profile “%1” has no SecretKey in the keychain. %2").arg(d->profile.name, job->errorString());
            break;
        case CredentialJob::Error::NoKeychain:
            d->keychainUnreachable = true;
            d->errorString = job->errorString();
            break;
        case CredentialJob::Error::Failed:
            d->errorString
                = tr("Could not read the secrets of profile “%1”: %2").arg(d->profile.name, job->errorString());
            break;
        }
        Q_EMIT finished();
    });
}

Profile ProfileLoader::profile() const
{
    return d->profile;
}

Credentials ProfileLoader::credentials() const
{
    return d->credentials;
}

bool ProfileLoader::hasError() const
{
    return !d->errorString.isEmpty();
}

QString ProfileLoader::errorString() const
{
    return d->errorString;
}

bool ProfileLoader::isKeychainUnreachable() const
{
    return d->keychainUnreachable;
}

} // namespace LhShare
