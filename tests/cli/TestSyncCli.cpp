// lighthouse-share-cli sync, end to end against the simulator: a blueprint's recipients made
// exactly a set (given, or another blueprint's), the plan's + - =, dry runs, bad input and undo.
#include "support/CliRunner.h"

#include "simulator/Simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace LhShare;
using LhShare::Test::CliRun;

namespace {
const QString kRegion = QStringLiteral("ap-guangzhou");
const QString kOtherRegion = QStringLiteral("ap-shanghai");
const QString kBlueprint = QStringLiteral("lhbp-sync0001");
const QString kModel = QStringLiteral("lhbp-sync0002");
const QString kShare = QStringLiteral("ShareBlueprintAcrossAccounts");
const QString kCancel = QStringLiteral("CancelShareBlueprintAcrossAccounts");

QString account(int n)
{
    return QString::number(400000000000LL + n);
}

QStringList accounts(std::initializer_list<int> numbers)
{
    QStringList ids;
    for (int n : numbers)
        ids << account(n);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QJsonObject json(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}
} // namespace

class TestSyncCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void exactSet_cancelsAndSharesOnlyTheDifference();
    void like_copiesAnotherRegionsBlueprint();
    void dryRun_showsAddRemoveUnchangedAndSendsNothing();
    void invalidIds_exitTwoAndNothingSent();
    void undo_restoresThePreviousRecipients();
    void noRecipientListing_refusesAndSendsNothing();

private:
    CliRun sync(const QStringList &arguments);
    // `api`: a command that talks to the simulator (history does not).
    CliRun run(const QStringList &arguments, bool api = true);
    int changeRequests() const;

    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestSyncCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_simulator = std::make_unique<Simulator>();
    m_simulator->setCredentials(Simulator::demoCredentials());
    QVERIFY(m_simulator->listen());
    m_simulator->addBlueprint(kRegion, kBlueprint, QStringLiteral("new image"));
    m_simulator->addBlueprint(kOtherRegion, kModel, QStringLiteral("old image"));
    m_simulator->setSharedAccounts(kBlueprint, accounts({1, 2, 3}));
}

void TestSyncCli::cleanup()
{
    m_simulator.reset();
    m_home.reset();
}

CliRun TestSyncCli::run(const QStringList &arguments, bool api)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), Simulator::demoCredentials().secretId);
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), Simulator::demoCredentials().secretKey);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    const QStringList endpoint{QStringLiteral("--endpoint"), m_simulator->url().toString(QUrl::StripTrailingSlash)};
    return LhShare::Test::runCli(api ? arguments + endpoint : arguments, {}, env);
}

CliRun TestSyncCli::sync(const QStringList &arguments)
{
    return run(QStringList{QStringLiteral("sync"), QStringLiteral("--region"), kRegion, QStringLiteral("--blueprint"),
                           kBlueprint}
               + arguments);
}

int TestSyncCli::changeRequests() const
{
    int count = 0;
    for (const Simulator::RequestRecord &record : m_simulator->requestLog())
        count += record.action == kShare || record.action == kCancel ? 1 : 0;
    return count;
}

