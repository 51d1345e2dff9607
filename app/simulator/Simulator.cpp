#include "Simulator.h"

#include "SimHttpConnection.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace LhShare {

// Per-request lines are debug output, off unless QT_LOGGING_RULES="lhshare.sim.debug=true".
Q_LOGGING_CATEGORY(lcSim, "lhshare.sim", QtInfoMsg)

namespace {
const QByteArray kApiVersion = QByteArrayLiteral("2020-03-24");
constexpr qint64 kHugeBodyFillerBytes = 32LL * 1024 * 1024;
constexpr int kSlowDripIntervalMs = 200;

QByteArray envelope(QJsonObject response, const QString &requestId)
{
    response.insert(QStringLiteral("RequestId"), requestId);
    QJsonObject root;
    root.insert(QStringLiteral("Response"), response);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray errorEnvelope(const QString &code, const QString &message, const QString &requestId)
{
    QJsonObject error;
    error.insert(QStringLiteral("Code"), code);
    error.insert(QStringLiteral("Message"), message);
    QJsonObject response;
    response.insert(QStringLiteral("Error"), error);
    return envelope(response, requestId);
}

QByteArray htmlPage(const QByteArray &title)
{
    return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
        + "</h1></center>\r\n<hr><center>stgw</center>\r\n</body>\r\n</html>\r\n";
}

QString injectedMessage(const QString &code)
{
    if (code == QLatin1String("RequestLimitExceeded"))
        return QStringLiteral("Your current request times equals to `21` in a second, which exceeds the frequency "
                              "limit `20` for a second. Please reduce the frequency of calls.");
    if (code.startsWith(QLatin1String("InternalError")))
        return QStringLiteral("An internal error has occurred. Retry your request, but if the problem persists, "
                              "contact us.");
    return QStringLiteral("Simulated failure %1.").arg(code);
}
} // namespace

Simulator::Simulator(QObject *parent)
    : QObject(parent)
{
    // Only the public demo key: real credentials (the environment's, say) never reach a simulator.
    m_verifier.setCredentials({demoCredentials()});
    m_state.loadDemoData();
}

Simulator::~Simulator()
{
    close();
}

Credentials Simulator::demoCredentials()
{
    return {QStringLiteral("AKIDLHSHAREDEMO00000000000000000000"), QStringLiteral("LighthouseShareDemoSecretKey0000"),
            QString()};
}

std::unique_ptr<QObject> Simulator::startDemo(ConnectionSettings *settings, QString *error)
{
    auto simulator = std::make_unique<Simulator>();
    if (!simulator->listen()) {
        *error = simulator->errorString();
        return nullptr;
    }
    settings->endpoint = Endpoint::parse(simulator->url().toString());
    settings->credentials = demoCredentials();
    return simulator;
}

// --- Listening -------------------------------------------------------------------------------

bool Simulator::listen(quint16 port)
{
    return startServer(new QTcpServer(this), port, false);
}

bool Simulator::listenTls(const QSslCertificate &certificate, const QSslKey &privateKey, quint16 port)
{
    auto *server = new QSslServer(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(privateKey);
    server->setSslConfiguration(configuration);
    server->setHandshakeTimeout(10000);
    return startServer(server, port, true);
}

bool Simulator::startServer(QTcpServer *server, quint16 port, bool tls)
{
    close();
    // Loopback only: the simulator accepts the demo key, so it must never be reachable from outside.
    if (!server->listen(QHostAddress::LocalHost, port)) {
        m_errorString = server->errorString();
        delete server;
        return false;
    }
    m_errorString.clear();
    m_server = server;
    m_tls = tls;
    // pendingConnectionAvailable (not newConnection): QSslServer queues a socket only after its handshake.
    connect(server, &QTcpServer::pendingConnectionAvailable, this, &Simulator::acceptConnections);
    qCDebug(lcSim) << "listening on" << url().toDisplayString();
    return true;
}

void Simulator::close()
{
    delete m_server.data();
    m_server = nullptr;
    const auto connections = findChildren<SimHttpConnection *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(connections);
    m_openConnections = 0;
}

bool Simulator::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 Simulator::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl Simulator::url() const
{
    QUrl u;
    u.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port());
    u.setPath(QStringLiteral("/"));
    return u;
}

void Simulator::acceptConnections()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (socket)
            adoptConnection(new SimHttpConnection(socket, this));
    }
}

