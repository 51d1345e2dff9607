// Proxies: the rules (variables, no_proxy, loopback) and real requests through a CONNECT proxy on
// 127.0.0.1 to the simulator serving TLS, verified end to end.
#include "api/ApiCall.h"
#include "api/LighthouseService.h"
#include "api/ProxyConfig.h"
#include "api/TcClient.h"
#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProxySetup.h"
#include "simulator/Simulator.h"
#include "support/ConnectProxy.h"
#include "support/TestCertificate.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace LhShare;
using namespace LhShare::Test;

namespace {
// A name only the proxy can reach: it sends every tunnel to the simulator.
const QString kHost = QStringLiteral("lighthouse.test");

// Starts the call and waits for its answer (the call deletes itself afterwards).
ApiError finish(ApiCall *call)
{
    QSignalSpy spy(call, &Job::finished);
    ApiError error;
    QObject::connect(call, &Job::finished, call, [&error, call] { error = call->error(); });
    call->start();
    if (!spy.wait(20000))
        qFatal("The call never finished");
    return error;
}

// Sets an environment variable for the scope of one test.
class ScopedVariable
{
public:
    ScopedVariable(const char *name, const QByteArray &value)
        : m_name(name)
    {
        qputenv(name, value);
    }
    ~ScopedVariable() { qunsetenv(m_name); }
    Q_DISABLE_COPY_MOVE(ScopedVariable)

private:
    const char *m_name;
};
} // namespace

class TestProxyConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void commandLine_forms_data();
    void commandLine_forms();
    void noProxy_rules_data();
    void noProxy_rules();
    void systemMode_variableFirst_loopbackAndNoProxyDirect();
    void settings_roundTripWithoutPassword();

    void manualProxy_tunnelsTlsThatIsStillVerified();
    void systemMode_httpsProxyVariable_isUsed();
    void proxyCredentials_fromTheKeychain_areSent();

private:
    QNetworkAccessManager *network(const ProxyConfig &config);
    // A client on `network` for https://lighthouse.test:<simulator port>; trusts the test
    // certificate unless told not to.
    std::unique_ptr<TcClient> client(QNetworkAccessManager *network, bool trusting = true);

    TestCertificate m_certificate;
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<ConnectProxy> m_proxy;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_networks;
};

