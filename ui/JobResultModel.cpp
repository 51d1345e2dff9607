#include "JobResultModel.h"

#include "StatusIcons.h"

namespace LhShare {

JobResultModel::JobResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int JobResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_outcomes.size());
}

int JobResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_outcomes.size())
        return {};
    const AccountOutcome &outcome = m_outcomes.at(index.row());
    if (role == StatusRole)
        return int(outcome.status);
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return statusIcon(outcome);
    if (role == Qt::ToolTipRole && (index.column() == MessageColumn || index.column() == VerificationColumn)) {
        // Rich text so that a long explanation wraps; escaped, because it may quote the server.
        const QString text = index.column() == MessageColumn ? outcome.message : outcome.verificationText();
        return text.isEmpty() ? QVariant() : QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case AccountColumn:
        return outcome.accountId;
    case BlueprintColumn:
        return outcome.target.blueprintId;
    case RegionColumn:
        return outcome.target.region;
    case StatusColumn:
        return outcome.statusText();
    case VerificationColumn:
        return outcome.verificationText();
    case ErrorCodeColumn:
        return outcome.errorCode;
    case MessageColumn:
        return outcome.message;
    case RequestIdColumn:
        return outcome.requestId;
    }
    return {};
}

QVariant JobResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AccountColumn:
        return tr("Account");
    case BlueprintColumn:
        return tr("Blueprint");
    case RegionColumn:
        return tr("Region");
    case StatusColumn:
        return tr("Status");
    case VerificationColumn:
        return tr("Verification");
    case ErrorCodeColumn:
        return tr("Error code");
    case MessageColumn:
        return tr("What happened");
    case RequestIdColumn:
        return tr("RequestId");
    }
    return {};
}

void JobResultModel::setJob(ShareJob *job)
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    beginResetModel();
    m_job = job;
    m_outcomes = job ? job->outcomes() : QList<AccountOutcome>();
    endResetModel();
    if (job)
        connect(job, &ShareJob::outcomesChanged, this, &JobResultModel::refresh);
}

void JobResultModel::setOutcomes(const QList<AccountOutcome> &outcomes)
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    beginResetModel();
    m_job = nullptr;
    m_outcomes = outcomes;
    endResetModel();
}

QIcon JobResultModel::statusIcon(const AccountOutcome &outcome)
{
    if (outcome.isUnverifiedChange())
        return StatusIcons::failed();
    switch (outcome.status) {
    case AccountOutcome::Status::Pending:
    case AccountOutcome::Status::Sent:
    case AccountOutcome::Status::Split:
        return StatusIcons::pending();
    case AccountOutcome::Status::Done:
        return StatusIcons::done();
    case AccountOutcome::Status::Skipped:
        return StatusIcons::skipped();
    case AccountOutcome::Status::Failed:
    case AccountOutcome::Status::Unknown:
        return StatusIcons::failed();
    case AccountOutcome::Status::NotSent:
        return StatusIcons::notSent();
    }
    return {};
}

void JobResultModel::refresh(int first, int last)
{
    // A temporary copy shares the job's list; dropping it before the job writes again avoids a
    // deep copy per batch on large jobs.
    const QList<AccountOutcome> current = m_job->outcomes();
    if (current.size() != m_outcomes.size() || first < 0 || last >= current.size())
        return;
    for (int row = first; row <= last; ++row)
        m_outcomes[row] = current.at(row);
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

} // namespace LhShare
