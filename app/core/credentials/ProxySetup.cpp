#include "ProxySetup.h"

#include "CredentialStore.h"
#include "KeychainCredentialStore.h"

#include <QNetworkAccessManager>

namespace LhShare {

ProxySetup::ProxySetup(const ProxyConfig &config, QNetworkAccessManager *network, CredentialStore *store,
                       QObject *parent)
    : Job(parent)
    , m_config(config)
    , m_network(network)
    , m_store(store ? store : new KeychainCredentialStore(this))
{
}

QString ProxySetup::keychainEntry()
{
    return QStringLiteral("@proxy");
}

CredentialJob *ProxySetup::savePassword(CredentialStore *store, const QString &password)
{
    if (password.isEmpty())
        return store->remove(keychainEntry());
    return store->write(keychainEntry(), {password, {}});
}

void ProxySetup::doStart()
{
    if (!m_config.needsStoredPassword()) {
        if (m_network)
            m_config.apply(m_network);
        emitResult();
        return;
    }
    CredentialJob *read = m_store->read(keychainEntry());
    connect(read, &Job::finished, this, [this, read] {
        ApiError error;
        if (!read->hasError()) {
            m_config.password = read->secrets().secretKey;
        } else if (!read->isNotFound()) {
            error = ApiError::client(
                ApiError::Kind::Network,
                tr("The proxy password could not be read from the keychain: %1").arg(read->errorString()));
        }
        if (m_network)
            m_config.apply(m_network);
        emitResult(error);
    });
    read->start();
}

} // namespace LhShare
