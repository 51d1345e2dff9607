#include "JobPlanner.h"

#include "api/LighthouseService.h"
#include "api/PagedQuery.h"

namespace LhShare {

JobPlanner::JobPlanner(LighthouseService *service, JobRequest request, QObject *parent)
    : Job(parent)
    , m_service(service)
    , m_request(std::move(request))
{
}

void JobPlanner::doStart()
{
    m_pendingRegions = m_request.regions();
    queryNextRegion();
}

void JobPlanner::doAbort()
{
    if (m_query)
        m_query->abort(); // its finished() ends this job with the query's "canceled"
    else
        Job::doAbort();
}

void JobPlanner::queryNextRegion()
{
    if (m_pendingRegions.isEmpty() || m_listingUnavailable) {
        finish();
        return;
    }
    const QString region = m_pendingRegions.takeFirst();
    QStringList blueprintIds;
    for (const JobItem &item : std::as_const(m_request.items)) {
        if (item.target.region == region && !blueprintIds.contains(item.target.blueprintId))
            blueprintIds.append(item.target.blueprintId);
    }
    m_query = m_service->describeShareRecipients(region, blueprintIds);
    PagedQuery *query = m_query;
    connect(query, &PagedQuery::finished, this, [this, query] {
        const ApiError error = query->error();
        if (LighthouseService::isRecipientListingUnavailable(error)) {
            m_listingUnavailable = true;
        } else if (error.isError()) {
            emitResult(error);
            return;
        } else {
            for (const ShareRecipient &recipient : LighthouseService::recipientsFrom(query))
                m_recipients[recipient.blueprintId].insert(recipient.accountId);
        }
        queryNextRegion();
    });
    query->start();
}

void JobPlanner::finish()
{
    m_plan = m_listingUnavailable ? JobPlan::blind(m_request) : JobPlan::withRecipients(m_request, m_recipients);
    emitResult();
}

} // namespace LhShare
