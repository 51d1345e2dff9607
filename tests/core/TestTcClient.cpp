#include "api/ApiCall.h"
#include "api/Clock.h"
#include "api/PagedQuery.h"
#include "support/SimulatorFixture.h"

#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace LhShare;
using namespace LhShare::Test;

namespace {
// Starts the call (unless started), waits for it to finish and returns its error (Kind::None on
// success). The results are copied out in the finished() slot: the call deletes itself afterwards.
ApiError finish(ApiCall *call, QJsonObject *result = nullptr, int timeoutMs = 15000)
{
    ApiError error;
    bool finished = false;
    QObject::connect(call, &Job::finished, call, [&] {
        finished = true;
        error = call->error();
        if (result)
            *result = call->result();
    });
    if (!call->isStarted())
        call->start();
    if (!QTest::qWaitFor([&] { return finished; }, timeoutMs))
        qFatal("The call never finished");
    return error;
}

// Time that moves only when the test says so (wall clock and the limiter's milliseconds alike).
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime::currentDateTimeUtc())
        : m_start(std::move(start))
    {
    }
    QDateTime now() const override { return m_start.addMSecs(m_elapsedMs - kStartMs); }
    qint64 elapsedMs() const override { return m_elapsedMs; }
    void advance(qint64 ms) { m_elapsedMs += ms; }

private:
    static constexpr qint64 kStartMs = 1'000'000; // as if this process had run for a while
    QDateTime m_start;
    qint64 m_elapsedMs = kStartMs;
};

int requestsFor(const Simulator &simulator, const QString &action)
{
    const auto log = simulator.requestLog();
    return int(std::count_if(log.cbegin(), log.cend(), [&](const auto &record) { return record.action == action; }));
}

const QString kRegions = QStringLiteral("DescribeRegions");
const QString kShare = QStringLiteral("ShareBlueprintAcrossAccounts");
const QString kRegion = QStringLiteral("ap-guangzhou");
} // namespace

class TestTcClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describeRegions_signedCallSucceeds();
    void wrongKey_isSignatureFailureWithRequestId();
    void sessionToken_isRequiredWhenConfigured();
    void stalledServer_timesOutAsAmbiguous();
    void html502_isBadResponseWithStatus();
    void truncatedJson_isBadResponse();
    void hugeBody_isCappedAndFailsCleanly();
    void slowDrip_hitsTheTimeout();
    void refusedConnection_isNetworkErrorNotAmbiguous();
    void selfSignedTls_isRefused();
    void clockSkew_isCorrectedFromServerDate();
    void rateLimit_neverExceededWhenBursting();
    void rateLimits_followTheDocumentedTable();
    void requestLimitExceeded_pausesThatAction();
    void resetAfterApply_writeIsNotResentByQt();
    void resetAfterApply_readIsResentThroughTheLimiter();
    void pagedQuery_readsEveryPage();
    void call_finishesOnceLaterAndDeletesItself();
    void pagedQuery_finishesOnceLaterAndDeletesItself();
    void abortQueued_neverSent();
    void abortInFlight_isCanceledAndAmbiguous();
    void abortPagedQueryInFlight_isCanceled();
};

void TestTcClient::describeRegions_signedCallSucceeds()
{
    SimulatorFixture f;
    ApiCall *call = f.service.describeRegions();
    QList<Region> regions;
    QString requestId;
    connect(call, &Job::finished, this, [&] {
        regions = LighthouseService::regionsFrom(call);
        requestId = call->requestId();
    });
    const ApiError error = finish(call);
    QVERIFY2(!error.isError(), qPrintable(error.summary()));
    QCOMPARE(regions.size(), 16); // every Lighthouse region
    QVERIFY(!requestId.isEmpty());
}

void TestTcClient::wrongKey_isSignatureFailureWithRequestId()
{
    SimulatorFixture f;
    f.client.setCredentials({Simulator::demoCredentials().secretId, QStringLiteral("not-the-key"), {}});
    const ApiError error = finish(f.service.describeRegions());
    QCOMPARE(error.kind, ApiError::Kind::Api);
    QCOMPARE(error.code, QStringLiteral("AuthFailure.SignatureFailure"));
    QVERIFY(!error.requestId.isEmpty());
    QVERIFY(error.userMessage().contains(QStringLiteral("SecretKey")));

    f.client.setCredentials({QStringLiteral("AKIDunknown000000000000000000000000"), QStringLiteral("k"), {}});
    QCOMPARE(finish(f.service.describeRegions()).code, QStringLiteral("AuthFailure.SecretIdNotFound"));
}

