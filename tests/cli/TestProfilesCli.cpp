// Against a real Secret Service (with-keyring.sh): profiles saved by one CLI process are read by
// the next, used for signed calls to the simulator, and removed without a trace.
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include "credentials/KeychainCredentialStore.h"
#include "simulator/Simulator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace LhShare;
using namespace std::chrono_literals;

namespace {

const QString kSecretId = QStringLiteral("AKIDkeychainCliTest000000000000000001");
const QByteArray kSecretKey = QByteArrayLiteral("kcCliSecretKey5Hq8Zr3Wp6Ny1Ld4Fj7");
const QByteArray kToken = QByteArrayLiteral("kcCliSessionToken2Bm9Xs5Tc8Gv3Kh6");

// `secret-tool search --all server lighthouse-share`: what QtKeychain's entries look like to
// other programs. Returns the "attribute.user" values only, so secrets never reach the test log.
QStringList keychainEntries()
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                QStringLiteral("lighthouse-share")});
    if (!tool.waitForFinished(15'000))
        return {QStringLiteral("<secret-tool did not finish>")};
    QStringList users;
    const QByteArray all = tool.readAllStandardOutput() + tool.readAllStandardError();
    for (const QByteArray &line : all.split('\n')) {
        if (line.startsWith("attribute.user = "))
            users.append(QString::fromUtf8(line.mid(int(qstrlen("attribute.user = ")))));
    }
    users.sort();
    return users;
}

bool mentionsSecrets(const Test::CliRun &run)
{
    for (const QByteArray &secret : {kSecretKey, kToken}) {
        if (run.out.contains(secret) || run.err.contains(secret))
            return true;
    }
    return false;
}

} // namespace

class TestProfilesCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void store_roundTrip();
    void addShowUseRemove();
    void wrongSecret_testReportsCodeAndRequestId();
    void importTccli_leavesSourceFiles();
    void cleanupTestCase();

private:
    Simulator m_simulator;
};

void TestProfilesCli::initTestCase()
{
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("no D-Bus session; run this test through with-keyring.sh");
    KeychainCredentialStore::setStartupRetryDelay(0ms);
    m_simulator.setCredentials({kSecretId, QString::fromLatin1(kSecretKey), QString::fromLatin1(kToken)});
    QVERIFY2(m_simulator.listen(), qPrintable(m_simulator.errorString()));
}

void TestProfilesCli::store_roundTrip()
{
    KeychainCredentialStore store;
    auto run = [](CredentialJob *job, ProfileSecrets *secrets = nullptr) {
        return Test::runCredentialJob(job, nullptr, secrets);
    };
    QCOMPARE(run(store.write(QStringLiteral("unit"), {QStringLiteral("k1"), QStringLiteral("t1")})), QString());
    ProfileSecrets secrets;
    QCOMPARE(run(store.read(QStringLiteral("unit")), &secrets), QString());
    QCOMPARE(secrets.secretKey, QStringLiteral("k1"));
    QCOMPARE(secrets.token, QStringLiteral("t1"));
    QCOMPARE(keychainEntries(), (QStringList{QStringLiteral("unit/secretKey"), QStringLiteral("unit/token")}));

    QCOMPARE(run(store.write(QStringLiteral("unit"), {QStringLiteral("k2"), {}})), QString());
    QCOMPARE(run(store.read(QStringLiteral("unit")), &secrets), QString());
    QCOMPARE(secrets.secretKey, QStringLiteral("k2"));
    QVERIFY(secrets.token.isEmpty());

    QCOMPARE(run(store.remove(QStringLiteral("unit"))), QString());
    QCOMPARE(run(store.read(QStringLiteral("unit"))), QLatin1String(CredentialJob::kNotFound));
    QVERIFY(keychainEntries().isEmpty());
}

