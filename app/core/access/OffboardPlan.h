#pragma once

#include "AccessMatrix.h"

#include "jobs/JobPlan.h"

#include <QCoreApplication>

namespace LhShare {

// Removing accounts from every custom blueprint they can use, planned from an access matrix:
// a cancel JobRequest with one item per (region, blueprint) and exactly the accounts that have
// access there. A region whose scan was incomplete would look clean, so a plan that needs it is
// refused (isRefused(), refusal()) and no request may be made from it.
//
//   const OffboardPlan offboard = OffboardPlan::fromMatrix(scan->matrix(), accounts);
//   if (offboard.isRefused()) show(offboard.refusal()); else controller.plan(offboard.request());
struct OffboardPlan
{
    Q_DECLARE_TR_FUNCTIONS(OffboardPlan)

public:
    QStringList accountIds;
    QList<AccessEntry> removals; // every (region, blueprint, account) that loses access
    QStringList incompleteRegions; // regions the scan could not read completely

    static OffboardPlan fromMatrix(const AccessMatrix &matrix, const QStringList &accountIds);
    // Exactly the rows chosen (the window's "Revoke selected…"), refused when a region they are in
    // is not complete in the matrix.
    static OffboardPlan forEntries(const AccessMatrix &matrix, const QList<AccessEntry> &entries);

    bool isRefused() const { return !incompleteRegions.isEmpty(); }
    // Client.IncompleteScan (Local), naming the regions; no error when the plan may run.
    ApiError refusal() const;
    // The cancel job; empty when refused.
    JobRequest request() const;
    // Cancel requests the job sends (batches of at most 10 accounts per blueprint).
    int requestCount() const;
};

} // namespace LhShare
