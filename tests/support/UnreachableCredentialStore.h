#pragma once

#include "credentials/CredentialStore.h"

namespace LhShare::Test {

// A credential store that fails every operation the way QtKeychain does without a Secret Service.
class UnreachableCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;
    CredentialJob *read(const QString &) override { return failed(); }
    CredentialJob *write(const QString &, const ProfileSecrets &) override { return failed(); }
    CredentialJob *remove(const QString &) override { return failed(); }
    bool isPersistent() const override { return true; }

private:
    CredentialJob *failed();
};

} // namespace LhShare::Test
