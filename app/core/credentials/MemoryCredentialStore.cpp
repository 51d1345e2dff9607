#include "MemoryCredentialStore.h"

namespace LhShare {

CredentialJob *MemoryCredentialStore::read(const QString &profileName)
{
    auto *job = new CredentialJob(this);
    const auto found = m_entries.constFind(keyFor(profileName, Field::SecretKey));
    if (found == m_entries.constEnd()) {
        job->finish(CredentialJob::Error::NotFound,
                    tr("No secrets are stored for profile “%1” in this session.").arg(profileName));
        return job;
    }
    job->finish(CredentialJob::Error::None, {}, {*found, m_entries.value(keyFor(profileName, Field::Token))});
    return job;
}

CredentialJob *MemoryCredentialStore::write(const QString &profileName, const ProfileSecrets &secrets)
{
    auto *job = new CredentialJob(this);
    m_entries.insert(keyFor(profileName, Field::SecretKey), secrets.secretKey);
    if (secrets.token.isEmpty())
        m_entries.remove(keyFor(profileName, Field::Token));
    else
        m_entries.insert(keyFor(profileName, Field::Token), secrets.token);
    job->finish();
    return job;
}

CredentialJob *MemoryCredentialStore::remove(const QString &profileName)
{
    auto *job = new CredentialJob(this);
    const bool hadKey = m_entries.remove(keyFor(profileName, Field::SecretKey)) > 0;
    const bool hadToken = m_entries.remove(keyFor(profileName, Field::Token)) > 0;
    if (hadKey || hadToken)
        job->finish();
    else
        job->finish(CredentialJob::Error::NotFound,
                    tr("No secrets are stored for profile “%1” in this session.").arg(profileName));
    return job;
}

} // namespace LhShare
