#include "ProfileImport.h"

#include "credentials/CredentialStore.h"
#include "credentials/ProfileRepository.h"

#include <QDir>

namespace LhShare {

ImportCandidate ProfileImport::tccli(const QString &profileName, const QString &directory)
{
    return {tr("tccli profile “%1”").arg(profileName), profileName,
            CredentialImport::importTccliProfile(profileName, directory)};
}

ImportCandidate ProfileImport::sdkIni(const QString &path)
{
    const QString file = path.isEmpty() ? CredentialImport::sdkIniPath() : path;
    return {QDir::toNativeSeparators(file), QStringLiteral("sdk-default"), CredentialImport::importSdkIni(file)};
}

ImportCandidate ProfileImport::environment(const QProcessEnvironment &environment)
{
    return {tr("the environment variables"), QStringLiteral("environment"),
            CredentialImport::fromEnvironment(environment)};
}

QString ProfileImport::problem(const ImportCandidate &candidate, const QDateTime &now)
{
    if (!candidate.result.ok())
        return candidate.result.error;
    const ImportedCredentials &imported = candidate.result.credentials;
    if (imported.isExpired(now))
        return tr("these temporary credentials expired at %1; log in with tccli again first.")
            .arg(imported.expiresAt.toUTC().toString(Qt::ISODate));
    return {};
}

QString ProfileImport::freeName(const ImportCandidate &candidate, const ProfileRepository &repository)
{
    const QString name = ProfileRepository::isValidName(candidate.suggestedName) ? candidate.suggestedName
                                                                                 : QStringLiteral("imported");
    return repository.uniqueName(name);
}

Profile ProfileImport::profileFor(const ImportCandidate &candidate, const QString &name)
{
    const ImportedCredentials &imported = candidate.result.credentials;
    Profile profile;
    profile.name = name;
    profile.secretId = imported.secretId;
    if (!imported.region.isEmpty())
        profile.defaultRegion = imported.region;
    profile.endpoint = imported.endpoint;
    profile.tokenExpiry = imported.expiresAt;
    return profile;
}

ProfileManager::SecretChange ProfileImport::secretsFor(const ImportCandidate &candidate)
{
    return {candidate.result.credentials.secretKey, candidate.result.credentials.token};
}

CredentialJob *ProfileImport::save(const ImportCandidate &candidate, const QString &name, bool replace,
                                   ProfileManager *manager)
{
    QString refusal = problem(candidate, QDateTime::currentDateTimeUtc());
    if (refusal.isEmpty())
        ProfileRepository::isValidName(name, &refusal);
    if (refusal.isEmpty() && !replace && manager->repository().contains(name))
        refusal = tr("a profile named “%1” already exists.").arg(name);
    if (!refusal.isEmpty())
        return new CredentialJob([refusal](CredentialJob *job) { job->fail(CredentialJob::kRefused, refusal); },
                                 manager);
    return manager->save(profileFor(candidate, name), secretsFor(candidate));
}

} // namespace LhShare
