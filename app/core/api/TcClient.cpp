#include "TcClient.h"

#include "ApiCall.h"
#include "Clock.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace LhShare {

namespace {
constexpr qint64 kAllowedSkewSecs = 5 * 60;
}

TcClient::TcClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(Clock::system())
{
    m_dispatchTimer.setSingleShot(true);
    // A coarse timer may fire 5% late; at 50 ms spacing that alone would cost the 95% throughput.
    m_dispatchTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_dispatchTimer, &QTimer::timeout, this, &TcClient::dispatch);
}

TcClient::~TcClient() = default;

ApiCall *TcClient::call(const QString &action, const QString &region, const QJsonObject &parameters)
{
    auto *apiCall = new ApiCall(this, action, region, parameters, m_timeoutMs);
    connect(apiCall, &Job::finished, this, [this, action](Job *job) {
        const auto it = m_queues.find(action); // absent: the call never reached the queue
        if (it != m_queues.end() && job->error().hasCodePrefix(QStringLiteral("RequestLimitExceeded")))
            it->limiter.refused(m_clock->elapsedMs());
    });
    return apiCall;
}

void TcClient::enqueue(ApiCall *call)
{
    auto it = m_queues.find(call->action());
    if (it == m_queues.end())
        it = m_queues.insert(call->action(), {RateLimiter(documentedRateLimit(call->action())), {}});
    it->waiting.append(call);
    // From the event loop: the caller may be in the middle of handling an answer.
    m_dispatchTimer.start(0);
}

void TcClient::dispatch()
{
    qint64 nextWakeMs = -1;
    bool sentSomething = true;
    // Round-robin over actions so one busy action cannot starve another.
    while (sentSomething && m_inFlight < kMaxInFlight) {
        sentSomething = false;
        for (auto it = m_queues.begin(); it != m_queues.end() && m_inFlight < kMaxInFlight; ++it) {
            auto &waiting = it->waiting;
            while (!waiting.isEmpty() && (!waiting.front() || waiting.front()->isFinished()))
                waiting.removeFirst();
            if (waiting.isEmpty())
                continue;
            const qint64 now = m_clock->elapsedMs();
            const qint64 delay = it->limiter.delayUntilAvailable(now);
            if (delay > 0) {
                nextWakeMs = nextWakeMs < 0 ? delay : qMin(nextWakeMs, delay);
                continue;
            }
            if (send(waiting.takeFirst()))
                it->limiter.recordSend(now, m_clock->elapsedMs());
            sentSomething = true;
        }
    }
    if (nextWakeMs >= 0)
        m_dispatchTimer.start(int(nextWakeMs));
}

bool TcClient::send(ApiCall *apiCall)
{
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
    QNetworkReply *reply = apiCall->send(m_network, request, signing.body);
    if (!reply)
        return false;
    ++m_inFlight;
    // Every answer (or lost connection) proves that the request reached the server before now.
    connect(reply, &QNetworkReply::finished, this, [this, action = signing.action] {
        m_queues[action].limiter.answered(m_clock->elapsedMs());
        --m_inFlight;
        dispatch();
    });
    return true;
}

bool TcClient::adoptServerTime(const QDateTime &serverDate)
{
    const qint64 offset = serverDate.toSecsSinceEpoch() - m_clock->secsSinceEpoch();
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