void TestProxyConfig::initTestCase()
{
    for (const char *name :
         {"https_proxy", "HTTPS_PROXY", "http_proxy", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"})
        qunsetenv(name);
    m_certificate = TestCertificate::make(QStringLiteral("DNS:") + kHost);
    QVERIFY2(!m_certificate.certificate.isNull(), "openssl is needed for a test certificate");
}

void TestProxyConfig::init()
{
    QSettings().clear();
    m_networks.clear();
    m_simulator = std::make_unique<Simulator>();
    m_simulator->setCredentials(Simulator::demoCredentials());
    QVERIFY2(m_simulator->listenTls(m_certificate.certificate, m_certificate.key),
             qPrintable(m_simulator->errorString()));
    m_proxy = std::make_unique<ConnectProxy>(m_simulator->port());
    QVERIFY(m_proxy->listen());
}

QNetworkAccessManager *TestProxyConfig::network(const ProxyConfig &config)
{
    m_networks.push_back(std::make_unique<QNetworkAccessManager>());
    config.apply(m_networks.back().get());
    return m_networks.back().get();
}

std::unique_ptr<TcClient> TestProxyConfig::client(QNetworkAccessManager *network, bool trusting)
{
    auto client = std::make_unique<TcClient>(network);
    client->setEndpoint(Endpoint::parse(QStringLiteral("https://%1:%2").arg(kHost).arg(m_simulator->port())));
    client->setCredentials(Simulator::demoCredentials());
    if (trusting)
        client->setExtraCaCertificates({m_certificate.certificate});
    return client;
}

void TestProxyConfig::commandLine_forms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    const int system = int(ProxyConfig::Mode::System);
    const int none = int(ProxyConfig::Mode::None);
    const int manual = int(ProxyConfig::Mode::Manual);
    QTest::newRow("system") << "system" << true << system << "" << 0 << ""
                            << "";
    QTest::newRow("none") << "NONE" << true << none << "" << 0 << ""
                          << "";
    QTest::newRow("host:port") << "proxy.corp:3128" << true << manual << "proxy.corp" << 3128 << ""
                               << "";
    QTest::newRow("url with credentials")
        << "http://alice:p%40ss@proxy.corp:8080/" << true << manual << "proxy.corp" << 8080 << "alice"
        << "p@ss";
    QTest::newRow("no port") << "proxy.corp" << false << none << "" << 0 << ""
                             << "";
    QTest::newRow("socks") << "socks5://proxy.corp:1080" << false << none << "" << 0 << ""
                           << "";
}

void TestProxyConfig::commandLine_forms()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString error;
    const ProxyConfig config = ProxyConfig::fromCommandLine(text, &error);
    QCOMPARE(config.isValid(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid)
        return;
    QTEST(int(config.mode), "mode");
    QTEST(config.host, "host");
    QTEST(int(config.port), "port");
    QTEST(config.user, "user");
    QTEST(config.password, "password");
    QVERIFY(!config.displayText().contains(QStringLiteral("p@ss")));
}

void TestProxyConfig::noProxy_rules_data()
{
    QTest::addColumn<QByteArray>("noProxy");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("excluded");
    const QString api = QStringLiteral("lighthouse.tencentcloudapi.com");
    QTest::newRow("empty") << QByteArray() << api << 443 << false;
    QTest::newRow("star") << QByteArray("*") << api << 443 << true;
    QTest::newRow("exact") << QByteArray("intranet, lighthouse.tencentcloudapi.com") << api << 443 << true;
    QTest::newRow("parent domain") << QByteArray("tencentcloudapi.com") << api << 443 << true;
    QTest::newRow("leading dot") << QByteArray(".tencentcloudapi.com") << api << 443 << true;
    QTest::newRow("wildcard") << QByteArray("*.tencentcloudapi.com") << api << 443 << true;
    QTest::newRow("suffix is not a domain") << QByteArray("cloudapi.com") << api << 443 << false;
    QTest::newRow("other port") << QByteArray("tencentcloudapi.com:8443") << api << 443 << false;
    QTest::newRow("same port") << QByteArray("tencentcloudapi.com:443") << api << 443 << true;
    QTest::newRow("subnet") << QByteArray("10.0.0.0/8") << QStringLiteral("10.1.2.3") << 443 << true;
    QTest::newRow("other subnet") << QByteArray("10.0.0.0/8") << QStringLiteral("192.168.1.1") << 443 << false;
    QTest::newRow("address") << QByteArray("192.168.1.1") << QStringLiteral("192.168.1.1") << 443 << true;
}

void TestProxyConfig::noProxy_rules()
{
    QFETCH(QByteArray, noProxy);
    QFETCH(QString, host);
    QFETCH(int, port);
    const ScopedVariable variable("no_proxy", noProxy);
    QTEST(ProxyConfig::isExcludedByNoProxy(host, port), "excluded");
}

void TestProxyConfig::systemMode_variableFirst_loopbackAndNoProxyDirect()
{
    const ScopedVariable https("https_proxy", "http://proxy.corp:3128");
    const ProxyConfig system;
    const QNetworkProxy proxy = system.proxyFor(QUrl(QStringLiteral("https://lighthouse.tencentcloudapi.com/")));
    QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxy.hostName(), QStringLiteral("proxy.corp"));
    QCOMPARE(proxy.port(), quint16(3128));
    // The simulator (demo mode, `simulate`) is never reached through a proxy.
    QCOMPARE(system.proxyFor(QUrl(QStringLiteral("http://127.0.0.1:8080/"))).type(), QNetworkProxy::NoProxy);
    const ProxyConfig manual = ProxyConfig::fromCommandLine(QStringLiteral("proxy.corp:3128"));
    QCOMPARE(manual.proxyFor(QUrl(QStringLiteral("http://localhost:8080/"))).type(), QNetworkProxy::NoProxy);
    const ScopedVariable noProxy("no_proxy", ".tencentcloudapi.com");
    QCOMPARE(system.proxyFor(QUrl(QStringLiteral("https://lighthouse.tencentcloudapi.com/"))).type(),
             QNetworkProxy::NoProxy);
    QCOMPARE(manual.proxyFor(QUrl(QStringLiteral("https://lighthouse.tencentcloudapi.com/"))).type(),
             QNetworkProxy::NoProxy);
}

