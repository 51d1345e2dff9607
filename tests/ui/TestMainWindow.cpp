// The main window against an in-process Simulator on 127.0.0.1, with real widgets: pick a region
// and blueprints, paste accounts, review and run Cancel/Share jobs, stop one, retry failures,
// undo from the history.
#include "ui/AccountIdEditor.h"
#include "ui/AccountIdListModel.h"
#include "ui/BlueprintListModel.h"
#include "ui/BlueprintPicker.h"
#include "ui/DemoBanner.h"
#include "ui/EditRecipientsDialog.h"
#include "ui/HistoryDialog.h"
#include "ui/HistoryModel.h"
#include "ui/InlineStatus.h"
#include "ui/JobResultModel.h"
#include "ui/JobResultsPanel.h"
#include "ui/MainWindow.h"
#include "ui/ProfileSelector.h"
#include "ui/RecipientsView.h"
#include "ui/RegionComboBox.h"
#include "ui/ReviewDialog.h"
#include "ui/WelcomePanel.h"

#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileManager.h"
#include "session/JobController.h"
#include "session/SessionFactory.h"
#include "simulator/Simulator.h"

#include "SimulatedWindowTest.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace LhShare;

namespace {
const QString kRegion = QStringLiteral("ap-guangzhou");

QStringList numberedAccounts(int count, qint64 first = 200000000000LL)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids.append(QString::number(first + i));
    return ids;
}
} // namespace

class TestMainWindow : public SimulatedWindowTest
{
    Q_OBJECT

private:
    QList<JobResult> m_finished;
    qsizetype m_consumed = 0;

    QString blueprint(int index) const { return Simulator::demoBlueprintId(kRegion, index); }

    void selectBlueprint(const QString &id)
    {
        BlueprintPicker *picker = m_window->blueprintPicker();
        QTRY_VERIFY(!picker->isLoading() && picker->model()->rowCount() > 0);
        picker->filterEdit()->clear();
        QTest::keyClicks(picker->filterEdit(), id);
        QTableView *view = picker->view();
        QTRY_COMPARE(view->model()->rowCount(), 1);
        view->setFocus();
        view->selectRow(0);
        QCOMPARE(picker->selectedIds(), QStringList{id});
    }

    // The result of the next job to finish (after those already looked at); empty after the timeout.
    std::optional<JobResult> finishedJob()
    {
        if (!QTest::qWaitFor([&] { return m_finished.size() > m_consumed && !m_window->jobController()->isBusy(); },
                             kJobTimeoutMs))
            return std::nullopt;
        return m_finished.at(m_consumed++);
    }

    QList<AccountOutcome::Status> statuses() const
    {
        QList<AccountOutcome::Status> list;
        for (const AccountOutcome &outcome : m_window->resultsPanel()->model()->outcomes())
            list.append(outcome.status);
        return list;
    }

    // Opens "Edit recipients…" for the selected blueprint and waits for its current recipients.
    EditRecipientsDialog *openRecipientsEditor()
    {
        if (!QTest::qWaitFor([this] { return m_window->editRecipientsAction()->isEnabled(); }, kJobTimeoutMs))
            return nullptr;
        m_window->editRecipientsAction()->trigger();
        auto *dialog = m_window->findChild<EditRecipientsDialog *>();
        if (!dialog || !dialog->isVisible()
            || !QTest::qWaitFor([dialog] { return !dialog->isLoading(); }, kJobTimeoutMs))
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(History::defaultPath());
    }

    void init()
    {
        m_finished.clear();
        m_consumed = 0;
        QVERIFY(openWindow(kRegion));
        connect(m_window.get(), &MainWindow::jobFinished, this,
                [this](const JobResult &result) { m_finished.append(result); });
    }

    void cleanup() { closeWindow(); }

