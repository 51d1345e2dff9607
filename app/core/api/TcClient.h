#pragma once

#include "Credentials.h"
#include "Endpoint.h"
#include "RateLimiter.h"
#include "TcSigner.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

class QNetworkAccessManager;

namespace LhShare {

class ApiCall;
class Clock;

// Builds, signs and posts Tencent Cloud API 3.0 requests through an injected
// QNetworkAccessManager. call() makes an ApiCall (a Job); its start() queues it here.
//
// Every request goes through its action's RateLimiter (the documented limits, one table in
// RateLimiter.h) and is signed at the moment it is sent, so paging, bulk jobs and retries
// together never exceed them; a RequestLimitExceeded answer pauses that action and slows it
// (see RateLimiter). At most kMaxInFlight requests are on the wire: QNetworkAccessManager opens
// that many HTTP/1.1 connections per host and holds any further request in a queue of its own,
// where it would leave later than the moment the limiter counted.
//
// The client also corrects for a wrong local clock: when the server refuses a request with
// AuthFailure.SignatureExpire and sends a Date header, the call hands that date to
// adoptServerTime() and later requests are signed with the server's time (clockSkewDetected()
// says by how much).
class TcClient final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 30'000;
    static constexpr int kMaxInFlight = 6;

    explicit TcClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TcClient() override;

    void setEndpoint(const Endpoint &endpoint) { m_endpoint = endpoint; }
    Endpoint endpoint() const { return m_endpoint; }
    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }
    const Credentials &credentials() const { return m_credentials; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeoutMs() const { return m_timeoutMs; }
    // "zh-CN" or "en-US": the language of the server's messages.
    void setLanguage(const QString &language) { m_language = language; }
    // The time used for signing and pacing (tests set a fake one; it must outlive the client).
    void setClock(Clock *clock) { m_clock = clock; }
    // Extra trusted CAs (a private endpoint's certificate); verification itself is never disabled.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCas = certificates; }
    qint64 clockOffsetSecs() const { return m_clockOffsetSecs; }

    // A call of `action`, not started yet.
    ApiCall *call(const QString &action, const QString &region, const QJsonObject &parameters);

    // For ApiCall: queues it to be sent when its action's limiter allows (its start(), or its
    // one re-send).
    void enqueue(ApiCall *call);
    // For ApiCall: a refusal as expired came with this server time. Returns true when the
    // correction changed the offset (so a re-send, signed anew, can succeed).
    bool adoptServerTime(const QDateTime &serverDate);

    // Headers fit for a log: Authorization reduced to the SecretId tail, the token hidden.
    static HeaderList redactedHeaders(const HeaderList &headers);

Q_SIGNALS:
    // For --verbose: what is about to be sent, already redacted.
    void requestPrepared(const QString &action, const QUrl &url, const HeaderList &redactedHeaders,
                         const QByteArray &body);
    void clockSkewDetected(qint64 offsetSecs);

private:
    struct ActionQueue
    {
        RateLimiter limiter;
        QList<QPointer<ApiCall>> waiting;
    };

    void dispatch();
    // Signs and posts; false when a sending() handler stopped the call. The limiter counts the
    // send when this returns, after those handlers (which journal it, fsync included): the
    // moment it leaves.
    bool send(ApiCall *call);

    QNetworkAccessManager *m_network;
    Endpoint m_endpoint = Endpoint::defaultEndpoint();
    Credentials m_credentials;
    int m_timeoutMs = kDefaultTimeoutMs;
    QString m_language;
    Clock *m_clock;
    QList<QSslCertificate> m_extraCas;
    qint64 m_clockOffsetSecs = 0;
    int m_inFlight = 0;
    QHash<QString, ActionQueue> m_queues;
    QTimer m_dispatchTimer;
};

} // namespace LhShare
