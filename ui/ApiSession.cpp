#include "ApiSession.h"

#include "api/LighthouseService.h"
#include "api/TcClient.h"
#include "session/AppSetup.h"
#include "simulator/Simulator.h"

namespace LhShare {

ApiSession::ApiSession(QNetworkAccessManager *network, const Credentials &credentials, const Endpoint &endpoint,
                       const QString &profileName, QObject *parent)
    : QObject(parent)
    , m_client(new TcClient(network, this))
    , m_service(new LighthouseService(m_client, this))
    , m_context{profileName, credentials.redactedSecretId(), endpoint.toString()}
{
    m_client->setEndpoint(endpoint);
    m_client->setCredentials(credentials);
    m_client->setLanguage(apiLanguage());
}

ApiSession::~ApiSession() = default;

ApiSession *ApiSession::startDemo(QNetworkAccessManager *network, QString *error, QObject *parent)
{
    auto simulator = std::make_unique<Simulator>();
    if (!simulator->listen()) {
        *error = simulator->errorString();
        return nullptr;
    }
    auto *session = new ApiSession(network, Simulator::demoCredentials(), Endpoint::parse(simulator->url().toString()),
                                   QStringLiteral("demo"), parent); // a profile name, stored in the history
    session->m_simulator = std::move(simulator);
    return session;
}

} // namespace LhShare