    void noSession_showsWelcome_andDemoStarts()
    {
        m_window->setSession(nullptr);
        QVERIFY(m_window->welcomePanel()->isVisible());
        QVERIFY(!m_window->cancelAction()->isEnabled());
        // The account editor works offline.
        m_window->accountEditor()->addText(QStringLiteral("700000164995 1234"), QStringLiteral("test"));
        QCOMPARE(m_window->accountEditor()->model()->invalidCount(), 1);

        QPushButton *demo = nullptr;
        for (QPushButton *button : m_window->welcomePanel()->findChildren<QPushButton *>()) {
            if (button->text().contains(QLatin1String("demo")))
                demo = button;
        }
        QVERIFY(demo);
        QTest::mouseClick(demo, Qt::LeftButton);
        QTRY_VERIFY(m_window->session() && m_window->session()->isDemo());
        QVERIFY(m_window->findChild<DemoBanner *>()->isVisible());
        QTRY_COMPARE(m_window->blueprintPicker()->model()->rowCount(), 4);
    }

    void demo_runsAJob_withRealCredentialsInTheEnvironment()
    {
        // tccli users have these exported; the demo must neither take nor need them.
        qputenv("TENCENTCLOUD_SECRET_ID", "AKIDrealUserKey000000000000000000001");
        qputenv("TENCENTCLOUD_SECRET_KEY", "realUserSecretKey000000000000001");
        m_window->startDemo();
        QTRY_VERIFY(m_window->session() && m_window->session()->isDemo());
        qunsetenv("TENCENTCLOUD_SECRET_ID");
        qunsetenv("TENCENTCLOUD_SECRET_KEY");
        const QString web = blueprint(0);
        selectBlueprint(web);
        const QStringList shared = Simulator::demoSharedAccounts();
        m_window->accountEditor()->addText(shared.constFirst(), QStringLiteral("test"));
        QTRY_VERIFY(m_window->cancelAction()->isEnabled());
        m_window->cancelAction()->trigger();
        ReviewDialog *review = nextReview();
        QVERIFY(review);
        QTest::mouseClick(review->confirmButton(), Qt::LeftButton);
        const std::optional<JobResult> job = finishedJob();
        QVERIFY(job);
        QCOMPARE(job->count(AccountOutcome::Status::Done), 1);
        QCOMPARE(job->count(AccountOutcome::Status::Failed), 0);
    }

    void profilePicker_switchesBetweenDemoAndARealProfile()
    {
        // A real profile, saved while the window is in demo mode.
        m_window->startDemo();
        QTRY_VERIFY(m_window->session() && m_window->session()->isDemo());
        auto *banner = m_window->findChild<DemoBanner *>();
        QVERIFY(banner->isVisible());
        QComboBox *picker = m_window->profileSelector()->combo();
        QCOMPARE(picker->currentText(), QStringLiteral("Demo (simulated data)"));
        const QString demoEndpoint = m_window->session()->settings().endpoint.toString();
        QVERIFY(m_window->connectionText().contains(demoEndpoint));

        Profile real;
        real.name = QStringLiteral("real");
        real.secretId = Simulator::demoCredentials().secretId; // what m_sim accepts
        real.endpoint = m_sim->url().toString();
        ProfileManager manager(m_store.get());
        QCOMPARE(Test::runCredentialJob(manager.save(real, {Simulator::demoCredentials().secretKey, QString()})),
                 QString());
        m_window->profileSelector()->reload();
        // Still the demo, and still said so: the picker is never blank or wrong.
        QCOMPARE(picker->currentText(), QStringLiteral("Demo (simulated data)"));
        QVERIFY(m_window->session()->isDemo());

        m_window->profileSelector()->selectProfile(QStringLiteral("real"));
        QTRY_VERIFY(m_window->session() && !m_window->session()->isDemo());
        QCOMPARE(picker->currentText(), QStringLiteral("real"));
        QVERIFY(!banner->isVisible());
        QVERIFY2(m_window->connectionText().startsWith(QStringLiteral("real · ")),
                 qPrintable(m_window->connectionText()));
        QVERIFY(m_window->connectionText().contains(m_sim->url().toString()));
        QVERIFY(!m_window->connectionText().contains(demoEndpoint));

        m_window->profileSelector()->selectDemo();
        QTRY_VERIFY(m_window->session() && m_window->session()->isDemo());
        QVERIFY(banner->isVisible());
        QCOMPARE(picker->currentText(), QStringLiteral("Demo (simulated data)"));
    }

