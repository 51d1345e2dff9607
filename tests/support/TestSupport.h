#pragma once

#include <QString>

namespace LhShare {
class CredentialJob;
struct ProfileSecrets;
} // namespace LhShare

namespace LhShare::Test {

// Directory holding tests/data (canned replies, fixtures).
QString dataDir();

// Starts a credential job and waits for it; returns its error code ("" on success, "timeout" when
// it never finished). The job deletes itself afterwards.
QString runCredentialJob(CredentialJob *job, QString *errorString = nullptr, ProfileSecrets *secrets = nullptr,
                         int timeoutMs = 15'000);

} // namespace LhShare::Test
