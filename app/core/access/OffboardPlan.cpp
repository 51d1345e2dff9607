#include "OffboardPlan.h"

#include <algorithm>

namespace LhShare {

OffboardPlan OffboardPlan::fromMatrix(const AccessMatrix &matrix, const QStringList &accountIds)
{
    OffboardPlan plan;
    plan.accountIds = accountIds;
    plan.incompleteRegions = matrix.incompleteRegions();
    for (const AccessEntry &entry : matrix.entries) {
        if (accountIds.contains(entry.accountId))
            plan.removals.append(entry);
    }
    return plan;
}

OffboardPlan OffboardPlan::forEntries(const AccessMatrix &matrix, const QList<AccessEntry> &entries)
{
    OffboardPlan plan;
    plan.removals = entries;
    for (const AccessEntry &entry : entries) {
        if (!plan.accountIds.contains(entry.accountId))
            plan.accountIds.append(entry.accountId);
        const RegionAccess *region = matrix.region(entry.region);
        if ((!region || !region->isComplete()) && !plan.incompleteRegions.contains(entry.region))
            plan.incompleteRegions.append(entry.region);
    }
    return plan;
}

ApiError OffboardPlan::refusal() const
{
    if (!isRefused())
        return {};
    ApiError error = ApiError::client(
        ApiError::Kind::Local,
        tr("Not every region could be read (%1): an account may still have access there, so nothing is planned. "
           "Scan again, or leave those regions out.")
            .arg(incompleteRegions.join(QStringLiteral(", "))));
    error.code = QStringLiteral("Client.IncompleteScan");
    return error;
}

JobRequest OffboardPlan::request() const
{
    JobRequest request;
    request.action = ShareAction::Cancel;
    if (isRefused())
        return request;
    for (const AccessEntry &entry : removals) {
        const JobTarget target{entry.region, entry.blueprintId};
        auto item = std::find_if(request.items.begin(), request.items.end(),
                                 [&target](const JobItem &candidate) { return candidate.target == target; });
        if (item == request.items.end())
            request.items.append({target, {entry.accountId}});
        else if (!item->accountIds.contains(entry.accountId))
            item->accountIds.append(entry.accountId);
    }
    return request;
}

int OffboardPlan::requestCount() const
{
    return JobPlan::blind(request()).requestCount();
}

} // namespace LhShare
