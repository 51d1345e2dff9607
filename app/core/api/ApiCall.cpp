#include "ApiCall.h"

#include "ApiResponse.h"
#include "TcClient.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

#include <algorithm>

namespace LhShare {

Q_LOGGING_CATEGORY(lcApi, "lhshare.api", QtInfoMsg)

namespace {
// Errors raised before the request could have reached the server: never ambiguous.
bool failedBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}
// An HTTP Date header ("Sun, 06 Nov 1994 08:49:37 GMT"); Qt's RFC 2822 parser rejects "GMT".
QDateTime parseHttpDate(const QByteArray &value)
{
    QString text = QString::fromLatin1(value).trimmed();
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.left(text.size() - 4) + QStringLiteral(" +0000");
    return QDateTime::fromString(text, Qt::RFC2822Date);
}

// The request body, readable once. QNetworkAccessManager re-sends a request by itself when its
// HTTP/1.1 connection closes while the request is being written or its answer awaited, before
// any answer byte (QHttpNetworkConnectionChannel::_q_error on RemoteHostClosedError, up to three
// times, POST included): a dropped keep-alive connection, or a server that applied the request
// and then reset. That copy would bypass the rate limiter, and a share or cancel may already
// have been applied. Before re-sending, Qt rewinds the body (resetUploadData()); refusing once a
// byte was read makes the reply fail with ContentReSendError instead. A request whose body was
// never read cannot have been applied, so Qt may still retry that one (a connection that closed
// before the request went out).
class SendOnceBody final : public QIODevice
{
public:
    explicit SendOnceBody(QByteArray body, QObject *parent)
        : QIODevice(parent)
        , m_body(std::move(body))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_body.size(); }
    bool reset() override { return !m_read && QIODevice::reset(); }
    bool seek(qint64 pos) override { return (!m_read || pos >= this->pos()) && QIODevice::seek(pos); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, m_body.size() - pos());
        if (count <= 0)
            return count == 0 ? 0 : -1;
        std::copy_n(m_body.constData() + pos(), count, data);
        m_read = true;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_body;
    bool m_read = false;
};

bool isRead(const QString &action)
{
    return action.startsWith(QLatin1String("Describe"));
}
} // namespace

ApiCall::ApiCall(TcClient *client, QString action, QString region, QJsonObject parameters, int timeoutMs)
    : Job(client)
    , m_client(client)
    , m_action(std::move(action))
    , m_region(std::move(region))
    , m_parameters(std::move(parameters))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, &ApiCall::onTimeout);
}

ApiCall::~ApiCall()
{
    if (!m_reply)
        return;
    // No callbacks into a half-destroyed call.
    m_reply->disconnect(this);
    if (m_reply->isRunning())
        m_reply->abort();
}

void ApiCall::doStart()
{
    if (!m_client) {
        finish(ApiError::client(ApiError::Kind::Canceled, tr("The request was stopped before it was sent.")));
        return;
    }
    m_client->enqueue(this);
}

QNetworkReply *ApiCall::send(QNetworkAccessManager *network, const QNetworkRequest &request, const QByteArray &body)
{
    Q_EMIT sending();
    if (isFinished()) // a sending() handler refused it (e.g. it could not be journaled)
        return nullptr;
    m_sent = true;
    auto *upload = new SendOnceBody(body, this);
    QNetworkRequest sized = request;
    sized.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    m_reply = network->post(sized, upload);
    upload->setParent(m_reply);
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the reply finishes with SslHandshakeFailedError.
        QStringList texts;
        for (const QSslError &error : errors)
            texts << error.errorString();
        m_abortReason = ApiError::client(ApiError::Kind::Network,
                                         tr("TLS certificate rejected: %1").arg(texts.join(QStringLiteral("; "))));
        m_abortReason.code = QStringLiteral("Client.TlsFailure");
    });
    m_timer.start();
    return m_reply;
}

