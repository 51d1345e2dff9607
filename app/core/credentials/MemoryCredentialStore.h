#pragma once

#include "CredentialStore.h"

#include <QHash>

namespace LhShare {

// Secrets kept in this process only: used when no keychain is reachable and the user chose to
// type the credentials for this session, and by unit tests. Nothing is written anywhere.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    CredentialJob *read(const QString &profileName) override;
    CredentialJob *write(const QString &profileName, const ProfileSecrets &secrets) override;
    CredentialJob *remove(const QString &profileName) override;
    bool isPersistent() const override { return false; }

    bool contains(const QString &profileName) const
    {
        return m_entries.contains(keyFor(profileName, Field::SecretKey));
    }
    // Every stored key, e.g. {"prod/secretKey", "prod/token"}: tests check what is left behind.
    QStringList keys() const { return m_entries.keys(); }

private:
    static QString notStoredMessage(const QString &profileName);

    QHash<QString, QString> m_entries;
};

} // namespace LhShare
