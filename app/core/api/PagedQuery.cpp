#include "PagedQuery.h"

#include "ApiCall.h"
#include "TcClient.h"

namespace LhShare {

PagedQuery::PagedQuery(TcClient *client, QString action, QString region, QJsonObject parameters, QString listKey,
                       int pageSize, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_action(std::move(action))
    , m_region(std::move(region))
    , m_parameters(std::move(parameters))
    , m_listKey(std::move(listKey))
    , m_pageSize(pageSize)
{
}

void PagedQuery::start()
{
    requestPage();
}

void PagedQuery::abort()
{
    if (m_current)
        m_current->abort();
    else
        finish(ApiError::client(ApiError::Kind::Canceled, tr("Stopped.")));
}

void PagedQuery::requestPage()
{
    QJsonObject parameters = m_parameters;
    parameters.insert(QStringLiteral("Offset"), int(m_items.size()));
    parameters.insert(QStringLiteral("Limit"), m_pageSize);
    m_current = m_client->call(m_action, m_region, parameters);
    ApiCall *call = m_current;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_current = nullptr;
        if (call->error().isError()) {
            finish(call->error());
            return;
        }
        const QJsonObject result = call->result();
        const QJsonArray page = result.value(m_listKey).toArray();
        m_totalCount = result.value(QLatin1String("TotalCount")).toInt(int(m_items.size() + page.size()));
        for (const QJsonValue &item : page)
            m_items.append(item);
        Q_EMIT progress(int(m_items.size()), m_totalCount);
        // An empty page ends the listing even if TotalCount promised more (a list that shrank).
        if (page.isEmpty() || m_items.size() >= m_totalCount)
            finish();
        else
            requestPage();
    });
}

void PagedQuery::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
    deleteLater();
}

} // namespace LhShare
