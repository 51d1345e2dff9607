// recipients and offboard end to end: the real executable against the simulator's demo data.
#include "simulator/Simulator.h"
#include "support/CliRunner.h"

#include "model/Region.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace LhShare;
using LhShare::Test::CliRun;

namespace {
const QString kPartner = QStringLiteral("700000164995");
const QString kSingapore = QStringLiteral("ap-singapore");
const QString kShareInfos = QStringLiteral("DescribeBlueprintsShareAcrossAccountInfos");
const QString kCancel = QStringLiteral("CancelShareBlueprintAcrossAccounts");
} // namespace

class TestAccessCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void recipientsAllRegions_textListsEveryShare();
    void recipientsAllRegions_jsonIsTheMatrix();
    void recipientsForAccounts_csv();
    void recipientsInvalidAccount_exitsTwoAndSendsNothing();
    void recipientsFailingRegion_reportedAndExitOne();
    void recipientsWithoutShareInfoRead_saysSo();
    void offboardDryRun_plansEveryBlueprintAndSendsNothing();
    void offboardYes_removesTheAccountEverywhere_andUndoRestoresIt();
    void offboardWithAFailingRegion_refusesAndSendsNothing();

private:
    CliRun run(QStringList arguments, const QByteArray &input = {});
    // Every (region blueprint account) the simulator holds, sorted; only `account` when given.
    QStringList shares(const QString &account = {}) const;
    int requestsFor(const QString &action) const;

    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestAccessCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_simulator = std::make_unique<Simulator>();
    QVERIFY(m_simulator->listen());
    m_simulator->setRateLimitingEnabled(false); // the client paces anyway; nothing here is about time
}

void TestAccessCli::cleanup()
{
    m_simulator.reset();
    m_home.reset();
}

CliRun TestAccessCli::run(QStringList arguments, const QByteArray &input)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), Simulator::demoCredentials().secretId);
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), Simulator::demoCredentials().secretKey);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    arguments << QStringLiteral("--endpoint") << m_simulator->url().toString(QUrl::StripTrailingSlash);
    return Test::runCli(arguments, input, env);
}

QStringList TestAccessCli::shares(const QString &account) const
{
    QStringList rows;
    for (const Region &region : Region::supported()) {
        for (const QString &id : m_simulator->blueprintIds(region.id)) {
            for (const QString &recipient : m_simulator->sharedAccounts(id)) {
                if (account.isEmpty() || recipient == account)
                    rows << region.id + QLatin1Char(' ') + id + QLatin1Char(' ') + recipient;
            }
        }
    }
    rows.sort();
    return rows;
}

int TestAccessCli::requestsFor(const QString &action) const
{
    int count = 0;
    for (const Simulator::RequestRecord &record : m_simulator->requestLog())
        count += record.action == action ? 1 : 0;
    return count;
}

void TestAccessCli::recipientsAllRegions_textListsEveryShare()
{
    const CliRun result = run({QStringLiteral("recipients"), QStringLiteral("--all-regions")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), shares().size());
    // A row: region, blueprint, account, since when, name.
    const QString tokyoCi = Simulator::demoBlueprintId(QStringLiteral("ap-tokyo"), 2);
    const auto row = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &line) {
        return line.startsWith(QLatin1String("ap-tokyo")) && line.contains(tokyoCi) && line.contains(kPartner);
    });
    QVERIFY(row != lines.cend());
    QVERIFY2(row->contains(QLatin1String("ci-runner")) && row->contains(QLatin1String("2026-")), qPrintable(*row));
}

