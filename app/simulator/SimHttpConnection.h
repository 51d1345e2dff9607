#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace LhShare {

// One parsed HTTP/1.1 request, with header names as received (lookups ignore case).
struct SimHttpRequest
{
    QByteArray method; // "POST", "GET", …
    QByteArray target; // request-target as sent, e.g. "/" or "/?Limit=5"
    QByteArray version; // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 arrivalMsecs = 0; // wall clock when the last byte of the request arrived

    // Value of the first header with this name (case-insensitive), trimmed; null if absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    QByteArray path() const; // target before '?'
    QByteArray query() const; // target after '?', raw (it is what GET requests sign)
};

// A server-side HTTP/1.1 connection: parses requests from its socket and writes responses,
// one request at a time (a pipelined request waits until the previous one is answered).
//
// It is deliberately hand-written rather than built on QHttpServer because the simulator's
// fault injection needs raw control: answer nothing, reset the socket, lie about the length,
// or dribble bytes. Usage:
//
//   auto *c = new SimHttpConnection(socket, parent);
//   connect(c, &SimHttpConnection::requestReceived, handler, [=](const SimHttpRequest &r) {
//       c->sendResponse(200, "OK", {{"Content-Type", "application/json"}}, body);
//   });
//
// The object deletes itself (deleteLater) when the socket disconnects.
class SimHttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimHttpConnection)

public:
    static constexpr qint64 kMaxBodySize = 1024 * 1024;
    static constexpr int kMaxHeaderSize = 64 * 1024;
    // At most one whole request is held ahead of the one being answered; beyond that the socket's
    // own buffer (capped to the same size) fills and TCP flow control stops the sender.
    static constexpr qint64 kMaxBufferedBytes = kMaxBodySize + kMaxHeaderSize;

    // Takes ownership of socket (an already connected QTcpSocket or encrypted QSslSocket).
    explicit SimHttpConnection(QTcpSocket *socket, QObject *parent = nullptr);
    ~SimHttpConnection() override;

    using HeaderList = QList<QPair<QByteArray, QByteArray>>;
    // The bytes of a complete response with Content-Length and Connection headers added.
    static QByteArray composeResponse(int status, const QByteArray &reason, const HeaderList &headers,
                                      const QByteArray &body, bool close);

    // Writes a complete response. Adds Content-Length and Connection; closes afterwards if the
    // client asked for it (or closeAfter is set), else reads the next request.
    void sendResponse(int status, const QByteArray &reason, const QList<QPair<QByteArray, QByteArray>> &headers,
                      const QByteArray &body, bool closeAfter = false);
    // Writes the bytes exactly as given (used for deliberately broken responses).
    void sendRaw(const QByteArray &bytes, bool closeAfter);
    // Closes with a TCP reset (SO_LINGER 0) so the client sees a network error, not an answer.
    void resetConnection();
    // Keeps the socket open and never answers this request.
    void stall();
    // Sends a header announcing a 4 GiB body, then filler as fast as the client drains it, up to
    // maxBytes; stops as soon as the client disconnects. The filler is generated per chunk.
    void streamHugeBody(const QByteArray &headerBlock, qint64 maxBytes);
    // Sends bytes one at a time, intervalMs apart, then behaves like sendRaw().
    void slowDrip(const QByteArray &bytes, int intervalMs, bool closeAfter);

    bool keepAliveRequested() const { return m_keepAlive; }
    qint64 bufferedBytes() const { return m_buffer.size(); } // received, not yet parsed
    qint64 hugeBytesSent() const { return m_hugeSent; }

Q_SIGNALS:
    void requestReceived(const LhShare::SimHttpRequest &request);
    // The request was syntactically fine but its body is too large (errorCode is an API code such as
    // RequestSizeLimitExceeded). The receiver answers with sendResponse(..., closeAfter = true).
    void requestRejected(const QString &errorCode, const QString &message);
    // Emitted once when the connection is over (either side closed it); the object is then deleted.
    void closed(qint64 hugeBodyBytesSent);

private:
    enum class State { ReadingHead, ReadingBody, ReadingChunked, Handling, Streaming, Closed };

    void onReadyRead();
    void onBytesWritten();
    void onDisconnected();
    void processBuffer();
    bool parseHead(const QByteArray &head);
    enum class ChunkResult { NeedMore, Done, Failed };
    ChunkResult parseChunked();
    void finishRequest();
    void rejectMalformed(const QByteArray &reason);
    void afterWrite(bool closeAfter);
    void pumpHugeBody();
    void dripNext();
    void closeGracefully();
    void finish();

    QPointer<QTcpSocket> m_socket;
    State m_state = State::ReadingHead;
    QByteArray m_buffer;
    SimHttpRequest m_current;
    qint64 m_contentLength = 0;
    bool m_chunkTrailer = false;
    bool m_keepAlive = true;
    bool m_closeAfterWrite = false;

    qint64 m_hugeSent = 0;
    qint64 m_hugeMax = 0;

    QByteArray m_drip;
    qsizetype m_dripPos = 0;
    bool m_dripClose = false;
    QTimer m_dripTimer;
    QTimer m_idleTimer; // closes idle keep-alive connections, as real servers do
};

} // namespace LhShare
