#include "HistoryDialog.h"
#include "ui_HistoryDialog.h"

#include "HistoryModel.h"
#include "TableViews.h"
#include "jobs/ExportFormats.h"
#include "jobs/History.h"

#include <QFileDialog>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace LhShare {

// Text (job, blueprint or account IDs) and a start date.
class HistoryDialog::Filter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSince(const QDate &since)
    {
        m_since = since;
        invalidateFilter();
    }
    void setText(const QString &text)
    {
        m_text = text;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (m_since.isValid() && index.data(HistoryModel::StartedRole).toDateTime().toLocalTime().date() < m_since)
            return false;
        return m_text.isEmpty() || static_cast<const HistoryModel *>(sourceModel())->matches(sourceRow, m_text);
    }

private:
    QDate m_since;
    QString m_text;
};

HistoryDialog::HistoryDialog(QString historyPath, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HistoryDialog>())
    , m_path(std::move(historyPath))
    , m_model(new HistoryModel(this))
    , m_filter(new Filter(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(HistoryModel::StartedRole);
    m_ui->jobsView->setModel(m_filter);
    m_ui->jobsView->setAccessibleName(tr("Jobs"));
    setUpListTable(m_ui->jobsView);
    m_ui->jobsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->jobsView->sortByColumn(HistoryModel::StartedColumn, Qt::DescendingOrder);
    m_ui->details->setAccessibleName(tr("Batches of the selected job"));
    m_ui->sinceEdit->setDate(QDate::currentDate().addDays(-30));
    m_ui->sinceEdit->setEnabled(false);
    m_ui->sinceEdit->setAccessibleName(tr("Show jobs started on or after"));

    m_undo = m_ui->buttons->addButton(tr("&Undo…"), QDialogButtonBox::ActionRole);
    m_undo->setToolTip(tr("Review a job that reverses what the selected job changed"));
    m_resume = m_ui->buttons->addButton(tr("&Resume…"), QDialogButtonBox::ActionRole);
    m_resume->setToolTip(tr("Review a job that sends what the selected job never finished"));
    m_export = m_ui->buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    m_export->setToolTip(tr("Save the listed jobs as CSV or JSON"));
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const JobRequest request = selectedJob().undoRequest();
        close();
        Q_EMIT undoRequested(request);
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        const JobRequest request = selectedJob().resumeRequest();
        close();
        Q_EMIT resumeRequested(request);
    });
    connect(m_export, &QPushButton::clicked, this, &HistoryDialog::chooseExportFile);

    connect(m_ui->findEdit, &QLineEdit::textChanged, this, &HistoryDialog::setFilterText);
    connect(m_ui->sinceCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->sinceEdit->setEnabled(on);
        m_filter->setSince(on ? m_ui->sinceEdit->date() : QDate());
    });
    connect(m_ui->sinceEdit, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_ui->sinceCheck->isChecked())
            m_filter->setSince(date);
    });
    connect(m_ui->jobsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryDialog::updateSelection);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &HistoryDialog::updateSelection);
    reload();
}

HistoryDialog::~HistoryDialog() = default;

void HistoryDialog::reload()
{
    const QString selected = selectedJobId();
    m_selected = {}; // read again: the job may have moved on
    const int torn = m_model->load(m_path);
    m_ui->problem->setText(
        torn > 0 ? tr("%n line(s) of the history file could not be read and were skipped.", nullptr, torn) : QString());
    m_ui->problem->setVisible(torn > 0);
    if (!selected.isEmpty())
        selectJob(selected);
    updateSelection();
}

bool HistoryDialog::selectJob(const QString &jobId)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(HistoryModel::JobIdRole).toString() == jobId) {
            m_ui->jobsView->selectionModel()->select(index,
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_ui->jobsView->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

JobRecord HistoryDialog::selectedJob() const
{
    return m_selected;
}

QString HistoryDialog::selectedJobId() const
{
    const QModelIndexList rows = m_ui->jobsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(HistoryModel::JobIdRole).toString();
}

bool HistoryDialog::exportTo(const QString &path, QString *error) const
{
    const QList<JobRecord> jobs = visibleJobs();
    const QByteArray data = ExportFormats::formatForPath(path) == ExportFormats::Format::Json
        ? ExportFormats::jobsJson(jobs)
        : ExportFormats::jobsCsv(jobs);
    return ExportFormats::writeFile(path, data, error);
}

QTableView *HistoryDialog::view() const
{
    return m_ui->jobsView;
}

void HistoryDialog::setFilterText(const QString &text)
{
    if (m_ui->findEdit->text() != text)
        m_ui->findEdit->setText(text);
    m_filter->setText(text.trimmed());
}

void HistoryDialog::updateSelection()
{
    // The list holds summaries; the selected job is read whole, once per selection.
    const QString id = selectedJobId();
    if (id != m_selected.id)
        m_selected = id.isEmpty() ? JobRecord() : JobRecord::read(m_path, id).value_or(JobRecord());
    const JobRecord &job = m_selected;
    m_undo->setEnabled(!job.doneBatches().isEmpty());
    m_resume->setEnabled(job.canResume());
    m_export->setEnabled(m_filter->rowCount() > 0);
    if (job.id.isEmpty()) {
        m_ui->details->setPlainText(m_model->rowCount() == 0 ? tr("No jobs yet.") : QString());
        return;
    }
    QStringList lines{tr("Job %1, started %2 by profile “%3” (%4) via %5")
                          .arg(job.id, QLocale().toString(job.started.toLocalTime(), QLocale::LongFormat), job.profile,
                               job.secretId, job.endpoint)};
    for (const BatchRecord &batch : job.batches + job.skipped) {
        QString line = tr("%1 %2 %3: %4")
                           .arg(batch.statusText(), batch.region, batch.blueprint,
                                batch.accounts.join(QStringLiteral(", ")));
        if (!batch.errorCode.isEmpty())
            line += QStringLiteral(" — ") + batch.errorCode;
        if (!batch.message.isEmpty())
            line += QStringLiteral(" — ") + batch.message;
        if (!batch.requestId.isEmpty())
            line += QStringLiteral(" (RequestId: ") + batch.requestId + QLatin1Char(')');
        lines.append(line);
    }
    for (const VerificationRecord &verification : job.verifications)
        lines.append(tr("%1 %2 %3: %4")
                         .arg(verificationText(verification.state, verification.reason), verification.region,
                              verification.blueprint, verification.accounts.join(QStringLiteral(", "))));
    if (job.reissues > 0)
        lines.append(tr("%n request(s) sent again because the change did not show.", nullptr, job.reissues));
    m_ui->details->setPlainText(lines.join(QLatin1Char('\n')));
}

void HistoryDialog::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export history"), QStringLiteral("history.csv"),
                                                      tr("CSV (*.csv);;JSON (*.json)"));
    QString error;
    if (!path.isEmpty() && !exportTo(path, &error)) {
        m_ui->problem->setText(error);
        m_ui->problem->setVisible(true);
    }
}

QList<JobRecord> HistoryDialog::visibleJobs() const
{
    QStringList ids;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        ids.append(m_filter->index(row, 0).data(HistoryModel::JobIdRole).toString());
    QHash<QString, JobRecord> byId;
    for (JobRecord &job : JobRecord::read(m_path, QSet<QString>(ids.cbegin(), ids.cend())))
        byId.insert(job.id, std::move(job));
    QList<JobRecord> jobs;
    for (const QString &id : std::as_const(ids))
        jobs.append(byId.value(id));
    return jobs;
}

} // namespace LhShare
