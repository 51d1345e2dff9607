#include "JobSummary.h"

#include <QHash>
#include <QSet>

#include <algorithm>

#include <optional>
#include <vector>

namespace LhShare {

namespace {

// The latest state of one batch: all a summary needs of it.
struct BatchTally
{
    ShareStatus status = ShareStatus::Pending;
    int accounts = 0;
};

// A job being summed up while its records stream by. Batch ids are the job's own counters
// ("1", "2", …), so tallies live in a vector indexed by them; any other id goes to a hash.
struct JobTally
{
    JobSummary summary;
    std::vector<BatchTally> numbered;
    QHash<QString, BatchTally> named;
    std::optional<ShareAction> firstBatchAction;
    // Accounts (region/blueprint/account) whose latest verification says the change never showed,
    // and the accounts the plan skipped: an unverified account of a done batch is not done.
    QSet<QString> notVerified;
    QSet<QString> skipped;

    static QString key(const QString &region, const QString &blueprint, const QString &account)
    {
        return region + QLatin1Char('/') + blueprint + QLatin1Char('/') + account;
    }

    // A batch's own action (the job's in older records); a second kind makes the job mixed.
    void noteAction(ShareAction action)
    {
        if (!firstBatchAction)
            firstBatchAction = action;
        else if (*firstBatchAction != action)
            summary.mixed = true;
    }

    BatchTally *batch(const QString &id, bool create)
    {
        bool numeric = false;
        const uint number = id.toUInt(&numeric);
        if (numeric && number > 0 && number <= (1u << 24)) {
            if (number > numbered.size()) {
                if (!create)
                    return nullptr;
                numbered.resize(number);
            }
            return &numbered[number - 1];
        }
        const auto it = named.find(id);
        if (it != named.end())
            return &*it;
        return create ? &named[id] : nullptr;
    }

    void noteBlueprint(const QString &blueprint)
    {
        if (!summary.blueprints.contains(blueprint))
            summary.blueprints.append(blueprint);
    }

    JobSummary take()
    {
        auto count = [this](const BatchTally &tally) {
            if (tally.accounts == 0)
                return; // a number skipped by the job, or a batch never planned
            if (!isFinalStatus(tally.status))
                ++summary.openBatches;
            else if (tally.status == ShareStatus::Done)
                summary.doneAccounts += tally.accounts;
            else if (tally.status == ShareStatus::Failed)
                summary.failedAccounts += tally.accounts;
        };
        for (const BatchTally &tally : numbered)
            count(tally);
        summary.notVerifiedAccounts = int(notVerified.size());
        const qsizetype unverifiedSkips = std::count_if(notVerified.cbegin(), notVerified.cend(),
                                                        [this](const QString &k) { return skipped.contains(k); });
        summary.doneAccounts = qMax(0, summary.doneAccounts - int(notVerified.size() - unverifiedSkips));
        for (const BatchTally &tally : std::as_const(named))
            count(tally);
        return std::move(summary);
    }
};

class SummaryAssembler
{
public:
    explicit SummaryAssembler(JobSummary::Detail detail)
        : m_withAccounts(detail == JobSummary::Detail::WithAccountText)
    {
    }

    void add(const Journal::Record &record) { std::visit(*this, record); }

    QList<JobSummary> take()
    {
        QList<JobSummary> summaries;
        summaries.reserve(qsizetype(m_jobs.size()));
        for (JobTally &job : m_jobs)
            summaries.append(job.take());
        return summaries;
    }

    void operator()(const Journal::JobStarted &r)
    {
        JobTally job;
        job.summary.start(r);
        if (JobTally *resumed = jobFor(r.resumeOf))
            resumed->summary.resumedBy = r.job;
        m_index.insert(r.job, int(m_jobs.size()));
        m_jobs.push_back(std::move(job));
    }
    void operator()(const Journal::Planned &r)
    {
        if (JobTally *job = jobFor(r.job)) {
            *job->batch(r.batch, true) = {ShareStatus::Pending, int(r.accounts.size())};
            job->noteAction(r.action.value_or(job->summary.action));
            job->noteBlueprint(r.blueprint);
            noteAccounts(job, r.accounts);
        }
    }
    void operator()(const Journal::Skipped &r)
    {
        if (JobTally *job = jobFor(r.job)) {
            job->summary.skippedAccounts += int(r.accounts.size());
            for (const QString &account : r.accounts)
                job->skipped.insert(JobTally::key(r.region, r.blueprint, account));
            job->noteBlueprint(r.blueprint);
            noteAccounts(job, r.accounts);
        }
    }
    void operator()(const Journal::Sent &r) { setStatus(r.job, r.batch, ShareStatus::Sent); }
    void operator()(const Journal::Outcome &r) { setStatus(r.job, r.batch, r.status); }
    void operator()(const Journal::JobFinished &r)
    {
        if (JobTally *job = jobFor(r.job))
            job->summary.finish(r);
    }
    void operator()(const Journal::Verified &r)
    {
        JobTally *job = jobFor(r.job);
        if (!job)
            return;
        for (const QString &account : r.accounts) {
            const QString key = JobTally::key(r.region, r.blueprint, account);
            if (r.state == Verification::NotVerified)
                job->notVerified.insert(key);
            else
                job->notVerified.remove(key); // a later verification wins
        }
    }
    void operator()(const Journal::Reissued &) {}

private:
    JobTally *jobFor(const QString &id)
    {
        const auto it = m_index.constFind(id);
        return it == m_index.constEnd() ? nullptr : &m_jobs[size_t(*it)];
    }
    void setStatus(const QString &jobId, const QString &batchId, ShareStatus status)
    {
        if (JobTally *job = jobFor(jobId)) {
            if (BatchTally *batch = job->batch(batchId, false))
                batch->status = status;
        }
    }
    void noteAccounts(JobTally *job, const QStringList &accounts)
    {
        if (!m_withAccounts)
            return;
        for (const QString &account : accounts) {
            job->summary.accountText += account.toLatin1();
            job->summary.accountText += ' ';
        }
    }

    bool m_withAccounts;
    std::vector<JobTally> m_jobs;
    QHash<QString, int> m_index;
};

} // namespace

QString JobSummary::actionKeyword() const
{
    return mixed ? QStringLiteral("sync") : LhShare::actionKeyword(action);
}

QList<JobSummary> JobSummary::readAll(const QString &path, Journal::ReadStats *stats, Detail detail)
{
    SummaryAssembler assembler(detail);
    // A sent batch is as open as a planned one: the list needs no "sent" record.
    Journal::read(
        path, [&assembler](const Journal::Record &record) { assembler.add(record); }, stats,
        Journal::Skip::SentRecords);
    return assembler.take();
}

} // namespace LhShare
