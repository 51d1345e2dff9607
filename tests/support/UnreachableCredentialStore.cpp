#include "UnreachableCredentialStore.h"

#include "credentials/KeychainCredentialStore.h"

namespace LhShare::Test {

CredentialJob *UnreachableCredentialStore::failed()
{
    auto *job = new CredentialJob(this);
    job->finish(CredentialJob::Error::NoKeychain,
                KeychainCredentialStore::unavailableMessage(QStringLiteral("Cannot autolaunch D-Bus")));
    return job;
}

} // namespace LhShare::Test
