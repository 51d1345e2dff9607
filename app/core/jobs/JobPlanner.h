#pragma once

#include "JobPlan.h"
#include "api/ApiError.h"

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
//   auto *planner = new JobPlanner(service, request, this);
//   connect(planner, &JobPlanner::finished, this, [planner] { use(planner->plan()); });
//   planner->start();
class JobPlanner final : public QObject
{
    Q_OBJECT
public:
    JobPlanner(LighthouseService *service, JobRequest request, QObject *parent = nullptr);

    void start();
    void abort();
    JobPlan plan() const { return m_plan; }
    // Set when the recipients could not be read (other than "the site has no such API").
    ApiError error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void queryNextRegion();
    void finish();

    LighthouseService *m_service;
    JobRequest m_request;
    QStringList m_pendingRegions;
    QHash<QString, QSet<QString>> m_recipients;
    bool m_listingUnavailable = false;
    JobPlan m_plan;
    ApiError m_error;
    QPointer<PagedQuery> m_query;
};

} // namespace LhShare
