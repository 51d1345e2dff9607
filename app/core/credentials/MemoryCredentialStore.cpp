#include "MemoryCredentialStore.h"

namespace LhShare {

CredentialJob *MemoryCredentialStore::read(const QString &profileName)
{
    return new CredentialJob(
        [this, profileName](CredentialJob *job) {
            const auto found = m_entries.constFind(keyFor(profileName, Field::SecretKey));
            if (found == m_entries.constEnd())
                job->fail(CredentialJob::kNotFound, notStoredMessage(profileName));
            else
                job->succeed({*found, m_entries.value(keyFor(profileName, Field::Token))});
        },
        this);
}

CredentialJob *MemoryCredentialStore::write(const QString &profileName, const ProfileSecrets &secrets)
{
    return new CredentialJob(
        [this, profileName, secrets](CredentialJob *job) {
            m_entries.insert(keyFor(profileName, Field::SecretKey), secrets.secretKey);
            if (secrets.token.isEmpty())
                m_entries.remove(keyFor(profileName, Field::Token));
            else
                m_entries.insert(keyFor(profileName, Field::Token), secrets.token);
            job->succeed();
        },
        this);
}

CredentialJob *MemoryCredentialStore::remove(const QString &profileName)
{
    return new CredentialJob(
        [this, profileName](CredentialJob *job) {
            const bool hadKey = m_entries.remove(keyFor(profileName, Field::SecretKey)) > 0;
            const bool hadToken = m_entries.remove(keyFor(profileName, Field::Token)) > 0;
            if (hadKey || hadToken)
                job->succeed();
            else
                job->fail(CredentialJob::kNotFound, notStoredMessage(profileName));
        },
        this);
}

QString MemoryCredentialStore::notStoredMessage(const QString &profileName)
{
    return tr("No secrets are stored for profile “%1” in this session.").arg(profileName);
}

} // namespace LhShare
