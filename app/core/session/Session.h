#pragma once

#include "api/Credentials.h"
#include "api/Endpoint.h"
#include "api/TcClient.h"
#include "jobs/ShareJob.h"

#include <QObject>

class QNetworkAccessManager;

namespace LhShare {

class LighthouseService;

// What a connection is made of: whose keys, which endpoint, how long to wait, which language the
// server's messages come in. SessionFactory fills it from a profile, the environment or the demo.
struct ConnectionSettings
{
    Credentials credentials;
    Endpoint endpoint = Endpoint::defaultEndpoint();
    QString profileName; // empty: credentials from the environment
    QString defaultRegion; // the profile's (or TENCENTCLOUD_REGION); may be empty
    QString language; // X-TC-Language ("zh-CN", "en-US"); empty: the UI language
    int timeoutMs = TcClient::kDefaultTimeoutMs;
    bool demo = false; // talks to the in-process simulator
};

// A ready connection, the one thing both front ends talk through: the rate-limited client on
// the shared network manager, the Lighthouse service over it, and who it is for the history.
// Only the session layer (and tests) construct TcClient and LighthouseService.
class Session final : public QObject
{
    Q_OBJECT
public:
    Session(QNetworkAccessManager *network, ConnectionSettings settings, QObject *parent = nullptr);
    ~Session() override;

    LighthouseService *service() const { return m_service; }
    TcClient *client() const { return m_client; }
    const ConnectionSettings &settings() const { return m_settings; }
    // Who ran a job, for the history: profile, redacted SecretId, endpoint.
    JobContext context() const;
    bool isDemo() const { return m_settings.demo; }
    QString defaultRegion() const { return m_settings.defaultRegion; }

    // Keeps `backend` (the demo's simulator) alive exactly as long as this session.
    void adoptBackend(QObject *backend);

private:
    ConnectionSettings m_settings;
    TcClient *m_client;
    LighthouseService *m_service;
};

} // namespace LhShare
