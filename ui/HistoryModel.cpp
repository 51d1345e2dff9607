#include "HistoryModel.h"

#include "StatusIcons.h"

#include <QLocale>

#include <algorithm>

namespace LhShare {

namespace {
QString searchableText(const JobRecord &job)
{
    QStringList parts{job.id, job.profile};
    for (const BatchRecord &batch : job.batches + job.skipped)
        parts << batch.blueprint << batch.accounts;
    return parts.join(QLatin1Char(' '));
}
} // namespace

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const JobRecord &job = m_jobs.at(index.row());
    switch (role) {
    case FilterRole:
        return m_filterText.at(index.row());
    case StartedRole:
        return job.started;
    case JobIdRole:
        return job.id;
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return job.canResume()
                ? StatusIcons::notSent()
                : (job.accountCount(ShareStatus::Failed) > 0 ? StatusIcons::failed() : StatusIcons::done());
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case StartedColumn:
        return QLocale().toString(job.started.toLocalTime(), QLocale::ShortFormat);
    case ActionColumn:
        if (!job.undoOf.isEmpty())
            return job.action == ShareAction::Share ? tr("share (undo)") : tr("cancel (undo)");
        return job.action == ShareAction::Share ? tr("share") : tr("cancel");
    case ProfileColumn:
        return job.profile;
    case BlueprintsColumn:
        return blueprintsOf(job).join(QStringLiteral(", "));
    case OutcomeColumn:
        return tr("%1 done · %2 skipped · %3 failed")
            .arg(job.accountCount(ShareStatus::Done))
            .arg(job.accountCount(ShareStatus::Skipped))
            .arg(job.accountCount(ShareStatus::Failed));
    case StateColumn:
        if (job.isInterrupted())
            return job.stopped ? tr("stopped, can be resumed") : tr("interrupted, can be resumed");
        if (job.canResume())
            return tr("%n not verified, can be resumed", nullptr, job.accountCount(Verification::NotVerified));
        return job.accountCount(ShareStatus::Failed) > 0 ? tr("finished with failures") : tr("finished");
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case ActionColumn:
        return tr("Action");
    case ProfileColumn:
        return tr("Profile");
    case BlueprintsColumn:
        return tr("Blueprints");
    case OutcomeColumn:
        return tr("Accounts");
    case StateColumn:
        return tr("State");
    }
    return {};
}

int HistoryModel::load(const QString &path)
{
    Journal::ReadStats stats;
    QList<JobRecord> jobs = JobRecord::readAll(path, &stats);
    const int torn = stats.tornLines + stats.oversizedLines;
    std::reverse(jobs.begin(), jobs.end());
    beginResetModel();
    m_jobs = std::move(jobs);
    m_filterText.clear();
    for (const JobRecord &job : std::as_const(m_jobs))
        m_filterText.append(searchableText(job));
    endResetModel();
    return torn;
}

QStringList HistoryModel::blueprintsOf(const JobRecord &job)
{
    QStringList ids;
    for (const BatchRecord &batch : job.batches + job.skipped) {
        if (!ids.contains(batch.blueprint))
            ids.append(batch.blueprint);
    }
    return ids;
}

} // namespace LhShare
