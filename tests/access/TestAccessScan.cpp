#include "access/AccessScan.h"
#include "access/OffboardPlan.h"
#include "access/RecipientQueryCost.h"
#include "support/SimulatorFixture.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace LhShare;
using namespace LhShare::Test;

namespace {
const QString kShanghai = QStringLiteral("ap-shanghai");
const QString kSingapore = QStringLiteral("ap-singapore");
const QString kTokyo = QStringLiteral("ap-tokyo");
const QString kPartner = QStringLiteral("700000164995");
const QString kShareInfos = QStringLiteral("DescribeBlueprintsShareAcrossAccountInfos");

// What a finished scan left behind (read in its finished() slot: it deletes itself afterwards).
struct Scanned
{
    AccessMatrix matrix;
    ApiError error;
    QList<QPair<int, int>> progress;

    // "region blueprint account" per row, sorted.
    QStringList rows() const
    {
        QStringList rows;
        for (const AccessEntry &entry : matrix.entries)
            rows << entry.region + QLatin1Char(' ') + entry.blueprintId + QLatin1Char(' ') + entry.accountId;
        rows.sort();
        return rows;
    }
};

Scanned scan(LighthouseService *service, const AccessScanRequest &request)
{
    Scanned scanned;
    bool done = false;
    auto *job = new AccessScan(service, request);
    QObject::connect(job, &AccessScan::progress, job, [&](int read, int expected) {
        scanned.progress.append({read, expected});
    });
    QObject::connect(job, &Job::finished, job, [&] {
        scanned.matrix = job->matrix();
        scanned.error = job->error();
        done = true;
    });
    job->start();
    if (!QTest::qWaitFor([&] { return done; }, 120000))
        qFatal("The scan never finished");
    return scanned;
}

// The rows the simulator holds for these regions (and accounts, when given): what a scan must find.
QStringList expectedRows(const Simulator &simulator, const QStringList &regions, const QStringList &accounts = {})
{
    QStringList rows;
    for (const QString &region : regions) {
        for (const QString &id : simulator.blueprintIds(region)) {
            for (const QString &account : simulator.sharedAccounts(id)) {
                if (accounts.isEmpty() || accounts.contains(account))
                    rows << region + QLatin1Char(' ') + id + QLatin1Char(' ') + account;
            }
        }
    }
    rows.sort();
    return rows;
}

QList<Simulator::RequestRecord> shareInfoReads(const Simulator &simulator)
{
    QList<Simulator::RequestRecord> reads;
    for (const Simulator::RequestRecord &record : simulator.requestLog()) {
        if (record.action == kShareInfos)
            reads.append(record);
    }
    return reads;
}

// The account-id filter values of a share-info read; empty when it had no filter.
QStringList filteredAccounts(const Simulator::RequestRecord &record)
{
    QStringList accounts;
    for (const QJsonValue &filter : record.parameters.value(QLatin1String("Filters")).toArray()) {
        if (filter.toObject().value(QLatin1String("Name")).toString() == QLatin1String("account-id")) {
            for (const QJsonValue &value : filter.toObject().value(QLatin1String("Values")).toArray())
                accounts << value.toString();
        }
    }
    return accounts;
}
} // namespace

class TestAccessScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_f.reset(); }

    void queryCost_data();
    void queryCost();
    void threeRegions_everyShareWithNameStateAndTime();
    void unsharedBlueprints_areNotAskedAbout();
    void everyRegion_comesFromDescribeRegions();
    void oneFilterGroupOfAccounts_usesTheAccountFilter();
    void manyAccountsAndShortLists_listEverything();
    void manyAccountsAndLongLists_switchToTheAccountFilter();
    void entriesVanishWhileRead_matrixIsTheFinalState();
    void failingRegion_isIncompleteAndTheOthersShow();
    void transientFailures_areReadAgain();
    void siteWithoutShareInfoRead_saysSoAndKeepsBlueprintShared();
    void givenBlueprints_onlyThoseAndOnlyWhereTheyAre();
    void stop_endsAsCanceled();

