#pragma once

#include "ApiError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace LhShare {

// One API request. TcClient queues it until the rate limiter allows it, then signs and sends it.
// Emits finished() exactly once, then deletes itself later (connect to finished() and read
// result()/error() in the slot). The timeout counts from the moment it is sent.
//
//   ApiCall *call = client->call("DescribeRegions", {}, {});
//   connect(call, &ApiCall::finished, this, [call] { if (call->error().isError()) …; else call->result(); });
class ApiCall final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxResponseBytes = 8 * 1024 * 1024;

    ApiCall(QString action, QString region, QJsonObject parameters, int timeoutMs, QObject *parent = nullptr);
    ~ApiCall() override;

    QString action() const { return m_action; }
    QString region() const { return m_region; }
    QJsonObject parameters() const { return m_parameters; }
    bool isSent() const { return m_reply != nullptr; }
    // The "Response" object of a successful call.
    QJsonObject result() const { return m_result; }
    ApiError error() const { return m_error; }
    QString requestId() const { return m_error.isError() ? m_error.requestId : m_requestId; }
    // The server's Date header, when it sent one (clock-skew detection).
    QDateTime serverDate() const { return m_serverDate; }
    bool isFinished() const { return m_finished; }

    // Stops the request; finished() follows with a Client.Canceled error.
    void abort();

Q_SIGNALS:
    // Emitted just before the request goes on the wire: once, or twice when the client re-sends it
    // after correcting the clock. A handler may abort() to keep it from being sent.
    void sending();
    void finished();

private:
    friend class TcClient;
    void send(QNetworkReply *reply);
    // Asked before finishing with an error: returning true means the client takes the call back
    // to send it again (once), e.g. re-signed after a clock correction.
    void setResendHook(std::function<bool(const ApiError &)> hook) { m_resendHook = std::move(hook); }
    void onReadyRead();
    void onReplyFinished();
    void onTimeout();
    void parseBody(int httpStatus);
    void finish(const ApiError &error = {});

    QPointer<QNetworkReply> m_reply;
    QString m_action;
    QString m_region;
    QJsonObject m_parameters;
    QTimer m_timer;
    QByteArray m_body;
    QJsonObject m_result;
    QString m_requestId;
    QDateTime m_serverDate;
    ApiError m_error;
    ApiError m_abortReason;
    bool m_finished = false;
    bool m_resent = false;
    std::function<bool(const ApiError &)> m_resendHook;
};

} // namespace LhShare
