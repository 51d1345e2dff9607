#pragma once

#include "Profile.h"
#include "api/Credentials.h"
#include "api/Job.h"

#include <memory>

namespace LhShare {

class CredentialStore;

// Loads a saved profile and its secrets (from the keychain), on the Job contract.
//
//   auto *loader = new ProfileLoader("prod", store, this);
//   connect(loader, &Job::finished, this, [loader] {
//       if (loader->hasError()) show(loader->errorString()); else use(loader->profile(), loader->credentials());
//   });
//   loader->start();
class ProfileLoader final : public Job
{
    Q_OBJECT
public:
    static constexpr auto kNoSuchProfile = "Client.NoSuchProfile";
    // The stored values could not go into a request (a hand-edited settings file): an input error.
    static constexpr auto kUnusableCredentials = "Client.UnusableCredentials";

    // `store` (not owned) holds the secrets; nullptr: the OS keychain.
    ProfileLoader(QString profileName, CredentialStore *store, QObject *parent = nullptr);
    ~ProfileLoader() override;

    // The settings half; set even when the secrets could not be read (name empty: no such profile).
    Profile profile() const { return m_profile; }
    Credentials credentials() const { return m_credentials; }
    // The failure was "no keychain reachable" (the caller may offer session-only credentials).
    bool isKeychainUnreachable() const;
    // The failure was "no profile of that name" (an input error, not a keychain problem).
    bool isUnknownProfile() const { return error().code == QLatin1String(kNoSuchProfile); }

protected:
    void doStart() override;

private:
    QString m_name;
    CredentialStore *m_store;
    std::unique_ptr<CredentialStore> m_ownStore;
    Profile m_profile;
    Credentials m_credentials;
};

} // namespace LhShare
