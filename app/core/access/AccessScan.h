#pragma once

#include "AccessMatrix.h"

#include "api/Job.h"

#include <QList>
#include <QPointer>
#include <QStringList>

namespace LhShare {

class ApiCall;
class LighthouseService;
class RegionAccessScan;

// What to scan: regions (empty: every region DescribeRegions lists), blueprints (empty: every
// custom blueprint) and accounts (empty: every recipient).
struct AccessScanRequest
{
    QStringList regions;
    QStringList blueprintIds;
    QStringList accountIds;
};

// Builds the access matrix: region × custom blueprint × account, each share's CreatedTime, and
// per region whether the picture is complete (RegionAccessScan does a region). Regions are
// scanned at the same time, so the client's per-action limiters (10/s DescribeBlueprints, 20/s
// share-info read) are what sets the pace, with several requests in flight.
//
// A Job (api/Job.h). It fails only when the region list cannot be read or it is stopped; a
// region that fails shows in matrix().regions as Failed, and the other regions are still there.
//
//   auto *scan = new AccessScan(session->service(), {{}, {}, {QStringLiteral("700000164995")}}, this);
//   connect(scan, &Job::finished, this, [scan] { if (!scan->hasError()) show(scan->matrix()); });
//   scan->start();
class AccessScan final : public Job
{
    Q_OBJECT
public:
    AccessScan(LighthouseService *service, AccessScanRequest request, QObject *parent = nullptr);

    const AccessMatrix &matrix() const { return m_matrix; }

Q_SIGNALS:
    // Pages answered, and pages expected so far (an estimate that grows as regions report their sizes).
    void progress(int done, int total);

protected:
    void doStart() override;
    void doAbort() override;

private:
    struct Progress
    {
        int done = 0;
        int total = 1;
    };

    void scanRegions(const QStringList &regions);
    void onRegionProgress(qsizetype index, int done, int total);
    void onRegionFinished(qsizetype index, RegionAccessScan *scan);
    void finishIfDone();

    LighthouseService *m_service;
    AccessScanRequest m_request;
    AccessMatrix m_matrix;
    QList<QList<AccessEntry>> m_entries; // per region, joined at the end in region order
    QList<Progress> m_progress; // per region
    QList<QPointer<RegionAccessScan>> m_scans; // per region; null once finished
    QPointer<ApiCall> m_regionsCall;
};

} // namespace LhShare
