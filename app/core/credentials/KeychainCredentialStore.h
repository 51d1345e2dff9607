#pragma once

#include "CredentialStore.h"

#include <chrono>

namespace LhShare {

// Secrets in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows): service "lighthouse-share", one entry per profile and field
// ("prod/secretKey", "prod/token"). There is no plaintext fallback: when no keychain is reachable
// the job fails with CredentialJob::Error::NoKeychain and says what is missing.
//
// On Linux the Secret Service may start after us (session start-up), so the first read of the
// process that finds no keychain waits startupRetryDelay() and tries once more.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    static constexpr auto kService = "lighthouse-share";

    using CredentialStore::CredentialStore;

    CredentialJob *read(const QString &profileName) override;
    CredentialJob *write(const QString &profileName, const ProfileSecrets &secrets) override;
    CredentialJob *remove(const QString &profileName) override;
    bool isPersistent() const override { return true; }

    // Process-wide, so tests can make the start-up retry fast (or check that it happens).
    static void setStartupRetryDelay(std::chrono::milliseconds delay);
    static std::chrono::milliseconds startupRetryDelay();

    // Plain words for "no keychain reachable", from QtKeychain's error text: what is missing and
    // how to fix it.
    static QString unavailableMessage(const QString &backendMessage);
};

} // namespace LhShare