void TestTcClient::sessionToken_isRequiredWhenConfigured()
{
    SimulatorFixture f;
    Credentials temporary = Simulator::demoCredentials();
    temporary.token = QStringLiteral("session-token-abc");
    f.simulator.setCredentials(temporary);
    QCOMPARE(finish(f.service.describeRegions()).code, QStringLiteral("AuthFailure.TokenFailure"));
    f.client.setCredentials(temporary);
    QVERIFY(!finish(f.service.describeRegions()).isError());
}

void TestTcClient::stalledServer_timesOutAsAmbiguous()
{
    SimulatorFixture f;
    f.client.setTimeoutMs(500);
    f.simulator.injectFault(kRegions, Simulator::Fault::Stall);
    const ApiError error = finish(f.service.describeRegions());
    QCOMPARE(error.kind, ApiError::Kind::Timeout);
    QCOMPARE(error.code, QStringLiteral("Client.Timeout"));
    QVERIFY(error.ambiguous);
}

void TestTcClient::html502_isBadResponseWithStatus()
{
    SimulatorFixture f;
    f.simulator.injectFault(kRegions, Simulator::Fault::Http502Html);
    const ApiError error = finish(f.service.describeRegions());
    QCOMPARE(error.kind, ApiError::Kind::BadResponse);
    QCOMPARE(error.httpStatus, 502);
    QVERIFY(error.message.contains(QStringLiteral("502")));
}

void TestTcClient::truncatedJson_isBadResponse()
{
    SimulatorFixture f;
    f.simulator.injectFault(kRegions, Simulator::Fault::TruncatedJson);
    const ApiError error = finish(f.service.describeRegions());
    QCOMPARE(error.code, QStringLiteral("Client.BadResponse"));
    QVERIFY(error.ambiguous);
    f.simulator.injectFault(kRegions, Simulator::Fault::NotJson);
    QCOMPARE(finish(f.service.describeRegions()).code, QStringLiteral("Client.BadResponse"));
}

void TestTcClient::hugeBody_isCappedAndFailsCleanly()
{
    SimulatorFixture f;
    f.simulator.injectFault(kRegions, Simulator::Fault::HugeBody);
    const ApiError error = finish(f.service.describeRegions(), nullptr, 30000);
    QCOMPARE(error.code, QStringLiteral("Client.BadResponse"));
    QVERIFY2(error.message.contains(QStringLiteral("8 MiB")), qPrintable(error.message));
    // The client stopped reading soon after the cap instead of draining the whole body.
    QTRY_VERIFY(f.simulator.lastHugeBodyBytesSent() > 0);
    QVERIFY(f.simulator.lastHugeBodyBytesSent() < 24 * 1024 * 1024);
}

void TestTcClient::slowDrip_hitsTheTimeout()
{
    SimulatorFixture f;
    f.client.setTimeoutMs(1000);
    f.simulator.injectFault(kRegions, Simulator::Fault::SlowDrip);
    QCOMPARE(finish(f.service.describeRegions()).kind, ApiError::Kind::Timeout);
}

void TestTcClient::refusedConnection_isNetworkErrorNotAmbiguous()
{
    SimulatorFixture f;
    const QUrl url = f.simulator.url();
    f.simulator.close();
    f.client.setEndpoint(Endpoint::parse(url.toString()));
    const ApiError error = finish(f.service.describeRegions());
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QVERIFY(!error.ambiguous);
}

