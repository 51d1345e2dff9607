#include "api/PagedQuery.h"
#include "support/SimulatorFixture.h"

#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace LhShare;
using namespace LhShare::Test;

namespace {
const QString kRegion = QStringLiteral("ap-tokyo");
const QString kDescribe = QStringLiteral("DescribeBlueprints");
const QString kShareInfos = QStringLiteral("DescribeBlueprintsShareAcrossAccountInfos");

// What a finished query left behind (read in its finished() slot: it deletes itself afterwards).
struct Read
{
    QJsonArray items;
    ApiError error;

    QStringList column(const char *key) const
    {
        QStringList values;
        for (const QJsonValue &item : items)
            values << item.toObject().value(QLatin1String(key)).toString();
        return values;
    }
};

Read run(PagedQuery *query)
{
    Read read;
    bool done = false;
    QObject::connect(query, &PagedQuery::finished, query, [&] {
        read.items = query->items();
        read.error = query->error();
        done = true;
    });
    query->start();
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        qFatal("The paged query never finished");
    return read;
}

int requestsFor(const Simulator &simulator, const QString &action)
{
    const auto log = simulator.requestLog();
    return int(std::count_if(log.cbegin(), log.cend(), [&](const auto &record) { return record.action == action; }));
}
} // namespace

class TestPagedQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_f.reset(); } // a fresh simulator for every test

    void everyPage_untilTotalCount();
    void missingOrTextTotalCount_neverEndsEarly_data();
    void missingOrTextTotalCount_neverEndsEarly();
    void emptyPage_endsAListLongerThanItsTotalCount();
    void pageCap_stopsWithAClearError();
    void entriesVanishBeforeTheOffset_listIsReadAgain();
    void entriesReplacedWithTotalCountUnchanged_listIsReadAgain();
    void entriesInsertedBeforeTheOffset_listIsReadAgain();
    void listThatNeverSettles_failsClearly();
    void moreThan100BlueprintIds_areSplit();

private:
    std::unique_ptr<SimulatorFixture> m_f;
    QString m_blueprint;
};

void TestPagedQuery::init()
{
    m_f = std::make_unique<SimulatorFixture>();
    m_f->simulator.setRateLimitingEnabled(false);
    for (const QString &id : m_f->simulator.blueprintIds(kRegion))
        m_f->simulator.removeBlueprint(id);
    m_blueprint = QStringLiteral("lhbp-pages001");
    m_f->simulator.addBlueprint(kRegion, m_blueprint, QStringLiteral("paged"));
}

void TestPagedQuery::everyPage_untilTotalCount()
{
    for (int i = 0; i < 249; ++i)
        m_f->simulator.addBlueprint(kRegion, QStringLiteral("lhbp-%1").arg(i, 8, 36, QLatin1Char('0')),
                                    QStringLiteral("image-%1").arg(i));
    const Read read = run(m_f->service.describeBlueprints(kRegion));
    QVERIFY2(!read.error.isError(), qPrintable(read.error.summary()));
    const QStringList ids = read.column("BlueprintId");
    QCOMPARE(ids.size(), 250);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 250);
    // Pages of 100 that overlap by one row: 0-99, 99-198, 198-249; TotalCount reached, no further request.
    QCOMPARE(requestsFor(m_f->simulator, kDescribe), 3);
}

void TestPagedQuery::missingOrTextTotalCount_neverEndsEarly_data()
{
    QTest::addColumn<QJsonValue>("totalCount"); // undefined: removed
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("text") << QJsonValue(QStringLiteral("250"));
    QTest::newRow("null") << QJsonValue();
}

void TestPagedQuery::missingOrTextTotalCount_neverEndsEarly()
{
    QFETCH(QJsonValue, totalCount);
    const QStringList accounts = makeAccountIds(250);
    m_f->simulator.setSharedAccounts(m_blueprint, accounts);
    m_f->simulator.editAnswers(kShareInfos, [totalCount](QJsonObject &fields) {
        if (totalCount.isUndefined())
            fields.remove(QStringLiteral("TotalCount"));
        else
            fields.insert(QStringLiteral("TotalCount"), totalCount);
    });
    const Read read = run(m_f->service.describeShareRecipients(kRegion, {m_blueprint}));
    QVERIFY2(!read.error.isError(), qPrintable(read.error.summary()));
    QCOMPARE(read.column("AccountId"), accounts);
    // Without a usable TotalCount only a page with nothing new ends it: 0-99, 99-198, 198-249, 249.
    QCOMPARE(requestsFor(m_f->simulator, kShareInfos), 4);
}

void TestPagedQuery::emptyPage_endsAListLongerThanItsTotalCount()
{
    const QStringList accounts = makeAccountIds(30);
    m_f->simulator.setSharedAccounts(m_blueprint, accounts);
    // A TotalCount that promises more than there is: the page with nothing new ends the listing.
    m_f->simulator.editAnswers(kShareInfos,
                               [](QJsonObject &fields) { fields.insert(QStringLiteral("TotalCount"), 5000); });
    const Read read = run(m_f->service.describeShareRecipients(kRegion, {m_blueprint}));
    QVERIFY2(!read.error.isError(), qPrintable(read.error.summary()));
    QCOMPARE(read.column("AccountId"), accounts);
    QCOMPARE(requestsFor(m_f->simulator, kShareInfos), 2);
}

