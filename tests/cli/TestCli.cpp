// lighthouse-share-cli end to end: the real executable against the simulator on 127.0.0.1.
#include "jobs/History.h"
#include "simulator/Simulator.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace LhShare;

namespace {
const QString kRegion = QStringLiteral("ap-guangzhou");
const QString kBlueprint = QStringLiteral("lhbp-cli00001");
const QString kCancel = QStringLiteral("CancelShareBlueprintAcrossAccounts");

QStringList accountIds(int count, qint64 first = 0)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids << QString::number(300000000000LL + first + i);
    return ids;
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void cancel25_threeRequestsAllUnshared();
    void cancelNeverApplied_exitsOneNamesTheAccountAndIsNotDone();
    void siteWithoutRecipientListing_revokeIsNotDone_shareIs();
    void dryRun_printsPlanAndSendsNothing();
    void badInput_exitsTwoAndSendsNothing_data();
    void badInput_exitsTwoAndSendsNothing();
    void failedBatch_exitsOneWithCodeAndRequestId();
    void stalledServer_timesOutWithinSeconds();
    void verbose_neverShowsSecretOrToken();
    void allRegions_findsTheBlueprintsRegion();
    void noConfirmationWithoutTty_refuses();
    void sigkillMidJob_historyHasEveryAppliedBatch_andResumeFinishes();
    void readOnlyCommands_listRegionsBlueprintsRecipients();
    void transientFaults_everyAccountUnsharedAndExitZero();
    void clockSkew_isReportedAndCorrected();
    void hugeAccountsFiles_refusedWithBoundedMemory_data();
    void hugeAccountsFiles_refusedWithBoundedMemory();
    void tornHistoryLine_isSkippedWithAWarning();
    void chineseLanguageSetting_translatesOutputAndApiMessages();

private:
    CliRun runCli(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60000,
                  const QProcessEnvironment &extra = {});
    QProcessEnvironment environment(const Credentials &credentials) const;
    QString endpoint() const { return m_simulator->url().toString(QUrl::StripTrailingSlash); }

    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_simulator = std::make_unique<Simulator>();
    m_simulator->setCredentials(Simulator::demoCredentials());
    QVERIFY(m_simulator->listen());
    m_simulator->addBlueprint(kRegion, kBlueprint, QStringLiteral("cli-test"));
}

void TestCli::cleanup()
{
    m_simulator.reset();
    m_home.reset();
}

QProcessEnvironment TestCli::environment(const Credentials &credentials) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A private HOME and XDG tree: the history written by the CLI lands here.
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), credentials.secretId);
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), credentials.secretKey);
    if (!credentials.token.isEmpty())
        env.insert(QStringLiteral("TENCENTCLOUD_SESSION_TOKEN"), credentials.token);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

