#pragma once

#include "jobs/History.h"
#include "jobs/JobPlan.h"

#include <QDialog>

#include <memory>

class QPushButton;
class QTableView;

namespace LhShare {

class HistoryModel;

namespace Ui {
class HistoryDialog;
}

// Past jobs from the history journal: find by blueprint, account or job ID and by date, read a
// job's batches, export (CSV or JSON), and turn a job into a new request: Undo… (the reverse
// action for the accounts it confirmed done) or Resume… (its unfinished batches). Those requests
// go back to the main window, which plans them and shows the usual review dialog.
class HistoryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit HistoryDialog(QString historyPath, QWidget *parent = nullptr);
    ~HistoryDialog() override;

    void reload();
    bool selectJob(const QString &jobId);
    // The selected job (an empty record when none is selected).
    JobRecord selectedJob() const;
    // CSV, or JSON when the path ends in .json; the jobs the filters show.
    bool exportTo(const QString &path, QString *error) const;

    HistoryModel *model() const { return m_model; }
    QTableView *view() const;
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *resumeButton() const { return m_resume; }
    void setFilterText(const QString &text);

Q_SIGNALS:
    void undoRequested(const LhShare::JobRequest &request);
    void resumeRequested(const LhShare::JobRequest &request);

private:
    QString selectedJobId() const;
    void updateSelection();
    void chooseExportFile();
    QList<JobRecord> visibleJobs() const;

    std::unique_ptr<Ui::HistoryDialog> m_ui;
    QString m_path;
    HistoryModel *m_model;
    class Filter;
    Filter *m_filter;
    QPushButton *m_undo;
    QPushButton *m_resume;
    QPushButton *m_export;
    JobRecord m_selected; // read whole from the history when selected
};

} // namespace LhShare
