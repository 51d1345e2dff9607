#include "RegionAccessScan.h"

#include "RecipientQueryCost.h"

#include "api/LighthouseService.h"
#include "api/PagedQuery.h"

namespace LhShare {

RegionAccessScan::RegionAccessScan(LighthouseService *service, QString region, QStringList blueprintIds,
                                   QStringList accountIds, QObject *parent)
    : Job(parent)
    , m_service(service)
    , m_blueprintIds(std::move(blueprintIds))
    , m_accountIds(std::move(accountIds))
{
    m_result.region = std::move(region);
    m_result.query = m_accountIds.isEmpty() ? RecipientQuery::ListAll : RecipientQuery::ByAccount;
}

void RegionAccessScan::doStart()
{
    PagedQuery *query = m_service->describeBlueprints(m_result.region, m_blueprintIds);
    track(query);
    connect(query, &Job::finished, this, [this, query] { onBlueprints(query); });
    query->start();
}

void RegionAccessScan::doAbort()
{
    stopReads();
    emitResult(canceled(tr("Stopped.")));
}

void RegionAccessScan::onBlueprints(PagedQuery *query)
{
    m_reads.removeAll(query);
    const ApiError &error = query->error();
    // Given ids this region does not have are simply not here.
    const bool notHere = !m_blueprintIds.isEmpty()
        && (error.hasCodePrefix(QStringLiteral("ResourceNotFound"))
            || error.hasCodePrefix(QStringLiteral("UnsupportedRegion")));
    if (error.isError() && !notHere) {
        finish(RegionAccess::Status::Failed, error);
        return;
    }
    QStringList mayBeShared;
    for (const Blueprint &blueprint : LighthouseService::blueprintsFrom(query)) {
        if (blueprint.type != QLatin1String("PRIVATE"))
            continue; // only custom blueprints are shared (given ids may name public ones)
        m_result.blueprints.append(blueprint);
        m_blueprints.insert(blueprint.id, blueprint);
        if (blueprint.shared || !blueprint.sharedKnown)
            mayBeShared.append(blueprint.id);
    }
    if (mayBeShared.isEmpty()) {
        finish(RegionAccess::Status::Complete);
        return;
    }
    for (qsizetype i = 0; i < mayBeShared.size(); i += LighthouseService::kMaxBlueprintIdsPerRequest)
        readChunk(mayBeShared.mid(i, LighthouseService::kMaxBlueprintIdsPerRequest));
}

void RegionAccessScan::readChunk(const QStringList &blueprintIds)
{
    const int accounts = int(m_accountIds.size());
    if (RecipientQueryCost::chooseBeforeReading(accounts) == RecipientQuery::ByAccount) {
        readByAccount(blueprintIds);
        return;
    }
    PagedQuery *query = m_service->describeShareRecipients(m_result.region, blueprintIds);
    const qsizetype read = startRead(query); // start() only queues: connecting after it is in time
    m_result.query = RecipientQuery::ListAll;
    if (accounts == 0)
        return;
    // The first page's TotalCount says whether the rest of the full list costs more than the filter.
    connect(
        query, &PagedQuery::progress, this,
        [this, query, read, blueprintIds, accounts](int, int total) {
            if (RecipientQueryCost::chooseAfterFirstPage(accounts, total) != RecipientQuery::ByAccount)
                return;
            disconnect(query, nullptr, this, nullptr);
            m_reads.removeAll(query);
            m_pages[read].expected = 1; // its one page was read
            query->abort();
            m_result.query = RecipientQuery::ByAccount;
            readByAccount(blueprintIds);
        },
        Qt::SingleShotConnection);
}

void RegionAccessScan::readByAccount(const QStringList &blueprintIds)
{
    for (qsizetype i = 0; i < m_accountIds.size(); i += LighthouseService::kMaxAccountIdFilterValues)
        startRead(m_service->describeShareRecipients(
            m_result.region, blueprintIds, m_accountIds.mid(i, LighthouseService::kMaxAccountIdFilterValues)));
}

qsizetype RegionAccessScan::startRead(PagedQuery *query)
{
    const qsizetype read = track(query);
    connect(query, &Job::finished, this, [this, query] { onRead(query); });
    query->start();
    return read;
}

void RegionAccessScan::onRead(PagedQuery *query)
{
    m_reads.removeAll(query);
    const ApiError &error = query->error();
    if (LighthouseService::isRecipientListingUnavailable(error)) {
        finish(RegionAccess::Status::NoShareInfoRead, error);
        return;
    }
    if (error.isError()) {
        finish(RegionAccess::Status::Failed, error);
        return;
    }
    for (const ShareRecipient &recipient : LighthouseService::recipientsFrom(query)) {
        if (!m_accountIds.isEmpty() && !m_accountIds.contains(recipient.accountId))
            continue;
        const Blueprint blueprint = m_blueprints.value(recipient.blueprintId);
        m_entries.append({m_result.region, recipient.blueprintId, blueprint.name, blueprint.state, recipient.accountId,
                          recipient.createdTime});
    }
    if (m_reads.isEmpty())
        finish(RegionAccess::Status::Complete);
}

// Counts the query's pages for progress(), and keeps it to stop with the scan.
qsizetype RegionAccessScan::track(PagedQuery *query)
{
    m_reads.append(query);
    const qsizetype index = m_pages.size();
    m_pages.append(Read());
    connect(query, &PagedQuery::progress, this, [this, index](int, int total) {
        Read &read = m_pages[index];
        ++read.done;
        read.expected = qMax(read.done, total >= 0 ? RecipientQueryCost::pagesFor(total) : read.done + 1);
        int done = 0;
        int expected = 0;
        for (const Read &each : std::as_const(m_pages)) {
            done += each.done;
            expected += each.expected;
        }
        Q_EMIT progress(done, expected);
    });
    return index;
}

void RegionAccessScan::finish(RegionAccess::Status status, const ApiError &error)
{
    stopReads();
    m_result.status = status;
    m_result.error = error;
    if (status != RegionAccess::Status::Complete)
        m_entries.clear(); // a partial picture must not pass for the whole one
    emitResult();
}

void RegionAccessScan::stopReads()
{
    const QList<QPointer<PagedQuery>> reads = std::exchange(m_reads, {});
    for (const QPointer<PagedQuery> &read : reads) {
        if (read) {
            disconnect(read, nullptr, this, nullptr);
            read->abort();
        }
    }
}

} // namespace LhShare
