#include "AccessScan.h"

#include "RegionAccessScan.h"

#include "api/ApiCall.h"
#include "api/LighthouseService.h"

#include <algorithm>

namespace LhShare {

AccessScan::AccessScan(LighthouseService *service, AccessScanRequest request, QObject *parent)
    : Job(parent)
    , m_service(service)
    , m_request(std::move(request))
{
}

void AccessScan::doStart()
{
    if (!m_request.regions.isEmpty()) {
        scanRegions(m_request.regions);
        return;
    }
    ApiCall *call = m_service->describeRegions();
    m_regionsCall = call;
    connect(call, &Job::finished, this, [this, call] {
        if (call->hasError()) {
            emitResult(call->error());
            return;
        }
        QStringList regions;
        for (const Region &region : LighthouseService::regionsFrom(call)) {
            if (region.available)
                regions.append(region.id);
        }
        scanRegions(regions);
    });
    call->start();
}

void AccessScan::doAbort()
{
    if (m_regionsCall)
        m_regionsCall->abort(); // its finished() ends this scan as canceled
    const QList<QPointer<RegionAccessScan>> scans = std::exchange(m_scans, {});
    for (const QPointer<RegionAccessScan> &scan : scans) {
        if (scan) {
            disconnect(scan, nullptr, this, nullptr);
            scan->abort();
        }
    }
    emitResult(canceled(tr("Stopped.")));
}

void AccessScan::scanRegions(const QStringList &regions)
{
    m_matrix.regions.resize(regions.size());
    m_entries.resize(regions.size());
    m_progress.resize(regions.size());
    for (qsizetype i = 0; i < regions.size(); ++i) {
        m_matrix.regions[i].region = regions.at(i);
        auto *scan = new RegionAccessScan(m_service, regions.at(i), m_request.blueprintIds, m_request.accountIds, this);
        m_scans.append(scan);
        connect(scan, &RegionAccessScan::progress, this,
                [this, i](int done, int total) { onRegionProgress(i, done, total); });
        connect(scan, &Job::finished, this, [this, i, scan] { onRegionFinished(i, scan); });
    }
    for (const QPointer<RegionAccessScan> &scan : std::as_const(m_scans))
        scan->start();
    finishIfDone(); // no regions at all
}

void AccessScan::onRegionProgress(qsizetype index, int done, int total)
{
    m_progress[index] = {done, total};
    int allDone = 0;
    int allTotal = 0;
    for (const Progress &region : std::as_const(m_progress)) {
        allDone += region.done;
        allTotal += region.total;
    }
    Q_EMIT progress(allDone, allTotal);
}

void AccessScan::onRegionFinished(qsizetype index, RegionAccessScan *scan)
{
    m_scans[index] = nullptr;
    m_matrix.regions[index] = scan->result();
    m_entries[index] = scan->entries();
    onRegionProgress(index, m_progress.at(index).total, m_progress.at(index).total);
    finishIfDone();
}

void AccessScan::finishIfDone()
{
    if (std::any_of(m_scans.cbegin(), m_scans.cend(), [](const auto &scan) { return !scan.isNull(); }))
        return;
    for (const QList<AccessEntry> &entries : std::as_const(m_entries))
        m_matrix.entries += entries;
    emitResult();
}

} // namespace LhShare
