#include "SimHttpConnection.h"

#include <QDateTime>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace LhShare {

namespace {
constexpr int kIdleTimeoutMs = 120 * 1000;
constexpr qint64 kHugeChunk = 256 * 1024;
constexpr qint64 kHugeHighWater = 1024 * 1024; // refill only when less than this is queued

bool equalsIgnoreCase(const QByteArray &a, const QByteArray &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

QByteArray SimHttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (equalsIgnoreCase(h.first, name))
            return h.second.trimmed();
    }
    return {};
}

bool SimHttpRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (equalsIgnoreCase(h.first, name))
            return true;
    }
    return false;
}

QByteArray SimHttpRequest::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

QByteArray SimHttpRequest::query() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QByteArray() : target.mid(q + 1);
}

SimHttpConnection::SimHttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    socket->setParent(this);
    socket->setReadBufferSize(kMaxBufferedBytes);
    connect(socket, &QTcpSocket::readyRead, this, &SimHttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &SimHttpConnection::onBytesWritten);
    connect(socket, &QTcpSocket::disconnected, this, &SimHttpConnection::onDisconnected);

    m_dripTimer.setSingleShot(false);
    connect(&m_dripTimer, &QTimer::timeout, this, &SimHttpConnection::dripNext);

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(kIdleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::ReadingHead && m_buffer.isEmpty())
            closeGracefully();
    });
    m_idleTimer.start();

    // Data may already be buffered (e.g. it arrived during the TLS handshake).
    if (socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &SimHttpConnection::onReadyRead);
}

SimHttpConnection::~SimHttpConnection()
{
    if (m_socket) {
        // The simulator is going away: drop the connection without calling back into it.
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void SimHttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    // Whatever the state (a request being handled, a stalled answer), only up to the cap is taken;
    // the rest waits in the socket until a request has been answered.
    const qint64 room = kMaxBufferedBytes - m_buffer.size();
    if (room > 0)
        m_buffer += m_socket->read(room);
    if (m_state == State::ReadingHead || m_state == State::ReadingBody || m_state == State::ReadingChunked)
        processBuffer();
}

void SimHttpConnection::processBuffer()
{
    for (;;) {
        switch (m_state) {
        case State::ReadingHead: {
            // RFC 9112 2.2: ignore empty lines before a request-line.
            while (m_buffer.startsWith("\r\n"))
                m_buffer.remove(0, 2);
            while (m_buffer.startsWith('\n'))
                m_buffer.remove(0, 1);
            qsizetype end = m_buffer.indexOf("\r\n\r\n");
            qsizetype sepLength = 4;
            if (end < 0) {
                end = m_buffer.indexOf("\n\n"); // tolerate bare LF line ends
                sepLength = 2;
            }
            if (end < 0) {
                if (m_buffer.size() > kMaxHeaderSize)
                    rejectMalformed("Request header section too large");
                return;
            }
            if (end > kMaxHeaderSize) {
                rejectMalformed("Request header section too large");
                return;
            }
            const QByteArray head = m_buffer.left(end);
            m_buffer.remove(0, end + sepLength);
            m_idleTimer.stop();
            if (!parseHead(head))
                return;
            break;
        }
        case State::ReadingBody:
            if (m_buffer.size() < m_contentLength)
                return;
            m_current.body = m_buffer.left(m_contentLength);
            m_buffer.remove(0, m_contentLength);
            finishRequest();
            return;
        case State::ReadingChunked:
            switch (parseChunked()) {
            case ChunkResult::NeedMore:
            case ChunkResult::Failed:
                return;
            case ChunkResult::Done:
                finishRequest();
                return;
            }
            return;
        default:
            return;
        }
    }
}

bool SimHttpConnection::parseHead(const QByteArray &head)
{
    m_current = SimHttpRequest();
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }

    const QList<QByteArray> requestLine = lines.takeFirst().split(' ');
    if (requestLine.size() != 3 || requestLine.at(0).isEmpty() || requestLine.at(1).isEmpty()
        || !requestLine.at(2).startsWith("HTTP/1.")) {
        rejectMalformed("Malformed request line");
        return false;
    }
    m_current.method = requestLine.at(0);
    m_current.target = requestLine.at(1);
    m_current.version = requestLine.at(2);

    for (const QByteArray &line : std::as_const(lines)) {
        if (line.isEmpty())
            continue;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !m_current.headers.isEmpty()) {
            // Obsolete line folding: a continuation of the previous value.
            m_current.headers.last().second += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.left(colon).contains(' ') || line.left(colon).contains('\t')) {
            rejectMalformed("Malformed header line");
            return false;
        }
        m_current.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }

    const QByteArray connection = m_current.header("Connection").toLower();
    if (m_current.version == "HTTP/1.0")
        m_keepAlive = connection.contains("keep-alive");
    else
        m_keepAlive = !connection.contains("close");

    const bool expectContinue = m_current.header("Expect").toLower() == "100-continue";
    if (m_current.header("Transfer-Encoding").toLower().contains("chunked")) {
        m_chunkTrailer = false;
        m_state = State::ReadingChunked;
        if (expectContinue)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        return true;
    }

    m_contentLength = 0;
    if (m_current.hasHeader("Content-Length")) {
        bool ok = false;
        m_contentLength = m_current.header("Content-Length").toLongLong(&ok);
        if (!ok || m_contentLength < 0) {
            rejectMalformed("Invalid Content-Length");
            return false;
        }
    }
    if (m_contentLength > kMaxBodySize) {
        m_state = State::Handling;
        m_keepAlive = false;
        m_buffer.clear();
        Q_EMIT requestRejected(QStringLiteral("RequestSizeLimitExceeded"),
                               QStringLiteral("The request body exceeds the limit of 1 MiB."));
        return false;
    }
    if (expectContinue && m_contentLength > m_buffer.size())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_state = State::ReadingBody;
    return true;
}

