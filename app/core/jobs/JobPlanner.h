#pragma once

#include "JobPlan.h"
#include "api/ApiError.h"
#include "api/Job.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace LhShare {

class LighthouseService;
class PagedQuery;

// Turns a JobRequest into a JobPlan: reads who each blueprint is shared with now (one paged
// DescribeBlueprintsShareAcrossAccountInfos per region) and plans only the accounts that need a
// change. Where the site has no such listing, plans everything (JobPlan::recipientsKnown false).
//
// A Job (api/Job.h); error() is set when the recipients could not be read (other than "the site
// has no such API").
//
//   auto *planner = new JobPlanner(service, request, this);
//   connect(planner, &Job::finished, this, [planner] { if (!planner->hasError()) use(planner->plan()); });
//   planner->start();
class JobPlanner final : public Job
{
    Q_OBJECT
public:
    JobPlanner(LighthouseService *service, JobRequest request, QObject *parent = nullptr);

    JobPlan plan() const { return m_plan; }

protected:
    void doStart() override;
    void doAbort() override;

private:
    void queryNextRegion();
    void finish();

    LighthouseService *m_service;
    JobRequest m_request;
    QStringList m_pendingRegions;
    QHash<QString, QSet<QString>> m_recipients;
    bool m_listingUnavailable = false;
    JobPlan m_plan;
    QPointer<PagedQuery> m_query;
};

} // namespace LhShare