    void pickRegionAndBlueprint_showsRecipients()
    {
        BlueprintPicker *picker = m_window->blueprintPicker();
        QTRY_COMPARE(picker->model()->rowCount(), 4); // custom images only, no public ones
        const QString singapore = Simulator::demoBlueprintId(QStringLiteral("ap-singapore"), 0);
        m_window->regionPicker()->setRegionId(QStringLiteral("ap-singapore"));
        QTRY_VERIFY(!picker->isLoading());
        QVERIFY(picker->model()->rowOf(singapore) >= 0);

        selectBlueprint(singapore);
        RecipientsView *recipients = m_window->recipientsView();
        QTRY_COMPARE(recipients->accountIds().size(), 3);
        for (const QString &account : Simulator::demoSharedAccounts())
            QVERIFY(recipients->accountIds().contains(account));

        // Manual IDs are checked as typed.
        QTest::keyClicks(picker->manualIdEdit(), QStringLiteral("lhbp-ABC"));
        QVERIFY(!picker->manualIdProblem().isEmpty());
        picker->manualIdEdit()->setText(blueprint(1));
        QVERIFY(picker->manualIdProblem().isEmpty());
        QCOMPARE(picker->selectedIds().size(), 2);
    }

    void blueprintLoadError_showsCodeAndRetryWorks()
    {
        BlueprintPicker *picker = m_window->blueprintPicker();
        QTRY_VERIFY(!picker->isLoading());
        m_sim->injectFault(QStringLiteral("DescribeBlueprints"), Simulator::Fault::ErrorCode, 1,
                           QStringLiteral("UnauthorizedOperation"));
        picker->reload();
        InlineStatus *status = picker->findChild<InlineStatus *>();
        QTRY_VERIFY(status->isShowingError());
        QVERIFY2(status->text().contains(QLatin1String("UnauthorizedOperation")), qPrintable(status->text()));
        QVERIFY(status->text().contains(QLatin1String("RequestId")));
        QPushButton *retry = status->findChild<QPushButton *>();
        QVERIFY(retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(picker->model()->rowCount(), 4);
        QVERIFY(!status->isShowingError());
    }

    void cancelSharing_reviewAndResults()
    {
        selectBlueprint(blueprint(0));
        const QStringList shared = Simulator::demoSharedAccounts();
        m_window->accountEditor()->addText(
            shared.at(0) + QLatin1Char(' ') + shared.at(1) + QStringLiteral(" 200000000123"), QStringLiteral("test"));
        QTRY_VERIFY(m_window->cancelAction()->isEnabled());

        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter
        ReviewDialog *review = nextReview();
        QVERIFY(review);
        QVERIFY(review->isVisible());
        QVERIFY2(review->headline().contains(QLatin1String("3 account")), qPrintable(review->headline()));
        QVERIFY(!review->needsTypedConfirmation());
        QCOMPARE(review->plan().requestCount(), 1);
        QCOMPARE(review->skippedLines().size(), 1);
        QVERIFY(review->skippedLines().constFirst().startsWith(QLatin1String("200000000123")));
        // The accounts that will lose access are named, per blueprint, and can be searched.
        QCOMPARE(review->changeLines(),
                 (QStringList{blueprint(0) + QStringLiteral(": ") + shared.at(0),
                              blueprint(0) + QStringLiteral(": ") + shared.at(1)}));
        QTest::keyClicks(review->changesFilter(), shared.at(1));
        QCOMPARE(review->changeLines(), QStringList{blueprint(0) + QStringLiteral(": ") + shared.at(1)});
        review->changesFilter()->clear();
        QTest::mouseClick(review->confirmButton(), Qt::LeftButton);

        const std::optional<JobResult> job = finishedJob();
        QVERIFY(job);
        QCOMPARE(job->count(AccountOutcome::Status::Done), 2);
        QCOMPARE(job->count(AccountOutcome::Status::Skipped), 1);
        JobResultModel *results = m_window->resultsPanel()->model();
        QCOMPARE(results->rowCount(), 3);
        for (int row = 0; row < results->rowCount(); ++row) {
            const AccountOutcome outcome = results->outcome(row);
            const QString status = results->index(row, JobResultModel::StatusColumn).data().toString();
            if (outcome.accountId == QLatin1String("200000000123")) {
                QCOMPARE(status, QStringLiteral("skipped"));
                QVERIFY(results->index(row, JobResultModel::MessageColumn)
                            .data()
                            .toString()
                            .contains(QLatin1String("not shared")));
            } else {
                QCOMPARE(status, QStringLiteral("done"));
                QVERIFY(!results->index(row, JobResultModel::RequestIdColumn).data().toString().isEmpty());
            }
            // Every account checked in the recipient list afterwards, the skipped one too.
            QCOMPARE(results->index(row, JobResultModel::VerificationColumn).data().toString(),
                     QStringLiteral("Verified"));
        }
        QCOMPARE(m_sim->sharedAccounts(blueprint(0)), QStringList{shared.at(2)});
        QTRY_COMPARE(m_window->recipientsView()->accountIds(), QStringList{shared.at(2)});

        // Results export as CSV and JSON.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(m_window->resultsPanel()->exportTo(dir.filePath(QStringLiteral("r.csv")), &error), qPrintable(error));
        QVERIFY2(m_window->resultsPanel()->exportTo(dir.filePath(QStringLiteral("r.json")), &error), qPrintable(error));
        QFile csv(dir.filePath(QStringLiteral("r.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 4);
    }

    void cancelNeverApplied_resultsSayNotVerified_notDone()
    {
        m_window->jobController()->setVerifyTimeoutMs(800);
        m_sim->injectFault(QStringLiteral("CancelShareBlueprintAcrossAccounts"), Simulator::Fault::AckNotApplied,
                           Simulator::kEveryTime);
        selectBlueprint(blueprint(0));
        const QString account = Simulator::demoSharedAccounts().constFirst();
        m_window->accountEditor()->addText(account, QStringLiteral("test"));
        QTRY_VERIFY(m_window->cancelAction()->isEnabled());
        m_window->cancelAction()->trigger();
        ReviewDialog *review = nextReview();
        QVERIFY(review);
        QTest::mouseClick(review->confirmButton(), Qt::LeftButton);

        const std::optional<JobResult> job = finishedJob();
        QVERIFY(job);
        QCOMPARE(job->count(Verification::NotVerified), 1);
        JobResultModel *results = m_window->resultsPanel()->model();
        QCOMPARE(results->rowCount(), 1);
        QCOMPARE(results->index(0, JobResultModel::StatusColumn).data().toString(), QStringLiteral("not verified"));
        const QString verification = results->index(0, JobResultModel::VerificationColumn).data().toString();
        QVERIFY2(verification.startsWith(QLatin1String("Not verified: still shared after")), qPrintable(verification));
        const QString summary = m_window->resultsPanel()->summary();
        QVERIFY2(summary.startsWith(u"1 not verified · 0 done"), qPrintable(summary));
        QVERIFY(m_sim->sharedAccounts(blueprint(0)).contains(account));
    }

    void removeAllRecipients_fillsListAndReviewsCancel()
    {
        selectBlueprint(blueprint(0));
        RecipientsView *recipients = m_window->recipientsView();
        QTRY_COMPARE(recipients->accountIds().size(), 3);
        QPushButton *removeAll = nullptr;
        for (QPushButton *button : recipients->findChildren<QPushButton *>()) {
            if (button->text().startsWith(QLatin1String("Remove")))
                removeAll = button;
        }
        QVERIFY(removeAll);
        QTest::mouseClick(removeAll, Qt::LeftButton);
        QCOMPARE(m_window->accountEditor()->ids().size(), 3);
        ReviewDialog *review = nextReview();
        QVERIFY(review);
        QCOMPARE(review->plan().accountChangeCount(), 3);
        review->reject();
        QTRY_VERIFY(!m_window->jobController()->isBusy());
        QCOMPARE(m_sim->sharedAccounts(blueprint(0)).size(), 3); // going back changes nothing
    }

    void bulkCancel_needsTypedCount_andStopLeavesNotSent()
    {
        const QStringList accounts = numberedAccounts(200);
        m_sim->setSharedAccounts(blueprint(1), accounts);
        m_sim->setProcessingDelayMs(300);
        selectBlueprint(blueprint(1));
        m_window->accountEditor()->addText(accounts.join(QLatin1Char('\n')), QStringLiteral("test"));
        m_window->cancelAction()->trigger();

        ReviewDialog *review = nextReview();
        QVERIFY(review);
        QVERIFY(review->needsTypedConfirmation());
        QVERIFY(!review->confirmButton()->isEnabled());
        QTest::keyClicks(review->confirmationEdit(), QStringLiteral("199"));
        QVERIFY(!review->confirmButton()->isEnabled());
        review->confirmationEdit()->clear();
        QTest::keyClicks(review->confirmationEdit(), QStringLiteral("200"));
        QVERIFY(review->confirmButton()->isEnabled());
        QTest::mouseClick(review->confirmButton(), Qt::LeftButton);

        QTRY_VERIFY(m_window->jobController()->isRunning());
        QPointer<ShareJob> live = m_window->jobController()->job();
        QTRY_VERIFY_WITH_TIMEOUT(live && live->batchesFinished() >= 1, kJobTimeoutMs);
        QVERIFY(m_window->resultsPanel()->stopButton()->isEnabled());
        // Shortcuts need the active window; on a desktop the window gets it back when the dialog closes.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        const std::optional<JobResult> job = finishedJob();
        QVERIFY(job);
        QVERIFY(job->stopped);

        const int done = job->count(AccountOutcome::Status::Done);
        const int notSent = job->count(AccountOutcome::Status::NotSent);
        QVERIFY2(notSent > 0, "stopping early leaves accounts not sent");
        QCOMPARE(done + notSent, 200);
        QCOMPARE(m_sim->sharedAccounts(blueprint(1)).size(), notSent);
        QVERIFY(statuses().contains(AccountOutcome::Status::NotSent));
        QVERIFY(m_window->resultsPanel()->summary().startsWith(QLatin1String("Stopped.")));
        QVERIFY(m_window->resultsPanel()->retryButton()->isEnabled());

        // The history offers to resume it, through the same review.
        m_sim->setProcessingDelayMs(0);
        HistoryDialog *history = m_window->showHistory();
        QVERIFY(history->selectJob(job->jobId));
        QVERIFY(history->selectedJob().isInterrupted());
        QVERIFY(history->resumeButton()->isEnabled());
        QTest::mouseClick(history->resumeButton(), Qt::LeftButton);
        ReviewDialog *resume = nextReview();
        QVERIFY(resume);
        QCOMPARE(resume->plan().request.resumeOf, job->jobId);
        QCOMPARE(resume->plan().accountChangeCount(), notSent);
        if (resume->needsTypedConfirmation())
            QTest::keyClicks(resume->confirmationEdit(), QString::number(notSent));
        QTest::mouseClick(resume->confirmButton(), Qt::LeftButton);
        QVERIFY(finishedJob());
        QCOMPARE(m_sim->sharedAccounts(blueprint(1)), QStringList());
    }

    void retryFailed_succeedsAfterFaultCleared()
    {
        const QString missing = QStringLiteral("200000000999");
        m_sim->setNonexistentAccounts({missing});
        selectBlueprint(blueprint(2));
        m_window->accountEditor()->addText(QStringLiteral("200000000001 200000000002 ") + missing,
                                           QStringLiteral("test"));
        m_window->shareAction()->trigger();
        ReviewDialog *first = nextReview();
        QVERIFY(first);
        QTest::mouseClick(first->confirmButton(), Qt::LeftButton);

        const std::optional<JobResult> job = finishedJob();
        QVERIFY(job);
        QCOMPARE(job->count(AccountOutcome::Status::Done), 2);
        QCOMPARE(job->count(AccountOutcome::Status::Failed), 1);
        JobResultsPanel *panel = m_window->resultsPanel();
        QCOMPARE(panel->failedAccountIds(), QStringList{missing});
        int failedRow = -1;
        for (int row = 0; row < panel->model()->rowCount(); ++row) {
            if (panel->model()->outcome(row).status == AccountOutcome::Status::Failed)
                failedRow = row;
        }
        QVERIFY(failedRow >= 0);
        QCOMPARE(panel->model()->index(failedRow, JobResultModel::ErrorCodeColumn).data().toString(),
                 QStringLiteral("InvalidParameterValue.AccountIdsNotExist"));
        QVERIFY(!panel->model()->index(failedRow, JobResultModel::MessageColumn).data().toString().isEmpty());

        m_sim->setNonexistentAccounts({});
        QVERIFY(panel->retryButton()->isEnabled());
        QTest::mouseClick(panel->retryButton(), Qt::LeftButton);
        ReviewDialog *review = nextReview();
        QVERIFY(review);
        QCOMPARE(review->plan().accountChangeCount(), 1);
        QTest::mouseClick(review->confirmButton(), Qt::LeftButton);
        const std::optional<JobResult> retry = finishedJob();
        QVERIFY(retry);
        QCOMPARE(retry->count(AccountOutcome::Status::Done), 1);
        QVERIFY(m_sim->sharedAccounts(blueprint(2)).contains(missing));
        QVERIFY(!panel->retryButton()->isEnabled());
    }

    void undoFromHistory_restoresSharing()
    {
        const QStringList shared = Simulator::demoSharedAccounts();
        selectBlueprint(blueprint(0));
        m_window->accountEditor()->addText(shared.join(QLatin1Char('\n')), QStringLiteral("test"));
        m_window->cancelAction()->trigger();
        ReviewDialog *first = nextReview();
        QVERIFY(first);
        QTest::mouseClick(first->confirmButton(), Qt::LeftButton);
        const std::optional<JobResult> job = finishedJob();
        QVERIFY(job);
        QCOMPARE(job->count(AccountOutcome::Status::Done), 3);
        QVERIFY(m_sim->sharedAccounts(blueprint(0)).isEmpty());

        HistoryDialog *history = m_window->showHistory();
        QVERIFY(history->model()->rowCount() >= 1);
        history->setFilterText(blueprint(0));
        QVERIFY(history->selectJob(job->jobId));
        // The details say what the re-read after the job found.
        auto *details = history->findChild<QPlainTextEdit *>(QStringLiteral("details"));
        QVERIFY(details);
        QVERIFY2(
            details->toPlainText().contains(QStringLiteral("Verified ") + kRegion + QLatin1Char(' ') + blueprint(0)),
            qPrintable(details->toPlainText()));
        QVERIFY(history->undoButton()->isEnabled());
        QTest::mouseClick(history->undoButton(), Qt::LeftButton);

        ReviewDialog *review = nextReview();
        QVERIFY(review);
        QCOMPARE(review->plan().request.action, ShareAction::Share);
        QCOMPARE(review->plan().request.undoOf, job->jobId);
        QCOMPARE(review->plan().accountChangeCount(), 3);
        QTest::mouseClick(review->confirmButton(), Qt::LeftButton);
        QVERIFY(finishedJob());
        QStringList expected = shared;
        expected.sort();
        QCOMPARE(m_sim->sharedAccounts(blueprint(0)), expected);

        // The history lists both jobs and exports them.
        HistoryDialog *again = m_window->showHistory();
        again->setFilterText({});
        QTRY_VERIFY(again->model()->rowCount() >= 2);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(again->exportTo(dir.filePath(QStringLiteral("h.json")), &error), qPrintable(error));
        QVERIFY2(again->exportTo(dir.filePath(QStringLiteral("h.csv")), &error), qPrintable(error));
        // The list holds summaries; the export still carries every account of every batch.
        QFile exported(dir.filePath(QStringLiteral("h.json")));
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray json = exported.readAll();
        for (const QString &account : shared)
            QVERIFY(json.contains(account.toLatin1()));

        // A search by account finds both jobs that touched it, and nothing else matches noise.
        again->setFilterText(shared.constFirst());
        QVERIFY(again->view()->model()->rowCount() >= 2);
        again->setFilterText(QStringLiteral("no-such-thing"));
        QCOMPARE(again->view()->model()->rowCount(), 0);
    }

    // Edit recipients: take one account out, paste a new one, apply; the review names exactly the
    // account that loses access and the one that gains it, and the blueprint ends with the list.
    void editRecipients_applyReviewsTheExactChanges()
    {
        const QStringList shared = Simulator::demoSharedAccounts();
        selectBlueprint(blueprint(0));
        EditRecipientsDialog *dialog = openRecipientsEditor();
        QVERIFY(dialog);
        QStringList listed = dialog->editor()->ids();
        listed.sort();
        QStringList expected = shared;
        expected.sort();
        QCOMPARE(listed, expected);

        // Remove one row with the Delete key, paste a new account.
        AccountIdListModel *model = dialog->editor()->model();
        QTableView *view = dialog->editor()->view();
        int row = 0;
        while (row < model->rowCount() && !model->index(row, 0).data().toString().contains(shared.at(0)))
            ++row;
        QVERIFY(row < model->rowCount());
        view->setFocus();
        view->selectRow(row);
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_VERIFY(!dialog->editor()->ids().contains(shared.at(0)));
        dialog->editor()->addText(QStringLiteral("UIN: 200000000777"), QStringLiteral("test"));
        QTRY_VERIFY(dialog->editor()->ids().contains(QStringLiteral("200000000777")));

        // An invalid entry holds Apply back: a mistyped ID would cost a real account its access.
        dialog->editor()->addText(QStringLiteral("12345abc"), QStringLiteral("test"));
        QTRY_VERIFY(!dialog->applyButton()->isEnabled());
        dialog->editor()->removeInvalid();
        QTRY_VERIFY(dialog->applyButton()->isEnabled());

        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        ReviewDialog *review = nextReview();
        QVERIFY(review);
        QVERIFY(review->plan().request.isMixed());
        QCOMPARE(review->changeLines(),
                 (QStringList{QStringLiteral("− ") + blueprint(0) + QStringLiteral(": ") + shared.at(0),
                              QStringLiteral("+ ") + blueprint(0) + QStringLiteral(": 200000000777")}));
        QVERIFY2(review->headline().contains(QStringLiteral("+1 account")), qPrintable(review->headline()));
        QVERIFY2(review->headline().contains(QStringLiteral("−1 account")), qPrintable(review->headline()));
        QTest::mouseClick(review->confirmButton(), Qt::LeftButton);

        const std::optional<JobResult> job = finishedJob();
        QVERIFY(job);
        QCOMPARE(job->count(AccountOutcome::Status::Done), 2);
        QCOMPARE(m_window->resultsPanel()->model()->rowCount(), 2);
        QStringList after{shared.at(1), shared.at(2), QStringLiteral("200000000777")};
        after.sort();
        QCOMPARE(m_sim->sharedAccounts(blueprint(0)), after);
        QCOMPARE(m_sim->appliedRequestCount(QStringLiteral("CancelShareBlueprintAcrossAccounts")), 1);
        QCOMPARE(m_sim->appliedRequestCount(QStringLiteral("ShareBlueprintAcrossAccounts")), 1);
    }

    // "Copy from blueprint…" takes another region's blueprint's recipients; apply makes them exact.
    void editRecipients_copyFromAnotherRegionsBlueprint()
    {
        const QString model = QStringLiteral("lhbp-model001");
        const QStringList wanted = numberedAccounts(2, 300000000000LL)
            + QStringList{Simulator::demoSharedAccounts().at(1)};
        m_sim->addBlueprint(QStringLiteral("ap-singapore"), model, QStringLiteral("model"));
        m_sim->setSharedAccounts(model, wanted);
        selectBlueprint(blueprint(0));
        EditRecipientsDialog *dialog = openRecipientsEditor();
        QVERIFY(dialog);

        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        auto *choice = dialog->findChild<BlueprintChoiceDialog *>();
        QVERIFY(choice && choice->isVisible());
        choice->regionPicker()->setCurrentIndex(choice->regionPicker()->findData(QStringLiteral("ap-singapore")));
        QTest::keyClicks(choice->blueprintEdit(), model);
        QTest::keyClick(choice->blueprintEdit(), Qt::Key_Return);
        QTRY_VERIFY(!dialog->isLoading());
        QStringList listed = dialog->editor()->ids();
        listed.sort();
        QStringList expected = wanted;
        expected.sort();
        QCOMPARE(listed, expected);

        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        ReviewDialog *review = nextReview();
        QVERIFY(review);
        QCOMPARE(review->plan().accountChangeCount(ShareAction::Share), 2);
        QCOMPARE(review->plan().accountChangeCount(ShareAction::Cancel), 2);
        QCOMPARE(review->changeLines().size(), 4);
        QTest::mouseClick(review->confirmButton(), Qt::LeftButton);
        QVERIFY(finishedJob());
        QCOMPARE(m_sim->sharedAccounts(blueprint(0)), expected);
        QCOMPARE(m_sim->sharedAccounts(model), expected); // only read
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
