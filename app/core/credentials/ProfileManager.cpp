#include "ProfileManager.h"

#include <functional>

namespace LhShare {

namespace {

// Starts `job`; runs `next` when it succeeds, otherwise passes its failure on to `result`.
void then(CredentialJob *job, CredentialJob *result, std::function<void(const ProfileSecrets &)> next)
{
    QObject::connect(job, &Job::finished, result, [job, result, next = std::move(next)] {
        if (job->hasError())
            result->fail(job->error());
        else
            next(job->secrets());
    });
    job->start();
}

// Starts `job`; a "nothing stored" answer counts as success (removing what may not be there).
void thenIgnoringMissing(CredentialJob *job, CredentialJob *result, std::function<void()> next)
{
    QObject::connect(job, &Job::finished, result, [job, result, next = std::move(next)] {
        if (job->hasError() && !job->isNotFound())
            result->fail(job->error());
        else
            next();
    });
    job->start();
}

} // namespace

ProfileManager::ProfileManager(CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

CredentialJob *ProfileManager::save(const Profile &profile, const SecretChange &change)
{
    return new CredentialJob(
        [this, profile, change](CredentialJob *result) {
            QString error;
            if (!ProfileRepository::isValidName(profile.name, &error)) {
                result->fail(CredentialJob::kRefused, error);
                return;
            }
            if (change.isEmpty()) {
                m_repository.save(profile);
                result->succeed();
                return;
            }
            auto writeAndSave = [this, profile, result](const ProfileSecrets &secrets) {
                Profile saved = profile;
                saved.hasToken = !secrets.token.isEmpty();
                if (!saved.hasToken)
                    saved.tokenExpiry = {};
                then(m_store->write(saved.name, secrets), result, [this, saved, result](const ProfileSecrets &) {
                    m_repository.save(saved);
                    result->succeed();
                });
            };
            if (change.secretKey && change.token) {
                writeAndSave({*change.secretKey, *change.token});
                return;
            }
            // Only one of the two changes: keep the other as stored.
            then(m_store->read(profile.name), result, [change, writeAndSave](const ProfileSecrets &stored) {
                writeAndSave({change.secretKey.value_or(stored.secretKey), change.token.value_or(stored.token)});
            });
        },
        this);
}

CredentialJob *ProfileManager::remove(const QString &name)
{
    return new CredentialJob(
        [this, name](CredentialJob *result) {
            QString error;
            if (!ProfileRepository::isValidName(name, &error)) {
                result->fail(CredentialJob::kNotFound, error);
                return;
            }
            // Checked first: some keychains report success for deleting entries that do not exist. The
            // keychain is cleaned up even then, in case an interrupted run left entries without settings.
            const bool known = m_repository.contains(name);
            thenIgnoringMissing(m_store->remove(name), result, [this, result, name, known] {
                if (!known) {
                    result->fail(CredentialJob::kNotFound, tr("No profile named “%1”.").arg(name));
                    return;
                }
                m_repository.remove(name);
                result->succeed();
            });
        },
        this);
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
    return new CredentialJob(
        [this, from, to, removeSource](CredentialJob *result) {
            QString error;
            const std::optional<Profile> source = m_repository.load(from);
            if (!source) {
                result->fail(CredentialJob::kNotFound, tr("No profile named “%1”.").arg(from));
                return;
            }
            if (!ProfileRepository::isValidName(to, &error) || m_repository.contains(to)) {
                result->fail(CredentialJob::kRefused,
                             error.isEmpty() ? tr("A profile named “%1” already exists.").arg(to) : error);
                return;
            }
            Profile copy = *source;
            copy.name = to;
            copyTo(from, copy, result, removeSource);
        },
        this);
}

void ProfileManager::copyTo(const QString &from, Profile profile, CredentialJob *result, bool removeSource)
{
    then(m_store->read(from), result, [this, from, profile, result, removeSource](const ProfileSecrets &secrets) {
        then(m_store->write(profile.name, secrets), result,
             [this, from, profile, result, removeSource](const ProfileSecrets &) {
                 m_repository.save(profile);
                 if (!removeSource) {
                     result->succeed();
                     return;
                 }
                 // The copy is complete; a failure to delete the old entries must not lose the new profile.
                 thenIgnoringMissing(m_store->remove(from), result, [this, from, result] {
                     m_repository.remove(from);
                     result->succeed();
                 });
             });
    });
}

} // namespace LhShare
