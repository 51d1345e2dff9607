#include "RecipientsView.h"

#include "InlineStatus.h"
#include "RecipientListModel.h"
#include "TableViews.h"

#include "api/LighthouseService.h"
#include "api/PagedQuery.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace LhShare {

RecipientsView::RecipientsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new RecipientListModel(this))
    , m_view(new QTableView(this))
    , m_status(new InlineStatus(this))
    , m_addAll(new QPushButton(tr("Add a&ll to the list"), this))
    , m_removeAll(new QPushButton(tr("Remove a&ll…"), this))
{
    auto *heading = new QLabel(tr("Currently &shared with"), this);
    heading->setBuddy(m_view);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Accounts the selected blueprints are shared with"));
    setUpListTable(m_view);
    m_addAll->setToolTip(tr("Add these accounts to the account list"));
    m_removeAll->setToolTip(tr("Replace the account list with these accounts and review cancelling their sharing"));
    connect(m_status, &InlineStatus::retryRequested, this, &RecipientsView::reload);
    connect(m_addAll, &QPushButton::clicked, this, [this] { Q_EMIT addAllRequested(accountIds()); });
    connect(m_removeAll, &QPushButton::clicked, this, [this] { Q_EMIT removeAllRequested(accountIds()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addAll);
    buttons->addWidget(m_removeAll);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updateButtons();
}

RecipientsView::~RecipientsView()
{
    if (m_query)
        m_query->abort();
}

void RecipientsView::setService(LighthouseService *service)
{
    m_service = service;
    reload();
}

void RecipientsView::showRecipients(const QString &regionId, const QStringList &blueprintIds)
{
    if (regionId == m_region && blueprintIds == m_blueprints)
        return;
    m_region = regionId;
    m_blueprints = blueprintIds;
    reload();
}

void RecipientsView::reload()
{
    if (m_query)
        m_query->abort();
    m_model->setRecipients({});
    updateButtons();
    if (!m_service || m_blueprints.isEmpty()) {
        if (m_service)
            m_status->showInfo(tr("Select one or more blueprints to see who they are shared with."));
        else
            m_status->clear();
        return;
    }
    m_status->showBusy(tr("Reading who the blueprints are shared with…"));
    m_query = m_service->describeShareRecipients(m_region, m_blueprints);
    PagedQuery *query = m_query;
    connect(query, &PagedQuery::finished, this, [this, query] { onLoaded(query); });
    query->start();
}

QStringList RecipientsView::accountIds() const
{
    return m_model->accountIds();
}

void RecipientsView::onLoaded(PagedQuery *query)
{
    if (query != m_query)
        return;
    const ApiError error = query->error();
    m_query.clear();
    if (error.kind == ApiError::Kind::Canceled)
        return;
    if (LighthouseService::isRecipientListingUnavailable(error)) {
        m_status->showInfo(tr("This site does not offer a list of who a blueprint is shared with. Cancel and share "
                              "jobs still work: accounts already in the wanted state are reported as skipped."));
    } else if (error.isError()) {
        m_status->showError(tr("Could not read who the blueprints are shared with"), error);
    } else {
        m_model->setRecipients(LighthouseService::recipientsFrom(query));
        if (m_model->rowCount() == 0)
            m_status->showInfo(tr("Not shared with any account."));
        else
            m_status->clear();
    }
    updateButtons();
    Q_EMIT loaded();
}

void RecipientsView::updateButtons()
{
    const bool any = m_model->rowCount() > 0;
    m_addAll->setEnabled(any);
    m_removeAll->setEnabled(any);
}

} // namespace LhShare
