#pragma once

#include "Credentials.h"
#include "Endpoint.h"
#include "RateLimiter.h"
#include "TcSigner.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>

class QNetworkAccessManager;

namespace LhShare {

class ApiCall;
struct ApiError;
class Clock;

// Builds, signs and posts Tencent Cloud API 3.0 requests through an injected
// QNetworkAccessManager. Each call() returns an ApiCall that reports exactly once.
//
// Every request goes through a per-action RateLimiter and is signed at the moment it is sent,
// so paging, bulk jobs and retries together never exceed the documented per-action limits.
// Requests in flight are capped so that QNetworkAccessManager never holds a request back in its
// own queue: the moment we count is the moment it goes out.
//
// The client also corrects for a wrong local clock: when the server refuses a request with
// AuthFailure.SignatureExpire and sends a Date header, that request is sent again and later ones
// are signed with the server's time (clockSkewDetected() says by how much).
class TcClient final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 30'000;

    explicit TcClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setEndpoint(const Endpoint &endpoint) { m_endpoint = endpoint; }
    Endpoint endpoint() const { return m_endpoint; }
    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }
    const Credentials &credentials() const { return m_credentials; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeoutMs() const { return m_timeoutMs; }
    // "zh-CN" or "en-US": the language of the server's messages.
    void setLanguage(const QString &language) { m_language = language; }
    void setClock(Clock *clock) { m_clock = clock; }
    // Extra trusted CAs (a private endpoint's certificate); verification itself is never disabled.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCas = certificates; }
    qint64 clockOffsetSecs() const { return m_clockOffsetSecs; }
    // Requests per second allowed for an action (0: unlimited).
    void setRateLimit(const QString &action, int perSecond);
    int rateLimit(const QString &action) const;
    // Requests sent and not yet answered; queued requests wait beyond this many.
    void setMaxInFlight(int maxInFlight) { m_maxInFlight = maxInFlight; }

    ApiCall *call(const QString &action, const QString &region, const QJsonObject &parameters);

    // Headers fit for a log: Authorization reduced to the SecretId tail, the token hidden.
    static HeaderList redactedHeaders(const HeaderList &headers);

Q_SIGNALS:
    // For --verbose: what is about to be sent, already redacted.
    void requestPrepared(const QString &action, const QUrl &url, const HeaderList &redactedHeaders,
                         const QByteArray &body);
    void clockSkewDetected(qint64 offsetSecs);

private:
    // True when the call failed because of this computer's clock and the offset was corrected.
    bool correctClockSkew(const ApiCall *call, const ApiError &error);
    void dispatch();
    void send(ApiCall *call);

    struct ActionQueue
    {
        RateLimiter limiter;
        QList<QPointer<ApiCall>> waiting;
    };

    QNetworkAccessManager *m_network;
    Endpoint m_endpoint = Endpoint::defaultEndpoint();
    Credentials m_credentials;
    int m_timeoutMs = kDefaultTimeoutMs;
    QString m_language;
    Clock *m_clock;
    QList<QSslCertificate> m_extraCas;
    qint64 m_clockOffsetSecs = 0;
    int m_maxInFlight = 6;
    int m_inFlight = 0;
    QHash<QString, ActionQueue> m_queues;
    QElapsedTimer m_monotonic;
    QTimer m_dispatchTimer;
};

} // namespace LhShare