private:
    std::unique_ptr<SimulatorFixture> m_f;
};

void TestAccessScan::init()
{
    m_f = std::make_unique<SimulatorFixture>();
    m_f->simulator.setRateLimitingEnabled(false); // nothing here is about pace; the benchmark is
}

void TestAccessScan::queryCost_data()
{
    QTest::addColumn<int>("accounts");
    QTest::addColumn<int>("totalRows");
    QTest::addColumn<bool>("byAccountBeforeReading");
    QTest::addColumn<bool>("byAccountAfterFirstPage");
    QTest::newRow("no accounts") << 0 << 10000 << false << false;
    QTest::newRow("5 accounts: one filtered request") << 5 << 50 << true << false;
    QTest::newRow("6 accounts, one page of rows") << 6 << 100 << false << false;
    QTest::newRow("6 accounts, 2 groups = 2 pages left") << 6 << 298 << false << false;
    QTest::newRow("6 accounts, 2 groups < 3 pages left") << 6 << 397 << false << true;
    QTest::newRow("50 accounts, 10 groups < 100 pages left") << 50 << 10000 << false << true;
    QTest::newRow("TotalCount missing") << 50 << -1 << false << false;
}

void TestAccessScan::queryCost()
{
    QFETCH(int, accounts);
    QFETCH(int, totalRows);
    QFETCH(bool, byAccountBeforeReading);
    QFETCH(bool, byAccountAfterFirstPage);
    QCOMPARE(RecipientQueryCost::chooseBeforeReading(accounts) == RecipientQuery::ByAccount, byAccountBeforeReading);
    QCOMPARE(RecipientQueryCost::chooseAfterFirstPage(accounts, totalRows) == RecipientQuery::ByAccount,
             byAccountAfterFirstPage);
    // Pages of 100 overlapping by one row.
    QCOMPARE(RecipientQueryCost::pagesFor(0), 1);
    QCOMPARE(RecipientQueryCost::pagesFor(100), 1);
    QCOMPARE(RecipientQueryCost::pagesFor(199), 2);
    QCOMPARE(RecipientQueryCost::pagesFor(200), 3);
    QCOMPARE(RecipientQueryCost::pagesFor(10000), 101);
}

void TestAccessScan::threeRegions_everyShareWithNameStateAndTime()
{
    const QStringList regions{kShanghai, kSingapore, kTokyo};
    const Scanned scanned = scan(&m_f->service, {regions, {}, {}});
    QVERIFY2(!scanned.error.isError(), qPrintable(scanned.error.summary()));
    QVERIFY(scanned.matrix.isComplete());
    QCOMPARE(scanned.matrix.regions.size(), 3);
    // The demo's regions differ: web-base everywhere, db-golden and ci-runner shared in some.
    QCOMPARE(scanned.rows(), expectedRows(m_f->simulator, regions));
    QCOMPARE(scanned.rows().size(), 3 * 3 + 2 + 2 + 1 + 3);

    const QString tokyoCi = Simulator::demoBlueprintId(kTokyo, 2);
    const auto partnerInTokyo = std::find_if(
        scanned.matrix.entries.cbegin(), scanned.matrix.entries.cend(), [&](const AccessEntry &entry) {
            return entry.region == kTokyo && entry.blueprintId == tokyoCi && entry.accountId == kPartner;
        });
    QVERIFY(partnerInTokyo != scanned.matrix.entries.cend());
    QCOMPARE(partnerInTokyo->blueprintName, QStringLiteral("ci-runner"));
    QCOMPARE(partnerInTokyo->blueprintState, QStringLiteral("NORMAL"));
    QVERIFY(partnerInTokyo->createdTime.isValid());
    QCOMPARE(partnerInTokyo->createdTime.date().year(), 2026);

    // Progress ends with everything read.
    QVERIFY(!scanned.progress.isEmpty());
    QCOMPARE(scanned.progress.constLast().first, scanned.progress.constLast().second);
}

