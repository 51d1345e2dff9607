#include "UnreachableCredentialStore.h"

#include "credentials/KeychainCredentialStore.h"

namespace LhShare::Test {

CredentialJob *UnreachableCredentialStore::failed()
{
    return new CredentialJob(
        [](CredentialJob *job) {
            job->fail(CredentialJob::kNoKeychain,
                      KeychainCredentialStore::unavailableMessage(QStringLiteral("Cannot autolaunch D-Bus")));
        },
        this);
}

} // namespace LhShare::Test
