#include "CredentialStore.h"

#include <QMetaObject>

namespace LhShare {

CredentialJob::CredentialJob(QObject *parent)
    : QObject(parent)
{
}

void CredentialJob::finish(Error error, const QString &errorString, const ProfileSecrets &secrets)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_error = error;
    m_errorString = errorString;
    m_secrets = secrets;
    // Queued, so that callers may connect to finished() after starting the job even when the
    // outcome is known at once (memory store, argument errors).
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished();
            deleteLater();
        },
        Qt::QueuedConnection);
}

QString CredentialStore::keyFor(const QString &profileName, Field field)
{
    return profileName + (field == Field::SecretKey ? QStringLiteral("/secretKey") : QStringLiteral("/token"));
}

} // namespace LhShare
