#pragma once

#include "api/Credentials.h"
#include "api/Endpoint.h"
#include "jobs/ShareJob.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace LhShare {

class LighthouseService;
class Simulator;
class TcClient;

// Everything one set of credentials talks through: a TcClient on the shared network manager, the
// LighthouseService over it, and who it is for the history (JobContext). In demo mode it also owns
// the in-process Simulator on 127.0.0.1 that the client points at.
class ApiSession final : public QObject
{
    Q_OBJECT
public:
    ApiSession(QNetworkAccessManager *network, const Credentials &credentials, const Endpoint &endpoint,
               const QString &profileName, QObject *parent = nullptr);
    ~ApiSession() override;

    // Starts a Simulator with demo data and a session on it; null with *error if it cannot listen.
    static ApiSession *startDemo(QNetworkAccessManager *network, QString *error, QObject *parent = nullptr);

    LighthouseService *service() const { return m_service; }
    TcClient *client() const { return m_client; }
    JobContext context() const { return m_context; }
    bool isDemo() const { return m_simulator != nullptr; }
    Simulator *simulator() const { return m_simulator.get(); }

private:
    TcClient *m_client;
    LighthouseService *m_service;
    JobContext m_context;
    std::unique_ptr<Simulator> m_simulator;
};

} // namespace LhShare
