#pragma once

#include "Job.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace LhShare {

class TcClient;

// One API request, a Job (see Job.h). TcClient::call() makes it; start() queues it in the client,
// which signs and sends it when the action's rate limiter allows. The timeout counts from the
// moment it is sent.
//
// A re-send is the call's own business, and it goes through the client's queue and limiter like
// the first attempt: once after the client corrected its clock from a refusal as expired, and
// once for a read (Describe*) whose connection closed before any answer. A share or cancel whose
// connection closed is never re-sent here: it may have been applied, and the caller settles it.
//
//   ApiCall *call = client->call("DescribeRegions", {}, {});
//   connect(call, &Job::finished, this, [call] { if (call->error().isError()) …; else call->result(); });
//   call->start();
class ApiCall final : public Job
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxResponseBytes = 8 * 1024 * 1024;

    ApiCall(TcClient *client, QString action, QString region, QJsonObject parameters, int timeoutMs);
    ~ApiCall() override;

    QString action() const { return m_action; }
    QString region() const { return m_region; }
    QJsonObject parameters() const { return m_parameters; }
    bool isSent() const { return m_sent; }
    // The "Response" object of a successful call.
    QJsonObject result() const { return m_result; }
    QString requestId() const { return error().isError() ? error().requestId : m_requestId; }
    // The server's Date header, when it sent one (clock-skew detection).
    QDateTime serverDate() const { return m_serverDate; }

    // Called by TcClient at the moment its limiter lets the request go: emits sending(), then posts
    // the request unless a sending() handler stopped the call. Returns the reply, or nullptr.
    QNetworkReply *send(QNetworkAccessManager *network, const QNetworkRequest &request, const QByteArray &body);

Q_SIGNALS:
    // Emitted just before the request goes on the wire (again for each re-send). A handler may
    // abort() to keep it from being sent.
    void sending();

protected:
    void doStart() override;
    void doAbort() override;

private:
    void onReadyRead();
    void onReplyFinished();
    void onTimeout();
    void parseBody(int httpStatus);
    void finish(const ApiError &error = {});
    // Whether this failure earns the one re-send; if so, queues it.
    bool resend(const ApiError &error);

    QPointer<TcClient> m_client;
    QPointer<QNetworkReply> m_reply;
    QString m_action;
    QString m_region;
    QJsonObject m_parameters;
    QTimer m_timer;
    QByteArray m_body;
    QJsonObject m_result;
    QString m_requestId;
    QDateTime m_serverDate;
    ApiError m_abortReason;
    bool m_sent = false;
    bool m_resent = false;
};

} // namespace LhShare
