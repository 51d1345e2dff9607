#pragma once

#include "AccessMatrix.h"

#include "api/Job.h"
#include "jobs/RetryPolicy.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>

namespace LhShare {

class LighthouseService;
class PagedQuery;

// The access matrix of one region (AccessScan runs one per region, concurrently): its custom
// blueprints (DescribeBlueprints, PRIVATE filter, or the given ids), then the recipients of those
// that may be shared (BlueprintShared not false), in chunks of 100 blueprints read side by side.
// With accounts given, each chunk is read the cheaper way (RecipientQueryCost), and only those
// accounts' rows are kept. A read that fails with a transient error (RequestLimitExceeded,
// InternalError, a timeout, a list that kept changing) is read again after a backoff (RetryPolicy).
//
// A Job (api/Job.h) that never fails on its own: a failed read ends it with result().status
// Failed (and the error), a site without the share-info read with NoShareInfoRead. error() is set
// only when it was stopped.
class RegionAccessScan final : public Job
{
    Q_OBJECT
public:
    RegionAccessScan(LighthouseService *service, QString region, QStringList blueprintIds, QStringList accountIds,
                     QObject *parent = nullptr);

    const RegionAccess &result() const { return m_result; }
    const QList<AccessEntry> &entries() const { return m_entries; }

Q_SIGNALS:
    // Pages answered, and pages expected so far (it grows as TotalCounts arrive).
    void progress(int done, int total);

protected:
    void doStart() override;
    void doAbort() override;

private:
    using MakeQuery = std::function<PagedQuery *()>;
    using OnRead = std::function<void(PagedQuery *)>;
    struct Pages
    {
        int done = 0;
        int expected = 1;
    };

    void onBlueprints(PagedQuery *query);
    void readChunk(const QStringList &blueprintIds);
    void readByAccount(const QStringList &blueprintIds);
    void onRecipients(PagedQuery *query);
    // Runs make()'s query; onRead gets it once it succeeded, or failed for good. switchToFilter
    // (full lists read for given accounts): called instead when the first page shows the filter is cheaper.
    void startRead(const MakeQuery &make, const OnRead &onRead, const std::function<void()> &switchToFilter = {},
                   int attempt = 1);
    qsizetype track(PagedQuery *query);
    void finish(RegionAccess::Status status, const ApiError &error = {});
    void stopReads();

    LighthouseService *m_service;
    QStringList m_blueprintIds;
    QStringList m_accountIds;
    RegionAccess m_result;
    QList<AccessEntry> m_entries;
    QHash<QString, Blueprint> m_blueprints; // by id, for the rows' names and states
    QList<QPointer<PagedQuery>> m_reads; // on the wire
    int m_pendingReads = 0; // on the wire or waiting to be read again
    QList<Pages> m_pages; // per query ever started, for progress()
    RetryPolicy m_retry;
    QElapsedTimer m_elapsed;
};

} // namespace LhShare
