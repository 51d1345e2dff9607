#include "api/ApiCall.h"
#include "api/PagedQuery.h"
#include "support/SimulatorFixture.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace LhShare;
using namespace LhShare::Test;

namespace {
// Waits for a call to finish and returns its error (Kind::None on success).
ApiError finish(ApiCall *call, QJsonObject *result = nullptr, int timeoutMs = 15000)
{
    QSignalSpy spy(call, &ApiCall::finished);
    if (!spy.wait(timeoutMs))
        qFatal("The call never finished");
    if (result)
        *result = call->result();
    return call->error();
}

const QString kRegions = QStringLiteral("DescribeRegions");
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
    void pagedQuery_readsEveryPage();
    void abortQueued_neverSent();
};

void TestTcClient::describeRegions_signedCallSucceeds()
{
    SimulatorFixture f;
    ApiCall *call = f.service.describeRegions();
    const ApiError error = finish(call);
    QVERIFY2(!error.isError(), qPrintable(error.summary()));
    const QList<Region> regions = LighthouseService::regionsFrom(call);
    QCOMPARE(regions.size(), 16); // every Lighthouse region
    QVERIFY(!call->requestId().isEmpty());
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
    SimulatorFixture f;
    f.simulator.setClockOffsetSecs(3600);
    QSignalSpy skew(&f.client, &TcClient::clockSkewDetected);
    // Refused as expired, corrected from the server's Date header, and sent again re-signed.
    QVERIFY(!finish(f.service.describeRegions()).isError());
    QCOMPARE(skew.size(), 1);
    QVERIFY(qAbs(f.client.clockOffsetSecs() - 3600) <= 2);
    QCOMPARE(f.simulator.requestLog().size(), 2);
    QVERIFY(!finish(f.service.describeRegions()).isError());
    QCOMPARE(skew.size(), 1);
    QCOMPARE(f.simulator.requestLog().size(), 3);
}

void TestTcClient::rateLimit_neverExceededWhenBursting()
{
    SimulatorFixture f;
    QList<ApiCall *> calls;
    for (int i = 0; i < 35; ++i)
        calls.append(f.service.describeRegions());
    int failures = 0;
    for (ApiCall *call : std::as_const(calls)) {
        if (!call->isFinished())
            failures += finish(call).isError() ? 1 : 0;
        else
            failures += call->error().isError() ? 1 : 0;
    }
    QCOMPARE(failures, 0);
    QVERIFY(f.simulator.maxInAnyWindow(kRegions) <= 10);
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
    QSignalSpy spy(query, &PagedQuery::finished);
    query->start();
    QVERIFY(spy.wait(15000));
    QVERIFY(!query->error().isError());
    QCOMPARE(LighthouseService::blueprintsFrom(query).size(), 250);
    QCOMPARE(query->totalCount(), 250);
}

void TestTcClient::abortQueued_neverSent()
{
    SimulatorFixture f;
    f.client.setRateLimit(kRegions, 1);
    ApiCall *first = f.service.describeRegions();
    ApiCall *second = f.service.describeRegions();
    QVERIFY(!finish(first).isError());
    QVERIFY(!second->isSent());
    second->abort();
    QCOMPARE(second->error().kind, ApiError::Kind::Canceled);
    QVERIFY(!second->error().ambiguous);
    QTest::qWait(50);
    QCOMPARE(f.simulator.appliedRequestCount(kRegions), 1);
}

QTEST_GUILESS_MAIN(TestTcClient)
#include "TestTcClient.moc"
