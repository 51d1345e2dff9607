#include "ConnectProxy.h"

#include <QTcpSocket>

namespace LhShare::Test {

ConnectProxy::ConnectProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ConnectProxy::onConnection);
}

bool ConnectProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString ConnectProxy::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void ConnectProxy::requireCredentials(const QString &user, const QString &password)
{
    m_expectedAuthorization = "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

void ConnectProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        auto *upstream = new QTcpSocket(client);
        // Bytes read before the tunnel is up: the CONNECT head, and whatever follows it.
        auto *head = new QByteArray;
        connect(client, &QObject::destroyed, [head] { delete head; });

        connect(client, &QTcpSocket::readyRead, this, [this, client, upstream, head] {
            if (upstream->state() == QAbstractSocket::ConnectedState) {
                const QByteArray data = client->readAll();
                m_relayed += data;
                upstream->write(data);
                return;
            }
            head->append(client->readAll());
            if (upstream->state() != QAbstractSocket::UnconnectedState)
                return; // tunnel accepted, upstream still connecting: sent once it is up
            const qsizetype end = head->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = head->left(end).split('\n');
            const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
            QByteArray authorization;
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("proxy-authorization:"))
                    authorization = line.mid(line.indexOf(':') + 1).trimmed();
            }
            if (requestLine.size() < 2 || requestLine.at(0) != "CONNECT") {
                client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            if (!m_expectedAuthorization.isEmpty() && authorization != m_expectedAuthorization) {
                ++m_refused;
                client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                              "Proxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\n"
                              "Proxy-Connection: close\r\nConnection: close\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            m_tunnels.append(QString::fromLatin1(requestLine.at(1)));
            head->remove(0, end + 4);
            connect(upstream, &QTcpSocket::connected, client, [this, client, upstream, head] {
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                m_relayed += *head;
                upstream->write(*head);
                head->clear();
            });
            upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        });
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
    }
}

} // namespace LhShare::Test
