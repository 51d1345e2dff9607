#pragma once

#include "JobPlan.h"
#include "api/Job.h"

#include <QPointer>
#include <QStringList>

#include <optional>

namespace LhShare {

class LighthouseService;
class PagedQuery;

// Making one blueprint's recipients exactly a given set: who is added, who is removed and who
// stays, from the recipients it has now.
struct SyncPlan
{
    JobTarget target;
    QStringList toAdd; // wanted, not shared now (in the wanted order)
    QStringList toRemove; // shared now, not wanted (in the listing's order)
    QStringList unchanged; // shared now and wanted

    static SyncPlan between(const JobTarget &target, const QStringList &current, const QStringList &desired);
    bool isEmpty() const { return toAdd.isEmpty() && toRemove.isEmpty(); }
    // One job with the cancels and the shares (each item its own action); the planner checks it
    // against the recipients again, so only what is still needed is sent.
    JobRequest request() const;
};

// Reads the recipients of one blueprint, every page, in the listing's order (the wanted set of
// "Copy from blueprint…" and the starting list of "Edit recipients…"). A Job (api/Job.h); error()
// is set when the listing fails, and says so plainly where the site has no recipient listing.
class RecipientsReader final : public Job
{
    Q_OBJECT
public:
    RecipientsReader(LighthouseService *service, JobTarget target, QObject *parent = nullptr);

    QStringList accounts() const { return m_accounts; }

protected:
    void doStart() override;
    void doAbort() override;

private:
    LighthouseService *m_service;
    JobTarget m_target;
    QStringList m_accounts;
    QPointer<PagedQuery> m_query;
};

// Reads what a SyncPlan needs: the target's recipients and, for a sync "like" another blueprint,
// that blueprint's (in its own region). A Job; error() as for RecipientsReader: without a
// recipient listing a sync cannot know what to remove, so it refuses.
//
//   auto *reader = new SyncPlanner(service, {region, blueprint}, desiredAccounts, this);
//   connect(reader, &Job::finished, this, [reader] { if (!reader->hasError()) use(reader->plan()); });
//   reader->start();
class SyncPlanner final : public Job
{
    Q_OBJECT
public:
    // The wanted set given as accounts.
    SyncPlanner(LighthouseService *service, JobTarget target, QStringList desired, QObject *parent = nullptr);
    // The wanted set: the recipients of `model`.
    SyncPlanner(LighthouseService *service, JobTarget target, JobTarget model, QObject *parent = nullptr);

    SyncPlan plan() const { return m_plan; }

    // What the error is when the site offers no recipient listing.

protected:
    void doStart() override;
    void doAbort() override;

private:
    // Reads `target`'s recipients, then calls `then` with them (or ends the job with the error).
    void read(const JobTarget &target, void (SyncPlanner::*then)(const QStringList &));
    void onCurrent(const QStringList &current);
    void onDesired(const QStringList &desired);

    LighthouseService *m_service;
    JobTarget m_target;
    QStringList m_desired;
    std::optional<JobTarget> m_model;
    QStringList m_current;
    SyncPlan m_plan;
    QPointer<Job> m_reader;
};

} // namespace LhShare
