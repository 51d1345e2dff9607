#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QTcpServer>

namespace LhShare::Test {

// A small HTTP CONNECT proxy on 127.0.0.1 for tests: every tunnel it opens leads to one upstream
// port on 127.0.0.1 (the simulator), whatever host the client named, so a client can only reach
// "lighthouse.test" through it. It records the tunnels it was asked for and every byte it relayed
// upstream, and can insist on Basic proxy credentials (407 otherwise).
class ConnectProxy final : public QObject
{
    Q_OBJECT
public:
    explicit ConnectProxy(quint16 upstreamPort, QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    // "http://127.0.0.1:PORT"
    QString url() const;

    // Tunnels are refused with 407 unless the client sends these credentials.
    void requireCredentials(const QString &user, const QString &password);

    // The authority of each CONNECT it accepted ("lighthouse.test:443"), in order.
    QStringList tunnels() const { return m_tunnels; }
    // Requests answered 407 (missing or wrong credentials).
    int refusedCount() const { return m_refused; }
    // Everything clients sent through the tunnels (after the CONNECT head).
    QByteArray relayed() const { return m_relayed; }

private:
    void onConnection();

    QTcpServer m_server;
    quint16 m_upstreamPort;
    QByteArray m_expectedAuthorization;
    QStringList m_tunnels;
    int m_refused = 0;
    QByteArray m_relayed;
};

} // namespace LhShare::Test