SimHttpConnection::ChunkResult SimHttpConnection::parseChunked()
{
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n");
        if (lineEnd < 0) {
            if (m_buffer.size() > 4096) {
                rejectMalformed("Malformed chunk");
                return ChunkResult::Failed;
            }
            return ChunkResult::NeedMore;
        }
        if (m_chunkTrailer) {
            const bool last = lineEnd == 0;
            m_buffer.remove(0, lineEnd + 2);
            if (last)
                return ChunkResult::Done;
            continue; // a trailer field: ignored
        }
        bool ok = false;
        const qint64 size = m_buffer.left(lineEnd).split(';').constFirst().trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            rejectMalformed("Malformed chunk size");
            return ChunkResult::Failed;
        }
        if (size == 0) {
            m_buffer.remove(0, lineEnd + 2);
            m_chunkTrailer = true;
            continue;
        }
        if (m_current.body.size() + size > kMaxBodySize) {
            m_state = State::Handling;
            m_keepAlive = false;
            m_buffer.clear();
            Q_EMIT requestRejected(QStringLiteral("RequestSizeLimitExceeded"),
                                   QStringLiteral("The request body exceeds the limit of 1 MiB."));
            return ChunkResult::Failed;
        }
        if (m_buffer.size() < lineEnd + 2 + size + 2)
            return ChunkResult::NeedMore;
        m_current.body += m_buffer.mid(lineEnd + 2, size);
        m_buffer.remove(0, lineEnd + 2 + size + 2);
    }
}

void SimHttpConnection::finishRequest()
{
    m_state = State::Handling;
    m_current.arrivalMsecs = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT requestReceived(m_current);
}

void SimHttpConnection::rejectMalformed(const QByteArray &reason)
{
    m_keepAlive = false;
    sendResponse(400, "Bad Request", {{"Content-Type", "text/plain"}}, reason + '\n', true);
}

void SimHttpConnection::sendResponse(int status, const QByteArray &reason,
                                     const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                                     bool closeAfter)
{
    const bool close = closeAfter || !m_keepAlive;
    sendRaw(composeResponse(status, reason, headers, body, close), close);
}

QByteArray SimHttpConnection::composeResponse(int status, const QByteArray &reason, const HeaderList &headers,
                                              const QByteArray &body, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += close ? QByteArrayLiteral("Connection: close\r\n") : QByteArrayLiteral("Connection: keep-alive\r\n");
    out += "\r\n";
    out += body;
    return out;
}

