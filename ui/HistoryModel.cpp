#include "HistoryModel.h"

#include "StatusIcons.h"

#include <QLocale>

#include <algorithm>

namespace LhShare {

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
    const JobSummary &job = m_jobs.at(index.row());
    switch (role) {
    case StartedRole:
        return job.started;
    case JobIdRole:
        return job.id;
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return job.canResume() ? StatusIcons::notSent()
                                   : (job.failedAccounts > 0 ? StatusIcons::failed() : StatusIcons::done());
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
        if (job.isMixed())
            return job.undoOf.isEmpty() ? tr("sync") : tr("sync (undo)");
        if (!job.undoOf.isEmpty())
            return job.action == ShareAction::Share ? tr("share (undo)") : tr("cancel (undo)");
        return job.action == ShareAction::Share ? tr("share") : tr("cancel");
    case ProfileColumn:
        return job.profile;
    case BlueprintsColumn:
        return job.blueprints.join(QStringLiteral(", "));
    case OutcomeColumn:
        return tr("%1 done · %2 skipped · %3 failed")
            .arg(job.doneAccounts)
            .arg(job.skippedAccounts)
            .arg(job.failedAccounts);
    case StateColumn:
        if (job.isInterrupted())
            return job.stopped ? tr("stopped, can be resumed") : tr("interrupted, can be resumed");
        if (job.canResume())
            return tr("%n not verified, can be resumed", nullptr, job.notVerifiedAccounts);
        return job.failedAccounts > 0 ? tr("finished with failures") : tr("finished");
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
    QList<JobSummary> jobs = JobSummary::readAll(path, &stats, JobSummary::Detail::WithAccountText);
    std::reverse(jobs.begin(), jobs.end());
    beginResetModel();
    m_jobs = std::move(jobs);
    endResetModel();
    return stats.tornLines + stats.oversizedLines;
}

bool HistoryModel::matches(int row, const QString &text) const
{
    if (row < 0 || row >= m_jobs.size())
        return false;
    const JobSummary &job = m_jobs.at(row);
    auto has = [&text](const QString &field) { return field.contains(text, Qt::CaseInsensitive); };
    if (has(job.id) || has(job.profile) || std::any_of(job.blueprints.cbegin(), job.blueprints.cend(), has))
        return true;
    // Account IDs are digits: a search for anything else cannot match them.
    const QByteArray latin1 = text.toLatin1();
    return !latin1.contains(' ') && QString::fromLatin1(latin1) == text && job.accountText.contains(latin1);
}

} // namespace LhShare
