#pragma once

#include "jobs/JobSummary.h"

#include <QAbstractTableModel>

namespace LhShare {

// Past jobs read from the history journal, newest first: when, what, who, which blueprints, how
// many accounts ended how, and whether the job was interrupted. It holds summaries, not batches
// (JobSummary), so a long history opens quickly; the dialog reads a job whole when it is opened.
// matches() is what a search tests (job id, profile, blueprints, accounts); StartedRole carries
// the start time for date filters.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StartedColumn,
        ActionColumn,
        ProfileColumn,
        BlueprintsColumn,
        OutcomeColumn,
        StateColumn,
        ColumnCount
    };
    enum Role { StartedRole = Qt::UserRole, JobIdRole };

    explicit HistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads the journal. Returns the number of unreadable (torn) lines skipped.
    int load(const QString &path);
    JobSummary job(int row) const { return m_jobs.value(row); }
    // Whether the row's job id, profile, a blueprint or an account contains text (any case).
    bool matches(int row, const QString &text) const;

private:
    QList<JobSummary> m_jobs;
};

} // namespace LhShare
