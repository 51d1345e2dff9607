#pragma once

#include "model/Blueprint.h"

#include <QAbstractTableModel>

namespace LhShare {

// A region's custom blueprints as a table (name, ID, OS, state, created, shared). Sorting and
// filtering happen in a QSortFilterProxyModel on top; SortRole gives sortable raw values.
class BlueprintListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, IdColumn, OsColumn, StateColumn, CreatedColumn, SharedColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, IdRole };

    explicit BlueprintListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setBlueprints(QList<Blueprint> blueprints);
    const QList<Blueprint> &blueprints() const { return m_blueprints; }
    int rowOf(const QString &blueprintId) const;

    // What the Created and Shared columns show (the date alone; the tooltip adds the time).
    static QString createdText(const QDateTime &created);
    static QString sharedText(bool shared);

private:
    QList<Blueprint> m_blueprints;
};

} // namespace LhShare
