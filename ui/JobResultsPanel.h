#pragma once

#include "jobs/JobPlan.h"
#include "jobs/ShareJob.h"

#include <optional>

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace LhShare {

class InlineStatus;
class JobResultModel;
class VerifyJob;

// The lower half of the window: the running job's progress with its estimated time left and a
// Stop button, then one result row per account (JobResultModel, with each account's verification)
// with Retry failed, Copy failed IDs, Copy RequestId and Export (CSV or JSON).
class JobResultsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit JobResultsPanel(QWidget *parent = nullptr);
    ~JobResultsPanel() override;

    // Follows a job from its start; showResult() gives its final state.
    void setJob(ShareJob *job);
    // The job's requests are answered and its changes are being re-read: Stop stays available.
    void setVerifying(VerifyJob *job);
    void showResult(const JobResult &result);
    // A failure before any job ran (planning), shown where results would be.
    InlineStatus *status() const { return m_status; }

    JobResultModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *retryButton() const { return m_retry; }
    QString summary() const;

    // The accounts to try again: failed or never sent, per blueprint.
    JobRequest retryRequest() const;
    QStringList failedAccountIds() const;
    // CSV, or JSON when the path ends in .json.
    bool exportTo(const QString &path, QString *error) const;

Q_SIGNALS:
    void stopRequested();
    void retryRequested(const LhShare::JobRequest &request);

private:
    void sizeColumns();
    void updateProgress();
    void onFinished();
    void chooseExportFile();
    void copySelectedRequestId() const;

    QPointer<ShareJob> m_job; // while it runs
    bool m_verifying = false;
    std::optional<JobResult> m_result; // once it finished
    ShareAction m_action = ShareAction::Cancel;
    JobResultModel *m_model;
    InlineStatus *m_status;
    QProgressBar *m_progress;
    QLabel *m_eta;
    QPushButton *m_stop;
    QLabel *m_summary;
    QTableView *m_view;
    QPushButton *m_retry;
    QPushButton *m_copyFailed;
    QPushButton *m_export;
    QTimer m_etaTimer;
};

} // namespace LhShare
