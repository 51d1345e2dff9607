#include "JobResultsPanel.h"

#include "InlineStatus.h"
#include "JobResultModel.h"
#include "StatusIcons.h"
#include "TableViews.h"
#include "jobs/ExportFormats.h"

#include "jobs/ShareJob.h"
#include "jobs/VerifyJob.h"
#include "model/Region.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace LhShare {

namespace {
bool needsRetry(const AccountOutcome &outcome)
{
    // An acknowledged change that never showed is retried too: the server did not apply it.
    return outcome.status == AccountOutcome::Status::Failed || outcome.status == AccountOutcome::Status::NotSent
        || outcome.isUnverifiedChange();
}

QString durationText(double seconds)
{
    const int total = int(std::ceil(seconds));
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

JobResultsPanel::JobResultsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new JobResultModel(this))
    , m_status(new InlineStatus(this))
    , m_progress(new QProgressBar(this))
    , m_eta(new QLabel(this))
    , m_stop(new QPushButton(StatusIcons::notSent(), tr("S&top"), this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_retry(new QPushButton(tr("Retry &failed…"), this))
    , m_copyFailed(new QPushButton(StatusIcons::copy(), tr("Copy failed &IDs"), this))
    , m_export(new QPushButton(StatusIcons::save(), tr("E&xport results…"), this))
{
    m_progress->setAccessibleName(tr("Job progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m requests"));
    // Nothing to show before a job starts; the space stays so the results do not jump.
    QSizePolicy keepSpace = m_progress->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keepSpace);
    m_stop->setToolTip(tr("Send no further requests (Esc); requests already sent still complete"));
    m_stop->setEnabled(false);
    connect(m_stop, &QPushButton::clicked, this, &JobResultsPanel::stopRequested);
    m_etaTimer.setInterval(1000);
    connect(&m_etaTimer, &QTimer::timeout, this, &JobResultsPanel::updateProgress);

    auto *heading = new QLabel(tr("&Results"), this);
    heading->setBuddy(m_view);
    m_summary->setAccessibleName(tr("Results summary"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Results per account"));
    setUpListTable(m_view);
    sizeColumns();
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyRequestId = new QAction(StatusIcons::copy(), tr("Copy &RequestId"), this);
    copyRequestId->setShortcut(QKeySequence::Copy);
    copyRequestId->setShortcutContext(Qt::WidgetShortcut);
    connect(copyRequestId, &QAction::triggered, this, &JobResultsPanel::copySelectedRequestId);
    m_view->addAction(copyRequestId);

    m_retry->setToolTip(tr("Review a new job for the accounts that failed or were not sent"));
    connect(m_retry, &QPushButton::clicked, this, [this] { Q_EMIT retryRequested(retryRequest()); });
    connect(m_copyFailed, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(failedAccountIds().join(QLatin1Char('\n'))); });
    connect(m_export, &QPushButton::clicked, this, &JobResultsPanel::chooseExportFile);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_eta);
    progressRow->addWidget(m_stop);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_copyFailed);
    buttons->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(heading);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setJob(nullptr);
}

JobResultsPanel::~JobResultsPanel() = default;

void JobResultsPanel::setJob(ShareJob *job)
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job = job;
    m_result.reset();
    m_model->setJob(job);
    m_status->clear();
    if (job) {
        m_action = job->plan().request.action;
        connect(job, &ShareJob::progress, this, &JobResultsPanel::updateProgress);
        connect(job, &ShareJob::outcomesChanged, this, &JobResultsPanel::updateProgress);
        m_etaTimer.start();
    }
    m_stop->setEnabled(job != nullptr);
    updateProgress();
}

void JobResultsPanel::setVerifying(VerifyJob *job)
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job = nullptr;
    m_result = job->result();
    m_action = m_result->action;
    m_model->setOutcomes(m_result->outcomes);
    m_verifying = true;
    m_status->showBusy(tr("Checking that the recipient list shows the changes…"));
    updateProgress();
    m_stop->setEnabled(true);
}

void JobResultsPanel::showResult(const JobResult &result)
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job = nullptr;
    if (m_verifying)
        m_status->clear();
    m_verifying = false;
    m_result = result;
    m_action = result.action;
    m_model->setOutcomes(result.outcomes);
    onFinished();
}

QString JobResultsPanel::summary() const
{
    return m_summary->text();
}

JobRequest JobResultsPanel::retryRequest() const
{
    JobRequest request;
    if (!m_job && !m_result)
        return request;
    request.action = m_action;
    for (const AccountOutcome &outcome : m_model->outcomes()) {
        if (!needsRetry(outcome))
            continue;
        // Each account retried with its own action (a sync has both).
        auto item = std::find_if(request.items.begin(), request.items.end(), [&outcome](const JobItem &candidate) {
            return candidate.target == outcome.target && candidate.action == outcome.action;
        });
        if (item == request.items.end())
            request.items.append({outcome.target, {outcome.accountId}, false, outcome.action});
        else
            item->accountIds.append(outcome.accountId);
    }
    return request;
}