void Simulator::adoptConnection(SimHttpConnection *connection)
{
    ++m_openConnections;
    connect(connection, &SimHttpConnection::closed, this, [this](qint64 hugeBytes) {
        --m_openConnections;
        if (hugeBytes > 0)
            m_lastHugeBytes = hugeBytes;
    });
    connect(connection, &SimHttpConnection::requestReceived, this,
            [this, connection](const SimHttpRequest &request) { handleRequest(connection, request); });
    connect(
        connection, &SimHttpConnection::requestRejected, this,
        [this, connection](const QString &code, const QString &message) { handleRejected(connection, code, message); });
}

// --- Configuration ---------------------------------------------------------------------------

void Simulator::setCredentials(const Credentials &credentials)
{
    m_verifier.setCredentials({credentials});
    m_rateLimiter.reset();
}

void Simulator::addCredentials(const Credentials &credentials)
{
    m_verifier.addCredentials(credentials);
}

void Simulator::setOwnerAccountId(const QString &accountId)
{
    m_actions.setOwnerAccountId(accountId);
}

QString Simulator::ownerAccountId() const
{
    return m_actions.ownerAccountId();
}

void Simulator::setNonexistentAccounts(const QStringList &accountIds)
{
    m_actions.setNonexistentAccounts(accountIds);
}

void Simulator::setShareInfosAvailable(bool available)
{
    m_actions.setShareInfosAvailable(available);
}

void Simulator::addBlueprint(const QString &region, const QString &id, const QString &name, const QString &state)
{
    SimBlueprint blueprint;
    blueprint.id = id;
    blueprint.name = name;
    blueprint.state = state;
    blueprint.createdTime = QDateTime::fromSecsSinceEpoch(serverNowSecs(), Qt::UTC);
    m_state.addBlueprint(region, blueprint);
}

void Simulator::addBlueprint(const QString &region, const SimBlueprint &blueprint)
{
    m_state.addBlueprint(region, blueprint);
}

bool Simulator::removeBlueprint(const QString &blueprintId)
{
    return m_state.removeBlueprint(blueprintId);
}

void Simulator::clearBlueprints()
{
    m_state.clear();
}

void Simulator::resetDemoData()
{
    m_state.loadDemoData();
}

bool Simulator::setBlueprintState(const QString &blueprintId, const QString &state)
{
    return m_state.setBlueprintState(blueprintId, state);
}

void Simulator::setSharedAccounts(const QString &blueprintId, const QStringList &accountIds)
{
    m_state.setSharedAccounts(blueprintId, accountIds, QDateTime::fromSecsSinceEpoch(serverNowSecs(), Qt::UTC));
}

QStringList Simulator::sharedAccounts(const QString &blueprintId) const
{
    return m_state.sharedAccounts(blueprintId);
}

QStringList Simulator::blueprintIds(const QString &region) const
{
    return m_state.blueprintIds(region);
}

QString Simulator::demoBlueprintId(const QString &region, int index)
{
    return SimState::demoBlueprintId(region, index);
}

QStringList Simulator::demoSharedAccounts()
{
    return SimState::demoSharedAccounts();
}

void Simulator::setProcessingDelayMs(int delayMs)
{
    m_processingDelayMs = qMax(0, delayMs);
}

void Simulator::setPropagationLagMs(int lagMs)
{
    m_state.setPropagationLagMs(lagMs);
}

void Simulator::setClockOffsetSecs(qint64 offsetSecs)
{
    m_clockOffsetSecs = offsetSecs;
}

