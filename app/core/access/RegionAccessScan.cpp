#include "RegionAccessScan.h"

#include "RecipientQueryCost.h"

#include "api/LighthouseService.h"
#include "api/PagedQuery.h"

#include <QTimer>

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
    m_elapsed.start();
    startRead([this] { return m_service->describeBlueprints(m_result.region, m_blueprintIds); },
              [this](PagedQuery *query) { onBlueprints(query); });
}

void RegionAccessScan::doAbort()
{
    stopReads();
    emitResult(canceled(tr("Stopped.")));
}

void RegionAccessScan::onBlueprints(PagedQuery *query)
{
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
    for (qsizetype i = 0; i < mayBeShared.size(); i += LighthouseService::kMaxBlueprintIdsPerRequest)
        readChunk(mayBeShared.mid(i, LighthouseService::kMaxBlueprintIdsPerRequest));
    if (m_pendingReads == 0)
        finish(RegionAccess::Status::Complete); // nothing shared here
}

void RegionAccessScan::readChunk(const QStringList &blueprintIds)
{
    const int accounts = int(m_accountIds.size());
    if (RecipientQueryCost::chooseBeforeReading(accounts) == RecipientQuery::ByAccount) {
        readByAccount(blueprintIds);
        return;
    }
    m_result.query = RecipientQuery::ListAll;
    std::function<void()> switchToFilter;
    if (accounts > 0) {
        switchToFilter = [this, blueprintIds] {
            m_result.query = RecipientQuery::ByAccount;
            readByAccount(blueprintIds);
        };
    }
    startRead([this, blueprintIds] { return m_service->describeShareRecipients(m_result.region, blueprintIds); },
              [this](PagedQuery *query) { onRecipients(query); }, switchToFilter);
}

void RegionAccessScan::readByAccount(const QStringList &blueprintIds)
{
    for (qsizetype i = 0; i < m_accountIds.size(); i += LighthouseService::kMaxAccountIdFilterValues) {
        const QStringList group = m_accountIds.mid(i, LighthouseService::kMaxAccountIdFilterValues);
        startRead([this, blueprintIds,
                   group] { return m_service->describeShareRecipients(m_result.region, blueprintIds, group); },
                  [this](PagedQuery *query) { onRecipients(query); });
    }
}

void RegionAccessScan::onRecipients(PagedQuery *query)
{
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
    if (m_pendingReads == 0)
        finish(RegionAccess::Status::Complete);
}

void RegionAccessScan::startRead(const MakeQuery &make, const OnRead &onRead,
                                 const std::function<void()> &switchToFilter, int attempt)
{
    PagedQuery *query = make();
    const qsizetype pages = track(query);
    ++m_pendingReads;
    connect(query, &Job::finished, this, [=] {
        m_reads.removeAll(query);
        const ApiError &error = query->error();
        if (m_retry.allowsAnotherAttempt(error, attempt, m_elapsed.elapsed())) {
            m_pages[pages].expected = m_pages[pages].done; // the next attempt counts its own pages
            QTimer::singleShot(m_retry.delayMs(attempt + 1), this, [=] {
                --m_pendingReads;
                if (!isFinished())
                    startRead(make, onRead, switchToFilter, attempt + 1);
            });
            return;
        }
        --m_pendingReads;
        onRead(query);
    });
    if (switchToFilter) {
        // The first page's TotalCount says whether the rest of the full list costs more than the filter.
        connect(
            query, &PagedQuery::progress, this,
            [=](int, int total) {
                if (RecipientQueryCost::chooseAfterFirstPage(int(m_accountIds.size()), total)
                    != RecipientQuery::ByAccount)
                    return;
                disconnect(query, nullptr, this, nullptr);
                m_reads.removeAll(query);
                --m_pendingReads;
                m_pages[pages].expected = m_pages[pages].done; // its one page was read
                query->abort();
                switchToFilter();
            },
            Qt::SingleShotConnection);
    }
    query->start();
}

// Counts the query's pages for progress(), and keeps it to stop with the scan.
qsizetype RegionAccessScan::track(PagedQuery *query)
{
    m_reads.append(query);
    const qsizetype index = m_pages.size();
    m_pages.append(Pages());
    connect(query, &PagedQuery::progress, this, [this, index](int, int total) {
        Pages &pages = m_pages[index];
        ++pages.done;
        pages.expected = qMax(pages.done, total >= 0 ? RecipientQueryCost::pagesFor(total) : pages.done + 1);
        int done = 0;
        int expected = 0;
        for (const Pages &each : std::as_const(m_pages)) {
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
