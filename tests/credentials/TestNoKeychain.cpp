// Without any D-Bus session (run-isolated.sh): every keychain operation must fail in plain words,
// and nothing secret may end up anywhere else.
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include "credentials/KeychainCredentialStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace LhShare;
using namespace std::chrono_literals;

namespace {
const QByteArray kSecret = QByteArrayLiteral("noKeychainSecretKey7Qx2Lm9Vb4Tz8Wn");
}

class TestNoKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstRead_retriesOnceThenExplains();
    void write_failsWithoutWritingAnything();
    void cliAdd_failsAndLeavesNothing();
};

void TestNoKeychain::initTestCase()
{
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("a D-Bus session is present; run this test through run-isolated.sh");
}

void TestNoKeychain::firstRead_retriesOnceThenExplains()
{
    KeychainCredentialStore::setStartupRetryDelay(1200ms);
    KeychainCredentialStore store;

    QElapsedTimer timer;
    timer.start();
    QString message;
    const QString error = Test::runCredentialJob(store.read(QStringLiteral("prod")), &message);
    const qint64 firstMs = timer.elapsed();
    QCOMPARE(error, QLatin1String(CredentialJob::kNoKeychain));
    QVERIFY2(firstMs >= 1200, "the first read must wait and retry once");
    QVERIFY2(message.startsWith(QStringLiteral("No keychain reachable")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("D-Bus")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("gnome-keyring")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("libsecret")), qPrintable(message));

    // Only the first read of the process retries.
    timer.restart();
    QCOMPARE(Test::runCredentialJob(store.read(QStringLiteral("prod"))), QLatin1String(CredentialJob::kNoKeychain));
    QVERIFY(timer.elapsed() < 1000);
}

void TestNoKeychain::write_failsWithoutWritingAnything()
{
    KeychainCredentialStore store;
    const QString error = Test::runCredentialJob(
        store.write(QStringLiteral("prod"), {QString::fromLatin1(kSecret), QStringLiteral("tok")}));
    QCOMPARE(error, QLatin1String(CredentialJob::kNoKeychain));
    QVERIFY(Test::filesContaining(kSecret).isEmpty());
}

void TestNoKeychain::cliAdd_failsAndLeavesNothing()
{
    const Test::CliRun add = Test::runCli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("prod"),
                                           QStringLiteral("--secret-id"),
                                           QStringLiteral("AKIDnoKeychain00000000000000000000001")},
                                          kSecret + '\n');
    QVERIFY(add.finished);
    QCOMPARE(add.exitCode, 1);
    const QString message = QString::fromUtf8(add.err);
    QVERIFY2(message.contains(QStringLiteral("No keychain reachable")), "the error must name the missing keychain");
    QVERIFY(message.contains(QStringLiteral("Secret Service")));
    QVERIFY(!add.err.contains(kSecret));
    QVERIFY(!add.out.contains(kSecret));

    const Test::CliRun list = Test::runCli({QStringLiteral("profiles"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains("No profiles saved yet"), list.out.constData());

    const QStringList leaks = Test::filesContaining(kSecret);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));

    // Usage errors are exit code 2 and come before any keychain access.
    const Test::CliRun noKey = Test::runCli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("prod"),
                                             QStringLiteral("--secret-id"), QStringLiteral("AKIDx")});
    QCOMPARE(noKey.exitCode, 2);
    const Test::CliRun badEndpoint = Test::runCli(
        {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("p"), QStringLiteral("--secret-id"),
         QStringLiteral("AKIDx"), QStringLiteral("--endpoint"), QStringLiteral("http://example.com")},
        kSecret + '\n');
    QCOMPARE(badEndpoint.exitCode, 2);
    QVERIFY(badEndpoint.err.contains("http"));
}

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "TestNoKeychain.moc"
