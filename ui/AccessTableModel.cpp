#include "AccessTableModel.h"

#include <QLocale>

namespace LhShare {

AccessTableModel::AccessTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int AccessTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AccessTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AccessEntry &entry = m_entries.at(index.row());
    if (role == SortRole && index.column() == SinceColumn)
        return entry.createdTime;
    if (role == Qt::ToolTipRole) {
        // Rich text would render markup in a name from the server: escaped, inside a paragraph.
        const QString text = index.column() == SinceColumn && entry.createdTime.isValid()
            ? QLocale().toString(entry.createdTime.toLocalTime(), QLocale::LongFormat)
            : data(index, Qt::DisplayRole).toString();
        return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case AccountColumn:
        return entry.accountId;
    case RegionColumn:
        return entry.region;
    case BlueprintNameColumn:
        return entry.blueprintName;
    case BlueprintIdColumn:
        return entry.blueprintId;
    case SinceColumn:
        return entry.createdTime.isValid() ? QLocale().toString(entry.createdTime.toLocalTime(), QLocale::ShortFormat)
                                           : tr("unknown");
    }
    return {};
}

QVariant AccessTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AccountColumn:
        return tr("Account");
    case RegionColumn:
        return tr("Region");
    case BlueprintNameColumn:
        return tr("Blueprint");
    case BlueprintIdColumn:
        return tr("Blueprint ID");
    case SinceColumn:
        return tr("Shared since");
    }
    return {};
}

void AccessTableModel::setEntries(QList<AccessEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

} // namespace LhShare
