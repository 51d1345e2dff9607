#pragma once

#include "CredentialStore.h"
#include "Profile.h"
#include "ProfileRepository.h"

#include <optional>

namespace LhShare {

// Saves, removes, renames and copies whole profiles (settings plus secrets), for the CLI and the
// profiles dialog alike. The order is always: secrets first, settings second when adding; secrets
// first, settings second when removing. So an unreachable keychain leaves nothing behind, and a
// profile listed in the settings always had its secrets written.
//
//   CredentialJob *job = manager.save(profile, ProfileManager::SecretChange{secretKey, {}});
//   connect(job, &Job::finished, this, [job] { … job->errorString() … });
//   job->start();
class ProfileManager final : public QObject
{
    Q_OBJECT
public:
    // Which secrets to change; std::nullopt leaves the stored value as it is.
    struct SecretChange
    {
        std::optional<QString> secretKey;
        std::optional<QString> token; // an empty string removes the stored token

        bool isEmpty() const { return !secretKey && !token; }
    };

    explicit ProfileManager(CredentialStore *store, QObject *parent = nullptr);

    CredentialStore *store() const { return m_store; }
    ProfileRepository &repository() { return m_repository; }

    // Writes the changed secrets (reading the unchanged one first when only one changes), then the
    // settings. profile.hasToken follows the secrets when they are touched.
    CredentialJob *save(const Profile &profile, const SecretChange &change);
    // Removes the secrets (nothing there is fine), then the settings. On NoKeychain the settings
    // are kept, so the profile still shows and can be removed once the keychain is back.
    CredentialJob *remove(const QString &name);
    // Copies secrets to the new name, saves its settings, then removes the old profile.
    CredentialJob *rename(const QString &from, const QString &to);
    // A copy of `from` under `to`, secrets included.
    CredentialJob *duplicate(const QString &from, const QString &to);

private:
    // Reads the secrets of `from`, writes them to `profile.name` and saves `profile`.
    CredentialJob *copyProfile(const QString &from, const QString &to, bool removeSource);
    void copyTo(const QString &from, Profile profile, CredentialJob *result, bool removeSource);

    CredentialStore *m_store;
    ProfileRepository m_repository;
};

} // namespace LhShare
