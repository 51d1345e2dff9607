#include "ShareJob.h"

#include "History.h"
#include "api/ApiCall.h"
#include "api/LighthouseService.h"
#include "api/PagedQuery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace LhShare {

namespace {

// Batches submitted to the client ahead of sending; the client's rate limiter decides when each
// leaves, so a few in the queue keep it busy without holding the whole job in memory twice.
constexpr int kPipelineDepth = 8;

QString targetKey(const JobTarget &target)
{
    return target.region + QLatin1Char('|') + target.blueprintId;
}

QString rowKey(const JobTarget &target, const QString &account)
{
    return targetKey(target) + QLatin1Char('|') + account;
}

// Failures caused by one account of a batch rather than by the batch: splitting isolates it.
bool isAccountSpecific(const ApiError &error)
{
    static const QStringList codes{
        QStringLiteral("InvalidParameterValue.AccountIdsNotExist"),
        QStringLiteral("InvalidParameterValue.AccountIdsNotOwnerAccount"),
        QStringLiteral("InvalidParameterValue.AccountIdInvalidAccountArea"),
        QStringLiteral("InvalidParameterValue.AccountIdSameWithUin"),
        QStringLiteral("InvalidParameter"),
    };
    return error.kind == ApiError::Kind::Api && codes.contains(error.code);
}
} // namespace

ShareJob::ShareJob(LighthouseService *service, History *history, JobPlan plan, JobContext context, QObject *parent)
    : Job(parent)
    , m_service(service)
    , m_history(history)
    , m_plan(std::move(plan))
    , m_context(std::move(context))
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    for (const PlannedBatch &batch : std::as_const(m_plan.batches)) {
        for (const QString &account : batch.accountIds) {
            m_outcomeRow.insert(rowKey(batch.target, account), int(m_outcomes.size()));
            m_outcomes.append(
                {batch.target, account, batch.action, AccountOutcome::Status::Pending, {}, {}, {}, {}, {}});
        }
    }
    for (const SkippedAccount &skip : std::as_const(m_plan.skipped)) {
        m_outcomeRow.insert(rowKey(skip.target, skip.accountId), int(m_outcomes.size()));
        m_outcomes.append(
            {skip.target, skip.accountId, skip.action, AccountOutcome::Status::Pending, {}, {}, {}, {}, {}});
    }
}

ShareJob::~ShareJob()
{
    // Calls still waiting for the rate limiter must not go out unjournaled after we are gone.
    for (Batch *batch : std::as_const(m_active)) {
        if (batch->call && !batch->call->isSent()) {
            batch->call->disconnect(this);
            batch->call->abort();
        }
    }
    qDeleteAll(m_queue);
    qDeleteAll(m_active);
}

int ShareJob::count(AccountOutcome::Status status) const
{
    return result().count(status);
}

double ShareJob::secondsRemaining() const
{
    const int remaining = m_batchesTotal - m_batchesFinished;
    const double atLimit = double(remaining) / LighthouseService::kShareRequestsPerSecond;
    if (m_batchesFinished == 0 || !m_elapsed.isValid())
        return atLimit;
    return qMax(atLimit, remaining * (m_elapsed.elapsed() / 1000.0) / m_batchesFinished);
}

bool ShareJob::journal(Journal::Record record)
{
    // Every record of this job: its id and the moment it is written.
    std::visit(
        [this](auto &r) {
            r.job = m_id;
            r.time = QDateTime::currentDateTimeUtc();
        },
        record);
    if (m_history->append(record))
        return true;
    // Without a journal nothing could be resumed or undone: stop sending and say why.
    if (!m_historyBroken) {
        m_historyBroken = true;
        Q_EMIT historyError(tr("The history file %1 cannot be written (%2); the job was stopped.")
                                .arg(m_history->path(), m_history->errorString()));
        QMetaObject::invokeMethod(this, &ShareJob::abort, Qt::QueuedConnection);
    }
    return false;
}

ShareJob::Batch *ShareJob::newBatch(const JobTarget &target, const QStringList &accounts, ShareAction action)
{
    auto *batch = new Batch;
    batch->id = QString::number(++m_nextBatchNumber);
    batch->target = target;
    batch->accounts = accounts;
    batch->action = action;
    batch->retryTimer.setSingleShot(true);
    batch->retryTimer.callOnTimeout(this, [this, batch] {
        m_active.removeOne(batch);
        m_queue.prepend(batch);
        pump();
    });
    ++m_batchesTotal;
    journal(Journal::Planned{{}, {}, batch->id, target.region, target.blueprintId, accounts, action});
    return batch;
}

int JobResult::count(AccountOutcome::Status status) const
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                             [status](const AccountOutcome &outcome) { return outcome.status == status; }));
}

