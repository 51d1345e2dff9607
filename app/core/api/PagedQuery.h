#pragma once

#include "Job.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace LhShare {

class ApiCall;
class TcClient;

// Fetches every page of a Describe* action with Offset/Limit paging, and stays correct when the
// list changes while it is read (another administrator at work): each page after the first starts
// one row early, and that row must be the last one already read. A row seen twice, a missing row
// (the overlap moved) or a TotalCount that changed means the pages shifted: the list is read again
// from the start, up to kMaxRereads times.
//
// Paging ends at an empty page (nothing new), when TotalCount is reached (a missing or
// non-numeric TotalCount never ends it early), or with an error past the page cap.
// A long id list can be split over several requests (splitIds()), each paged the same way.
// A Job (see Job.h); each page is an ApiCall of its own, so it waits for the action's rate limiter
// like any other request.
class PagedQuery final : public Job
{
    Q_OBJECT
public:
    static constexpr int kDefaultMaxPages = 1000;
    static constexpr int kMaxRereads = 3;

    PagedQuery(TcClient *client, QString action, QString region, QJsonObject parameters, QString listKey,
               int pageSize = 100, QObject *parent = nullptr);

    // Sends `ids` as parameter `key`, at most perRequest of them in each request.
    void splitIds(const QString &key, const QStringList &ids, int perRequest);
    // Reads the list once per chunk, each chunk's parameters added to the query's own (e.g. one
    // chunk per 100 BlueprintIds and per group of filter values); the items of all chunks in order.
    void setChunks(QList<QJsonObject> chunks) { m_chunks = std::move(chunks); }
    // Pages read (re-reads included) before giving up with Client.PageLimit.
    void setMaxPages(int maxPages) { m_maxPages = maxPages; }

    QJsonArray items() const { return m_items; }
    int totalCount() const { return m_totalCount; }

Q_SIGNALS:
    void progress(int received, int total);

protected:
    void doStart() override;
    void doAbort() override;

private:
    enum class PageOutcome { More, Done, Shifted };

    void requestPage();
    void onPage(const QJsonObject &result);
    QJsonObject pageParameters() const;
    PageOutcome takePage(const QJsonObject &result);
    void rereadChunk();
    bool nextChunk();
    qsizetype chunkRows() const { return m_items.size() - m_chunkStart; }

    TcClient *m_client;
    QString m_action;
    QString m_region;
    QJsonObject m_parameters;
    QString m_listKey;
    int m_pageSize;
    int m_maxPages = kDefaultMaxPages;
    QList<QJsonObject> m_chunks; // empty: the query's own parameters only
    qsizetype m_chunk = 0;
    qsizetype m_chunkStart = 0; // where the current chunk's rows begin in m_items
    int m_chunkTotal = -1; // TotalCount of the current chunk (-1: not known)
    QSet<QByteArray> m_chunkSeen; // the current chunk's rows (compact JSON), to spot a row seen twice
    int m_pagesRead = 0;
    int m_rereads = 0;
    QJsonArray m_items;
    int m_totalCount = -1;
    QPointer<ApiCall> m_current;
};

} // namespace LhShare