void TestAccessScan::unsharedBlueprints_areNotAskedAbout()
{
    const Scanned scanned = scan(&m_f->service, {{QStringLiteral("ap-guangzhou")}, {}, {}});
    QVERIFY(scanned.matrix.isComplete());
    QCOMPARE(scanned.matrix.regions.constFirst().blueprints.size(), 4); // the custom blueprints, none public
    // Only web-base says BlueprintShared: the other three are not asked about.
    const auto reads = shareInfoReads(m_f->simulator);
    QCOMPARE(reads.size(), 1);
    QCOMPARE(reads.constFirst().parameters.value(QLatin1String("BlueprintIds")).toArray(),
             QJsonArray{Simulator::demoBlueprintId(QStringLiteral("ap-guangzhou"), 0)});
    QCOMPARE(scanned.matrix.entries.size(), 3);
}

void TestAccessScan::everyRegion_comesFromDescribeRegions()
{
    const Scanned scanned = scan(&m_f->service, {{}, {}, {kPartner}});
    QVERIFY2(!scanned.error.isError(), qPrintable(scanned.error.summary()));
    QCOMPARE(scanned.matrix.regions.size(), 16); // every Lighthouse region, Chongqing too
    QVERIFY(scanned.matrix.isComplete());
    QStringList regions;
    for (const RegionAccess &region : scanned.matrix.regions)
        regions << region.region;
    QCOMPARE(scanned.rows(), expectedRows(m_f->simulator, regions, {kPartner}));
    // web-base in the 15 regions with demo data, plus db-golden or ci-runner in three.
    QCOMPARE(scanned.rows().size(), 15 + 3);
}

void TestAccessScan::oneFilterGroupOfAccounts_usesTheAccountFilter()
{
    const QStringList regions{kShanghai, kSingapore, kTokyo};
    const QStringList accounts{kPartner, QStringLiteral("200000000031")};
    const Scanned scanned = scan(&m_f->service, {regions, {}, accounts});
    QVERIFY(scanned.matrix.isComplete());
    QCOMPARE(scanned.rows(), expectedRows(m_f->simulator, regions, accounts));
    for (const RegionAccess &region : scanned.matrix.regions)
        QCOMPARE(region.query, RecipientQuery::ByAccount);
    // One filtered read per region, with both accounts in one filter.
    const auto reads = shareInfoReads(m_f->simulator);
    QCOMPARE(reads.size(), 3);
    for (const auto &read : reads) {
        QCOMPARE(filteredAccounts(read), accounts);
        QCOMPARE(read.parameters.value(QLatin1String("Filters")).toArray().size(), 1);
    }
}

void TestAccessScan::manyAccountsAndShortLists_listEverything()
{
    const QStringList regions{kShanghai, kSingapore, kTokyo};
    QStringList accounts = makeAccountIds(11);
    accounts << kPartner;
    const Scanned scanned = scan(&m_f->service, {regions, {}, accounts});
    QVERIFY(scanned.matrix.isComplete());
    QCOMPARE(scanned.rows(), expectedRows(m_f->simulator, regions, accounts));
    for (const RegionAccess &region : scanned.matrix.regions)
        QCOMPARE(region.query, RecipientQuery::ListAll);
    // Three filter groups would cost three requests a region; each full list fits one page.
    const auto reads = shareInfoReads(m_f->simulator);
    QCOMPARE(reads.size(), 3);
    for (const auto &read : reads)
        QVERIFY(filteredAccounts(read).isEmpty());
}

