#pragma once

#include <QObject>
#include <QString>

namespace LhShare {

// The secret half of a profile. Held in memory only while it is needed; never logged.
struct ProfileSecrets
{
    QString secretKey;
    QString token; // empty: no session token
};

// One asynchronous CredentialStore operation. finished() is emitted exactly once and always from
// the event loop (never inside the call that created the job), then the job deletes itself later.
//
//   CredentialJob *job = store->read("prod");
//   connect(job, &CredentialJob::finished, this, [job] { if (job->error() == CredentialJob::Error::None) use(job->secrets()); });
class CredentialJob final : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        None,
        NotFound, // nothing stored under that profile name
        NoKeychain, // no keychain reachable (no Secret Service, no D-Bus, locked or missing keyring)
        Failed, // anything else (access denied, …); errorString() explains
    };

    explicit CredentialJob(QObject *parent = nullptr);

    Error error() const { return m_error; }
    bool hasError() const { return m_error != Error::None; }
    QString errorString() const { return m_errorString; }
    ProfileSecrets secrets() const { return m_secrets; }

    // For store implementations: records the outcome and emits finished() from the event loop.
    void finish(Error error = Error::None, const QString &errorString = {}, const ProfileSecrets &secrets = {});

Q_SIGNALS:
    void finished();

private:
    Error m_error = Error::None;
    QString m_errorString;
    ProfileSecrets m_secrets;
    bool m_finishing = false;
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