qint64 Simulator::serverNowSecs() const
{
    return QDateTime::currentSecsSinceEpoch() + m_clockOffsetSecs;
}

void Simulator::setRateLimitingEnabled(bool enabled)
{
    m_rateLimiter.setEnabled(enabled);
}

void Simulator::setRateLimit(const QString &action, int perSecond)
{
    m_rateLimiter.setLimit(action, perSecond);
}

int Simulator::rateLimit(const QString &action) const
{
    return m_rateLimiter.limit(action);
}

void Simulator::injectFault(const QString &action, Fault fault, int times, const QString &errorCode)
{
    m_faults.add({action, fault, times, errorCode});
}

void Simulator::injectFaultEvery(int period, const QString &action, Fault fault, int times)
{
    SimFaultPlan::Entry entry{action, fault, times, {}};
    entry.period = qMax(1, period);
    m_faults.add(entry);
}

void Simulator::injectFaultInRegion(const QString &region, const QString &action, Fault fault, int times,
                                    const QString &errorCode)
{
    SimFaultPlan::Entry entry{action, fault, times, errorCode};
    entry.region = region;
    m_faults.add(entry);
}

void Simulator::clearFaults()
{
    m_faults.clear();
}

// --- Observation -----------------------------------------------------------------------------

int Simulator::maxInAnyWindow(const QString &action, int windowMs) const
{
    QList<qint64> times;
    for (const RequestRecord &record : m_log) {
        if (record.action == action)
            times.append(record.arrivalMsecs);
    }
    std::sort(times.begin(), times.end());
    int best = 0;
    qsizetype first = 0;
    for (qsizetype last = 0; last < times.size(); ++last) {
        while (times.at(last) - times.at(first) >= windowMs)
            ++first;
        best = qMax(best, static_cast<int>(last - first + 1));
    }
    return best;
}

int Simulator::appliedRequestCount(const QString &action) const
{
    if (!action.isEmpty())
        return m_applied.value(action);
    int total = 0;
    for (const int count : m_applied)
        total += count;
    return total;
}

// --- Request handling ------------------------------------------------------------------------

QByteArray Simulator::httpDate() const
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(serverNowSecs(), Qt::UTC);
    return QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

QList<QPair<QByteArray, QByteArray>> Simulator::jsonHeaders() const
{
    return {{"Content-Type", "application/json"}, {"Date", httpDate()}, {"Server", "lhshare-simulator"}};
}

void Simulator::deliver(SimHttpConnection *connection, std::function<void(SimHttpConnection *)> fn)
{
    if (m_processingDelayMs <= 0) {
        fn(connection);
        return;
    }
    // The connection is the timer's context: if the client hangs up meanwhile, nothing runs.
    QTimer::singleShot(m_processingDelayMs, connection, [connection, fn = std::move(fn)] { fn(connection); });
}

void Simulator::answer(SimHttpConnection *connection, const QByteArray &json, bool closeAfter)
{
    // Headers (with the Date) are built when the answer is actually written, after the delay.
    deliver(connection, [this, json, closeAfter](SimHttpConnection *c) {
        c->sendResponse(200, "OK", jsonHeaders(), json, closeAfter);
    });
}

void Simulator::setRequestLogLimit(int records)
{
    m_logLimit = qMax(1, records);
    while (m_log.size() > m_logLimit)
        m_log.removeFirst();
}

void Simulator::changeBetweenReads(const QString &action, int afterReads, std::function<void(Simulator *)> change)
{
    m_pendingChanges.append({action, qMax(1, afterReads), std::move(change)});
}

void Simulator::editAnswers(const QString &action, std::function<void(QJsonObject &fields)> edit)
{
    if (edit)
        m_answerEdits.insert(action, std::move(edit));
    else
        m_answerEdits.remove(action);
}

