#pragma once

#include "SimActions.h"
#include "SimFaultPlan.h"
#include "SimRateLimiter.h"
#include "SimSignatureVerifier.h"
#include "SimState.h"

#include "api/Credentials.h"
#include "session/Session.h"

#include <memory>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <limits>

class QSslCertificate;
class QSslKey;
class QTcpServer;

namespace LhShare {

class SimHttpConnection;
struct SimHttpRequest;

// A stand-in for the Tencent Cloud Lighthouse API on 127.0.0.1, for tests, the CLI `simulate`
// command and the GUI's demo mode. It checks TC3 signatures, enforces the documented rate
// limits, validates the five blueprint-sharing actions like the real service and keeps the
// share state in memory, and it can misbehave on demand (error codes, resets, stalls, broken
// bodies) so that clients can be tested against the failures production will eventually show.
//
//   Simulator sim;                                   // demo data, demoCredentials()
//   sim.listen();                                    // random free port on 127.0.0.1
//   client.setEndpoint(sim.url());                   // http://127.0.0.1:PORT/
//   sim.injectFault(QStringLiteral("ShareBlueprintAcrossAccounts"), Simulator::Fault::ResetAfterApply);
//
// Every request is answered from the event loop of the thread that owns the Simulator.
// Secrets (SecretKey, token) are never logged; SecretIds only in redacted form.
//
// Note for clients built on QNetworkAccessManager: when a connection is closed or reset after the
// request was sent but before any response byte arrived, QNAM silently re-sends the request on a
// new connection (a few times). Reset faults therefore reach the client as errors only when every
// attempt fails, and a re-sent Share after ResetAfterApply meets BlueprintAlreadyShared.
// (TcClient does not let QNAM re-send a request whose body went out: see ApiCall.cpp.)
class Simulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Simulator)

