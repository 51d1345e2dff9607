#pragma once

#include "api/Job.h"

#include <QObject>
#include <QString>

#include <functional>

namespace LhShare {

// The secret half of a profile. Held in memory only while it is needed; never logged.
struct ProfileSecrets
{
    QString secretKey;
    QString token; // empty: no session token
};

// One asynchronous CredentialStore operation, on the Job contract (api/Job.h): the caller
// connects to finished() and calls start(); the store's work runs from the event loop. Failures
// are ApiErrors with one of the codes below; isNotFound() and isKeychainUnreachable() ask for the
// two a caller treats specially.
//
//   CredentialJob *job = store->read("prod");
//   connect(job, &Job::finished, this, [job] { if (!job->hasError()) use(job->secrets()); });
//   job->start();
class CredentialJob final : public Job
{
    Q_OBJECT
public:
    static constexpr auto kNotFound = "Client.CredentialNotFound"; // nothing stored under that profile name
    static constexpr auto kNoKeychain = "Client.NoKeychain"; // no Secret Service, no D-Bus, locked or missing keyring
    static constexpr auto kKeychainFailed = "Client.KeychainFailed"; // anything else; the message explains
    static constexpr auto kRefused = "Client.ProfileRefused"; // a rule refused it before the keychain was asked

    // `work` runs when the job starts and ends it with succeed() or fail().
    explicit CredentialJob(std::function<void(CredentialJob *)> work, QObject *parent = nullptr);

    bool isNotFound() const;
    bool isKeychainUnreachable() const;
    ProfileSecrets secrets() const { return m_secrets; }

    // For store implementations and composed operations.
    void succeed(const ProfileSecrets &secrets = {});
    void fail(const char *code, const QString &message);
    void fail(const ApiError &error) { emitResult(error); }

protected:
    void doStart() override { m_work(this); }

private:
    std::function<void(CredentialJob *)> m_work;
    ProfileSecrets m_secrets;
};

// Where the secrets of saved profiles live: the OS keychain (KeychainCredentialStore) or, when no
// keychain is reachable and the user agrees, memory for this session only (MemoryCredentialStore).
// Every implementation keeps one entry per profile and field (keyFor()).
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Field { SecretKey, Token };

    using QObject::QObject;

    // Reads the SecretKey (NotFound when there is none) and the token (empty when there is none).
    virtual CredentialJob *read(const QString &profileName) = 0;
    // Stores the SecretKey and the token; an empty token removes any stored one.
    virtual CredentialJob *write(const QString &profileName, const ProfileSecrets &secrets) = 0;
    // Removes every secret of the profile; NotFound when there was nothing to remove.
    virtual CredentialJob *remove(const QString &profileName) = 0;
    // False for the session-only store: what it holds is gone when the program exits.
    virtual bool isPersistent() const = 0;

    // "prod/secretKey", "prod/token".
    static QString keyFor(const QString &profileName, Field field);
};

} // namespace LhShare