void TestAccessCli::recipientsAllRegions_jsonIsTheMatrix()
{
    const CliRun result = run({QStringLiteral("recipients"), QStringLiteral("--all-regions"),
                               QStringLiteral("--output"), QStringLiteral("json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(result.out).array();
    QStringList found;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        QCOMPARE(
            row.keys(),
            (QStringList{QStringLiteral("accountId"), QStringLiteral("blueprintId"), QStringLiteral("blueprintName"),
                         QStringLiteral("createdTime"), QStringLiteral("region")}));
        QVERIFY(!row.value(QLatin1String("blueprintName")).toString().isEmpty());
        QVERIFY(row.value(QLatin1String("createdTime")).toString().endsWith(QLatin1Char('Z')));
        found << row.value(QLatin1String("region")).toString() + QLatin1Char(' ')
                + row.value(QLatin1String("blueprintId")).toString() + QLatin1Char(' ')
                + row.value(QLatin1String("accountId")).toString();
    }
    found.sort();
    QCOMPARE(found, shares());
}

void TestAccessCli::recipientsForAccounts_csv()
{
    const CliRun result = run({QStringLiteral("recipients"), QStringLiteral("--region"), kSingapore,
                               QStringLiteral("--region"), QStringLiteral("ap-tokyo"), QStringLiteral("--account"),
                               kPartner, QStringLiteral("--output"), QStringLiteral("csv")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.constFirst(), QStringLiteral("region,blueprintId,blueprintName,accountId,createdTime"));
    // web-base in both, db-golden in Singapore, ci-runner in Tokyo.
    QCOMPARE(lines.size(), 1 + 4);
    for (qsizetype i = 1; i < lines.size(); ++i)
        QVERIFY(lines.at(i).contains(QLatin1Char(',') + kPartner + QLatin1Char(',')));
    // One account: read with the account-id filter, one request a region.
    QCOMPARE(requestsFor(kShareInfos), 2);
}

void TestAccessCli::recipientsInvalidAccount_exitsTwoAndSendsNothing()
{
    const CliRun result = run({QStringLiteral("recipients"), QStringLiteral("--all-regions"),
                               QStringLiteral("--account"), QStringLiteral("700000164995,1OOO12345678")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("1OOO12345678"), result.err.constData());
    QVERIFY(m_simulator->requestLog().isEmpty());
}

void TestAccessCli::recipientsFailingRegion_reportedAndExitOne()
{
    m_simulator->injectFaultInRegion(kSingapore, kShareInfos, Simulator::Fault::ErrorCode, 1,
                                     QStringLiteral("UnauthorizedOperation.NoPermission"));
    const CliRun result = run({QStringLiteral("recipients"), QStringLiteral("--all-regions")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("ap-singapore: incomplete")
                 && result.err.contains("UnauthorizedOperation.NoPermission") && result.err.contains("RequestId"),
             result.err.constData());
    // The other regions are there; Singapore is not.
    QVERIFY(result.out.contains("ap-tokyo"));
    QVERIFY(!result.out.contains("ap-singapore"));
}

void TestAccessCli::recipientsWithoutShareInfoRead_saysSo()
{
    m_simulator->setShareInfosAvailable(false);
    const CliRun result = run({QStringLiteral("recipients"), QStringLiteral("--region"), kSingapore});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("unavailable"), result.err.constData());
    // What is known instead: each blueprint shared with anyone or not.
    QVERIFY(result.err.contains(
        QByteArray(Simulator::demoBlueprintId(kSingapore, 0).toUtf8() + " web-base: shared with someone")));
    QVERIFY(
        result.err.contains(QByteArray(Simulator::demoBlueprintId(kSingapore, 3).toUtf8() + " win-build: not shared")));
}

void TestAccessCli::offboardDryRun_plansEveryBlueprintAndSendsNothing()
{
    const QStringList before = shares();
    const CliRun result = run({QStringLiteral("offboard"), QStringLiteral("--accounts"), kPartner,
                               QStringLiteral("--all-regions"), QStringLiteral("--dry-run")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(requestsFor(kCancel), 0);
    QCOMPARE(shares(), before);
    // Each (region, blueprint, account) in the plan, and the request count: one per blueprint.
    const QStringList partnerShares = shares(kPartner);
    QCOMPARE(partnerShares.size(), 18);
    for (const QString &share : partnerShares) {
        const QStringList parts = share.split(QLatin1Char(' '));
        QVERIFY2(result.out.contains(
                     (parts.at(0) + QLatin1Char(' ') + parts.at(1) + QStringLiteral(": ") + kPartner).toUtf8()),
                 qPrintable(share));
    }
    QVERIFY2(result.out.contains("in 18 requests"), result.out.constData());
}

void TestAccessCli::offboardYes_removesTheAccountEverywhere_andUndoRestoresIt()
{
    const QStringList before = shares();
    const QStringList partnerShares = shares(kPartner);
    const CliRun result = run({QStringLiteral("offboard"), QStringLiteral("--accounts"), kPartner,
                               QStringLiteral("--all-regions"), QStringLiteral("--yes"), QStringLiteral("--output"),
                               QStringLiteral("json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(report.value(QLatin1String("done")).toInt(), 18);
    QCOMPARE(report.value(QLatin1String("failed")).toInt(), 0);
    QVERIFY(shares(kPartner).isEmpty());
    // Nobody else lost anything.
    QStringList others = before;
    for (const QString &share : partnerShares)
        others.removeOne(share);
    QCOMPARE(shares(), others);

    const QString job = report.value(QLatin1String("job")).toString();
    QVERIFY(!job.isEmpty());
    const CliRun undo = run({QStringLiteral("undo"), job.left(8), QStringLiteral("--yes"), QStringLiteral("--output"),
                             QStringLiteral("json")});
    QVERIFY2(undo.exitCode == 0, undo.err.constData());
    QCOMPARE(QJsonDocument::fromJson(undo.out).object().value(QLatin1String("done")).toInt(), 18);
    QCOMPARE(shares(), before);
}

void TestAccessCli::offboardWithAFailingRegion_refusesAndSendsNothing()
{
    m_simulator->injectFaultInRegion(kSingapore, QStringLiteral("DescribeBlueprints"), Simulator::Fault::ErrorCode, 1,
                                     QStringLiteral("UnauthorizedOperation.NoPermission"));
    const QStringList before = shares();
    const CliRun result = run({QStringLiteral("offboard"), QStringLiteral("--accounts"), kPartner,
                               QStringLiteral("--all-regions"), QStringLiteral("--yes")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("ap-singapore"), result.err.constData());
    QCOMPARE(requestsFor(kCancel), 0);
    QCOMPARE(shares(), before);
}

QTEST_GUILESS_MAIN(TestAccessCli)
#include "TestAccessCli.moc"