void TestProxyConfig::settings_roundTripWithoutPassword()
{
    QCOMPARE(ProxyConfig::fromSettings().mode, ProxyConfig::Mode::System); // nothing saved yet
    ProxyConfig config = ProxyConfig::fromCommandLine(QStringLiteral("http://alice:secret@proxy.corp:3128"));
    config.save();
    const ProxyConfig loaded = ProxyConfig::fromSettings();
    QCOMPARE(loaded.mode, ProxyConfig::Mode::Manual);
    QCOMPARE(loaded.host, QStringLiteral("proxy.corp"));
    QCOMPARE(loaded.port, quint16(3128));
    QCOMPARE(loaded.user, QStringLiteral("alice"));
    QVERIFY(loaded.password.isEmpty());
    QVERIFY(loaded.needsStoredPassword());
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(QStringLiteral("secret")));
}

void TestProxyConfig::manualProxy_tunnelsTlsThatIsStillVerified()
{
    QNetworkAccessManager *through = network(ProxyConfig::fromCommandLine(m_proxy->url()));
    const auto trusting = client(through);
    LighthouseService service(trusting.get());
    QCOMPARE(finish(service.describeRegions()).kind, ApiError::Kind::None);
    QCOMPARE(m_proxy->tunnels(), QStringList{QStringLiteral("%1:%2").arg(kHost).arg(m_simulator->port())});
    QCOMPARE(m_simulator->appliedRequestCount(), 1);
    // The proxy relayed only ciphertext: neither the action nor the signature is readable to it.
    QVERIFY(!m_proxy->relayed().isEmpty());
    QVERIFY(!m_proxy->relayed().contains("DescribeRegions"));
    QVERIFY(!m_proxy->relayed().contains("TC3-HMAC-SHA256"));

    // Through the same proxy, a certificate the client does not trust is refused.
    const auto untrusting = client(network(ProxyConfig::fromCommandLine(m_proxy->url())), false);
    LighthouseService refused(untrusting.get());
    const ApiError error = finish(refused.describeRegions());
    QCOMPARE(error.code, QStringLiteral("Client.TlsFailure"));
    QCOMPARE(m_proxy->tunnels().size(), 2);
    QCOMPARE(m_simulator->appliedRequestCount(), 1);
}

void TestProxyConfig::systemMode_httpsProxyVariable_isUsed()
{
    const ScopedVariable https("https_proxy", m_proxy->url().toUtf8());
    const auto viaSystem = client(network(ProxyConfig()));
    LighthouseService service(viaSystem.get());
    QCOMPARE(finish(service.describeRegions()).kind, ApiError::Kind::None);
    QCOMPARE(m_proxy->tunnels().size(), 1);

    // "none" ignores the variable: lighthouse.test is then unreachable (only the proxy knows it).
    const auto direct = client(network(ProxyConfig::fromCommandLine(QStringLiteral("none"))));
    LighthouseService directService(direct.get());
    QVERIFY(finish(directService.describeRegions()).isError());
    QCOMPARE(m_proxy->tunnels().size(), 1);
}

void TestProxyConfig::proxyCredentials_fromTheKeychain_areSent()
{
    m_proxy->requireCredentials(QStringLiteral("alice"), QStringLiteral("s3cret"));
    ProxyConfig saved = ProxyConfig::fromCommandLine(QStringLiteral("alice@") + m_proxy->url().mid(7));
    saved.save();

    // Without the password the proxy refuses the tunnel, and the call says so.
    const auto withoutPassword = client(network(ProxyConfig::fromSettings()));
    LighthouseService refused(withoutPassword.get());
    QVERIFY(finish(refused.describeRegions()).isError());
    QVERIFY(m_proxy->refusedCount() > 0);
    QVERIFY(m_proxy->tunnels().isEmpty());

    MemoryCredentialStore store;
    CredentialJob *save = ProxySetup::savePassword(&store, QStringLiteral("s3cret"));
    QSignalSpy saving(save, &Job::finished);
    save->start();
    QVERIFY(saving.wait());
    QCOMPARE(store.keys(), QStringList{ProxySetup::keychainEntry() + QStringLiteral("/secretKey")});
    QNetworkAccessManager network;
    auto *setup = new ProxySetup(ProxyConfig::fromSettings(), &network, &store);
    QSignalSpy ready(setup, &Job::finished);
    setup->start();
    QVERIFY(ready.wait());
    const auto withPassword = client(&network);
    LighthouseService service(withPassword.get());
    QCOMPARE(finish(service.describeRegions()).kind, ApiError::Kind::None);
    QCOMPARE(m_proxy->tunnels().size(), 1);
}

QTEST_GUILESS_MAIN(TestProxyConfig)
#include "TestProxyConfig.moc"
