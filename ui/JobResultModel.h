#pragma once

#include "jobs/ShareJob.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace LhShare {

// One row per account and blueprint of a running or finished ShareJob: account, blueprint, region,
// status (icon and text), the verification (VerifyJob: verified, not verified and why, not
// verifiable on this site), error code, the explanation in plain words, and the RequestId to quote
// to support. Follows ShareJob::outcomesChanged(), copying only the rows that changed.
class JobResultModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AccountColumn,
        BlueprintColumn,
        RegionColumn,
        StatusColumn,
        VerificationColumn,
        ErrorCodeColumn,
        MessageColumn,
        RequestIdColumn,
        ColumnCount
    };
    enum Role { StatusRole = Qt::UserRole };

    explicit JobResultModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Follows a running job's outcomes until it finishes.
    void setJob(ShareJob *job);
    // The final outcomes of a finished job (the job itself is gone by then).
    void setOutcomes(const QList<AccountOutcome> &outcomes);
    const QList<AccountOutcome> &outcomes() const { return m_outcomes; }
    AccountOutcome outcome(int row) const { return m_outcomes.value(row); }

    static QIcon statusIcon(const AccountOutcome &outcome);

private:
    void refresh(int first, int last);

    QPointer<ShareJob> m_job;
    QList<AccountOutcome> m_outcomes;
};

} // namespace LhShare