QStringList JobResultsPanel::failedAccountIds() const
{
    QStringList ids;
    for (const AccountOutcome &outcome : m_model->outcomes()) {
        if (needsRetry(outcome) && !ids.contains(outcome.accountId))
            ids.append(outcome.accountId);
    }
    return ids;
}

bool JobResultsPanel::exportTo(const QString &path, QString *error) const
{
    const QByteArray data = ExportFormats::formatForPath(path) == ExportFormats::Format::Json
        ? ExportFormats::outcomesJson(m_job          ? m_job->id()
                                          : m_result ? m_result->jobId
                                                     : QString(),
                                      m_model->outcomes())
        : ExportFormats::outcomesCsv(m_model->outcomes());
    return ExportFormats::writeFile(path, data, error);
}

void JobResultsPanel::sizeColumns()
{
    using Column = JobResultModel::Column;
    QStringList regions;
    for (const Region &region : Region::supported())
        regions << region.id;
    QStringList statuses;
    for (auto status : {AccountOutcome::Status::Pending, AccountOutcome::Status::Done, AccountOutcome::Status::Skipped,
                        AccountOutcome::Status::Failed, AccountOutcome::Status::NotSent}) {
        AccountOutcome outcome;
        outcome.status = status;
        statuses << outcome.statusText();
    }
    setCompactColumn(m_view, Column::AccountColumn, {QStringLiteral("000000000000")});
    setCompactColumn(m_view, Column::BlueprintColumn, {QStringLiteral("lhbp-00000000")});
    setCompactColumn(m_view, Column::RegionColumn, regions);
    setCompactColumn(m_view, Column::StatusColumn, statuses, true);
    // "Not verified: …" is elided; the tooltip has the reason whole.
    setCompactColumn(m_view, Column::VerificationColumn,
                     {verificationText(Verification::Verified), verificationText(Verification::NotVerifiable)});
    // Codes can be long ("InvalidParameterValue.AccountIdsNotExist"): elided, the tooltip has them whole.
    setCompactColumn(m_view, Column::ErrorCodeColumn, {QStringLiteral("InvalidParameterValue")});
    setCompactColumn(m_view, Column::RequestIdColumn, {QStringLiteral("00000000-0000-0000-0000-000000000000")});
    setStretchingColumns(m_view, {Column::MessageColumn});
}

void JobResultsPanel::updateProgress()
{
    const bool running = m_job != nullptr;
    m_progress->setVisible(running || m_result);
    m_progress->setRange(0, qMax(1, running ? m_job->batchesTotal() : 1));
    m_progress->setValue(running ? m_job->batchesFinished() : m_result ? 1 : 0);
    m_eta->setText(running ? tr("About %1 left").arg(durationText(m_job->secondsRemaining())) : QString());
    if (!running && !m_result) {
        m_summary->setText(tr("No job run yet."));
    } else {
        const JobResult result = running ? m_job->result() : *m_result;
        // Done means acknowledged and not contradicted by the recipient list.
        QString summary = tr("%1 done · %2 skipped · %3 failed · %4 not sent")
                              .arg(result.doneCount())
                              .arg(result.count(AccountOutcome::Status::Skipped))
                              .arg(result.count(AccountOutcome::Status::Failed))
                              .arg(result.count(AccountOutcome::Status::NotSent));
        if (const int notVerified = result.count(Verification::NotVerified))
            summary = tr("%n not verified · %1", nullptr, notVerified).arg(summary);
        m_summary->setText(summary);
    }
    const bool anyRetry = !running && !m_verifying && !failedAccountIds().isEmpty();
    m_retry->setEnabled(anyRetry);
    m_copyFailed->setEnabled(anyRetry);
    m_export->setEnabled(m_model->rowCount() > 0);
}

void JobResultsPanel::onFinished()
{
    m_etaTimer.stop();
    m_stop->setEnabled(false);
    updateProgress();
    if (m_result && m_result->stopped)
        m_summary->setText(tr("Stopped. %1").arg(m_summary->text()));
}

void JobResultsPanel::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export results"), QStringLiteral("results.csv"),
                                                      tr("CSV (*.csv);;JSON (*.json)"));
    QString error;
    if (!path.isEmpty() && !exportTo(path, &error))
        m_status->showProblem(error);
}

void JobResultsPanel::copySelectedRequestId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        QApplication::clipboard()->setText(m_model->outcome(current.row()).requestId);
}

} // namespace LhShare
