#pragma once

#include "api/Job.h"
#include "api/ProxyConfig.h"

#include <QPointer>

class QNetworkAccessManager;

namespace LhShare {

class CredentialJob;
class CredentialStore;

// Applies a proxy configuration to a network manager, first reading the manual proxy's password
// from the keychain when the configuration names a user without one. Requests made after
// finished() go through the proxy with its credentials. A keychain failure is reported as the
// job's error; the proxy is applied all the same (without a password it answers 407, which the
// request then reports).
//
//   auto *setup = new ProxySetup(ProxyConfig::fromSettings(), &network, store);
//   connect(setup, &Job::finished, this, [this] { loadProfile(); });
//   setup->start();
class ProxySetup final : public Job
{
    Q_OBJECT
public:
    // network and store: not owned; store null: the OS keychain.
    ProxySetup(const ProxyConfig &config, QNetworkAccessManager *network, CredentialStore *store = nullptr,
               QObject *parent = nullptr);

    // The keychain entry that holds the manual proxy's password (as a profile's SecretKey
    // field); it is never a valid profile name, so it cannot collide with one.
    static QString keychainEntry();
    // Stores the password (an empty one removes it); the job is not started yet.
    static CredentialJob *savePassword(CredentialStore *store, const QString &password);

protected:
    void doStart() override;

private:
    ProxyConfig m_config;
    QPointer<QNetworkAccessManager> m_network;
    CredentialStore *m_store;
};

} // namespace LhShare
