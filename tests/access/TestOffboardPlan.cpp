#include "access/OffboardPlan.h"

#include <QTest>

using namespace LhShare;

namespace {
AccessEntry entry(const char *region, const char *blueprint, const QString &account)
{
    return {QLatin1String(region),
            QLatin1String(blueprint),
            QStringLiteral("image"),
            QStringLiteral("NORMAL"),
            account,
            {}};
}

AccessMatrix matrixOf(const QList<AccessEntry> &entries, const QStringList &regions)
{
    AccessMatrix matrix;
    matrix.entries = entries;
    for (const QString &region : regions)
        matrix.regions.append({region, RegionAccess::Status::Complete, {}, {}, RecipientQuery::ListAll});
    return matrix;
}

QString number(int i)
{
    return QString::number(300000000000LL + i);
}
} // namespace

class TestOffboardPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBlueprintWithAccess_oneCancelItemEach()
    {
        const QString partner = QStringLiteral("700000164995");
        QList<AccessEntry> entries{entry("ap-tokyo", "lhbp-aaaaaaaa", partner),
                                   entry("ap-tokyo", "lhbp-aaaaaaaa", number(1)),
                                   entry("ap-shanghai", "lhbp-bbbbbbbb", partner)};
        for (int i = 0; i < 12; ++i)
            entries.append(entry("ap-shanghai", "lhbp-cccccccc", number(i)));
        const QStringList accounts = QStringList{partner} + QStringList{number(0), number(1), number(2)}
            + QStringList{number(3), number(4), number(5), number(6), number(7), number(8), number(9), number(10)};
        const OffboardPlan plan = OffboardPlan::fromMatrix(matrixOf(entries, {"ap-tokyo", "ap-shanghai"}), accounts);
        QVERIFY(!plan.isRefused());
        QVERIFY(!plan.refusal().isError());

        const JobRequest request = plan.request();
        QCOMPARE(request.action, ShareAction::Cancel);
        QCOMPARE(request.items.size(), 3);
        QCOMPARE(request.items.at(0).target, (JobTarget{QStringLiteral("ap-tokyo"), QStringLiteral("lhbp-aaaaaaaa")}));
        QCOMPARE(request.items.at(0).accountIds, (QStringList{partner, number(1)}));
        QCOMPARE(request.items.at(1).accountIds, QStringList{partner});
        QCOMPARE(request.items.at(2).accountIds.size(), 11); // number(11) is not being offboarded
        // 1 + 1 + 2 (11 accounts in batches of at most 10).
        QCOMPARE(plan.requestCount(), 4);
        QCOMPARE(plan.removals.size(), 2 + 1 + 11);
        QCOMPARE(plan.removals.constFirst().accountId, partner);
    }

    void incompleteRegion_refusesAndPlansNothing()
    {
        AccessMatrix matrix = matrixOf({entry("ap-tokyo", "lhbp-aaaaaaaa", number(1))}, {"ap-tokyo", "ap-seoul"});
        matrix.regions[1].status = RegionAccess::Status::Failed;
        matrix.regions[1].error = ApiError::api(QStringLiteral("InternalError"), QStringLiteral("busy"),
                                                QStringLiteral("req-1"));
        const OffboardPlan plan = OffboardPlan::fromMatrix(matrix, {number(1)});
        QVERIFY(plan.isRefused());
        QCOMPARE(plan.incompleteRegions, QStringList{QStringLiteral("ap-seoul")});
        QCOMPARE(plan.refusal().kind, ApiError::Kind::Local);
        QVERIFY(plan.refusal().message.contains(QLatin1String("ap-seoul")));
        QVERIFY(plan.request().items.isEmpty());
        QCOMPARE(plan.requestCount(), 0);
    }

    void chosenRows_cancelExactlyThose()
    {
        const QString partner = QStringLiteral("700000164995");
        const QList<AccessEntry> entries{entry("ap-tokyo", "lhbp-aaaaaaaa", partner),
                                         entry("ap-tokyo", "lhbp-aaaaaaaa", number(1)),
                                         entry("ap-shanghai", "lhbp-bbbbbbbb", partner)};
        const AccessMatrix matrix = matrixOf(entries, {"ap-tokyo", "ap-shanghai"});
        const OffboardPlan plan = OffboardPlan::forEntries(matrix, {entries.at(2), entries.at(1)});
        QVERIFY(!plan.isRefused());
        QCOMPARE(plan.accountIds, (QStringList{partner, number(1)}));
        const JobRequest request = plan.request();
        QCOMPARE(request.action, ShareAction::Cancel);
        QCOMPARE(request.items.size(), 2);
        QCOMPARE(request.items.at(0).target,
                 (JobTarget{QStringLiteral("ap-shanghai"), QStringLiteral("lhbp-bbbbbbbb")}));
        QCOMPARE(request.items.at(0).accountIds, QStringList{partner});
        QCOMPARE(request.items.at(1).target, (JobTarget{QStringLiteral("ap-tokyo"), QStringLiteral("lhbp-aaaaaaaa")}));
        QCOMPARE(request.items.at(1).accountIds, QStringList{number(1)}); // the partner's row there was not chosen
    }

    void chosenRows_inARegionNotComplete_refused()
    {
        AccessMatrix matrix = matrixOf({entry("ap-tokyo", "lhbp-aaaaaaaa", number(1))}, {"ap-tokyo"});
        matrix.regions[0].status = RegionAccess::Status::Failed;
        const OffboardPlan plan = OffboardPlan::forEntries(matrix, matrix.entries);
        QVERIFY(plan.isRefused());
        QCOMPARE(plan.incompleteRegions, QStringList{QStringLiteral("ap-tokyo")});
        QVERIFY(plan.request().items.isEmpty());
        // A row of a region the matrix does not cover is refused as well.
        QVERIFY(OffboardPlan::forEntries(matrixOf({}, {"ap-seoul"}), {entry("ap-tokyo", "lhbp-aaaaaaaa", number(1))})
                    .isRefused());
    }

    void noAccess_emptyRequest()
    {
        const OffboardPlan plan = OffboardPlan::fromMatrix(
            matrixOf({entry("ap-tokyo", "lhbp-aaaaaaaa", number(1))}, {"ap-tokyo"}), {number(2)});
        QVERIFY(!plan.isRefused());
        QVERIFY(plan.request().items.isEmpty());
        QVERIFY(plan.removals.isEmpty());
        QCOMPARE(plan.requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOffboardPlan)
#include "TestOffboardPlan.moc"
