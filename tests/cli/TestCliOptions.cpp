// lighthouse-share-cli's help and its proxy path: the real executable, a CONNECT proxy on
// 127.0.0.1 and the simulator serving TLS behind it.
#include "simulator/Simulator.h"
#include "support/CliRunner.h"
#include "support/ConnectProxy.h"
#include "support/TestCertificate.h"

#include <QTest>

using namespace LhShare;
using namespace LhShare::Test;

namespace {
// Only the proxy can reach this name: it sends every tunnel to the simulator.
const QString kHost = QStringLiteral("lighthouse.test");
} // namespace

class TestCliOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void subcommandHelp_namesTheCommand_data();
    void subcommandHelp_namesTheCommand();
    void proxyOption_requestsGoThroughTheProxy_andTlsIsVerified();
    void proxyVariables_areHonoured_withNoProxy();
    void proxyOption_badValue_isAUsageError();

private:
    QProcessEnvironment environment() const;
    QStringList regionsThroughProxy() const;

    TestCertificate m_certificate;
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<ConnectProxy> m_proxy;
};

void TestCliOptions::initTestCase()
{
    m_certificate = TestCertificate::make(QStringLiteral("DNS:") + kHost);
    QVERIFY2(!m_certificate.certificate.isNull(), "openssl is needed for a test certificate");
}

void TestCliOptions::init()
{
    m_simulator = std::make_unique<Simulator>();
    m_simulator->setCredentials(Simulator::demoCredentials());
    QVERIFY(m_simulator->listenTls(m_certificate.certificate, m_certificate.key));
    m_proxy = std::make_unique<ConnectProxy>(m_simulator->port());
    QVERIFY(m_proxy->listen());
}

QProcessEnvironment TestCliOptions::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const Credentials credentials = Simulator::demoCredentials();
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), credentials.secretId);
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), credentials.secretKey);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const QString &name : {QStringLiteral("https_proxy"), QStringLiteral("HTTPS_PROXY"),
                                QStringLiteral("all_proxy"), QStringLiteral("no_proxy"), QStringLiteral("NO_PROXY")})
        env.remove(name);
    return env;
}

QStringList TestCliOptions::regionsThroughProxy() const
{
    return {QStringLiteral("regions"), QStringLiteral("--endpoint"),
            QStringLiteral("https://%1:%2").arg(kHost).arg(m_simulator->port()), QStringLiteral("--timeout"),
            QStringLiteral("10")};
}

void TestCliOptions::subcommandHelp_namesTheCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    for (const char *command : {"regions", "blueprints", "recipients", "cancel", "share", "offboard", "resume", "undo",
                                "history", "simulate"}) {
        const QString name = QString::fromLatin1(command);
        QTest::newRow(command) << QStringList{name, QStringLiteral("--help")}
                               << QStringLiteral("Usage: lighthouse-share-cli %1 [options]").arg(name);
    }
    QTest::newRow("profiles add") << QStringList{QStringLiteral("profiles"), QStringLiteral("add"),
                                                 QStringLiteral("--help")}
                                  << QStringLiteral("Usage: lighthouse-share-cli profiles add [options]");
}

void TestCliOptions::subcommandHelp_namesTheCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    const CliRun run = runCli(arguments, {}, environment());
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    const QString firstLine = QString::fromUtf8(run.out).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(firstLine.startsWith(usage), qPrintable(firstLine));
}

void TestCliOptions::proxyOption_requestsGoThroughTheProxy_andTlsIsVerified()
{
    const CliRun run = runCli(regionsThroughProxy() << QStringLiteral("--proxy") << m_proxy->url(), {}, environment());
    QVERIFY(run.finished);
    // The tunnel was opened to the name the CLI was given: the request went through the proxy.
    QCOMPARE(m_proxy->tunnels(), QStringList{QStringLiteral("%1:%2").arg(kHost).arg(m_simulator->port())});
    // The simulator's certificate is self-signed and not in the system's store: the CLI refuses it
    // through the proxy exactly as it would directly, and nothing is applied.
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("Client.TlsFailure"), run.err.constData());
    QCOMPARE(m_simulator->appliedRequestCount(), 0);
    QVERIFY(!m_proxy->relayed().contains("DescribeRegions"));
}

void TestCliOptions::proxyVariables_areHonoured_withNoProxy()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("https_proxy"), m_proxy->url());
    QVERIFY(runCli(regionsThroughProxy(), {}, env).finished);
    QCOMPARE(m_proxy->tunnels().size(), 1);

    // --proxy none and a matching no_proxy both go direct (where lighthouse.test does not resolve).
    QVERIFY(runCli(regionsThroughProxy() << QStringLiteral("--proxy") << QStringLiteral("none"), {}, env).finished);
    env.insert(QStringLiteral("no_proxy"), QStringLiteral("localhost,.test"));
    const CliRun excluded = runCli(regionsThroughProxy(), {}, env);
    QVERIFY(excluded.finished);
    QCOMPARE(excluded.exitCode, 1);
    QCOMPARE(m_proxy->tunnels().size(), 1);
}

void TestCliOptions::proxyOption_badValue_isAUsageError()
{
    const CliRun run = runCli(regionsThroughProxy() << QStringLiteral("--proxy") << QStringLiteral("socks5://x:1080"),
                              {}, environment());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("Only HTTP proxies"));
    QVERIFY(m_proxy->tunnels().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliOptions)
#include "TestCliOptions.moc"
