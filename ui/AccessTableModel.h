#pragma once

#include "access/AccessMatrix.h"

#include <QAbstractTableModel>

namespace LhShare {

// The rows of an access matrix for the Access view: account, region, blueprint name and ID, and
// since when it is shared (the local date and time). SortRole gives what each column sorts by:
// the time itself for "Shared since", the text elsewhere.
class AccessTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AccountColumn, RegionColumn, BlueprintNameColumn, BlueprintIdColumn, SinceColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole };

    explicit AccessTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(QList<AccessEntry> entries);
    const QList<AccessEntry> &entries() const { return m_entries; }
    AccessEntry entry(int row) const { return m_entries.value(row); }

private:
    QList<AccessEntry> m_entries;
};

} // namespace LhShare
