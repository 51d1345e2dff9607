#include "ProfileManager.h"

#include <functional>

namespace LhShare {

namespace {

// Runs `next` when `job` succeeds, otherwise passes its failure on to `result`.
void then(CredentialJob *job, CredentialJob *result, std::function<void(const ProfileSecrets &)> next)
{
    QObject::connect(job, &CredentialJob::finished, result, [job, result, next = std::move(next)] {
        if (job->hasError())
            result->finish(job->error(), job->errorString());
        else
            next(job->secrets());
    });
}

} // namespace

ProfileManager::ProfileManager(CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

CredentialJob *ProfileManager::save(const Profile &profile, const SecretChange &change)
{
    auto *result = new CredentialJob(this);
    QString error;
    if (!ProfileRepository::isValidName(profile.name, &error)) {
        result->finish(CredentialJob::Error::Failed, error);
        return result;
    }
    if (change.isEmpty()) {
        m_repository.save(profile);
        result->finish();
        return result;
    }

    auto writeAndSave = [this, profile, result](const ProfileSecrets &secrets) {
        Profile saved = profile;
        saved.hasToken = !secrets.token.isEmpty();
        if (!saved.hasToken)
            saved.tokenExpiry = {};
        then(m_store->write(saved.name, secrets), result, [this, saved, result](const ProfileSecrets &) {
            m_repository.save(saved);
            result->finish();
        });
    };

    if (change.secretKey && change.token) {
        writeAndSave({*change.secretKey, *change.token});
        return result;
    }
    // Only one of the two changes: keep the other as stored.
    then(m_store->read(profile.name), result, [change, writeAndSave](const ProfileSecrets &stored) {
        writeAndSave({change.secretKey.value_or(stored.secretKey), change.token.value_or(stored.token)});
    });
    return result;
}

CredentialJob *ProfileManager::remove(const QString &name)
{
    auto *result = new CredentialJob(this);
    QString error;
    if (!ProfileRepository::isValidName(name, &error)) {
        result->finish(CredentialJob::Error::NotFound, error);
        return result;
    }
    // Checked first: some keychains report success for deleting entries that do not exist. The
    // keychain is cleaned up even then, in case an interrupted run left entries without settings.
    const bool known = m_repository.contains(name);
    CredentialJob *job = m_store->remove(name);
    connect(job, &CredentialJob::finished, result, [this, job, result, name, known] {
        if (job->hasError() && job->error() != CredentialJob::Error::NotFound) {
            result->finish(job->error(), job->errorString());
            return;
        }
        if (!known) {
            result->finish(CredentialJob::Error::NotFound, tr("No profile named “%1”.").arg(name));
            return;
        }
        m_repository.remove(name);
        result->finish();
    });
    return result;
}

CredentialJob *ProfileManager::rename(const QString &from, const QString &to)
{
    return copyProfile(from, to, true);
}

CredentialJob *ProfileManager::duplicate(const QString &from, const QString &to)
{
    return copyProfile(from, to, false);
}

CredentialJob *ProfileManager::copyProfile(const QString &from, const QString &to, bool removeSource)
{
    auto *result = new CredentialJob(this);
    QString error;
    const std::optional<Profile> source = m_repository.load(from);
    if (!source) {
        result->finish(CredentialJob::Error::NotFound, tr("No profile named “%1”.").arg(from));
        return result;
    }
    if (!ProfileRepository::isValidName(to, &error) || m_repository.contains(to)) {
        result->finish(CredentialJob::Error::Failed,
                       error.isEmpty() ? tr("A profile named “%1” already exists.").arg(to) : error);
        return result;
    }
    Profile copy = *source;
    copy.name = to;
    copyTo(from, copy, result, removeSource);
    return result;
}

void ProfileManager::copyTo(const QString &from, Profile profile, CredentialJob *result, bool removeSource)
{
    then(m_store->read(from), result, [this, from, profile, result, removeSource](const ProfileSecrets &secrets) {
        then(m_store->write(profile.name, secrets), result,
             [this, from, profile, result, removeSource](const ProfileSecrets &) {
                 m_repository.save(profile);
                 if (!removeSource) {
                     result->finish();
                     return;
                 }
                 // The copy is complete; a failure to delete the old entries must not lose the new profile.
                 CredentialJob *removal = m_store->remove(from);
                 connect(removal, &CredentialJob::finished, result, [this, from, removal, result] {
                     if (removal->hasError() && removal->error() != CredentialJob::Error::NotFound) {
                         result->finish(removal->error(), removal->errorString());
                         return;
                     }
                     m_repository.remove(from);
                     result->finish();
                 });
             });
    });
}

} // namespace LhShare
