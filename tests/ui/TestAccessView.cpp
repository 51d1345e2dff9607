// The Access view of the main window against an in-process Simulator on 127.0.0.1, with real
// widgets: scan for a partner across regions, see a failing region as incomplete, revoke selected
// rows or everything of an account through the window's review, run and verified results.
#include "SimulatedWindowTest.h"

#include "ui/AccessTableModel.h"
#include "ui/AccessView.h"
#include "ui/AccountIdEditor.h"
#include "ui/InlineStatus.h"
#include "ui/JobResultModel.h"
#include "ui/JobResultsPanel.h"
#include "ui/RegionComboBox.h"

#include "model/Region.h"
#include "session/JobController.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace LhShare;

namespace {
const QString kPartner = QStringLiteral("700000164995");

// A row as "region blueprint account", to compare sets.
using Row = QString;
Row rowOf(const QString &region, const QString &blueprint, const QString &account)
{
    return region + u' ' + blueprint + u' ' + account;
}
Row rowOf(const AccessEntry &entry)
{
    return rowOf(entry.region, entry.blueprintId, entry.accountId);
}
} // namespace

class TestAccessView : public SimulatedWindowTest
{
    Q_OBJECT

private:
    AccessView *view() const { return m_window->accessView(); }

    // What the simulator shares with `account`, in every region.
    QSet<Row> simulatorRows(const QString &account) const
    {
        QSet<Row> rows;
        for (const Region &region : Region::supported()) {
            for (const QString &blueprint : m_sim->blueprintIds(region.id)) {
                if (m_sim->sharedAccounts(blueprint).contains(account))
                    rows.insert(rowOf(region.id, blueprint, account));
            }
        }
        return rows;
    }

    // The rows the table shows.
    QSet<Row> tableRows() const
    {
        QSet<Row> rows;
        QAbstractItemModel *shown = view()->view()->model();
        for (int row = 0; row < shown->rowCount(); ++row) {
            rows.insert(rowOf(shown->index(row, AccessTableModel::RegionColumn).data().toString(),
                              shown->index(row, AccessTableModel::BlueprintIdColumn).data().toString(),
                              shown->index(row, AccessTableModel::AccountColumn).data().toString()));
        }
        return rows;
    }

    // Scans with the Scan button for the accounts typed into the view's editor; false on timeout.
    bool scanFor(const QString &accounts)
    {
        view()->accountEditor()->clear();
        view()->accountEditor()->addText(accounts, QStringLiteral("test"));
        QSignalSpy finished(view(), &AccessView::scanFinished);
        if (!view()->scanButton()->isEnabled())
            return false;
        QTest::mouseClick(view()->scanButton(), Qt::LeftButton);
        return finished.wait(kJobTimeoutMs) || finished.count() > 0;
    }

    // Confirms the review and waits for the job, its verification and the rescan that follows.
    bool runAndRescan(ReviewDialog *review)
    {
        QSignalSpy finished(m_window.get(), &MainWindow::jobFinished);
        QSignalSpy scanned(view(), &AccessView::scanFinished);
        QTest::mouseClick(review->confirmButton(), Qt::LeftButton);
        return QTest::qWaitFor([&] { return finished.count() == 1 && scanned.count() == 1; }, 2 * kJobTimeoutMs);
    }

    QStringList verifications() const
    {
        QStringList list;
        JobResultModel *results = m_window->resultsPanel()->model();
        for (int row = 0; row < results->rowCount(); ++row)
            list.append(results->index(row, JobResultModel::VerificationColumn).data().toString());
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(History::defaultPath());
    }

    void init() { QVERIFY(openWindow()); }
    void cleanup() { closeWindow(); }