void SimHttpConnection::sendRaw(const QByteArray &bytes, bool closeAfter)
{
    if (!m_socket || m_state == State::Closed)
        return;
    m_socket->write(bytes);
    afterWrite(closeAfter || !m_keepAlive);
}

void SimHttpConnection::afterWrite(bool closeAfter)
{
    if (closeAfter) {
        closeGracefully();
        return;
    }
    m_state = State::ReadingHead;
    m_current = SimHttpRequest();
    m_idleTimer.start();
    if (!m_buffer.isEmpty() || (m_socket && m_socket->bytesAvailable() > 0))
        QTimer::singleShot(0, this, &SimHttpConnection::onReadyRead); // a pipelined request
}

void SimHttpConnection::resetConnection()
{
    if (!m_socket || m_state == State::Closed)
        return;
#ifdef Q_OS_UNIX
    // abort() alone closes with FIN when nothing is unread; a zero linger time makes it an RST,
    // which is what a crashing gateway looks like to the client.
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        struct linger lingerOption;
        lingerOption.l_onoff = 1;
        lingerOption.l_linger = 0;
        ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &lingerOption, sizeof lingerOption);
    }
#endif
    m_socket->abort();
    finish();
}

void SimHttpConnection::stall()
{
    m_state = State::Streaming;
    m_idleTimer.stop();
}

void SimHttpConnection::streamHugeBody(const QByteArray &headerBlock, qint64 maxBytes)
{
    if (!m_socket || m_state == State::Closed)
        return;
    m_state = State::Streaming;
    m_idleTimer.stop();
    m_hugeMax = maxBytes;
    m_hugeSent = 0;
    m_socket->write(headerBlock);
    pumpHugeBody();
}

void SimHttpConnection::pumpHugeBody()
{
    static const QByteArray filler(kHugeChunk, 'x');
    if (!m_socket || m_state != State::Streaming)
        return;
    while (m_hugeSent < m_hugeMax && m_socket->bytesToWrite() < kHugeHighWater) {
        const qint64 n = qMin(kHugeChunk, m_hugeMax - m_hugeSent);
        if (m_hugeSent == 0) {
            const QByteArray prefix = QByteArrayLiteral("{\"Response\":{\"Filler\":\"");
            m_socket->write(prefix + filler.left(n - prefix.size()));
        } else {
            m_socket->write(filler.constData(), n);
        }
        m_hugeSent += n;
    }
    // When maxBytes is reached the connection simply stays silent: the client has to give up.
}

void SimHttpConnection::slowDrip(const QByteArray &bytes, int intervalMs, bool closeAfter)
{
    if (!m_socket || m_state == State::Closed)
        return;
    m_state = State::Streaming;
    m_idleTimer.stop();
    m_drip = bytes;
    m_dripPos = 0;
    m_dripClose = closeAfter || !m_keepAlive;
    m_dripTimer.start(intervalMs);
    dripNext();
}

void SimHttpConnection::dripNext()
{
    if (!m_socket || m_state != State::Streaming) {
        m_dripTimer.stop();
        return;
    }
    if (m_dripPos >= m_drip.size()) {
        m_dripTimer.stop();
        m_drip.clear();
        afterWrite(m_dripClose);
        return;
    }
    m_socket->write(m_drip.constData() + m_dripPos, 1);
    ++m_dripPos;
}

void SimHttpConnection::onBytesWritten()
{
    if (m_state == State::Streaming && m_hugeMax > 0)
        pumpHugeBody();
}

void SimHttpConnection::closeGracefully()
{
    if (!m_socket || m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_idleTimer.stop();
    m_dripTimer.stop();
    // Sends what is queued, then FIN; disconnected() follows and deletes us.
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        finish();
}

void SimHttpConnection::onDisconnected()
{
    finish();
}

void SimHttpConnection::finish()
{
    const bool first = m_state != State::Closed || m_socket;
    m_state = State::Closed;
    m_idleTimer.stop();
    m_dripTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket = nullptr; // still our child; deleted with us
    }
    if (first) {
        Q_EMIT closed(m_hugeSent);
        deleteLater();
    }
}

} // namespace LhShare