void ApiCall::doAbort()
{
    if (!m_reply) { // still queued: it never reached the server
        finish(ApiError::client(ApiError::Kind::Canceled, tr("The request was stopped before it was sent.")));
        return;
    }
    m_abortReason = ApiError::client(ApiError::Kind::Canceled, tr("The request was stopped."), true);
    m_reply->abort();
}

void ApiCall::onTimeout()
{
    m_abortReason = ApiError::client(
        ApiError::Kind::Timeout,
        tr("No complete answer within %n second(s).", nullptr, qMax(1, m_timer.interval() / 1000)), true);
    if (m_reply)
        m_reply->abort();
}

void ApiCall::onReadyRead()
{
    if (!m_reply || isFinished())
        return;
    // Read as it arrives so that a huge body is refused after kMaxResponseBytes, not buffered whole.
    m_body += m_reply->read(kMaxResponseBytes + 1 - m_body.size());
    if (m_body.size() > kMaxResponseBytes) {
        m_abortReason = ApiError::client(
            ApiError::Kind::BadResponse,
            tr("The response is larger than %1 MiB; it was not read.").arg(kMaxResponseBytes / (1024 * 1024)), true);
        m_reply->abort();
    }
}

void ApiCall::onReplyFinished()
{
    if (isFinished() || !m_reply)
        return;
    m_timer.stop();
    const int httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (const QByteArray date = m_reply->rawHeader("Date"); !date.isEmpty())
        m_serverDate = parseHttpDate(date);

    if (m_abortReason.isError()) {
        m_abortReason.httpStatus = httpStatus;
        finish(m_abortReason);
        return;
    }
    const QNetworkReply::NetworkError networkError = m_reply->error();
    if (networkError != QNetworkReply::NoError && httpStatus == 0) {
        if (networkError == QNetworkReply::SslHandshakeFailedError) {
            ApiError tls = ApiError::client(ApiError::Kind::Network,
                                            tr("TLS handshake failed: %1").arg(m_reply->errorString()));
            tls.code = QStringLiteral("Client.TlsFailure");
            finish(tls);
        } else if (networkError == QNetworkReply::OperationCanceledError) {
            finish(ApiError::client(ApiError::Kind::Canceled, tr("The request was stopped."), true));
        } else if (networkError == QNetworkReply::ContentReSendError) {
            // See SendOnceBody: the connection closed after the request went out.
            finish(ApiError::client(ApiError::Kind::Network,
                                    tr("The connection closed before an answer arrived; the request may have been "
                                       "applied."),
                                    true));
        } else {
            finish(
                ApiError::client(ApiError::Kind::Network, m_reply->errorString(), !failedBeforeSending(networkError)));
        }
        return;
    }
    onReadyRead();
    if (m_abortReason.isError()) {
        finish(m_abortReason);
        return;
    }
    parseBody(httpStatus);
}

void ApiCall::parseBody(int httpStatus)
{
    const ApiResponse response = ApiResponse::parse(m_body, httpStatus, m_action);
    if (response.error.isError()) {
        finish(response.error);
        return;
    }
    m_result = response.result;
    m_requestId = m_result.value(QLatin1String("RequestId")).toString();
    finish();
}

bool ApiCall::resend(const ApiError &error)
{
    if (m_resent || !m_client || !m_reply)
        return false;
    const bool clockCorrected = error.code == QLatin1String("AuthFailure.SignatureExpire") && m_serverDate.isValid()
        && m_client->adoptServerTime(m_serverDate);
    const bool readCutOff = isRead(m_action) && error.kind == ApiError::Kind::Network && error.ambiguous
        && m_reply->error() == QNetworkReply::ContentReSendError;
    if (!clockCorrected && !readCutOff)
        return false;
    m_resent = true;
    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
    m_body.clear();
    m_serverDate = {};
    m_client->enqueue(this);
    return true;
}

void ApiCall::finish(const ApiError &error)
{
    if (isFinished())
        return;
    m_timer.stop();
    if (error.isError() && resend(error))
        return;
    m_body.clear();
    if (error.isError())
        qCDebug(lcApi) << m_action << "failed:" << error.summary();
    emitResult(error);
}

} // namespace LhShare