void TestAccessScan::manyAccountsAndLongLists_switchToTheAccountFilter()
{
    const QString big1 = QStringLiteral("lhbp-big00001");
    const QString big2 = QStringLiteral("lhbp-big00002");
    m_f->simulator.addBlueprint(kTokyo, big1, QStringLiteral("big-one"));
    m_f->simulator.addBlueprint(kTokyo, big2, QStringLiteral("big-two"));
    m_f->simulator.setSharedAccounts(big1, makeAccountIds(500));
    m_f->simulator.setSharedAccounts(big2, makeAccountIds(500, 250));
    // 12 accounts: 3 filter groups against 1,250 rows in 13 pages (the full list).
    const QStringList accounts = makeAccountIds(6, 245) + makeAccountIds(5, 740) + QStringList{kPartner};
    const Scanned scanned = scan(&m_f->service, {{kTokyo}, {}, accounts});
    QVERIFY(scanned.matrix.isComplete());
    QCOMPARE(scanned.matrix.regions.constFirst().query, RecipientQuery::ByAccount);
    QCOMPARE(scanned.rows(), expectedRows(m_f->simulator, {kTokyo}, accounts));
    // big1: 245-250; big2: 250 and 740-744; the partner: web-base and ci-runner.
    QCOMPARE(scanned.rows().size(), 6 + 6 + 2);

    // The full list's first page, then one read per group of at most 5 accounts.
    const auto reads = shareInfoReads(m_f->simulator);
    QCOMPARE(reads.size(), 1 + 3);
    QVERIFY(filteredAccounts(reads.at(0)).isEmpty());
    QStringList filtered;
    for (qsizetype i = 1; i < reads.size(); ++i) {
        QVERIFY(filteredAccounts(reads.at(i)).size() <= LighthouseService::kMaxAccountIdFilterValues);
        filtered += filteredAccounts(reads.at(i));
    }
    filtered.sort();
    QStringList sortedAccounts = accounts;
    sortedAccounts.sort();
    QCOMPARE(filtered, sortedAccounts);
}

void TestAccessScan::entriesVanishWhileRead_matrixIsTheFinalState()
{
    const QString blueprint = QStringLiteral("lhbp-vanish01");
    m_f->simulator.addBlueprint(kTokyo, blueprint, QStringLiteral("busy"));
    const QStringList accounts = makeAccountIds(250);
    m_f->simulator.setSharedAccounts(blueprint, accounts);
    // Another administrator removes the first 20 recipients after the first page was read: offset
    // paging alone would skip 20 rows of the second page.
    m_f->simulator.changeBetweenReads(
        kShareInfos, 1, [blueprint, accounts](Simulator *sim) { sim->setSharedAccounts(blueprint, accounts.mid(20)); });
    const Scanned scanned = scan(&m_f->service, {{kTokyo}, {}, {}});
    QVERIFY(scanned.matrix.isComplete());
    QCOMPARE(scanned.rows(), expectedRows(m_f->simulator, {kTokyo}));
    QStringList busyAccounts;
    for (const AccessEntry &entry : scanned.matrix.entries) {
        if (entry.blueprintId == blueprint)
            busyAccounts << entry.accountId;
    }
    QCOMPARE(busyAccounts, accounts.mid(20));
}

void TestAccessScan::failingRegion_isIncompleteAndTheOthersShow()
{
    // A CAM policy that denies this region: not worth another attempt.
    const QString denied = QStringLiteral("UnauthorizedOperation.NoPermission");
    m_f->simulator.injectFaultInRegion(kSingapore, kShareInfos, Simulator::Fault::ErrorCode, 1, denied);
    const QStringList regions{kShanghai, kSingapore, kTokyo};
    const Scanned scanned = scan(&m_f->service, {regions, {}, {}});
    QVERIFY(!scanned.error.isError()); // the scan itself finishes; the region says what went wrong
    QCOMPARE(scanned.matrix.incompleteRegions(), QStringList{kSingapore});
    const RegionAccess *singapore = scanned.matrix.region(kSingapore);
    QCOMPARE(singapore->status, RegionAccess::Status::Failed);
    QCOMPARE(singapore->error.code, denied);
    QVERIFY(!singapore->error.requestId.isEmpty());
    QVERIFY(singapore->statusText().contains(denied));
    // Shanghai and Tokyo are all there; Singapore has no rows rather than a partial few.
    QCOMPARE(scanned.rows(), expectedRows(m_f->simulator, {kShanghai, kTokyo}));

    // Offboarding from this matrix is refused: Singapore would look clean.
    const OffboardPlan offboard = OffboardPlan::fromMatrix(scanned.matrix, {kPartner});
    QVERIFY(offboard.isRefused());
    QCOMPARE(offboard.refusal().code, QStringLiteral("Client.IncompleteScan"));
    QVERIFY(offboard.refusal().message.contains(kSingapore));
    QVERIFY(offboard.request().items.isEmpty());
}