void TestSyncCli::exactSet_cancelsAndSharesOnlyTheDifference()
{
    const CliRun result = sync({QStringLiteral("--accounts"), accounts({2, 3, 4, 5}).join(QLatin1Char(',')),
                                QStringLiteral("--yes"), QStringLiteral("--output"), QStringLiteral("json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(m_simulator->sharedAccounts(kBlueprint), accounts({2, 3, 4, 5}));
    // One cancel for 1, one share for 4 and 5: nothing for the accounts that stay.
    QCOMPARE(m_simulator->appliedRequestCount(kCancel), 1);
    QCOMPARE(m_simulator->appliedRequestCount(kShare), 1);
    QCOMPARE(changeRequests(), 2);

    QMap<QString, QStringList> byAction;
    for (const QJsonValue &value : json(result).value(QLatin1String("batches")).toArray()) {
        const QJsonObject batch = value.toObject();
        QCOMPARE(batch.value(QLatin1String("status")).toString(), QStringLiteral("done"));
        byAction[batch.value(QLatin1String("action")).toString()] += strings(batch.value(QLatin1String("accountIds")));
    }
    QCOMPARE(json(result).value(QLatin1String("action")).toString(), QStringLiteral("sync"));
    QCOMPARE(byAction.value(QStringLiteral("cancel")), accounts({1}));
    QCOMPARE(byAction.value(QStringLiteral("share")), accounts({4, 5}));

    // Already exact: nothing to send.
    m_simulator->clearRequestLog();
    const CliRun again = sync(
        {QStringLiteral("--accounts"), accounts({5, 4, 3, 2}).join(QLatin1Char(' ')), QStringLiteral("--yes")});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.out.contains("already has exactly these 4 recipient"), again.out.constData());
    QCOMPARE(changeRequests(), 0);
}

void TestSyncCli::like_copiesAnotherRegionsBlueprint()
{
    m_simulator->setSharedAccounts(kModel, accounts({3, 7, 8}));
    const CliRun result = sync(
        {QStringLiteral("--like"), kModel, QStringLiteral("--like-region"), kOtherRegion, QStringLiteral("--yes")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(m_simulator->sharedAccounts(kBlueprint), accounts({3, 7, 8}));
    QCOMPARE(m_simulator->sharedAccounts(kModel), accounts({3, 7, 8})); // the model is only read
    QCOMPARE(changeRequests(), 2);

    // The model read in its own region: without --like-region it is not found where B is, and a
    // model with no recipients would remove every one of B's: refused, nothing sent.
    m_simulator->setSharedAccounts(kBlueprint, accounts({1}));
    m_simulator->clearRequestLog();
    const CliRun wrongRegion = sync({QStringLiteral("--like"), kModel, QStringLiteral("--yes")});
    QCOMPARE(wrongRegion.exitCode, 2);
    QVERIFY2(wrongRegion.err.contains("has no recipients"), wrongRegion.err.constData());
    QCOMPARE(changeRequests(), 0);
    QCOMPARE(m_simulator->sharedAccounts(kBlueprint), accounts({1}));
}

void TestSyncCli::dryRun_showsAddRemoveUnchangedAndSendsNothing()
{
    const QStringList wanted{account(3), account(4)};
    const CliRun text = sync(
        {QStringLiteral("--accounts"), wanted.join(QLatin1Char(',')), QStringLiteral("--dry-run")});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    const QString plan = QString::fromUtf8(text.out);
    QVERIFY2(plan.contains(QStringLiteral("1 account(s) gain access and 2 lose it, in 2 requests")), text.out);
    QVERIFY2(plan.contains(QStringLiteral("+ %1 %2: %3").arg(kRegion, kBlueprint, account(4))), text.out);
    QVERIFY2(plan.contains(QStringLiteral("- %1 %2: %3,%4").arg(kRegion, kBlueprint, account(1), account(2))),
             text.out);
    QVERIFY2(plan.contains(QStringLiteral("= %1 %2: %3").arg(kRegion, kBlueprint, account(3))), text.out);

    const CliRun structured = sync({QStringLiteral("--accounts"), wanted.join(QLatin1Char(',')),
                                    QStringLiteral("--dry-run"), QStringLiteral("--output"), QStringLiteral("json")});
    QCOMPARE(structured.exitCode, 0);
    const QJsonObject object = json(structured);
    QVERIFY(object.value(QLatin1String("dryRun")).toBool());
    QCOMPARE(strings(object.value(QLatin1String("add"))), QStringList{account(4)});
    QCOMPARE(strings(object.value(QLatin1String("remove"))), (QStringList{account(1), account(2)}));
    QCOMPARE(strings(object.value(QLatin1String("unchanged"))), QStringList{account(3)});
    QCOMPARE(object.value(QLatin1String("requests")).toInt(), 2);

    // Only the recipients were read; nothing was shared or cancelled.
    QVERIFY(!m_simulator->requestLog().isEmpty());
    QCOMPARE(changeRequests(), 0);
    QCOMPARE(m_simulator->sharedAccounts(kBlueprint), accounts({1, 2, 3}));
}

void TestSyncCli::invalidIds_exitTwoAndNothingSent()
{
    const CliRun result = sync({QStringLiteral("--accounts"), account(3) + QStringLiteral(",12345abc,") + account(4),
                                QStringLiteral("--yes")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("12345abc"), result.err.constData());
    QVERIFY(m_simulator->requestLog().isEmpty());

    const CliRun both = sync({QStringLiteral("--accounts"), account(3), QStringLiteral("--like"), kModel});
    QCOMPARE(both.exitCode, 2);
    QVERIFY(m_simulator->requestLog().isEmpty());
    QCOMPARE(m_simulator->sharedAccounts(kBlueprint), accounts({1, 2, 3}));
}

void TestSyncCli::undo_restoresThePreviousRecipients()
{
    const CliRun result = sync({QStringLiteral("--accounts"), accounts({3, 9}).join(QLatin1Char(',')),
                                QStringLiteral("--yes"), QStringLiteral("--output"), QStringLiteral("json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(m_simulator->sharedAccounts(kBlueprint), accounts({3, 9}));
    const QString jobId = json(result).value(QLatin1String("job")).toString();

    const CliRun history = run({QStringLiteral("history"), QStringLiteral("--output"), QStringLiteral("json")}, false);
    const QJsonObject job = json(history).value(QLatin1String("jobs")).toArray().first().toObject();
    QCOMPARE(job.value(QLatin1String("action")).toString(), QStringLiteral("sync"));

    const CliRun undo = run({QStringLiteral("undo"), jobId.left(8), QStringLiteral("--yes")});
    QVERIFY2(undo.exitCode == 0, undo.err.constData());
    QCOMPARE(m_simulator->sharedAccounts(kBlueprint), accounts({1, 2, 3}));
}

// Without DescribeBlueprintsShareAcrossAccountInfos (the intl site) the current set is unknown.
void TestSyncCli::noRecipientListing_refusesAndSendsNothing()
{
    m_simulator->setShareInfosAvailable(false);
    const CliRun result = sync({QStringLiteral("--accounts"), account(9), QStringLiteral("--yes")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("no recipient listing"), result.err.constData());
    QCOMPARE(changeRequests(), 0);
    QCOMPARE(m_simulator->sharedAccounts(kBlueprint), accounts({1, 2, 3}));
}

QTEST_GUILESS_MAIN(TestSyncCli)
#include "TestSyncCli.moc"