public:
    using Fault = SimFault;

    struct RequestRecord
    {
        qint64 arrivalMsecs = 0; // wall clock (without the configured clock offset)
        QString action; // X-TC-Action as received (may be empty or unknown)
        QString region; // X-TC-Region as received
        QString errorCode; // API error code answered; empty on success. For transport faults
            // that answer no envelope: "Fault.<name>" (e.g. Fault.Stall)
        QStringList accountIds; // AccountIds parameter, if any
        QString blueprintId; // BlueprintId parameter, if any
        QJsonObject parameters; // the request's parameters as received (Filters, Offset, …)
        bool applied = false; // the action ran successfully (state changed / data read)
        QString fault; // name of the injected fault that hit this request, if any
    };

    // Demo data and demoCredentials() (the only key it accepts until told otherwise); not listening yet.
    explicit Simulator(QObject *parent = nullptr);
    ~Simulator() override;

    static Credentials demoCredentials();
    // The demo's backend for SessionFactory::setDemoBackend: a listening Simulator with demo data,
    // and the settings that reach it (its loopback endpoint, the demo credentials).
    static std::unique_ptr<QObject> startDemo(ConnectionSettings *settings, QString *error);

    // --- Listening (127.0.0.1 only) ---
    bool listen(quint16 port = 0);
    bool listenTls(const QSslCertificate &certificate, const QSslKey &privateKey, quint16 port = 0);
    void close(); // stops listening and drops open connections
    bool isListening() const;
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:PORT/ or https://127.0.0.1:PORT/
    QString errorString() const { return m_errorString; }
    int openConnectionCount() const { return m_openConnections; }

    // --- Accepted credentials ---
    void setCredentials(const Credentials &credentials); // replaces all
    void addCredentials(const Credentials &credentials); // additional key pair (same id: replaced)
    QList<Credentials> credentials() const { return m_verifier.credentials(); }

    // --- Account and blueprint state ---
    void setOwnerAccountId(const QString &accountId); // default "100000000001"
    QString ownerAccountId() const;
    // Share requests naming one of these answer InvalidParameterValue.AccountIdsNotExist.
    void setNonexistentAccounts(const QStringList &accountIds);
    // false: DescribeBlueprintsShareAcrossAccountInfos answers InvalidAction (like the intl site).
    void setShareInfosAvailable(bool available);

    void addBlueprint(const QString &region, const QString &id, const QString &name,
                      const QString &state = QStringLiteral("NORMAL"));
    // Full control (type, platform, …) over an added blueprint.
    void addBlueprint(const QString &region, const SimBlueprint &blueprint);
    bool removeBlueprint(const QString &blueprintId);
    void clearBlueprints(); // every region empty (the demo data is gone)
    void resetDemoData(); // back to the construction-time demo data
    bool setBlueprintState(const QString &blueprintId, const QString &state);
    void setSharedAccounts(const QString &blueprintId, const QStringList &accountIds);
    QStringList sharedAccounts(const QString &blueprintId) const; // sorted
    QStringList blueprintIds(const QString &region) const;
    // The deterministic id of the index-th demo blueprint of a region: 0 web-base (shared with
    // demoSharedAccounts() in every region), 1 db-golden, 2 ci-runner (shared in a few regions
    // other than ap-guangzhou, see SimState::loadDemoData), 3 win-build (SYNCING); 100.. public images.
    static QString demoBlueprintId(const QString &region, int index);
    static QStringList demoSharedAccounts();

    // --- Timing ---
    void setProcessingDelayMs(int delayMs); // every answer (and reset) is delayed by this much
    void setClockOffsetSecs(qint64 offsetSecs); // server clock = real clock + offset
    // A share or cancel is applied at once (sharedAccounts(), the conflict checks) but shows in
    // DescribeBlueprintsShareAcrossAccountInfos and BlueprintShared only lagMs later. 0: at once.
    void setPropagationLagMs(int lagMs);
    qint64 serverNowSecs() const;

    // --- Rate limiting (per SecretId and action, sliding 1 s window) ---
    void setRateLimitingEnabled(bool enabled);
    void setRateLimit(const QString &action, int perSecond); // <= 0: unlimited
    int rateLimit(const QString &action) const;

    // --- Fault injection ---
    // The next `times` requests for `action` (empty: any action) that pass authentication misbehave:
    //   ErrorCode         answer errorCode (default InternalError) without applying
    //   Http502Html       HTTP 502 with an HTML page, not applied
    //   TruncatedJson     apply, then HTTP 200 with the JSON cut in half
    //   NotJson           apply, then HTTP 200 text/html
    //   ResetBeforeApply  TCP reset, not applied
    //   ResetAfterApply   apply, then TCP reset without answering
    //   Stall             never answer, keep the socket open, not applied
    //   HugeBody          apply, then HTTP 200 with Content-Length 4 GiB and ~32 MiB of filler, sent only
    //                     as fast as the client reads; the connection is dropped when the client goes
    //   SlowDrip          apply, then a valid response one byte every 200 ms
    //   AckNotApplied     validate, then answer success with a RequestId while nothing changes (a lost
    //                     write); with times = kEveryTime the backend never applies that action
    static constexpr int kEveryTime = std::numeric_limits<int>::max();
    void injectFault(const QString &action, Fault fault, int times = 1, const QString &errorCode = {});
    // The same, spread out: every period-th request for `action` misbehaves, `times` times in all
    // (period 10: 10% of the requests).
    void injectFaultEvery(int period, const QString &action, Fault fault, int times);
    // The same as injectFault, only for requests to `region` (X-TC-Region): one region fails, the others answer.
    void injectFaultInRegion(const QString &region, const QString &action, Fault fault, int times = 1,
                             const QString &errorCode = {});
    void clearFaults();

    // --- Another administrator ---
    // Runs change once, right after the afterReads-th successful `action` request from now on has
    // been answered: the list changes between two page reads, as when someone else edits it then.
    void changeBetweenReads(const QString &action, int afterReads, std::function<void(Simulator *)> change);

    // --- Odd answers ---
    // Every successful answer to `action` passes through edit (its "Response" fields, before the
    // RequestId is added), e.g. to drop TotalCount or make it text; an empty function stops it.
    void editAnswers(const QString &action, std::function<void(QJsonObject &fields)> edit);

    // --- Observation ---
    // The latest requests, at most requestLogLimit() of them (the oldest are dropped first), so a
    // long-running simulator does not grow without bound.
    QList<RequestRecord> requestLog() const { return m_log; }
    void clearRequestLog() { m_log.clear(); }
    static constexpr int kDefaultRequestLogLimit = 10'000;
    void setRequestLogLimit(int records);
    int requestLogLimit() const { return m_logLimit; }
    // The largest number of requests for `action` whose arrival times fall within any windowMs-long
    // window. It counts every request that arrived with that X-TC-Action, accepted or rejected
    // (auth failure, rate limit, validation error or fault alike): it measures how fast the client
    // sent, which is what a client-side pacing test wants to bound.
    int maxInAnyWindow(const QString &action, int windowMs = 1000) const;
    // Requests for `action` (empty: all) that ran successfully, including those whose answer a fault
    // then broke (TruncatedJson, NotJson, ResetAfterApply, HugeBody, SlowDrip).
    int appliedRequestCount(const QString &action = {}) const;
    // Filler bytes written by the last HugeBody response when its connection ended.
    qint64 lastHugeBodyBytesSent() const { return m_lastHugeBytes; }

private:
    bool startServer(QTcpServer *server, quint16 port, bool tls);
    void acceptConnections();
    void adoptConnection(SimHttpConnection *connection);
    void handleRequest(SimHttpConnection *connection, const SimHttpRequest &request);
    void handleRejected(SimHttpConnection *connection, const QString &errorCode, const QString &message);
    // Runs fn on the connection after the processing delay (not at all if it went away meanwhile).
    void deliver(SimHttpConnection *connection, std::function<void(SimHttpConnection *)> fn);
    void answer(SimHttpConnection *connection, const QByteArray &json, bool closeAfter = false);
    QByteArray httpDate() const;
    QList<QPair<QByteArray, QByteArray>> jsonHeaders() const;
    void finishRecord(const RequestRecord &record);

    QPointer<QTcpServer> m_server;
    bool m_tls = false;
    QString m_errorString;
    int m_openConnections = 0;
    qint64 m_lastHugeBytes = 0;

    SimSignatureVerifier m_verifier;
    SimRateLimiter m_rateLimiter;
    SimState m_state;
    SimActions m_actions{&m_state};
    SimFaultPlan m_faults;

    int m_processingDelayMs = 0;
    qint64 m_clockOffsetSecs = 0;
    struct PendingChange
    {
        QString action;
        int readsLeft = 0;
        std::function<void(Simulator *)> change;
    };
    void runPendingChanges(const QString &action);

    QList<RequestRecord> m_log;
    int m_logLimit = kDefaultRequestLogLimit;
    QHash<QString, int> m_applied;
    QList<PendingChange> m_pendingChanges;
    QHash<QString, std::function<void(QJsonObject &)>> m_answerEdits;
};

} // namespace LhShare
