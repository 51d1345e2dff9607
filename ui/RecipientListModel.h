#pragma once

#include "model/Blueprint.h"

#include <QAbstractTableModel>

namespace LhShare {

// Who the selected blueprints are shared with now: account, blueprint, since when.
class RecipientListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AccountColumn, BlueprintColumn, SinceColumn, ColumnCount };

    explicit RecipientListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRecipients(QList<ShareRecipient> recipients);
    // Every account once, in list order.
    QStringList accountIds() const;

private:
    QList<ShareRecipient> m_recipients;
};

} // namespace LhShare
