#include "ApiCall.h"

#include "ApiResponse.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QSslError>

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
} // namespace

ApiCall::ApiCall(QString action, QString region, QJsonObject parameters, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_action(std::move(action))
    , m_region(std::move(region))
    , m_parameters(std::move(parameters))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, &ApiCall::onTimeout);
}

void ApiCall::send(QNetworkReply *reply)
{
    m_reply = reply;
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
}

ApiCall::~ApiCall()
{
    if (!m_reply)
        return;
    // No callbacks into a half-destroyed call (or into its client, which may be going too).
    m_reply->disconnect(this);
    if (m_reply->isRunning())
        m_reply->abort();
}

void ApiCall::abort()
{
    if (m_finished)
        return;
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
    if (!m_reply || m_finished)
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
    if (m_finished || !m_reply)
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

void ApiCall::finish(const ApiError &error)
{
    if (m_finished)
        return;
    if (error.isError() && m_reply && !m_resent && m_resendHook && m_resendHook(error)) {
        m_resent = true;
        m_timer.stop();
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
        m_body.clear();
        m_serverDate = {};
        return;
    }
    m_finished = true;
    m_timer.stop();
    m_error = error;
    m_body.clear();
    if (error.isError())
        qCDebug(lcApi) << m_action << "failed:" << error.summary();
    Q_EMIT finished();
    deleteLater();
}

} // namespace LhShare
