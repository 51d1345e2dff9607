#include "CredentialStore.h"

namespace LhShare {

CredentialJob::CredentialJob(std::function<void(CredentialJob *)> work, QObject *parent)
    : Job(parent)
    , m_work(std::move(work))
{
}

bool CredentialJob::isNotFound() const
{
    return error().code == QLatin1String(kNotFound);
}

bool CredentialJob::isKeychainUnreachable() const
{
    return error().code == QLatin1String(kNoKeychain);
}

void CredentialJob::succeed(const ProfileSecrets &secrets)
{
    if (isFinished())
        return;
    m_secrets = secrets;
    emitResult();
}

void CredentialJob::fail(const char *code, const QString &message)
{
    ApiError error = ApiError::client(ApiError::Kind::Local, message);
    error.code = QLatin1String(code);
    emitResult(error);
}

QString CredentialStore::keyFor(const QString &profileName, Field field)
{
    return profileName + (field == Field::SecretKey ? QStringLiteral("/secretKey") : QStringLiteral("/token"));
}

} // namespace LhShare