void Simulator::runPendingChanges(const QString &action)
{
    // The due changes leave the list before any runs, so a change may schedule the next one.
    QList<std::function<void(Simulator *)>> due;
    for (qsizetype i = 0; i < m_pendingChanges.size();) {
        PendingChange &pending = m_pendingChanges[i];
        if (pending.action == action && --pending.readsLeft == 0) {
            due.append(std::move(pending.change));
            m_pendingChanges.removeAt(i);
        } else {
            ++i;
        }
    }
    for (const auto &change : std::as_const(due))
        change(this);
}

void Simulator::finishRecord(const RequestRecord &record)
{
    m_log.append(record);
    if (m_log.size() > m_logLimit)
        m_log.removeFirst();
    // Action, region and outcome only: never headers, never credentials.
    qCDebug(lcSim).noquote() << record.action << record.region
                             << (record.errorCode.isEmpty() ? QStringLiteral("OK") : record.errorCode) << record.fault;
}

void Simulator::handleRejected(SimHttpConnection *connection, const QString &errorCode, const QString &message)
{
    RequestRecord record;
    record.arrivalMsecs = QDateTime::currentMSecsSinceEpoch();
    record.errorCode = errorCode;
    finishRecord(record);
    answer(connection, errorEnvelope(errorCode, message, QUuid::createUuid().toString(QUuid::WithoutBraces)), true);
}

