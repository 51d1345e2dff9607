#include "PagedQuery.h"

#include "ApiCall.h"
#include "TcClient.h"

namespace LhShare {

PagedQuery::PagedQuery(TcClient *client, QString action, QString region, QJsonObject parameters, QString listKey,
                       int pageSize, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_action(std::move(action))
    , m_region(std::move(region))
    , m_parameters(std::move(parameters))
    , m_listKey(std::move(listKey))
    , m_pageSize(pageSize)
{
}

void PagedQuery::doStart()
{
    requestPage();
}

void PagedQuery::doAbort()
{
    // The page in flight ends as canceled, and so does the query (onPage).
    if (m_current)
        m_current->abort();
    else
        Job::doAbort();
}

void PagedQuery::requestPage()
{
    QJsonObject parameters = m_parameters;
    parameters.insert(QStringLiteral("Offset"), int(m_items.size()));
    parameters.insert(QStringLiteral("Limit"), m_pageSize);
    m_current = m_client->call(m_action, m_region, parameters);
    connect(m_current, &Job::finished, this, [this](Job *job) { onPage(static_cast<ApiCall *>(job)); });
    m_current->start();
}

void PagedQuery::onPage(const ApiCall *call)
{
    m_current = nullptr;
    if (call->error().isError()) {
        emitResult(call->error());
        return;
    }
    const QJsonObject result = call->result();
    const QJsonArray page = result.value(m_listKey).toArray();
    m_totalCount = result.value(QLatin1String("TotalCount")).toInt(int(m_items.size() + page.size()));
    for (const QJsonValue &item : page)
        m_items.append(item);
    Q_EMIT progress(int(m_items.size()), m_totalCount);
    if (isFinished()) // a progress() handler aborted it
        return;
    // An empty page ends the listing even if TotalCount promised more (a list that shrank).
    if (page.isEmpty() || m_items.size() >= m_totalCount)
        emitResult();
    else
        requestPage();
}

} // namespace LhShare