QString AccountOutcome::statusText() const
{
    return isUnverifiedChange() ? QCoreApplication::translate("ShareStatus", "not verified")
                                : LhShare::statusText(status);
}

int JobResult::count(Verification verification) const
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(), [verification](const AccountOutcome &outcome) {
        return outcome.verification == verification;
    }));
}

int JobResult::doneCount() const
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(), [](const AccountOutcome &outcome) {
        return outcome.status == AccountOutcome::Status::Done && !outcome.isUnverifiedChange();
    }));
}

bool JobResult::isMixed() const
{
    return std::any_of(outcomes.cbegin(), outcomes.cend(), [this](const AccountOutcome &outcome) {
        return outcome.action != outcomes.constFirst().action;
    });
}

JobResult ShareJob::result() const
{
    return {m_id, m_plan.request.action, m_outcomes, m_batchResults, m_requestsSent, m_stopping};
}

void ShareJob::doStart()
{
    m_running = true;
    m_elapsed.start();
    const Journal::JobStarted header{{},
                                     {},
                                     m_plan.request.action,
                                     m_context.profileName,
                                     m_context.redactedSecretId,
                                     m_context.endpoint,
                                     m_plan.request.accountCount(),
                                     m_plan.recipientsKnown,
                                     m_plan.request.undoOf,
                                     m_plan.request.resumeOf};
    if (!journal(header)) {
        // Nothing may be sent that could not be recorded.
        m_stopping = true;
        for (const AccountOutcome &outcome : std::as_const(m_outcomes))
            completeAccounts(outcome.target, {outcome.accountId}, outcome.action, AccountOutcome::Status::NotSent, {},
                             {}, tr("not sent: the history cannot be written"));
        QMetaObject::invokeMethod(this, &ShareJob::finishIfDone, Qt::QueuedConnection);
        return;
    }

    // Skipped accounts, one record per target, action and reason.
    QMap<QString, QList<SkippedAccount>> skippedGroups;
    for (const SkippedAccount &skip : std::as_const(m_plan.skipped))
        skippedGroups[targetKey(skip.target) + QLatin1Char('|') + actionKeyword(skip.action) + QLatin1Char('|')
                      + QString::number(int(skip.reason))]
            .append(skip);
    for (const QList<SkippedAccount> &group : std::as_const(skippedGroups)) {
        const SkippedAccount &first = group.constFirst();
        QStringList accounts;
        for (const SkippedAccount &skip : group)
            accounts.append(skip.accountId);
        if (first.reason == SkippedAccount::Reason::AlreadyDone) {
            // Done by the interrupted job this one resumes: recorded as done here, so undo finds it.
            Batch *confirmed = newBatch(first.target, accounts, first.action);
            m_active.append(confirmed);
            complete(confirmed, AccountOutcome::Status::Done, {}, {}, first.reasonText());
            continue;
        }
        completeAccounts(first.target, accounts, first.action, AccountOutcome::Status::Skipped, {}, {},
                         first.reasonText());
        journal(Journal::Skipped{
            {}, {}, first.target.region, first.target.blueprintId, accounts, first.reasonText(), first.action});
    }
    for (const PlannedBatch &planned : std::as_const(m_plan.batches)) {
        Batch *batch = newBatch(planned.target, planned.accountIds, planned.action);
        batch->ambiguous = planned.mayBeApplied;
        m_queue.append(batch);
    }
    Q_EMIT progress(m_batchesFinished, m_batchesTotal);
    pump();
}

void ShareJob::pump()
{
    if (m_stopping) {
        // Batches queued after stop() (splits, re-sends after a conflict) are not sent either.
        const QList<Batch *> queued = m_queue;
        for (Batch *batch : queued)
            retire(batch);
    }
    int inFlight = 0;
    for (const Batch *batch : std::as_const(m_active))
        inFlight += batch->call ? 1 : 0;
    while (!m_stopping && !m_queue.isEmpty() && inFlight < kPipelineDepth) {
        Batch *batch = m_queue.takeFirst();
        m_active.append(batch);
        sendBatch(batch);
        ++inFlight;
    }
    finishIfDone();
}

void ShareJob::sendBatch(Batch *batch)
{
    ++batch->attempts;
    if (!batch->clock.isValid())
        batch->clock.start();
    ApiCall *call = m_service->changeSharing(batch->action, batch->target.region, batch->target.blueprintId,
                                             batch->accounts);
    batch->call = call;
    const int attempt = batch->attempts;
    connect(call, &ApiCall::sending, this, [this, batch, call, attempt] {
        // Written before the request leaves: after a crash, "sent" means "may have been applied".
        // What cannot be recorded is not sent.
        if (!journal(Journal::Sent{{}, {}, batch->id, attempt})) {
            call->abort();
            return;
        }
        ++m_requestsSent;
    });
    connect(call, &ApiCall::finished, this, [this, batch, call] {
        batch->call = nullptr;
        onBatchAnswered(batch, call);
    });
    call->start();
}

