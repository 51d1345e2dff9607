#pragma once

#include "api/PagedQuery.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QTableView;

namespace LhShare {

class InlineStatus;
class LighthouseService;
class RecipientListModel;

// Shows who the selected blueprints are shared with now (DescribeBlueprintsShareAcrossAccountInfos)
// and hands those accounts to the account list: "Add all to the list", or "Remove all…", which
// replaces the list with them and asks for a Cancel job. Says so plainly when the site has no
// such listing.
class RecipientsView final : public QWidget
{
    Q_OBJECT
public:
    explicit RecipientsView(QWidget *parent = nullptr);
    ~RecipientsView() override;

    void setService(LighthouseService *service);
    void showRecipients(const QString &regionId, const QStringList &blueprintIds);
    void reload();

    bool isLoading() const { return m_query != nullptr; }
    QStringList accountIds() const;
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void addAllRequested(const QStringList &accountIds);
    void removeAllRequested(const QStringList &accountIds);
    void loaded();

private:
    void onLoaded(PagedQuery *query);
    void updateButtons();

    LighthouseService *m_service = nullptr;
    QString m_region;
    QStringList m_blueprints;
    QPointer<PagedQuery> m_query;
    RecipientListModel *m_model;
    QTableView *m_view;
    InlineStatus *m_status;
    QPushButton *m_addAll;
    QPushButton *m_removeAll;
};

} // namespace LhShare
