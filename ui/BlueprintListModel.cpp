#include "BlueprintListModel.h"

#include "StatusIcons.h"

#include <QLocale>

namespace LhShare {

BlueprintListModel::BlueprintListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int BlueprintListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_blueprints.size());
}

int BlueprintListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BlueprintListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_blueprints.size())
        return {};
    const Blueprint &blueprint = m_blueprints.at(index.row());
    if (role == IdRole)
        return blueprint.id;
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            if (role == Qt::ToolTipRole && !blueprint.osName.isEmpty())
                return tr("%1 (%2)").arg(blueprint.name, blueprint.osName);
            return blueprint.name;
        case IdColumn:
            return blueprint.id;
        case OsColumn:
            return blueprint.osName;
        case StateColumn:
            return blueprint.state;
        case CreatedColumn:
            if (role == SortRole)
                return blueprint.createdTime;
            if (role == Qt::ToolTipRole)
                return QLocale().toString(blueprint.createdTime.toLocalTime(), QLocale::LongFormat);
            return createdText(blueprint.createdTime);
        case SharedColumn:
            if (role == SortRole)
                return blueprint.shared;
            return sharedText(blueprint.shared);
        }
    }
    if (role == Qt::DecorationRole && index.column() == SharedColumn && blueprint.shared)
        return StatusIcons::done();
    return {};
}

QVariant BlueprintListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("ID");
    case OsColumn:
        return tr("OS");
    case StateColumn:
        return tr("State");
    case CreatedColumn:
        return tr("Created");
    case SharedColumn:
        return tr("Shared");
    }
    return {};
}

void BlueprintListModel::setBlueprints(QList<Blueprint> blueprints)
{
    beginResetModel();
    m_blueprints = std::move(blueprints);
    endResetModel();
}

QString BlueprintListModel::createdText(const QDateTime &created)
{
    return QLocale().toString(created.toLocalTime().date(), QLocale::ShortFormat);
}

QString BlueprintListModel::sharedText(bool shared)
{
    return shared ? tr("yes") : tr("no");
}

int BlueprintListModel::rowOf(const QString &blueprintId) const
{
    for (int row = 0; row < m_blueprints.size(); ++row) {
        if (m_blueprints.at(row).id == blueprintId)
            return row;
    }
    return -1;
}

} // namespace LhShare