void Simulator::handleRequest(SimHttpConnection *connection, const SimHttpRequest &request)
{
    RequestRecord record;
    record.arrivalMsecs = request.arrivalMsecs;
    record.action = QString::fromUtf8(request.header("X-TC-Action"));
    record.region = QString::fromUtf8(request.header("X-TC-Region"));
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    auto replyError = [&](const QString &code, const QString &message) {
        record.errorCode = code;
        finishRecord(record);
        answer(connection, errorEnvelope(code, message, requestId));
    };

    if (request.method != "POST" && request.method != "GET")
        return replyError(
            QStringLiteral("UnsupportedProtocol"),
            QStringLiteral("Only POST and GET are supported, not %1.").arg(QString::fromLatin1(request.method)));

    // Parameters are read before authentication only so that the log can show them.
    QJsonObject params;
    bool paramsOk = true;
    if (request.method == "GET") {
        params = SimActions::paramsFromQuery(request.query());
    } else if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        paramsOk = parseError.error == QJsonParseError::NoError && document.isObject();
        params = document.object();
    }
    record.parameters = params;
    record.blueprintId = params.value(QStringLiteral("BlueprintId")).toString();
    for (const QJsonValue &account : params.value(QStringLiteral("AccountIds")).toArray())
        record.accountIds.append(account.toString());

    // 1. Authentication.
    const SimSignatureVerifier::Result auth = m_verifier.verify(request, serverNowSecs());
    if (!auth.ok())
        return replyError(auth.errorCode, auth.message);

    // 2. Which API.
    const QByteArray version = request.header("X-TC-Version");
    if (record.action.isEmpty())
        return replyError(QStringLiteral("MissingParameter"),
                          QStringLiteral("The request is missing the header X-TC-Action."));
    if (version.isEmpty())
        return replyError(QStringLiteral("MissingParameter"),
                          QStringLiteral("The request is missing the header X-TC-Version."));
    if (!m_actions.isOffered(record.action))
        return replyError(QStringLiteral("InvalidAction"),
                          QStringLiteral("The action `%1` is not supported.").arg(record.action));
    if (version != kApiVersion)
        return replyError(
            QStringLiteral("NoSuchVersion"),
            QStringLiteral("The API version `%1` of lighthouse does not exist.").arg(QString::fromUtf8(version)));

    // 3. Frequency limit, counted at arrival.
    if (!m_rateLimiter.admit(auth.credentials.secretId, record.action, request.arrivalMsecs))
        return replyError(QStringLiteral("RequestLimitExceeded"),
                          QStringLiteral("Your current request times exceeds the frequency limit `%1` for a second "
                                         "of %2. Please reduce the frequency of calls.")
                              .arg(m_rateLimiter.limit(record.action))
                              .arg(record.action));

    if (!paramsOk)
        return replyError(QStringLiteral("InvalidParameter"), QStringLiteral("The request body is not a JSON object."));

    // 4. Injected faults that answer without applying.
    const std::optional<SimFaultPlan::Entry> fault = m_faults.take(record.action, record.region);
    if (fault) {
        record.fault = SimFaultPlan::name(fault->fault);
        const QString transportCode = QStringLiteral("Fault.") + record.fault;
        switch (fault->fault) {
        case Fault::ErrorCode: {
            const QString code = fault->errorCode.isEmpty() ? QStringLiteral("InternalError") : fault->errorCode;
            return replyError(code, injectedMessage(code));
        }
        case Fault::Http502Html:
            record.errorCode = transportCode;
            finishRecord(record);
            deliver(connection, [this](SimHttpConnection *c) {
                c->sendResponse(502, "Bad Gateway", {{"Content-Type", "text/html"}, {"Date", httpDate()}},
                                htmlPage("502 Bad Gateway"));
            });
            return;
        case Fault::ResetBeforeApply:
            record.errorCode = transportCode;
            finishRecord(record);
            deliver(connection, [](SimHttpConnection *c) { c->resetConnection(); });
            return;
        case Fault::Stall:
            record.errorCode = transportCode;
            finishRecord(record);
            connection->stall();
            return;
        default:
            break; // the remaining faults break the answer of an applied request
        }
    }

    // 5. The action itself. A lost write is validated like any request, then forgotten.
    const bool forgetIt = fault && fault->fault == Fault::AckNotApplied;
    const SimState before = forgetIt ? m_state : SimState();
    const SimActions::Result result = m_actions.run(record.action, record.region, params,
                                                    QDateTime::fromSecsSinceEpoch(serverNowSecs(), Qt::UTC),
                                                    QString::fromUtf8(request.header("X-TC-Language")));
    record.errorCode = result.errorCode;
    record.applied = result.ok() && result.applied && !forgetIt;
    if (forgetIt)
        m_state = before;
    if (record.applied)
        ++m_applied[record.action];
    QJsonObject fields = result.fields;
    if (result.ok() && m_answerEdits.contains(record.action))
        m_answerEdits.value(record.action)(fields);
    const QByteArray json = result.ok() ? envelope(fields, requestId)
                                        : errorEnvelope(result.errorCode, result.message, requestId);
    finishRecord(record);
    if (record.applied)
        runPendingChanges(record.action); // after this answer was composed: it lands between two reads

    if (!fault) {
        answer(connection, json);
        return;
    }
    switch (fault->fault) {
    case Fault::TruncatedJson:
        deliver(connection, [this, json](SimHttpConnection *c) {
            c->sendResponse(200, "OK", jsonHeaders(), json.left(json.size() / 2));
        });
        break;
    case Fault::NotJson:
        deliver(connection, [this](SimHttpConnection *c) {
            c->sendResponse(200, "OK", {{"Content-Type", "text/html"}, {"Date", httpDate()}},
                            htmlPage("Service Temporarily Unavailable"));
        });
        break;
    case Fault::ResetAfterApply:
        deliver(connection, [](SimHttpConnection *c) { c->resetConnection(); });
        break;
    case Fault::HugeBody:
        deliver(connection, [this](SimHttpConnection *c) {
            QByteArray head = "HTTP/1.1 200 OK\r\n";
            for (const auto &h : jsonHeaders())
                head += h.first + ": " + h.second + "\r\n";
            head += "Content-Length: 4294967296\r\n\r\n";
            c->streamHugeBody(head, kHugeBodyFillerBytes);
        });
        break;
    case Fault::SlowDrip:
        deliver(connection, [this, json](SimHttpConnection *c) {
            const bool close = !c->keepAliveRequested();
            c->slowDrip(SimHttpConnection::composeResponse(200, "OK", jsonHeaders(), json, close), kSlowDripIntervalMs,
                        close);
        });
        break;
    default:
        answer(connection, json);
        break;
    }
}

} // namespace LhShare
