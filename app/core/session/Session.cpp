#include "Session.h"

#include "AppSetup.h"
#include "api/LighthouseService.h"
#include "api/TcClient.h"

namespace LhShare {

Session::Session(QNetworkAccessManager *network, ConnectionSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_client(new TcClient(network, this))
    , m_service(new LighthouseService(m_client, this))
{
    m_client->setEndpoint(m_settings.endpoint);
    m_client->setCredentials(m_settings.credentials);
    m_client->setTimeoutMs(m_settings.timeoutMs);
    // The server's message language: the profile's choice, else the UI language.
    m_client->setLanguage(m_settings.language.isEmpty() ? apiLanguage() : m_settings.language);
}

Session::~Session() = default;

JobContext Session::context() const
{
    return {m_settings.profileName, m_settings.credentials.redactedSecretId(), m_settings.endpoint.toString()};
}

void Session::adoptBackend(QObject *backend)
{
    backend->setParent(this);
}

} // namespace LhShare