    void reachedByShortcut_allRegionsByDefault()
    {
        QVERIFY(!view()->isVisible());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QVERIFY(view()->isVisible());
        QVERIFY(m_window->isAccessViewShown());
        // What is typed next goes into the account list.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("700000164995"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(view()->accountEditor()->model()->validCount(), 1);
        QCOMPARE(view()->regionList()->count(), Region::supported().size());
        QCOMPARE(view()->checkedRegions().size(), Region::supported().size());
        // The Blueprints view's region and job buttons act on its own selection: not offered here.
        QVERIFY(!m_window->cancelAction()->isEnabled());
        QVERIFY(!m_window->regionPicker()->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QVERIFY(!view()->isVisible());
        QVERIFY(m_window->regionPicker()->isVisible());
    }

    void scanForPartner_showsExactlyTheSimulatorsRows_acrossRegions()
    {
        m_window->showAccessView();
        const QSet<Row> expected = simulatorRows(kPartner);
        QVERIFY(expected.size() > Region::supported().size()); // web-base everywhere, and more in a few regions
        // A typo is shown as invalid in the list, not dropped, and left out of the scan.
        QVERIFY(scanFor(kPartner + QStringLiteral("\n1OOO12345678")));
        QCOMPARE(view()->accountEditor()->model()->invalidCount(), 1);
        QVERIFY2(view()->status()->text().contains(QLatin1String("1 invalid entry")),
                 qPrintable(view()->status()->text()));
        QVERIFY(!view()->status()->isShowingError());
        QVERIFY(view()->incompleteText().isEmpty());
        QCOMPARE(tableRows(), expected);

        // Names and localized dates are shown; "Shared since" sorts by the time itself.
        QTableView *table = view()->view();
        QAbstractItemModel *shown = table->model();
        const QString tokyoCi = Simulator::demoBlueprintId(QStringLiteral("ap-tokyo"), 2);
        table->sortByColumn(AccessTableModel::SinceColumn, Qt::DescendingOrder);
        QCOMPARE(shown->index(0, AccessTableModel::BlueprintIdColumn).data().toString(), tokyoCi);
        QCOMPARE(shown->index(0, AccessTableModel::BlueprintNameColumn).data().toString(), QStringLiteral("ci-runner"));
        QVERIFY(!shown->index(0, AccessTableModel::SinceColumn).data().toString().isEmpty());

        // The filter matches any column.
        QTest::keyClicks(view()->filterEdit(), QStringLiteral("ap-tokyo"));
        QCOMPARE(shown->rowCount(), 2); // web-base and ci-runner
        view()->filterEdit()->clear();
        QTest::keyClicks(view()->filterEdit(), QStringLiteral("DB-GOLDEN"));
        QCOMPARE(shown->rowCount(), 2); // Shanghai and Singapore
        view()->filterEdit()->clear();
        QCOMPARE(shown->rowCount(), expected.size());

        // The rows shown export as JSON through AccessExport.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(view()->exportTo(dir.filePath(QStringLiteral("access.json")), &error), qPrintable(error));
        QFile json(dir.filePath(QStringLiteral("access.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(json.readAll()).array().size(), expected.size());
    }

    void serverText_staysPlain()
    {
        m_window->showAccessView();
        const QString id = QStringLiteral("lhbp-markup01");
        m_sim->addBlueprint(QStringLiteral("ap-seoul"), id, QStringLiteral("<b>bold</b><img src=x>"));
        m_sim->setSharedAccounts(id, {kPartner});
        view()->setCheckedRegions({QStringLiteral("ap-seoul")});
        QVERIFY(scanFor(kPartner));
        view()->filterEdit()->setText(id);
        QAbstractItemModel *shown = view()->view()->model();
        QCOMPARE(shown->rowCount(), 1);
        const QModelIndex name = shown->index(0, AccessTableModel::BlueprintNameColumn);
        QCOMPARE(name.data().toString(), QStringLiteral("<b>bold</b><img src=x>"));
        QCOMPARE(name.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("<p>&lt;b&gt;bold&lt;/b&gt;&lt;img src=x&gt;</p>"));
    }

    void scanStopped_saysSo()
    {
        m_window->showAccessView();
        m_sim->setProcessingDelayMs(300);
        view()->accountEditor()->addText(kPartner, QStringLiteral("test"));
        QSignalSpy finished(view(), &AccessView::scanFinished);
        QTest::mouseClick(view()->scanButton(), Qt::LeftButton);
        QVERIFY(view()->isScanning());
        QVERIFY(view()->stopButton()->isEnabled());
        QVERIFY(view()->progressBar()->isVisible());
        QTest::mouseClick(view()->stopButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kJobTimeoutMs);
        QVERIFY(!view()->isScanning());
        QVERIFY2(view()->status()->text().contains(QLatin1String("stopped")), qPrintable(view()->status()->text()));
        QVERIFY(view()->scanButton()->isEnabled());
    }

    void failingRegion_showsIncomplete_othersStillShow_revokeAllRefused()
    {
        m_window->showAccessView();
        const QString tokyo = QStringLiteral("ap-tokyo");
        m_sim->injectFaultInRegion(tokyo, QStringLiteral("DescribeBlueprints"), Simulator::Fault::ErrorCode,
                                   Simulator::kEveryTime, QStringLiteral("UnauthorizedOperation"));
        QVERIFY(scanFor(kPartner));
        const QString incomplete = view()->incompleteText();
        QVERIFY2(incomplete.contains(tokyo), qPrintable(incomplete));
        QVERIFY2(incomplete.contains(QLatin1String("UnauthorizedOperation")), qPrintable(incomplete));
        QVERIFY2(incomplete.contains(QLatin1String("RequestId: ")), qPrintable(incomplete));
        QSet<Row> others = simulatorRows(kPartner);
        for (auto row = others.begin(); row != others.end();)
            row = row->startsWith(tokyo) ? others.erase(row) : std::next(row);
        QCOMPARE(tableRows(), others);

        // Tokyo would look clean: removing the partner everywhere is refused, nothing is planned.
        QTest::mouseClick(view()->revokeAllButton(), Qt::LeftButton);
        QVERIFY(view()->status()->isShowingError());
        QVERIFY2(view()->status()->text().contains(QLatin1String("Client.IncompleteScan")),
                 qPrintable(view()->status()->text()));
        QVERIFY(m_reviews.isEmpty());
        QVERIFY(!m_window->jobController()->isBusy());
    }

    void siteWithoutShareInfoRead_saysSoPlainly()
    {
        m_window->showAccessView();
        m_sim->setShareInfosAvailable(false);
        view()->setCheckedRegions({QStringLiteral("ap-shanghai")});
        QVERIFY(scanFor(kPartner));
        QCOMPARE(view()->model()->rowCount(), 0);
        const QString incomplete = view()->incompleteText();
        QVERIFY2(incomplete.contains(QLatin1String("does not list who a blueprint is shared with")),
                 qPrintable(incomplete));
        QVERIFY2(incomplete.contains(QLatin1String("web-base")), qPrintable(incomplete)); // shared with someone
    }

    void revokeSelected_reviewsExactlyThose_verified_otherRowsUntouched()
    {
        m_window->showAccessView();
        const QString other = QStringLiteral("200000000031"); // on db-golden in Shanghai and ci-runner in Tokyo
        QVERIFY(scanFor(kPartner + u' ' + other));
        const QSet<Row> before = simulatorRows(kPartner) + simulatorRows(other);
        QCOMPARE(tableRows(), before);

        // The partner in Shanghai and Tokyo, and the other account in Tokyo.
        const auto chosen = [&](const AccessEntry &entry) {
            return entry.region == QLatin1String("ap-tokyo")
                || (entry.region == QLatin1String("ap-shanghai") && entry.accountId == kPartner);
        };
        view()->selectEntries(chosen);
        QStringList expectedLines;
        QSet<Row> revoked;
        for (const AccessEntry &entry : view()->selectedEntries()) {
            expectedLines.append(entry.blueprintId + QStringLiteral(": ") + entry.accountId);
            revoked.insert(rowOf(entry));
        }
        QCOMPARE(revoked.size(), 5); // Shanghai: web-base, db-golden; Tokyo: web-base, ci-runner ×2
        QVERIFY(view()->revokeSelectedButton()->isEnabled());
        // From the keyboard: Delete in the table is "Revoke selected…".
        view()->view()->setFocus();
        QTest::keyClick(view()->view(), Qt::Key_Delete);

        ReviewDialog *review = nextReview();
        QVERIFY(review);
        QCOMPARE(review->plan().request.action, ShareAction::Cancel);
        QStringList lines = review->changeLines();
        lines.sort();
        expectedLines.sort();
        QCOMPARE(lines, expectedLines);
        QVERIFY(review->skippedLines().isEmpty());
        QVERIFY(runAndRescan(review));

        QCOMPARE(verifications(), QStringList(revoked.size(), QStringLiteral("Verified")));
        const QSet<Row> after = simulatorRows(kPartner) + simulatorRows(other);
        QCOMPARE(after, before - revoked);
        QCOMPARE(tableRows(), after); // scanned again: what is left
        // Accounts not scanned for are untouched.
        QCOMPARE(m_sim->sharedAccounts(Simulator::demoBlueprintId(QStringLiteral("ap-tokyo"), 0)),
                 (QStringList{QStringLiteral("100012345678"), QStringLiteral("1038493875")}));
    }

    void revokeAll_removesTheAccountEverywhere()
    {
        m_window->showAccessView();
        QVERIFY(scanFor(kPartner));
        const QSet<Row> before = simulatorRows(kPartner);
        QCOMPARE(view()->model()->rowCount(), before.size());
        QTest::mouseClick(view()->revokeAllButton(), Qt::LeftButton);

        ReviewDialog *review = nextReview();
        QVERIFY(review);
        QCOMPARE(review->plan().accountChangeCount(), before.size());
        QCOMPARE(review->changeLines().size(), before.size());
        QVERIFY(runAndRescan(review));

        QCOMPARE(verifications(), QStringList(before.size(), QStringLiteral("Verified")));
        QVERIFY(simulatorRows(kPartner).isEmpty());
        QCOMPARE(view()->model()->rowCount(), 0);
        QVERIFY2(view()->status()->text().contains(QLatin1String("No account found")),
                 qPrintable(view()->status()->text()));
        // The other recipients keep their access.
        QCOMPARE(m_sim->sharedAccounts(Simulator::demoBlueprintId(QStringLiteral("ap-guangzhou"), 0)),
                 (QStringList{QStringLiteral("100012345678"), QStringLiteral("1038493875")}));
    }
};

QTEST_MAIN(TestAccessView)
#include "TestAccessView.moc"
