#pragma once

#include "credentials/CredentialImport.h"
#include "credentials/Profile.h"
#include "credentials/ProfileManager.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace LhShare {

class CredentialJob;
class ProfileRepository;

// Credentials found in another tool's files or the environment, ready to become a profile:
// where they came from (for messages), the name they suggest, and what was read.
struct ImportCandidate
{
    QString source; // "tccli profile “prod”", a file path, "the environment variables"
    QString suggestedName;
    ImportResult result;
};

// The import rules, once for the CLI (`profiles import-*`) and the profiles dialog: where each
// source is read, which names imports get, when imported credentials are refused (unreadable,
// expired), and how their fields map onto a profile and its secrets.
class ProfileImport final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileImport)

public:
    static ImportCandidate tccli(const QString &profileName,
                                 const QString &directory = CredentialImport::tccliDirectory());
    // `path` empty: the file the SDKs would read (CredentialImport::sdkIniPath()).
    static ImportCandidate sdkIni(const QString &path = {});
    static ImportCandidate environment(const QProcessEnvironment &environment);

    // Why the candidate cannot be imported at all (unreadable, expired at `now`); empty when it can.
    static QString problem(const ImportCandidate &candidate, const QDateTime &now);
    // The suggested name if it is a valid profile name (else "imported"), made unique.
    static QString freeName(const ImportCandidate &candidate, const ProfileRepository &repository);
    // The profile the candidate becomes under `name` (region, endpoint, token expiry carried over).
    static Profile profileFor(const ImportCandidate &candidate, const QString &name);
    static ProfileManager::SecretChange secretsFor(const ImportCandidate &candidate);

    // Checks the candidate and `name` (valid, free unless `replace`), then saves the profile and its
    // secrets. A CredentialJob to start; it fails with the reason when a rule refuses the import.
    static CredentialJob *save(const ImportCandidate &candidate, const QString &name, bool replace,
                               ProfileManager *manager);
};

} // namespace LhShare