void TestProfilesCli::addShowUseRemove()
{
    const QString endpoint = m_simulator.url().toString();
    const Test::CliRun add = Test::runCli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("sim"),
                                           QStringLiteral("--secret-id"), kSecretId, QStringLiteral("--region"),
                                           QStringLiteral("ap-singapore"), QStringLiteral("--endpoint"), endpoint,
                                           QStringLiteral("--token-stdin")},
                                          kSecretKey + '\n' + kToken + '\n');
    QCOMPARE(add.exitCode, 0);
    QVERIFY(!mentionsSecrets(add));
    QCOMPARE(keychainEntries(), (QStringList{QStringLiteral("sim/secretKey"), QStringLiteral("sim/token")}));

    // A second process reads it back: settings plus keychain.
    const Test::CliRun show = Test::runCli({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("sim"),
                                            QStringLiteral("--output"), QStringLiteral("json")});
    QCOMPARE(show.exitCode, 0);
    QVERIFY(!mentionsSecrets(show));
    const QJsonObject shown = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(shown.value(QStringLiteral("secretId")).toString(), QStringLiteral("AKID…0001"));
    QCOMPARE(shown.value(QStringLiteral("region")).toString(), QStringLiteral("ap-singapore"));
    QVERIFY(shown.value(QStringLiteral("secretKeyStored")).toBool());
    QVERIFY(shown.value(QStringLiteral("hasToken")).toBool());
    QVERIFY(!show.out.contains(kSecretId.toLatin1()));

    const Test::CliRun list = Test::runCli({QStringLiteral("profiles"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("sim"));
    QVERIFY(!list.out.contains(kSecretId.toLatin1()));

    // Signed calls with the stored secrets: the simulator checks the signature and the token.
    const Test::CliRun test = Test::runCli({QStringLiteral("profiles"), QStringLiteral("test"), QStringLiteral("sim")});
    QVERIFY2(test.exitCode == 0, test.err.constData());
    QVERIFY(test.out.contains("Connection works"));
    QVERIFY(!mentionsSecrets(test));

    const Test::CliRun regions = Test::runCli({QStringLiteral("regions"), QStringLiteral("--profile"),
                                               QStringLiteral("sim"), QStringLiteral("--endpoint"), endpoint});
    QVERIFY2(regions.exitCode == 0, regions.err.constData());
    QVERIFY(regions.out.contains("ap-guangzhou"));
    QVERIFY(!mentionsSecrets(regions));

    // Nothing secret in any file outside the keyring (whose file is encrypted).
    for (const QByteArray &secret : {kSecretKey, kToken}) {
        const QStringList leaks = Test::filesContaining(secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
    }

    const Test::CliRun remove = Test::runCli(
        {QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("sim")});
    QCOMPARE(remove.exitCode, 0);
    QVERIFY(keychainEntries().isEmpty());
    const Test::CliRun gone = Test::runCli({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("sim")});
    QCOMPARE(gone.exitCode, 1);
    QVERIFY(gone.err.contains("No profile named"));
}

void TestProfilesCli::wrongSecret_testReportsCodeAndRequestId()
{
    const Test::CliRun add = Test::runCli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("wrong"),
                                           QStringLiteral("--secret-id"), kSecretId, QStringLiteral("--endpoint"),
                                           m_simulator.url().toString()},
                                          QByteArrayLiteral("notTheRightKey000000000000000000\n"));
    QCOMPARE(add.exitCode, 0);
    const Test::CliRun test = Test::runCli(
        {QStringLiteral("profiles"), QStringLiteral("test"), QStringLiteral("wrong")});
    QCOMPARE(test.exitCode, 1);
    QVERIFY2(test.err.contains("Code: AuthFailure"), test.err.constData());
    QVERIFY2(test.err.contains("RequestId: "), test.err.constData());
    QCOMPARE(Test::runCli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("wrong")}).exitCode, 0);
}

void TestProfilesCli::importTccli_leavesSourceFiles()
{
    // HOME is the throw-away directory of with-keyring.sh.
    const QDir tccli(QDir::home().filePath(QStringLiteral(".tccli")));
    QVERIFY(QDir().mkpath(tccli.path()));
    const QString credential = tccli.filePath(QStringLiteral("default.credential"));
    const QByteArray contents = "{\n  \"type\": \"default\",\n  \"secretId\": \"" + kSecretId.toLatin1()
        + "\",\n  \"secretKey\": \"" + kSecretKey + "\",\n  \"token\": \"" + kToken + "\"\n}\n";
    QFile file(credential);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
    file.close();

    const Test::CliRun import = Test::runCli({QStringLiteral("profiles"), QStringLiteral("import-tccli")});
    QVERIFY2(import.exitCode == 0, import.err.constData());
    QVERIFY(import.out.contains("left as it is"));
    QVERIFY(!mentionsSecrets(import));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), contents);
    file.close();
    QCOMPARE(keychainEntries(), (QStringList{QStringLiteral("default/secretKey"), QStringLiteral("default/token")}));

    // Importing again needs --replace.
    QCOMPARE(Test::runCli({QStringLiteral("profiles"), QStringLiteral("import-tccli")}).exitCode, 1);
    const Test::CliRun test = Test::runCli({QStringLiteral("profiles"), QStringLiteral("test"),
                                            QStringLiteral("default"), QStringLiteral("--endpoint"),
                                            m_simulator.url().toString()});
    QVERIFY2(test.exitCode == 0, test.err.constData());
    QVERIFY(!mentionsSecrets(test));
    QCOMPARE(Test::runCli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("default")}).exitCode,
             0);
    QVERIFY(QFile::exists(credential));
    QVERIFY(keychainEntries().isEmpty());
}

void TestProfilesCli::cleanupTestCase()
{
    m_simulator.close();
}

QTEST_GUILESS_MAIN(TestProfilesCli)
#include "TestProfilesCli.moc"
