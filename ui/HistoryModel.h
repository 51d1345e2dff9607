#pragma once

#include "jobs/History.h"

#include <QAbstractTableModel>

namespace LhShare {

// Past jobs read from the history journal, newest first: when, what, who, which blueprints, how
// many accounts ended how, and whether the job was interrupted. FilterRole carries the text a
// search matches (job id, blueprints, accounts); StartedRole the start time for date filters.
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
    enum Role { FilterRole = Qt::UserRole, StartedRole, JobIdRole };

    explicit HistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads the journal. Returns the number of unreadable (torn) lines skipped.
    int load(const QString &path);
    JobRecord job(int row) const { return m_jobs.value(row); }

    static QStringList blueprintsOf(const JobRecord &job);

private:
    QList<JobRecord> m_jobs;
    QStringList m_filterText;
};

} // namespace LhShare
