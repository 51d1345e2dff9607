#include "RecipientListModel.h"

#include <QLocale>

namespace LhShare {

RecipientListModel::RecipientListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int RecipientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_recipients.size());
}

int RecipientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecipientListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_recipients.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const ShareRecipient &recipient = m_recipients.at(index.row());
    switch (index.column()) {
    case AccountColumn:
        return recipient.accountId;
    case BlueprintColumn:
        return recipient.blueprintId;
    case SinceColumn:
        return QLocale().toString(recipient.createdTime.toLocalTime(), QLocale::ShortFormat);
    }
    return {};
}

QVariant RecipientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AccountColumn:
        return tr("Account");
    case BlueprintColumn:
        return tr("Blueprint");
    case SinceColumn:
        return tr("Shared since");
    }
    return {};
}

void RecipientListModel::setRecipients(QList<ShareRecipient> recipients)
{
    beginResetModel();
    m_recipients = std::move(recipients);
    endResetModel();
}

QStringList RecipientListModel::accountIds() const
{
    QStringList ids;
    for (const ShareRecipient &recipient : m_recipients) {
        if (!ids.contains(recipient.accountId))
            ids.append(recipient.accountId);
    }
    return ids;
}

} // namespace LhShare
