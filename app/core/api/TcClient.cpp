#include "TcClient.h"

#include "ApiCall.h"
#include "Clock.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <limits>

namespace LhShare {

namespace {
constexpr qint64 kAllowedSkewSecs = 5 * 60;
}

TcClient::TcClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(Clock::system())
{
    m_monotonic.start();
    m_dispatchTimer.setSingleShot(true);
    // A coarse timer may fire 5% late; at 50 ms spacing that alone would cost the 95% throughput.
    m_dispatchTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_dispatchTimer, &QTimer::timeout, this, &TcClient::dispatch);
}

void TcClient::setRateLimit(const QString &action, int perSecond)
{
    m_queues[action].limiter = RateLimiter(perSecond > 0 ? perSecond : std::numeric_limits<int>::max());
}

int TcClient::rateLimit(const QString &action) const
{
    const auto it = m_queues.constFind(action);
    return it == m_queues.constEnd() || it->limiter.limit() == std::numeric_limits<int>::max() ? 0
                                                                                               : it->limiter.limit();
}

ApiCall *TcClient::call(const QString &action, const QString &region, const QJsonObject &parameters)
{
    auto *apiCall = new ApiCall(action, region, parameters, m_timeoutMs, this);
    if (!m_queues.contains(action))
        setRateLimit(action, 0); // actions without a configured limit are not throttled
    m_queues[action].waiting.append(apiCall);
    apiCall->setResendHook([this, apiCall](const ApiError &error) {
        if (!correctClockSkew(apiCall, error))
            return false;
        --m_inFlight;
        m_queues[apiCall->action()].waiting.prepend(apiCall);
        m_dispatchTimer.start(0);
        return true;
    });
    connect(apiCall, &ApiCall::finished, this, [this, apiCall] {
        if (apiCall->isSent())
            --m_inFlight;
        dispatch();
    });
    // Dispatch from the event loop so the caller can connect to finished() first.
    m_dispatchTimer.start(0);
    return apiCall;
}

void TcClient::dispatch()
{
    const qint64 now = m_monotonic.elapsed();
    qint64 nextWakeMs = -1;
    bool sentSomething = true;
    // Round-robin over actions so one busy action cannot starve another.
    while (sentSomething && m_inFlight < m_maxInFlight) {
        sentSomething = false;
        for (auto it = m_queues.begin(); it != m_queues.end() && m_inFlight < m_maxInFlight; ++it) {
            auto &waiting = it->waiting;
            while (!waiting.isEmpty() && (!waiting.front() || waiting.front()->isFinished()))
                waiting.removeFirst();
            if (waiting.isEmpty())
                continue;
            const qint64 delay = it->limiter.delayUntilAvailable(now);
            if (delay > 0) {
                nextWakeMs = nextWakeMs < 0 ? delay : qMin(nextWakeMs, delay);
                continue;
            }
            it->limiter.tryAcquire(now);
            send(waiting.takeFirst());
            sentSomething = true;
        }
    }
    if (nextWakeMs >= 0)
        m_dispatchTimer.start(int(nextWakeMs));
}

void TcClient::send(ApiCall *apiCall)
{
    ++m_inFlight;
    TcSigner::Request signing;
    signing.host = m_endpoint.hostHeader();
    signing.action = apiCall->action();
    signing.region = apiCall->region();
    signing.body = QJsonDocument(apiCall->parameters()).toJson(QJsonDocument::Compact);
    signing.timestamp = m_clock->secsSinceEpoch() + m_clockOffsetSecs;
    signing.language = m_language;
    const HeaderList headers = TcSigner::sign(m_credentials, signing);

    QNetworkRequest request(m_endpoint.url());
    for (const auto &header : headers) {
        if (header.first != "Host") // QNetworkAccessManager writes the same Host itself
            request.setRawHeader(header.first, header.second);
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!m_extraCas.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_extraCas);
        request.setSslConfiguration(ssl);
    }

    Q_EMIT requestPrepared(signing.action, m_endpoint.url(), redactedHeaders(headers), signing.body);
    Q_EMIT apiCall->sending();
    if (apiCall->isFinished()) { // a sending() handler refused it (e.g. it could not be journaled)
        --m_inFlight;
        return;
    }
    apiCall->send(m_network->post(request, signing.body));
}

bool TcClient::correctClockSkew(const ApiCall *call, const ApiError &error)
{
    if (error.code != QLatin1String("AuthFailure.SignatureExpire") || !call->serverDate().isValid())
        return false;
    const qint64 offset = call->serverDate().toSecsSinceEpoch() - m_clock->secsSinceEpoch();
    if (qAbs(offset - m_clockOffsetSecs) < kAllowedSkewSecs / 2)
        return false;
    m_clockOffsetSecs = offset;
    Q_EMIT clockSkewDetected(offset);
    return true;
}

HeaderList TcClient::redactedHeaders(const HeaderList &headers)
{
    HeaderList redacted;
    for (auto header : headers) {
        if (header.first == "Authorization") {
            // "TC3-HMAC-SHA256 Credential=<SecretId>/<scope>, …": keep only the SecretId tail.
            const QByteArray credential = header.second.mid(header.second.indexOf("Credential=") + 11);
            const QString secretId = QString::fromUtf8(credential.left(credential.indexOf('/')));
            header.second = "TC3-HMAC-SHA256 Credential=" + Credentials::redact(secretId).toUtf8()
                + "/… (signature hidden)";
        } else if (header.first == "X-TC-Token") {
            header.second = "(hidden)";
        }
        redacted.append(header);
    }
    return redacted;
}

} // namespace LhShare