void TestAccessScan::transientFailures_areReadAgain()
{
    m_f->simulator.injectFaultInRegion(kSingapore, QStringLiteral("DescribeBlueprints"), Simulator::Fault::ErrorCode, 1,
                                       QStringLiteral("InternalError"));
    m_f->simulator.injectFaultInRegion(kTokyo, kShareInfos, Simulator::Fault::ErrorCode, 1,
                                       QStringLiteral("RequestLimitExceeded"));
    const QStringList regions{kShanghai, kSingapore, kTokyo};
    const Scanned scanned = scan(&m_f->service, {regions, {}, {}});
    QVERIFY(scanned.matrix.isComplete());
    QCOMPARE(scanned.rows(), expectedRows(m_f->simulator, regions));
    const auto reads = shareInfoReads(m_f->simulator);
    QCOMPARE(std::count_if(reads.cbegin(), reads.cend(), [](const auto &read) { return read.region == kTokyo; }), 2);
}

void TestAccessScan::siteWithoutShareInfoRead_saysSoAndKeepsBlueprintShared()
{
    m_f->simulator.setShareInfosAvailable(false);
    const Scanned scanned = scan(&m_f->service, {{kShanghai, kTokyo}, {}, {}});
    QVERIFY(!scanned.error.isError());
    QCOMPARE(scanned.matrix.incompleteRegions(), (QStringList{kShanghai, kTokyo}));
    QVERIFY(scanned.matrix.entries.isEmpty());
    const RegionAccess *shanghai = scanned.matrix.region(kShanghai);
    QCOMPARE(shanghai->status, RegionAccess::Status::NoShareInfoRead);
    QCOMPARE(shanghai->error.code, QStringLiteral("InvalidAction"));
    QVERIFY(shanghai->statusText().contains(QLatin1String("unavailable")));
    // What is known: shared with anyone, yes or no.
    QStringList shared;
    for (const Blueprint &blueprint : shanghai->blueprints) {
        if (blueprint.shared)
            shared << blueprint.name;
    }
    QCOMPARE(shared, (QStringList{QStringLiteral("web-base"), QStringLiteral("db-golden")}));
}

void TestAccessScan::givenBlueprints_onlyThoseAndOnlyWhereTheyAre()
{
    const QString tokyoCi = Simulator::demoBlueprintId(kTokyo, 2);
    const QString shanghaiDb = Simulator::demoBlueprintId(kShanghai, 1);
    const Scanned scanned = scan(&m_f->service, {{kShanghai, kTokyo}, {tokyoCi, shanghaiDb}, {}});
    QVERIFY(scanned.matrix.isComplete());
    QStringList expected;
    for (const QString &account : m_f->simulator.sharedAccounts(shanghaiDb))
        expected << kShanghai + QLatin1Char(' ') + shanghaiDb + QLatin1Char(' ') + account;
    for (const QString &account : m_f->simulator.sharedAccounts(tokyoCi))
        expected << kTokyo + QLatin1Char(' ') + tokyoCi + QLatin1Char(' ') + account;
    expected.sort();
    QCOMPARE(scanned.rows(), expected);
}

void TestAccessScan::stop_endsAsCanceled()
{
    m_f->simulator.setProcessingDelayMs(200);
    auto *job = new AccessScan(&m_f->service, {{kShanghai, kTokyo}, {}, {}});
    ApiError error;
    bool done = false;
    connect(job, &Job::finished, this, [&] {
        error = job->error();
        done = true;
    });
    job->start();
    QTest::qWait(50); // the first reads are on the wire
    job->abort();
    QTRY_VERIFY(done);
    QCOMPARE(error.kind, ApiError::Kind::Canceled);
}

QTEST_GUILESS_MAIN(TestAccessScan)
#include "TestAccessScan.moc"