void TestTcClient::selfSignedTls_isRefused()
{
    QTemporaryDir dir;
    const QString certPath = dir.filePath(QStringLiteral("c.pem"));
    const QString keyPath = dir.filePath(QStringLiteral("k.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyPath,
                   QStringLiteral("-out"), certPath, QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    const QSslCertificate certificate(certFile.readAll());
    const QSslKey key(keyFile.readAll(), QSsl::Rsa);

    Simulator simulator;
    simulator.setCredentials(Simulator::demoCredentials());
    QVERIFY(simulator.listenTls(certificate, key));
    QNetworkAccessManager network;
    TcClient client(&network);
    LighthouseService service(&client);
    client.setEndpoint(Endpoint::parse(simulator.url().toString()));
    client.setCredentials(Simulator::demoCredentials());
    const ApiError error = finish(service.describeRegions());
    QCOMPARE(error.code, QStringLiteral("Client.TlsFailure"));
    QVERIFY(!error.ambiguous);
    QVERIFY(error.userMessage().contains(QStringLiteral("certificate")));
    QCOMPARE(simulator.appliedRequestCount(), 0);

    // Trusting that certificate explicitly (a private endpoint's CA) makes the call work.
    QNetworkAccessManager trustingNetwork;
    TcClient trustingClient(&trustingNetwork);
    LighthouseService trustingService(&trustingClient);
    trustingClient.setEndpoint(Endpoint::parse(simulator.url().toString()));
    trustingClient.setCredentials(Simulator::demoCredentials());
    trustingClient.setExtraCaCertificates({certificate});
    QVERIFY(!finish(trustingService.describeRegions()).isError());
}

void TestTcClient::clockSkew_isCorrectedFromServerDate()
{
    FakeClock clock(QDateTime::currentDateTimeUtc().addSecs(-3600)); // this computer is an hour slow
    SimulatorFixture f;
    f.client.setClock(&clock);
    QSignalSpy skew(&f.client, &TcClient::clockSkewDetected);
    // Refused as expired, corrected from the server's Date header, and sent again re-signed; the
    // re-send waits for its slot like any other request.
    ApiCall *call = f.service.describeRegions();
    bool done = false;
    connect(call, &Job::finished, this, [&] { done = true; });
    call->start();
    QTRY_COMPARE(f.simulator.requestLog().size(), 1);
    QCOMPARE(f.simulator.requestLog().constFirst().errorCode, QStringLiteral("AuthFailure.SignatureExpire"));
    QTest::qWait(150);
    QVERIFY(!done);
    QCOMPARE(f.simulator.requestLog().size(), 1);
    clock.advance(200);
    QTRY_VERIFY(done);
    QCOMPARE(skew.size(), 1);
    QVERIFY2(qAbs(f.client.clockOffsetSecs() - 3600) <= 2, qPrintable(QString::number(f.client.clockOffsetSecs())));
    QCOMPARE(f.simulator.requestLog().size(), 2);
    QCOMPARE(f.simulator.requestLog().constLast().errorCode, QString());

    clock.advance(200);
    QVERIFY(!finish(f.service.describeRegions()).isError());
    QCOMPARE(skew.size(), 1);
    QCOMPARE(f.simulator.requestLog().size(), 3);
}

void TestTcClient::rateLimit_neverExceededWhenBursting()
{
    SimulatorFixture f;
    QList<ApiCall *> calls;
    int failures = 0;
    int finished = 0;
    for (int i = 0; i < 35; ++i) {
        ApiCall *call = f.service.describeRegions();
        connect(call, &Job::finished, this, [&, call] {
            ++finished;
            failures += call->error().isError() ? 1 : 0;
        });
        call->start();
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 35, 15000);
    QCOMPARE(failures, 0);
    QVERIFY(f.simulator.maxInAnyWindow(kRegions) <= 10);
}

void TestTcClient::rateLimits_followTheDocumentedTable()
{
    QCOMPARE(documentedRateLimit(QStringLiteral("DescribeRegions")), 10);
    QCOMPARE(documentedRateLimit(QStringLiteral("DescribeBlueprints")), 10);
    QCOMPARE(documentedRateLimit(QStringLiteral("DescribeBlueprintsShareAcrossAccountInfos")), 20);
    QCOMPARE(documentedRateLimit(kShare), 20);
    QCOMPARE(documentedRateLimit(QStringLiteral("CancelShareBlueprintAcrossAccounts")), 20);
    QCOMPARE(LighthouseService::kShareRequestsPerSecond, 20);

    // The client paces each action by its own entry, and the simulator enforces the same table.
    SimulatorFixture f;
    const QString blueprint = Simulator::demoBlueprintId(kRegion, 1);
    int failures = 0;
    int finished = 0;
    for (int i = 0; i < 25; ++i) {
        const std::array<ApiCall *, 2> calls{
            f.service.describeRegions(),
            f.service.changeSharing(ShareAction::Share, kRegion, blueprint, makeAccountIds(1, i))};
        for (ApiCall *call : calls) {
            connect(call, &Job::finished, this, [&, call] {
                ++finished;
                failures += call->error().isError() ? 1 : 0;
            });
            call->start();
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 50, 15000);
    QCOMPARE(failures, 0);
    QVERIFY(f.simulator.maxInAnyWindow(kRegions) <= 10);
    QVERIFY(f.simulator.maxInAnyWindow(kShare) <= 20);
}

void TestTcClient::requestLimitExceeded_pausesThatAction()
{
    FakeClock clock;
    SimulatorFixture f;
    f.client.setClock(&clock);
    f.simulator.injectFault(kRegions, Simulator::Fault::ErrorCode, 1, QStringLiteral("RequestLimitExceeded"));
    QCOMPARE(finish(f.service.describeRegions()).code, QStringLiteral("RequestLimitExceeded"));

    // The server's window is full: nothing more of that action until it has certainly cleared,
    // although the pace alone (one per 103 ms) would allow it...
    ApiCall *next = f.service.describeRegions();
    bool done = false;
    connect(next, &Job::finished, this, [&] { done = true; });
    next->start();
    clock.advance(RateLimiter::kWindowMs / 2);
    QTest::qWait(300);
    QCOMPARE(requestsFor(f.simulator, kRegions), 1);
    // ...while other actions go on.
    QVERIFY(!finish(f.service.changeSharing(ShareAction::Share, kRegion, Simulator::demoBlueprintId(kRegion, 1),
                                            makeAccountIds(1)))
                 .isError());

    clock.advance(RateLimiter::kWindowMs / 2 + 10);
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QCOMPARE(requestsFor(f.simulator, kRegions), 2);
}

void TestTcClient::resetAfterApply_writeIsNotResentByQt()
{
    SimulatorFixture f;
    const QString blueprint = Simulator::demoBlueprintId(kRegion, 1);
    const QStringList accounts = makeAccountIds(1);
    // Qt would send the request again on a new connection, by itself, once per reset.
    f.simulator.injectFault(kShare, Simulator::Fault::ResetAfterApply, 3);
    const ApiError error = finish(f.service.changeSharing(ShareAction::Share, kRegion, blueprint, accounts));
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QVERIFY(error.ambiguous); // it was applied: the caller settles it by reading the recipients
    QCOMPARE(requestsFor(f.simulator, kShare), 1);
    QCOMPARE(f.simulator.sharedAccounts(blueprint), accounts);
}

void TestTcClient::resetAfterApply_readIsResentThroughTheLimiter()
{
    FakeClock clock;
    SimulatorFixture f;
    f.client.setClock(&clock);
    f.simulator.injectFault(kRegions, Simulator::Fault::ResetAfterApply);
    ApiCall *call = f.service.describeRegions();
    ApiError error = ApiError::client(ApiError::Kind::Network, QStringLiteral("not finished"));
    connect(call, &Job::finished, this, [&] { error = call->error(); });
    call->start();
    QTRY_COMPARE(requestsFor(f.simulator, kRegions), 1);
    // A read is safe to repeat, so the call sends it again, but only when the limiter allows.
    QTest::qWait(300);
    QCOMPARE(requestsFor(f.simulator, kRegions), 1);
    clock.advance(RateLimiter::kWindowMs / documentedRateLimit(kRegions));
    QTRY_COMPARE(requestsFor(f.simulator, kRegions), 2);
    QTRY_VERIFY(!error.isError());
}

void TestTcClient::pagedQuery_readsEveryPage()
{
    SimulatorFixture f;
    const QString region = QStringLiteral("ap-tokyo");
    for (const QString &id : f.simulator.blueprintIds(region))
        f.simulator.removeBlueprint(id);
    for (int i = 0; i < 250; ++i)
        f.simulator.addBlueprint(region, QStringLiteral("lhbp-%1").arg(i, 8, 36, QLatin1Char('0')),
                                 QStringLiteral("image-%1").arg(i));
    PagedQuery *query = f.service.describeBlueprints(region);
    int blueprints = 0;
    int total = 0;
    ApiError error;
    QSignalSpy spy(query, &Job::finished);
    connect(query, &Job::finished, this, [&] {
        error = query->error();
        blueprints = int(LighthouseService::blueprintsFrom(query).size());
        total = query->totalCount();
    });
    query->start();
    QVERIFY(spy.wait(15000));
    QVERIFY(!error.isError());
    QCOMPARE(blueprints, 250);
    QCOMPARE(total, 250);
}

void TestTcClient::call_finishesOnceLaterAndDeletesItself()
{
    SimulatorFixture f;
    QPointer<ApiCall> call = f.service.describeRegions();
    QSignalSpy finished(call.data(), &Job::finished);
    call->start();
    call->start(); // a second start() is ignored
    QCOMPARE(finished.size(), 0); // never inside start()
    QVERIFY(finished.wait(15000));
    QTRY_VERIFY(call.isNull());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(requestsFor(f.simulator, kRegions), 1);

    // Failing calls keep the contract too.
    f.simulator.injectFault(kRegions, Simulator::Fault::Http502Html);
    call = f.service.describeRegions();
    QSignalSpy failed(call.data(), &Job::finished);
    call->start();
    QCOMPARE(failed.size(), 0);
    QVERIFY(failed.wait(15000));
    QTRY_VERIFY(call.isNull());
    QCOMPARE(failed.size(), 1);
}

void TestTcClient::pagedQuery_finishesOnceLaterAndDeletesItself()
{
    SimulatorFixture f;
    QPointer<PagedQuery> query = f.service.describeBlueprints(kRegion);
    QSignalSpy finished(query.data(), &Job::finished);
    query->start();
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(15000));
    QTRY_VERIFY(query.isNull());
    QCOMPARE(finished.size(), 1);
}

void TestTcClient::abortQueued_neverSent()
{
    FakeClock clock; // stands still: the second call waits for the limiter for good
    SimulatorFixture f;
    f.client.setClock(&clock);
    QVERIFY(!finish(f.service.describeRegions()).isError());
    ApiCall *second = f.service.describeRegions();
    QSignalSpy finished(second, &Job::finished);
    second->start();
    QTest::qWait(50);
    QVERIFY(!second->isSent());
    ApiError error;
    connect(second, &Job::finished, this, [&] { error = second->error(); });
    second->abort();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(error.kind, ApiError::Kind::Canceled);
    QVERIFY(!error.ambiguous);
    clock.advance(10'000);
    QTest::qWait(50);
    QCOMPARE(f.simulator.requestLog().size(), 1);
    QCOMPARE(finished.size(), 1);
}

void TestTcClient::abortInFlight_isCanceledAndAmbiguous()
{
    SimulatorFixture f;
    f.simulator.injectFault(kRegions, Simulator::Fault::Stall);
    ApiCall *call = f.service.describeRegions();
    QSignalSpy finished(call, &Job::finished);
    ApiError error;
    connect(call, &Job::finished, this, [&] { error = call->error(); });
    call->start();
    QTRY_COMPARE(f.simulator.requestLog().size(), 1);
    QVERIFY(call->isSent());
    call->abort();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(error.kind, ApiError::Kind::Canceled);
    QVERIFY(error.ambiguous); // it reached the server
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

void TestTcClient::abortPagedQueryInFlight_isCanceled()
{
    SimulatorFixture f;
    f.simulator.injectFault(QStringLiteral("DescribeBlueprints"), Simulator::Fault::Stall);
    PagedQuery *query = f.service.describeBlueprints(kRegion);
    QSignalSpy finished(query, &Job::finished);
    ApiError error;
    connect(query, &Job::finished, this, [&] { error = query->error(); });
    query->start();
    QTRY_COMPARE(f.simulator.requestLog().size(), 1);
    query->abort();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(error.kind, ApiError::Kind::Canceled);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestTcClient)
#include "TestTcClient.moc"