void TestPagedQuery::pageCap_stopsWithAClearError()
{
    m_f->simulator.setSharedAccounts(m_blueprint, makeAccountIds(450));
    PagedQuery *query = m_f->service.describeShareRecipients(kRegion, {m_blueprint});
    query->setMaxPages(3);
    const Read read = run(query);
    QCOMPARE(read.error.code, QStringLiteral("Client.PageLimit"));
    QVERIFY2(read.error.userMessage().contains(QLatin1String("longer than this tool reads")),
             qPrintable(read.error.userMessage()));
    QVERIFY2(read.error.userMessage().contains(QLatin1String("after 3 page")), qPrintable(read.error.userMessage()));
    QCOMPARE(requestsFor(m_f->simulator, kShareInfos), 3); // never a fourth

    // The default cap is far above any real listing.
    m_f->simulator.clearRequestLog();
    const Read whole = run(m_f->service.describeShareRecipients(kRegion, {m_blueprint}));
    QVERIFY(!whole.error.isError());
    QCOMPARE(whole.items.size(), 450);
}

void TestPagedQuery::entriesVanishBeforeTheOffset_listIsReadAgain()
{
    const QStringList accounts = makeAccountIds(250);
    m_f->simulator.setSharedAccounts(m_blueprint, accounts);
    // Another administrator removes 10 accounts of the first page after it was read: plain Offset
    // paging would then skip 10 accounts of the second page.
    const QStringList after = accounts.mid(10);
    m_f->simulator.changeBetweenReads(kShareInfos, 1,
                                      [this, after](Simulator *sim) { sim->setSharedAccounts(m_blueprint, after); });
    const Read read = run(m_f->service.describeShareRecipients(kRegion, {m_blueprint}));
    QVERIFY2(!read.error.isError(), qPrintable(read.error.summary()));
    QCOMPARE(read.column("AccountId"), after);
}

void TestPagedQuery::entriesReplacedWithTotalCountUnchanged_listIsReadAgain()
{
    const QStringList accounts = makeAccountIds(250);
    m_f->simulator.setSharedAccounts(m_blueprint, accounts);
    // 5 accounts of the first page go, 5 new ones (sorting last) come: TotalCount stays 250, yet
    // the second page would start 5 rows late. The overlap row shows it.
    QStringList after = accounts.mid(5);
    after += makeAccountIds(5, 900000);
    m_f->simulator.changeBetweenReads(kShareInfos, 1,
                                      [this, after](Simulator *sim) { sim->setSharedAccounts(m_blueprint, after); });
    const Read read = run(m_f->service.describeShareRecipients(kRegion, {m_blueprint}));
    QVERIFY2(!read.error.isError(), qPrintable(read.error.summary()));
    QCOMPARE(read.column("AccountId"), after);
}

void TestPagedQuery::entriesInsertedBeforeTheOffset_listIsReadAgain()
{
    const QStringList accounts = makeAccountIds(250, 1000);
    m_f->simulator.setSharedAccounts(m_blueprint, accounts);
    // After the second page, 3 accounts sorting first arrive and the last 3 go (TotalCount
    // unchanged): the third page would repeat rows already read.
    QStringList after = makeAccountIds(3) + accounts.mid(0, 247);
    m_f->simulator.changeBetweenReads(kShareInfos, 2,
                                      [this, after](Simulator *sim) { sim->setSharedAccounts(m_blueprint, after); });
    const Read read = run(m_f->service.describeShareRecipients(kRegion, {m_blueprint}));
    QVERIFY2(!read.error.isError(), qPrintable(read.error.summary()));
    QCOMPARE(read.column("AccountId"), after);
}

void TestPagedQuery::listThatNeverSettles_failsClearly()
{
    m_f->simulator.setSharedAccounts(m_blueprint, makeAccountIds(150));
    // Someone removes the first account after every single read.
    std::function<void(Simulator *)> churn = [this, &churn](Simulator *sim) {
        sim->setSharedAccounts(m_blueprint, sim->sharedAccounts(m_blueprint).mid(1));
        sim->changeBetweenReads(kShareInfos, 1, churn);
    };
    m_f->simulator.changeBetweenReads(kShareInfos, 1, churn);
    const Read read = run(m_f->service.describeShareRecipients(kRegion, {m_blueprint}));
    QCOMPARE(read.error.code, QStringLiteral("Client.ListChanged"));
    QVERIFY2(read.error.userMessage().contains(QLatin1String("kept changing")), qPrintable(read.error.userMessage()));
    // The first reading and kMaxRereads more, two pages each, then it gives up.
    QCOMPARE(requestsFor(m_f->simulator, kShareInfos), 2 * (1 + PagedQuery::kMaxRereads));
}

void TestPagedQuery::moreThan100BlueprintIds_areSplit()
{
    QStringList ids;
    for (int i = 0; i < 250; ++i) {
        ids << QStringLiteral("lhbp-%1").arg(i, 8, 36, QLatin1Char('0'));
        m_f->simulator.addBlueprint(kRegion, ids.constLast(), QStringLiteral("image-%1").arg(i));
    }
    m_f->simulator.setSharedAccounts(ids.at(0), makeAccountIds(2));
    m_f->simulator.setSharedAccounts(ids.at(249), makeAccountIds(3, 50));

    // DescribeBlueprints takes at most 100 ids a request: 100 + 100 + 50.
    const Read blueprints = run(m_f->service.describeBlueprints(kRegion, ids));
    QVERIFY2(!blueprints.error.isError(), qPrintable(blueprints.error.summary()));
    QCOMPARE(blueprints.column("BlueprintId"), ids);
    QCOMPARE(requestsFor(m_f->simulator, kDescribe), 3);

    const Read recipients = run(m_f->service.describeShareRecipients(kRegion, ids));
    QVERIFY2(!recipients.error.isError(), qPrintable(recipients.error.summary()));
    QCOMPARE(recipients.items.size(), 5);
    QCOMPARE(requestsFor(m_f->simulator, kShareInfos), 3);
}

QTEST_GUILESS_MAIN(TestPagedQuery)
#include "TestPagedQuery.moc"
