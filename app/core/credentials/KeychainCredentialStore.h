#pragma once

#include "CredentialStore.h"

#include <QList>

#include <chrono>

namespace LhShare {

// One keychain operation of a CredentialJob (they run in order; the first failure ends the job).
struct KeychainStep
{
    enum class Kind { Read, Write, Delete };
    Kind kind;
    QString key;
    QString value;
    bool missingIsFine; // EntryNotFound is not a failure of this step
};

// Secrets in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows): service "lighthouse-share", one entry per profile and field
// ("prod/secretKey", "prod/token"). There is no plaintext fallback: when no keychain is reachable
// the job fails with CredentialJob::kNoKeychain and says what is missing.
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

private:
    CredentialJob *sequenceJob(QList<KeychainStep> steps, bool allowStartupRetry);
};

} // namespace LhShare