CliRun TestCli::runCli(const QStringList &arguments, const QByteArray &input, int timeoutMs,
                       const QProcessEnvironment &extra)
{
    QProcess process;
    process.setProcessEnvironment(extra.isEmpty() ? environment(Simulator::demoCredentials()) : extra);
    process.start(QStringLiteral(LHSHARE_CLI_PATH), arguments);
    if (!process.waitForStarted())
        qFatal("cannot start the CLI");
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // Wait with the event loop running: the simulator answers from this thread.
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        qWarning() << "CLI timed out" << arguments;
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

void TestCli::cancel25_threeRequestsAllUnshared()
{
    const QStringList accounts = accountIds(25);
    m_simulator->setSharedAccounts(kBlueprint, accounts);
    const CliRun run = runCli({QStringLiteral("cancel"), QStringLiteral("--region"), kRegion,
                               QStringLiteral("--blueprint"), kBlueprint, QStringLiteral("--accounts"),
                               accounts.join(QLatin1Char(',')), QStringLiteral("--endpoint"), endpoint(),
                               QStringLiteral("--yes"), QStringLiteral("--output"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_simulator->appliedRequestCount(kCancel), 3);
    QVERIFY(m_simulator->sharedAccounts(kBlueprint).isEmpty());

    const QJsonArray batches = run.json().value(QLatin1String("batches")).toArray();
    QCOMPARE(batches.size(), 3);
    QList<int> sizes;
    for (const QJsonValue &value : batches) {
        const QJsonObject batch = value.toObject();
        QCOMPARE(batch.value(QLatin1String("status")).toString(), QStringLiteral("done"));
        QCOMPARE(batch.value(QLatin1String("blueprint")).toString(), kBlueprint);
        QCOMPARE(batch.value(QLatin1String("region")).toString(), kRegion);
        QVERIFY(!batch.value(QLatin1String("requestId")).toString().isEmpty());
        QVERIFY(batch.contains(QLatin1String("errorCode")) && batch.contains(QLatin1String("message")));
        sizes << int(batch.value(QLatin1String("accountIds")).toArray().size());
    }
    std::sort(sizes.begin(), sizes.end());
    QCOMPARE(sizes, (QList<int>{5, 10, 10}));
    // Each account verified in the recipient list afterwards.
    const QJsonArray verified = run.json().value(QLatin1String("accounts")).toArray();
    QCOMPARE(verified.size(), 25);
    for (const QJsonValue &value : verified) {
        QVERIFY(value.toObject().value(QLatin1String("verified")).toBool());
        QCOMPARE(value.toObject().value(QLatin1String("verification")).toString(), QStringLiteral("verified"));
    }
}

void TestCli::cancelNeverApplied_exitsOneNamesTheAccountAndIsNotDone()
{
    const QStringList accounts = accountIds(2);
    m_simulator->setSharedAccounts(kBlueprint, accounts);
    m_simulator->injectFault(kCancel, Simulator::Fault::AckNotApplied, Simulator::kEveryTime);
    const QStringList arguments{QStringLiteral("cancel"),
                                QStringLiteral("--region"),
                                kRegion,
                                QStringLiteral("--blueprint"),
                                kBlueprint,
                                QStringLiteral("--accounts"),
                                accounts.join(QLatin1Char(',')),
                                QStringLiteral("--endpoint"),
                                endpoint(),
                                QStringLiteral("--yes"),
                                QStringLiteral("--verify-timeout"),
                                QStringLiteral("1")};
    CliRun run = runCli(arguments + QStringList{QStringLiteral("--output"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(m_simulator->sharedAccounts(kBlueprint), accounts);
    QString err = QString::fromUtf8(run.err);
    for (const QString &account : accounts)
        QVERIFY2(err.contains(QStringLiteral("NOT VERIFIED ") + kRegion + QLatin1Char(' ') + kBlueprint
                              + QLatin1Char(' ') + account),
                 qPrintable(err));
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QLatin1String("done")).toInt(), 0);
    QCOMPARE(json.value(QLatin1String("notVerified")).toInt(), 2);
    QCOMPARE(
        json.value(QLatin1String("batches")).toArray().first().toObject().value(QLatin1String("status")).toString(),
        QStringLiteral("not-verified"));
    for (const QJsonValue &value : json.value(QLatin1String("accounts")).toArray()) {
        const QJsonObject account = value.toObject();
        QVERIFY(!account.value(QLatin1String("verified")).toBool());
        QCOMPARE(account.value(QLatin1String("verification")).toString(), QStringLiteral("not-verified"));
        QVERIFY(account.value(QLatin1String("verificationReason")).toString().contains(u"still shared"));
    }

    // The text report says the same and never calls them done.
    run = runCli(arguments);
    QCOMPARE(run.exitCode, 1);
    err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(QStringLiteral("NOT VERIFIED ")) && err.contains(accounts.constFirst()), qPrintable(err));
    QVERIFY2(QString::fromUtf8(run.out).contains(QStringLiteral(": 0 done, 2 not verified")), run.out.constData());

    // The history offers the revoke to resume; with the backend healed, resume finishes it.
    m_simulator->clearFaults();
    run = runCli({QStringLiteral("resume"), QStringLiteral("--endpoint"), endpoint(), QStringLiteral("--yes"),
                  QStringLiteral("--verify-timeout"), QStringLiteral("5"), QStringLiteral("--output"),
                  QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(m_simulator->sharedAccounts(kBlueprint).isEmpty());
}

void TestCli::dryRun_printsPlanAndSendsNothing()
{
    const CliRun run = runCli({QStringLiteral("cancel"), QStringLiteral("--region"), kRegion,
                               QStringLiteral("--blueprint"), kBlueprint, QStringLiteral("--accounts"),
                               accountIds(23).join(QLatin1Char(' ')), QStringLiteral("--endpoint"), endpoint(),
                               QStringLiteral("--dry-run"), QStringLiteral("--output"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QLatin1String("requests")).toInt(), 3);
    QCOMPARE(run.json().value(QLatin1String("batches")).toArray().size(), 3);
    QVERIFY(m_simulator->requestLog().isEmpty());
}

void TestCli::badInput_exitsTwoAndSendsNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("stdinBytes");
    QTest::addColumn<QString>("messagePart");

    const QStringList good{QStringLiteral("cancel"), QStringLiteral("--region"), kRegion, QStringLiteral("--yes")};
    const QString ids = QStringLiteral("300000000001,300000000002");
    QTest::newRow("malformed blueprint") << (good
                                             + QStringList{QStringLiteral("--blueprint"), QStringLiteral("lhbp-BAD"),
                                                           QStringLiteral("--accounts"), ids})
                                         << QByteArray() << QStringLiteral("lhbp-BAD");
    QTest::newRow("non-numeric account") << (good
                                             + QStringList{QStringLiteral("--blueprint"), kBlueprint,
                                                           QStringLiteral("--accounts"),
                                                           ids + QStringLiteral(",12345abc")})
                                         << QByteArray() << QStringLiteral("12345abc");
    QTest::newRow("plain http to a remote host")
        << (good
            + QStringList{QStringLiteral("--blueprint"), kBlueprint, QStringLiteral("--accounts"), ids,
                          QStringLiteral("--endpoint"), QStringLiteral("http://203.0.113.5:8080")})
        << QByteArray() << QStringLiteral("203.0.113.5");
    QTest::newRow("unreadable accounts file")
        << (good
            + QStringList{QStringLiteral("--blueprint"), kBlueprint, QStringLiteral("--accounts-file"),
                          QStringLiteral("/nonexistent/accounts.txt")})
        << QByteArray() << QStringLiteral("/nonexistent/accounts.txt");
    QByteArray noise(256 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &byte : noise)
        byte = char(generator.bounded(256));
    QTest::newRow("random bytes on stdin") << (good
                                               + QStringList{QStringLiteral("--blueprint"), kBlueprint,
                                                             QStringLiteral("--accounts-file"), QStringLiteral("-")})
                                           << noise << QStringLiteral("not a text file");
    QTest::newRow("unknown region") << QStringList{QStringLiteral("cancel"),
                                                   QStringLiteral("--region"),
                                                   QStringLiteral("mars-north-1"),
                                                   QStringLiteral("--blueprint"),
                                                   kBlueprint,
                                                   QStringLiteral("--accounts"),
                                                   ids,
                                                   QStringLiteral("--yes")}
                                    << QByteArray() << QStringLiteral("mars-north-1");
    QTest::newRow("no accounts") << (good + QStringList{QStringLiteral("--blueprint"), kBlueprint}) << QByteArray()
                                 << QStringLiteral("--accounts");
    QTest::newRow("negative verify timeout")
        << (good
            + QStringList{QStringLiteral("--blueprint"), kBlueprint, QStringLiteral("--accounts"), ids,
                          QStringLiteral("--verify-timeout"), QStringLiteral("-1")})
        << QByteArray() << QStringLiteral("--verify-timeout");
}

void TestCli::badInput_exitsTwoAndSendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, stdinBytes);
    QFETCH(QString, messagePart);
    if (!arguments.contains(QStringLiteral("--endpoint")))
        arguments << QStringLiteral("--endpoint") << endpoint();
    const CliRun run = runCli(arguments, stdinBytes);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(messagePart), run.err.constData());
    QVERIFY(m_simulator->requestLog().isEmpty());
}

void TestCli::failedBatch_exitsOneWithCodeAndRequestId()
{
    const CliRun run = runCli({QStringLiteral("share"), QStringLiteral("--region"), kRegion,
                               QStringLiteral("--blueprint"), QStringLiteral("lhbp-missing1"),
                               QStringLiteral("--accounts"), accountIds(3).join(QLatin1Char(',')),
                               QStringLiteral("--endpoint"), endpoint(), QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 1);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(QStringLiteral("ResourceNotFound.BlueprintIdNotFound")), qPrintable(err));
    QVERIFY(err.contains(QStringLiteral("RequestId: ")));
    QVERIFY(err.contains(accountIds(3).constFirst()));
}

void TestCli::stalledServer_timesOutWithinSeconds()
{
    m_simulator->setSharedAccounts(kBlueprint, accountIds(5));
    m_simulator->injectFault(kCancel, Simulator::Fault::Stall, 1000);
    QElapsedTimer clock;
    clock.start();
    const CliRun run = runCli({QStringLiteral("cancel"), QStringLiteral("--region"), kRegion,
                               QStringLiteral("--blueprint"), kBlueprint, QStringLiteral("--accounts"),
                               accountIds(5).join(QLatin1Char(',')), QStringLiteral("--endpoint"), endpoint(),
                               QStringLiteral("--yes"), QStringLiteral("--timeout"), QStringLiteral("2"),
                               QStringLiteral("--output"), QStringLiteral("json")},
                              {}, 120000);
    QCOMPARE(run.exitCode, 1);
    const QJsonObject batch = run.json().value(QLatin1String("batches")).toArray().first().toObject();
    QCOMPARE(batch.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(batch.value(QLatin1String("errorCode")).toString(), QStringLiteral("Client.Timeout"));
    QVERIFY(batch.value(QLatin1String("message")).toString().contains(QStringLiteral("answer in time")));
    qInfo("stalled server: CLI gave up after %lld ms", clock.elapsed());
}

void TestCli::verbose_neverShowsSecretOrToken()
{
    Credentials temporary = Simulator::demoCredentials();
    temporary.token = QStringLiteral("TOKEN-6f1d2c-session-secret");
    m_simulator->setCredentials(temporary);
    m_simulator->setSharedAccounts(kBlueprint, accountIds(12));
    const CliRun run = runCli({QStringLiteral("cancel"), QStringLiteral("--region"), kRegion,
                               QStringLiteral("--blueprint"), kBlueprint, QStringLiteral("--accounts"),
                               accountIds(12).join(QLatin1Char(',')), QStringLiteral("--endpoint"), endpoint(),
                               QStringLiteral("--yes"), QStringLiteral("--verbose")},
                              {}, 60000, environment(temporary));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray all = run.out + run.err;
    QVERIFY(all.contains("Authorization: TC3-HMAC-SHA256 Credential="));
    QVERIFY(all.contains("X-TC-Token: (hidden)"));
    QVERIFY(!all.contains(temporary.secretKey.toUtf8()));
    QVERIFY(!all.contains(temporary.token.toUtf8()));
    QVERIFY(!all.contains(temporary.secretId.toUtf8())); // only its redacted form
    QVERIFY(!all.contains("Signature="));

    QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(temporary.secretKey.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!content.contains(temporary.token.toUtf8()), qPrintable(file.fileName()));
        ++scanned;
    }
    QVERIFY(scanned >= 1); // the history was written and checked
}

void TestCli::allRegions_findsTheBlueprintsRegion()
{
    const QString tokyoBlueprint = QStringLiteral("lhbp-tokyo001");
    m_simulator->addBlueprint(QStringLiteral("ap-tokyo"), tokyoBlueprint, QStringLiteral("tokyo-image"));
    m_simulator->setSharedAccounts(tokyoBlueprint, accountIds(3));
    const CliRun run = runCli({QStringLiteral("cancel"), QStringLiteral("--all-regions"), QStringLiteral("--blueprint"),
                               tokyoBlueprint, QStringLiteral("--accounts"), accountIds(3).join(QLatin1Char(',')),
                               QStringLiteral("--endpoint"), endpoint(), QStringLiteral("--yes"),
                               QStringLiteral("--output"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json()
                 .value(QLatin1String("batches"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("region"))
                 .toString(),
             QStringLiteral("ap-tokyo"));
    QVERIFY(m_simulator->sharedAccounts(tokyoBlueprint).isEmpty());
}

void TestCli::noConfirmationWithoutTty_refuses()
{
    m_simulator->setSharedAccounts(kBlueprint, accountIds(2));
    const CliRun run = runCli({QStringLiteral("cancel"), QStringLiteral("--region"), kRegion,
                               QStringLiteral("--blueprint"), kBlueprint, QStringLiteral("--accounts"),
                               accountIds(2).join(QLatin1Char(',')), QStringLiteral("--endpoint"), endpoint()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--yes"));
    QCOMPARE(m_simulator->appliedRequestCount(kCancel), 0);
    QCOMPARE(m_simulator->sharedAccounts(kBlueprint).size(), 2);
}

void TestCli::sigkillMidJob_historyHasEveryAppliedBatch_andResumeFinishes()
{
    const QStringList accounts = accountIds(1000);
    m_simulator->setSharedAccounts(kBlueprint, accounts);
    m_simulator->setProcessingDelayMs(40);

    QProcess process;
    process.setProcessEnvironment(environment(Simulator::demoCredentials()));
    process.start(QStringLiteral(LHSHARE_CLI_PATH),
                  {QStringLiteral("cancel"), QStringLiteral("--region"), kRegion, QStringLiteral("--blueprint"),
                   kBlueprint, QStringLiteral("--accounts"), accounts.join(QLatin1Char(',')),
                   QStringLiteral("--endpoint"), endpoint(), QStringLiteral("--yes")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_simulator->appliedRequestCount(kCancel) >= 30, 20000);
    ::kill(pid_t(process.processId()), SIGKILL);
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(finished.wait(5000) || process.state() == QProcess::NotRunning);
    QTest::qWait(200); // let requests already on the wire land

    QSet<QString> applied;
    for (const Simulator::RequestRecord &record : m_simulator->requestLog()) {
        if (record.action == kCancel && record.applied)
            applied += QSet<QString>(record.accountIds.cbegin(), record.accountIds.cend());
    }
    QVERIFY(applied.size() >= 300 && applied.size() < 1000);

    const CliRun history = runCli({QStringLiteral("history"), QStringLiteral("--output"), QStringLiteral("json")});
    QCOMPARE(history.exitCode, 0);
    const QJsonArray jobs = history.json().value(QLatin1String("jobs")).toArray();
    QCOMPARE(jobs.size(), 1);
    const QJsonObject job = jobs.first().toObject();
    QVERIFY(job.value(QLatin1String("interrupted")).toBool());
    QSet<QString> recorded; // done, or sent with the outcome unknown: both say "may be applied"
    for (const QJsonValue &value : job.value(QLatin1String("batches")).toArray()) {
        const QJsonObject batch = value.toObject();
        const QString status = batch.value(QLatin1String("status")).toString();
        if (status == QLatin1String("done") || status == QLatin1String("sent")) {
            for (const QJsonValue &account : batch.value(QLatin1String("accountIds")).toArray())
                recorded.insert(account.toString());
        }
    }
    QVERIFY2(recorded.contains(applied), "an applied batch is missing from the history");

    // Resume finishes the job without re-sending what the server already applied.
    m_simulator->setProcessingDelayMs(0);
    const CliRun resume = runCli(
        {QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--endpoint"), endpoint()}, {}, 120000);
    QVERIFY2(resume.exitCode == 0, resume.err.constData());
    QVERIFY(m_simulator->sharedAccounts(kBlueprint).isEmpty());
    int conflicts = 0;
    for (const Simulator::RequestRecord &record : m_simulator->requestLog())
        conflicts += record.errorCode == QLatin1String("UnsupportedOperation.BlueprintHasNotShared") ? 1 : 0;
    QCOMPARE(conflicts, 0);
}

void TestCli::readOnlyCommands_listRegionsBlueprintsRecipients()
{
    m_simulator->setSharedAccounts(kBlueprint, accountIds(2));
    CliRun run = runCli({QStringLiteral("regions"), QStringLiteral("--endpoint"), endpoint(),
                         QStringLiteral("--output"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QLatin1String("regions")).toArray().size(), 16); // every Lighthouse region

    run = runCli(
        {QStringLiteral("blueprints"), QStringLiteral("--region"), kRegion, QStringLiteral("--endpoint"), endpoint()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(kBlueprint.toUtf8()));

    run = runCli({QStringLiteral("recipients"), QStringLiteral("--region"), kRegion, QStringLiteral("--blueprint"),
                  kBlueprint, QStringLiteral("--endpoint"), endpoint()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(accountIds(2).constFirst().toUtf8()));

    m_simulator->setShareInfosAvailable(false);
    run = runCli({QStringLiteral("recipients"), QStringLiteral("--region"), kRegion, QStringLiteral("--blueprint"),
                  kBlueprint, QStringLiteral("--endpoint"), endpoint()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("unavailable"));
}

// The intl site has no recipient listing: the server's answer alone never makes a revoke "done".
void TestCli::siteWithoutRecipientListing_revokeIsNotDone_shareIs()
{
    const QStringList accounts = accountIds(2);
    m_simulator->setSharedAccounts(kBlueprint, accounts);
    m_simulator->setShareInfosAvailable(false);
    const auto job = [&](const QString &command) {
        return runCli({command, QStringLiteral("--region"), kRegion, QStringLiteral("--blueprint"), kBlueprint,
                       QStringLiteral("--accounts"), accounts.join(QLatin1Char(',')), QStringLiteral("--endpoint"),
                       endpoint(), QStringLiteral("--yes"), QStringLiteral("--output"), QStringLiteral("json")});
    };
    CliRun run = job(QStringLiteral("cancel"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(m_simulator->sharedAccounts(kBlueprint).isEmpty()); // sent and applied, but not checkable
    const QString err = QString::fromUtf8(run.err);
    for (const QString &account : accounts)
        QVERIFY2(err.contains(QStringLiteral("NOT VERIFIED ") + kRegion + QLatin1Char(' ') + kBlueprint
                              + QLatin1Char(' ') + account + QStringLiteral(": this site does not list")),
                 qPrintable(err));
    QCOMPARE(run.json().value(QLatin1String("done")).toInt(), 0);
    QCOMPARE(run.json().value(QLatin1String("notVerified")).toInt(), 2);

    // A share that cannot be checked takes nothing away from anyone: it counts as done.
    run = job(QStringLiteral("share"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value(QLatin1String("done")).toInt(), 2);
    QCOMPARE(run.json().value(QLatin1String("notVerifiable")).toInt(), 2);
}

void TestCli::transientFaults_everyAccountUnsharedAndExitZero()
{
    const QStringList accounts = accountIds(60);
    m_simulator->setSharedAccounts(kBlueprint, accounts);
    const QStringList busyCodes{QStringLiteral("OperationDenied.BlueprintOperationInProgress"),
                                QStringLiteral("UnsupportedOperation.BlueprintLatestOperationUnfinished"),
                                QStringLiteral("ResourceInUse.BlueprintModifyingSharePermission"),
                                QStringLiteral("InternalError")};
    for (const QString &code : busyCodes)
        m_simulator->injectFault(kCancel, Simulator::Fault::ErrorCode, 1, code);
    for (Simulator::Fault fault : {Simulator::Fault::Http502Html, Simulator::Fault::TruncatedJson,
                                   Simulator::Fault::ResetBeforeApply, Simulator::Fault::ResetAfterApply})
        m_simulator->injectFault(kCancel, fault, 3);
    const CliRun run = runCli({QStringLiteral("cancel"), QStringLiteral("--region"), kRegion,
                               QStringLiteral("--blueprint"), kBlueprint, QStringLiteral("--accounts"),
                               accounts.join(QLatin1Char(',')), QStringLiteral("--endpoint"), endpoint(),
                               QStringLiteral("--yes"), QStringLiteral("--output"), QStringLiteral("json")},
                              {}, 120000);
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QVERIFY(m_simulator->sharedAccounts(kBlueprint).isEmpty());
    QCOMPARE(run.json().value(QLatin1String("done")).toInt(), 60);
    QCOMPARE(run.json().value(QLatin1String("failed")).toInt(), 0);
}

void TestCli::clockSkew_isReportedAndCorrected()
{
    m_simulator->setSharedAccounts(kBlueprint, accountIds(3));
    m_simulator->setClockOffsetSecs(-2 * 3600); // this machine's clock is two hours fast
    const CliRun run = runCli({QStringLiteral("cancel"), QStringLiteral("--region"), kRegion,
                               QStringLiteral("--blueprint"), kBlueprint, QStringLiteral("--accounts"),
                               accountIds(3).join(QLatin1Char(',')), QStringLiteral("--endpoint"), endpoint(),
                               QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("clock differs from"), run.err.constData());
    QVERIFY(m_simulator->sharedAccounts(kBlueprint).isEmpty());
}

void TestCli::hugeAccountsFiles_refusedWithBoundedMemory_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("1 GB file (sparse)") << QStringLiteral("sparse");
    QTest::newRow("10 million IDs") << QStringLiteral("ids");
}

void TestCli::hugeAccountsFiles_refusedWithBoundedMemory()
{
    QFETCH(QString, kind);
    const QString path = m_home->filePath(QStringLiteral("accounts.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    if (kind == QLatin1String("sparse")) {
        QVERIFY(file.resize(qint64(1) << 30));
    } else {
        QByteArray chunk;
        for (int i = 0; i < 100000; ++i)
            chunk += QByteArray::number(500000000000LL + i) + '\n';
        for (int i = 0; i < 100; ++i)
            file.write(chunk);
    }
    file.close();
    const CliRun run = runCli({QStringLiteral("cancel"), QStringLiteral("--region"), kRegion,
                               QStringLiteral("--blueprint"), kBlueprint, QStringLiteral("--accounts-file"), path,
                               QStringLiteral("--endpoint"), endpoint(), QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("MiB") || run.err.contains("not a text file"), run.err.constData());
    QVERIFY(m_simulator->requestLog().isEmpty());
    QFile::remove(path);
}

void TestCli::tornHistoryLine_isSkippedWithAWarning()
{
    m_simulator->setSharedAccounts(kBlueprint, accountIds(2));
    QCOMPARE(runCli({QStringLiteral("cancel"), QStringLiteral("--region"), kRegion, QStringLiteral("--blueprint"),
                     kBlueprint, QStringLiteral("--accounts"), accountIds(2).join(QLatin1Char(',')),
                     QStringLiteral("--endpoint"), endpoint(), QStringLiteral("--yes")})
                 .exitCode,
             0);
    // A power cut in the middle of a write leaves half a line at the end.
    QFile history(m_home->filePath(QStringLiteral("data/lighthouse-share/history.jsonl")));
    QVERIFY(history.open(QIODevice::Append));
    history.write("{\"type\":\"outcome\",\"job\":\"abc");
    history.close();

    // The next job starts on a fresh line: the fragment costs nothing but itself.
    m_simulator->setSharedAccounts(kBlueprint, accountIds(2));
    QCOMPARE(runCli({QStringLiteral("cancel"), QStringLiteral("--region"), kRegion, QStringLiteral("--blueprint"),
                     kBlueprint, QStringLiteral("--accounts"), accountIds(2).join(QLatin1Char(',')),
                     QStringLiteral("--endpoint"), endpoint(), QStringLiteral("--yes")})
                 .exitCode,
             0);

    const CliRun run = runCli({QStringLiteral("history"), QStringLiteral("--output"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.contains("1 unreadable line"));
    QCOMPARE(run.json().value(QLatin1String("jobs")).toArray().size(), 2);
    QCOMPARE(run.json()
                 .value(QLatin1String("jobs"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("interrupted"))
                 .toBool(),
             false);
}

void TestCli::chineseLanguageSetting_translatesOutputAndApiMessages()
{
    // The language chosen in Preferences, as the GUI stores it.
    QDir().mkpath(m_home->filePath(QStringLiteral("config/lhshare.org")));
    QFile settings(m_home->filePath(QStringLiteral("config/lhshare.org/lighthouse-share.conf")));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[ui]\nlanguage=zh_CN\n");
    settings.close();

    CliRun run = runCli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QString::fromUtf8(run.out).contains(QStringLiteral("用法")), run.out.constData());

    const CliRun failed = runCli({QStringLiteral("share"), QStringLiteral("--region"), kRegion,
                                  QStringLiteral("--blueprint"), QStringLiteral("lhbp-missing1"),
                                  QStringLiteral("--accounts"), accountIds(1).constFirst(),
                                  QStringLiteral("--endpoint"), endpoint(), QStringLiteral("--yes")});
    QCOMPARE(failed.exitCode, 1);
    // The explanation is ours, translated; the server was asked for Chinese messages too.
    QVERIFY2(QString::fromUtf8(failed.err).contains(QStringLiteral("地域")), failed.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