void ShareJob::onBatchAnswered(Batch *batch, ApiCall *call)
{
    const ApiError error = call->error();
    if (!error.isError()) {
        complete(batch, AccountOutcome::Status::Done, {}, call->requestId(),
                 batch->attempts > 1 ? tr("done after %n attempt(s)", nullptr, batch->attempts) : QString());
        pump();
        return;
    }
    if (!call->isSent() || (m_stopping && error.kind == ApiError::Kind::Canceled)) {
        retire(batch); // stopped before it left: stays "planned" in the history, so it can be resumed
        pump();
        return;
    }
    batch->ambiguous = batch->ambiguous || error.ambiguous;

    const bool cancel = batch->action == ShareAction::Cancel;
    const QString conflictCode = cancel ? QStringLiteral("UnsupportedOperation.BlueprintHasNotShared")
                                        : QStringLiteral("UnsupportedOperation.BlueprintAlreadyShared");
    // A connection that dropped after the request went out (the client never lets Qt re-send it):
    // reading the recipients settles it without spending a share/cancel request on a blind retry.
    const bool cutOff = error.kind == ApiError::Kind::Network && error.ambiguous && batch->resolutions == 0;
    if (error.code == conflictCode || cutOff) {
        resolveConflict(batch, error);
        return;
    }
    if (m_retry.allowsAnotherAttempt(error, batch->attempts, batch->clock.elapsed()) && !m_stopping) {
        batch->retryTimer.start(m_retry.delayMs(batch->attempts + 1));
        return;
    }
    if (isAccountSpecific(error) && batch->accounts.size() > 1) {
        split(batch, error);
        return;
    }
    complete(batch, AccountOutcome::Status::Failed, error, error.requestId);
    pump();
}

// The server says (some of) the accounts are already in the wanted state, or the connection
// dropped after the request went out. Read the recipients and settle each account: those already right are done (if an earlier attempt of ours may have
// done it) or skipped; the rest are sent again in a batch of their own.
void ShareJob::resolveConflict(Batch *batch, const ApiError &conflict)
{
    constexpr int kMaxResolutions = 2;
    if (batch->resolutions >= kMaxResolutions) {
        // The recipient list keeps saying "send it" and the server keeps saying "already so".
        complete(batch, AccountOutcome::Status::Failed, conflict, conflict.requestId,
                 tr("the recipient list and the server disagree about these accounts; check them in the console"));
        pump();
        return;
    }
    batch->resolving = true;
    // Only these accounts' rows (the account-id filter): one or two requests, however long the
    // list, and no re-reads while this very job keeps changing the rest of it.
    PagedQuery *query = m_service->describeShareRecipients(batch->target.region, {batch->target.blueprintId},
                                                           batch->accounts);
    connect(query, &PagedQuery::finished, this, [this, batch, conflict, query] {
        batch->resolving = false;
        const bool cancel = batch->action == ShareAction::Cancel;
        const ApiError error = query->error();
        // The accounts are already as wanted. If an attempt of ours may have done it (an ambiguous
        // failure, or a plan made from the recipient list moments ago), count them as done by this job.
        const bool ours = batch->ambiguous || m_plan.recipientsKnown;
        const AccountOutcome::Status settled = ours ? AccountOutcome::Status::Done : AccountOutcome::Status::Skipped;
        const QString settledNote = ours
            ? tr("confirmed from the recipient list after an interrupted request")
            : (cancel ? tr("was not shared with this account") : tr("was already shared with this account"));

        if (LighthouseService::isRecipientListingUnavailable(error)) {
            if (batch->accounts.size() > 1)
                split(batch, conflict);
            else
                complete(batch, settled, {}, conflict.requestId, settledNote);
            pump();
            return;
        }
        if (error.isError()) {
            complete(batch, AccountOutcome::Status::Failed, conflict, conflict.requestId,
                     tr("could not read the recipients to resolve the conflict: %1").arg(error.userMessage()));
            pump();
            return;
        }
        QSet<QString> recipients;
        for (const ShareRecipient &recipient : LighthouseService::recipientsFrom(query))
            recipients.insert(recipient.accountId);
        QStringList alreadyRight;
        QStringList stillToChange;
        for (const QString &account : std::as_const(batch->accounts))
            (recipients.contains(account) == cancel ? stillToChange : alreadyRight).append(account);

        if (stillToChange.isEmpty()) {
            complete(batch, settled, {}, conflict.requestId, settledNote);
        } else {
            // The new batches are journaled before the parent is closed as "split", so after a
            // crash at any point every account is still in an unfinished batch.
            Batch *resend = newBatch(batch->target, stillToChange, batch->action);
            resend->ambiguous = batch->ambiguous;
            resend->resolutions = batch->resolutions + 1;
            Batch *settledBatch = alreadyRight.isEmpty() ? nullptr
                                                         : newBatch(batch->target, alreadyRight, batch->action);
            complete(batch, ShareStatus::Split, conflict, conflict.requestId);
            if (settledBatch) {
                m_active.append(settledBatch);
                complete(settledBatch, settled, {}, conflict.requestId, settledNote);
            }
            m_queue.prepend(resend);
        }
        pump();
    });
    query->start();
}

