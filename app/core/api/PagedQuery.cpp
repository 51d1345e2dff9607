#include "PagedQuery.h"

#include "ApiCall.h"
#include "TcClient.h"

#include <QJsonDocument>

namespace LhShare {

namespace {
QByteArray rowKey(const QJsonValue &row)
{
    return QJsonDocument(row.toObject()).toJson(QJsonDocument::Compact);
}

// TotalCount when the reply has it as a number; -1 otherwise (then it cannot end the paging).
int totalCountOf(const QJsonObject &result)
{
    const QJsonValue value = result.value(QLatin1String("TotalCount"));
    return value.isDouble() && value.toDouble() >= 0 ? value.toInt(-1) : -1;
}

ApiError pagingError(const char *code, const QString &message)
{
    ApiError error = ApiError::client(ApiError::Kind::BadResponse, message);
    error.code = QLatin1String(code);
    return error;
}
} // namespace

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

void PagedQuery::splitIds(const QString &key, const QStringList &ids, int perRequest)
{
    m_chunks.clear();
    for (qsizetype i = 0; i < ids.size(); i += perRequest)
        m_chunks.append({{key, QJsonArray::fromStringList(ids.mid(i, perRequest))}});
}

void PagedQuery::doStart()
{
    requestPage();
}

void PagedQuery::doAbort()
{
    // The page in flight ends as canceled, and so does the query.
    if (m_current)
        m_current->abort();
    else
        Job::doAbort();
}

QJsonObject PagedQuery::pageParameters() const
{
    QJsonObject parameters = m_parameters;
    if (!m_chunks.isEmpty()) {
        const QJsonObject &chunk = m_chunks.at(m_chunk);
        for (auto it = chunk.begin(); it != chunk.end(); ++it)
            parameters.insert(it.key(), it.value());
    }
    // After the first page, start one row early: that row must be the last one read.
    parameters.insert(QStringLiteral("Offset"), int(qMax<qsizetype>(0, chunkRows() - 1)));
    parameters.insert(QStringLiteral("Limit"), m_pageSize);
    return parameters;
}

void PagedQuery::requestPage()
{
    if (isFinished()) // aborted from a progress() handler
        return;
    if (m_pagesRead >= m_maxPages) {
        emitResult(pagingError("Client.PageLimit", tr("Stopped after %n page(s).", nullptr, m_maxPages)));
        return;
    }
    ++m_pagesRead;
    m_current = m_client->call(m_action, m_region, pageParameters());
    ApiCall *call = m_current;
    connect(call, &Job::finished, this, [this, call] {
        m_current = nullptr;
        if (call->error().isError())
            emitResult(call->error());
        else
            onPage(call->result());
    });
    call->start();
}

void PagedQuery::onPage(const QJsonObject &result)
{
    switch (takePage(result)) {
    case PageOutcome::Shifted:
        rereadChunk();
        return;
    case PageOutcome::More:
        requestPage();
        return;
    case PageOutcome::Done:
        if (nextChunk())
            requestPage();
        else
            emitResult();
        return;
    }
}

PagedQuery::PageOutcome PagedQuery::takePage(const QJsonObject &result)
{
    const QJsonArray page = result.value(m_listKey).toArray();
    const int total = totalCountOf(result);
    // The list changed since the previous page: a different TotalCount, or the overlap row moved.
    if (total >= 0 && m_chunkTotal >= 0 && total != m_chunkTotal)
        return PageOutcome::Shifted;
    const bool overlaps = chunkRows() > 0;
    if (overlaps && (page.isEmpty() || page.first() != m_items.last()))
        return PageOutcome::Shifted;
    if (total >= 0)
        m_chunkTotal = total;

    qsizetype added = 0;
    for (qsizetype i = overlaps ? 1 : 0; i < page.size(); ++i) {
        const QByteArray key = rowKey(page.at(i));
        if (m_chunkSeen.contains(key))
            return PageOutcome::Shifted; // a row seen twice: rows were inserted before the offset
        m_chunkSeen.insert(key);
        m_items.append(page.at(i));
        ++added;
    }
    m_totalCount = m_chunkTotal >= 0 ? int(m_chunkStart) + m_chunkTotal : -1;
    Q_EMIT progress(int(m_items.size()), m_totalCount);
    if (isFinished()) // a progress() handler aborted it
        return PageOutcome::Done;

    if (added == 0 || (m_chunkTotal >= 0 && chunkRows() >= m_chunkTotal))
        return PageOutcome::Done;
    return PageOutcome::More;
}

void PagedQuery::rereadChunk()
{
    if (++m_rereads > kMaxRereads) {
        emitResult(pagingError("Client.ListChanged", tr("It changed during %n reading(s).", nullptr, m_rereads)));
        return;
    }
    while (m_items.size() > m_chunkStart)
        m_items.removeLast();
    m_chunkSeen.clear();
    m_chunkTotal = -1;
    requestPage();
}

bool PagedQuery::nextChunk()
{
    if (m_chunk + 1 >= m_chunks.size())
        return false;
    ++m_chunk;
    m_chunkStart = m_items.size();
    m_chunkSeen.clear();
    m_chunkTotal = -1;
    return true;
}

} // namespace LhShare
