#pragma once

#include "api/LighthouseService.h"
#include "api/TcClient.h"
#include "simulator/Simulator.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QThread>

namespace LhShare::Bench {

// A simulator on a thread of its own, so that the client's work never delays the server's clock.
// inServer() runs code on that thread and waits for it (reading the request log, the state);
// stop() closes its sockets and timers there and brings it back to the main thread.
class BenchServer
{
public:
    explicit BenchServer(Simulator *simulator)
        : m_simulator(simulator)
    {
        m_simulator->moveToThread(&m_thread);
        m_thread.start();
        inServer([this] { m_listening = m_simulator->listen(); });
    }
    ~BenchServer() { stop(); }
    Q_DISABLE_COPY_MOVE(BenchServer)

    bool isListening() const { return m_listening; }

    template<typename Function>
    void inServer(Function function)
    {
        QMetaObject::invokeMethod(m_simulator, function, Qt::BlockingQueuedConnection);
    }

    void stop()
    {
        if (!m_thread.isRunning())
            return;
        inServer([this] {
            m_simulator->close();
            m_simulator->moveToThread(QCoreApplication::instance()->thread());
        });
        m_thread.quit();
        m_thread.wait();
    }

private:
    Simulator *m_simulator;
    QThread m_thread;
    bool m_listening = false;
};

// The client side: the real client path, signed with the demo key, to a BenchServer.
struct BenchClient
{
    explicit BenchClient(const QUrl &server)
    {
        client.setEndpoint(Endpoint::parse(server.toString()));
        client.setCredentials(Simulator::demoCredentials());
    }
    Q_DISABLE_COPY_MOVE(BenchClient)

    QNetworkAccessManager network;
    TcClient client{&network};
    LighthouseService service{&client};
};

} // namespace LhShare::Bench