void ShareJob::split(Batch *batch, const ApiError &cause)
{
    const qsizetype half = batch->accounts.size() / 2;
    const QStringList first = batch->accounts.mid(0, half);
    const QStringList second = batch->accounts.mid(half);
    // Halves first, then the parent's "split": the history never loses an account in between.
    Batch *firstBatch = newBatch(batch->target, first, batch->action);
    Batch *secondBatch = newBatch(batch->target, second, batch->action);
    secondBatch->ambiguous = firstBatch->ambiguous = batch->ambiguous;
    secondBatch->resolutions = firstBatch->resolutions = batch->resolutions;
    complete(batch, ShareStatus::Split, cause, cause.requestId);
    m_queue.prepend(secondBatch);
    m_queue.prepend(firstBatch);
    pump();
}

// Journals the batch's outcome and updates its accounts. Split records a batch whose accounts
// continue in new batches.
void ShareJob::complete(Batch *batch, AccountOutcome::Status status, const ApiError &error, const QString &requestId,
                        const QString &note)
{
    // Out of the active list first: a slot of a signal below may stop the job, which walks that list.
    m_active.removeOne(batch);
    const bool isSplit = status == ShareStatus::Split;
    // A failure after answers that left open whether the server applied the change is not final:
    // the history says "unknown" so that resume settles it from the recipient list.
    const bool outcomeUnknown = status == ShareStatus::Failed && batch->ambiguous;
    journal(Journal::Outcome{{},
                             {},
                             batch->id,
                             outcomeUnknown ? ShareStatus::Unknown : status,
                             error.code,
                             error.isError() ? error.message : note,
                             requestId});

    if (isSplit) {
        --m_batchesTotal;
    } else {
        QString message = error.isError() ? error.userMessage() : note;
        if (outcomeUnknown)
            message += QLatin1Char(' ') + tr("It may have been applied: resume the job from the history to settle it.");
        completeAccounts(batch->target, batch->accounts, batch->action, status, error, requestId, message);
        ++m_batchesFinished;
    }
    Q_EMIT progress(m_batchesFinished, m_batchesTotal);
    delete batch;
}

void ShareJob::completeAccounts(const JobTarget &target, const QStringList &accounts, ShareAction action,
                                AccountOutcome::Status status, const ApiError &error, const QString &requestId,
                                const QString &note)
{
    m_batchResults.append({target, accounts, action, status, error.code, note, requestId});
    int first = int(m_outcomes.size());
    int last = -1;
    for (const QString &account : accounts) {
        const int row = m_outcomeRow.value(rowKey(target, account), -1);
        if (row < 0)
            continue;
        AccountOutcome &outcome = m_outcomes[row];
        outcome.status = status;
        outcome.errorCode = error.code;
        outcome.message = note;
        outcome.requestId = requestId;
        first = qMin(first, row);
        last = qMax(last, row);
    }
    if (last >= 0)
        Q_EMIT outcomesChanged(first, last);
}

// Leaves a batch unfinished (stopped): its accounts are "not sent" here and resumable from history.
void ShareJob::retire(Batch *batch)
{
    completeAccounts(batch->target, batch->accounts, batch->action, AccountOutcome::Status::NotSent, {}, {},
                     batch->attempts > 1 ? tr("stopped before a retry; resume the job from the history")
                                         : tr("stopped before it was sent"));
    // (A batch whose request already left is never retired: stop() lets it be answered.)
    m_active.removeOne(batch);
    m_queue.removeOne(batch);
    delete batch;
}

void ShareJob::doAbort()
{
    if (m_stopping || isFinished())
        return;
    m_stopping = true;
    const QList<Batch *> queued = m_queue;
    for (Batch *batch : queued)
        retire(batch);
    const QList<Batch *> active = m_active;
    for (Batch *batch : active) {
        if (batch->call && !batch->call->isSent())
            batch->call->abort(); // still waiting for the rate limiter: never sent
        else if (!batch->call && !batch->resolving)
            retire(batch); // waiting to retry
    }
    finishIfDone();
}

void ShareJob::finishIfDone()
{
    if (!m_running || isFinished() || !m_queue.isEmpty() || !m_active.isEmpty())
        return;
    journal(Journal::JobFinished{{}, {}, m_stopping});
    emitResult();
}

} // namespace LhShare
