#pragma once

#include "JobPlan.h"
#include "Journal.h"
#include "RetryPolicy.h"
#include "api/Job.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace LhShare {

class ApiCall;
class History;
class LighthouseService;
class PagedQuery;

// What finally happened to one account on one blueprint.
struct AccountOutcome
{
    // One vocabulary with the journal (Journal.h); accounts end Done, Skipped, Failed or NotSent.
    using Status = ShareStatus;

    JobTarget target;
    QString accountId;
    ShareAction action = ShareAction::Cancel; // what the job does to this account
    Status status = Status::Pending;
    QString errorCode;
    QString message; // translated explanation (failures) or note (skips, confirmations)
    QString requestId;
    // What the re-read after the job found (VerifyJob); NotChecked until it ran, and for accounts
    // that failed or were not sent.
    Verification verification = Verification::NotChecked;
    QString verificationNote; // why it is not verified (translated)

    static QString statusName(Status status) { return statusKeyword(status); } // stable, for files
    // The status in words; an acknowledged change the recipient list does not show is "not verified", never "done".
    QString statusText() const;
    QString verificationText() const { return LhShare::verificationText(verification, verificationNote); }
    // Acknowledged by the server but not shown by the recipient list: not to be reported as done.
    bool isUnverifiedChange() const { return status == Status::Done && verification == Verification::NotVerified; }
};

// The final answer for one request's worth of accounts (what `--output json` lists).
struct BatchResult
{
    JobTarget target;
    QStringList accountIds;
    ShareAction action = ShareAction::Cancel;
    AccountOutcome::Status status = AccountOutcome::Status::Pending;
    QString errorCode;
    QString message;
    QString requestId;
};

// Who ran the job, for the history.
struct JobContext
{
    QString profileName;
    QString redactedSecretId;
    QString endpoint;
};

// Everything a finished (or stopped) job did, as a value: what the results view and the CLI's
// report show after the job itself is gone.
struct JobResult
{
    QString jobId;
    ShareAction action = ShareAction::Cancel;
    QList<AccountOutcome> outcomes; // every account of the plan, in plan order
    QList<BatchResult> batches; // finished batches in completion order
    int requestsSent = 0;
    bool stopped = false;

    int count(AccountOutcome::Status status) const;
    int count(Verification verification) const;
    // The accounts that count as done: acknowledged and not contradicted by the re-read.
    int doneCount() const;
    // Both shared and cancelled (a sync, or the undo of one).
    bool isMixed() const;
};

// Runs a JobPlan: sends its batches through the rate-limited client with several requests in
// flight, retries transient failures with backoff (re-signed each time), resolves ambiguous
// outcomes by reading the recipients, isolates a bad account by splitting its batch, and
// journals every step in History before moving on.
//
// A Job (api/Job.h): abort() sends no new batches; what is in flight is answered into the
// history, then finished() follows.
//
//   auto *job = new ShareJob(service, &history, plan, context, this);
//   connect(job, &ShareJob::outcomesChanged, …); connect(job, &Job::finished, …  job->result() …);
//   job->start();
class ShareJob final : public Job
{
    Q_OBJECT
public:
    ShareJob(LighthouseService *service, History *history, JobPlan plan, JobContext context, QObject *parent = nullptr);
    ~ShareJob() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }

    QString id() const { return m_id; }
    const JobPlan &plan() const { return m_plan; }
    bool isStopping() const { return m_stopping; }
    JobResult result() const;

    // Every account of the plan (skips included), in plan order.
    QList<AccountOutcome> outcomes() const { return m_outcomes; }
    // Finished batches in completion order, plus one entry per target for skipped accounts.
    QList<BatchResult> batchResults() const { return m_batchResults; }
    int requestsSent() const { return m_requestsSent; }
    int batchesFinished() const { return m_batchesFinished; }
    int batchesTotal() const { return m_batchesTotal; }
    int count(AccountOutcome::Status status) const;
    // Estimated seconds left at the current pace.
    double secondsRemaining() const;

Q_SIGNALS:
    void progress(int batchesFinished, int batchesTotal);
    // Rows [first, last] of outcomes() changed.
    void outcomesChanged(int first, int last);
    void historyError(const QString &message);

protected:
    void doStart() override;
    void doAbort() override;

private:
    struct Batch
    {
        QString id;
        JobTarget target;
        QStringList accounts;
        ShareAction action = ShareAction::Cancel;
        int attempts = 0;
        bool ambiguous = false; // an earlier attempt may have been applied
        bool resolving = false; // reading recipients to settle a conflict answer
        int resolutions = 0; // conflict answers already settled for these accounts
        QElapsedTimer clock;
        QTimer retryTimer; // backoff before the next attempt; dies with the batch
        QPointer<ApiCall> call;
    };

    void pump();
    void sendBatch(Batch *batch);
    void onBatchAnswered(Batch *batch, ApiCall *call);
    void resolveConflict(Batch *batch, const ApiError &error);
    void split(Batch *batch, const ApiError &cause);
    void complete(Batch *batch, AccountOutcome::Status status, const ApiError &error, const QString &requestId,
                  const QString &note = {});
    void completeAccounts(const JobTarget &target, const QStringList &accounts, ShareAction action,
                          AccountOutcome::Status status, const ApiError &error, const QString &requestId,
                          const QString &note);
    void retire(Batch *batch);
    Batch *newBatch(const JobTarget &target, const QStringList &accounts, ShareAction action);
    // Appends to the history; on failure says so once and stops the job (queued: the caller may be
    // in the middle of changing a batch). Returns whether the record is on disk.
    bool journal(Journal::Record record);
    void finishIfDone();

    LighthouseService *m_service;
    History *m_history;
    JobPlan m_plan;
    JobContext m_context;
    RetryPolicy m_retry;
    QString m_id;
    QList<Batch *> m_queue; // not yet submitted (includes retries due now)
    QList<Batch *> m_active; // submitted, waiting for an answer, a retry timer or resolution
    QList<AccountOutcome> m_outcomes;
    QList<BatchResult> m_batchResults;
    QHash<QString, int> m_outcomeRow; // region/blueprint/account -> row
    int m_nextBatchNumber = 0;
    int m_requestsSent = 0;
    int m_batchesFinished = 0;
    int m_batchesTotal = 0;
    QElapsedTimer m_elapsed;
    bool m_running = false; // doStart() ran
    bool m_stopping = false;
    bool m_historyBroken = false;
};

} // namespace LhShare
