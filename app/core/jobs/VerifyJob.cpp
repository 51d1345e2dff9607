#include "VerifyJob.h"

#include "History.h"
#include "api/ApiCall.h"
#include "api/LighthouseService.h"
#include "api/PagedQuery.h"

#include <QMap>

namespace LhShare {

namespace {

// Pauses between reads: short at first (most changes show within a second), then longer.
constexpr int kFirstPauseMs = 250;
constexpr int kLongestPauseMs = 5'000;

QString pairKey(const QString &blueprint, const QString &account)
{
    return blueprint + QLatin1Char('|') + account;
}

int requestsFor(int rows, int perRequest)
{
    return qMax(1, (rows + perRequest - 1) / perRequest);
}

} // namespace

VerifyJob::VerifyJob(LighthouseService *service, History *history, JobResult result, QObject *parent)
    : Job(parent)
    , m_service(service)
    , m_history(history)
    , m_result(std::move(result))
{
    m_nextRound.setSingleShot(true);
    m_nextRound.callOnTimeout(this, &VerifyJob::startRound);
    for (int row = 0; row < m_result.outcomes.size(); ++row) {
        const AccountOutcome &outcome = m_result.outcomes.at(row);
        // What the server acknowledged, and what the plan found already as wanted, is checked;
        // failures and unsent accounts changed nothing to confirm.
        if (outcome.status == ShareStatus::Done || outcome.status == ShareStatus::Skipped)
            m_open.append(row);
    }
}

JobResult VerifyJob::result() const
{
    // Stopped before it could settle them (even before it started): not verified, never done.
    // While it still runs, the open rows are simply not checked yet.
    JobResult result = m_result;
    if (!isFinished())
        return result;
    for (const int row : m_open) {
        result.outcomes[row].verification = Verification::NotVerified;
        result.outcomes[row].verificationNote = stoppedReason();
    }
    return result;
}

QString VerifyJob::stoppedReason()
{
    return tr("verification was stopped before the change showed");
}

VerifyJob::~VerifyJob()
{
    // Re-issues still waiting for the rate limiter must not go out unjournalled after we are gone.
    for (const QPointer<ApiCall> &call : std::as_const(m_reissues)) {
        if (call && !call->isSent()) {
            call->disconnect(this);
            call->abort();
        }
    }
}

void VerifyJob::doStart()
{
    m_clock.start();
    if (m_open.isEmpty()) {
        finish();
        return;
    }
    startRound();
}

QHash<QString, VerifyJob::OpenChecks> VerifyJob::openByRegion() const
{
    QHash<QString, OpenChecks> open;
    QSet<QString> seen; // region|blueprint and region|account pairs already listed
    for (const int row : m_open) {
        const AccountOutcome &outcome = m_result.outcomes.at(row);
        const QString &region = outcome.target.region;
        OpenChecks &checks = open[region];
        const QString blueprintKey = region + QStringLiteral("|b|") + outcome.target.blueprintId;
        if (!seen.contains(blueprintKey)) {
            seen.insert(blueprintKey);
            checks.blueprints.append(outcome.target.blueprintId);
        }
        const QString accountKey = region + QStringLiteral("|a|") + outcome.accountId;
        if (!seen.contains(accountKey)) {
            seen.insert(accountKey);
            checks.accounts.append(outcome.accountId);
        }
    }
    return open;
}

void VerifyJob::startRound()
{
    ++m_round;
    m_listed.clear();
    m_readErrors.clear();
    const QHash<QString, OpenChecks> open = openByRegion();
    for (auto it = open.cbegin(); it != open.cend(); ++it)
        readRegion(it.key(), it.value());
}

// The account-id filter takes 5 accounts a request; a full listing 100 rows a page. Whichever
// needs fewer requests is used (the first listing of a region is assumed to be one page).
void VerifyJob::readRegion(const QString &region, const OpenChecks &open)
{
    const int filtered = requestsFor(int(open.accounts.size()), LighthouseService::kMaxAccountIdFilterValues);
    const int listed = requestsFor(m_listedRows.value(region, 0), LighthouseService::kMaxPageSize);
    QList<PagedQuery *> queries;
    const bool listEverything = filtered > listed;
    if (listEverything) {
        queries.append(m_service->describeShareRecipients(region, open.blueprints));
    } else {
        for (int i = 0; i < open.accounts.size(); i += LighthouseService::kMaxAccountIdFilterValues)
            queries.append(m_service->describeShareRecipients(
                region, open.blueprints, open.accounts.mid(i, LighthouseService::kMaxAccountIdFilterValues)));
    }
    for (PagedQuery *query : std::as_const(queries)) {
        m_reads.append(query);
        connect(query, &Job::finished, this,
                [this, region, query, listEverything] { onRead(region, query, listEverything); });
        query->start();
    }
}

void VerifyJob::onRead(const QString &region, PagedQuery *query, bool listedEverything)
{
    m_reads.removeAll(query);
    const ApiError error = query->error();
    if (LighthouseService::isRecipientListingUnavailable(error)) {
        m_unlisted.insert(region);
    } else if (error.isError()) {
        m_readErrors.insert(region, error);
    } else {
        for (const ShareRecipient &recipient : LighthouseService::recipientsFrom(query))
            m_listed.insert(pairKey(recipient.blueprintId, recipient.accountId));
        if (listedEverything)
            m_listedRows.insert(region, int(query->items().size()));
    }
    m_reads.removeAll(nullptr);
    if (m_reads.isEmpty())
        settleRound();
}

void VerifyJob::settleRound()
{
    QList<int> stillOpen;
    for (const int row : std::as_const(m_open)) {
        const AccountOutcome &outcome = m_result.outcomes.at(row);
        if (m_unlisted.contains(outcome.target.region)) {
            // A revoke that cannot be checked is never reported as done; a share there is.
            if (outcome.action == ShareAction::Cancel)
                settle(row, Verification::NotVerified,
                       tr("this site does not list who a blueprint is shared with, so the revoke cannot be checked"));
            else
                settle(row, Verification::NotVerifiable);
        } else if (!m_readErrors.contains(outcome.target.region)
                   && m_listed.contains(pairKey(outcome.target.blueprintId, outcome.accountId))
                       == (outcome.action == ShareAction::Share))
            settle(row, Verification::Verified);
        else
            stillOpen.append(row);
    }
    m_open = stillOpen;
    const bool readAfterReissue = !m_readSinceReissue;
    m_readSinceReissue = true;
    if (m_open.isEmpty() || m_stopping) {
        finish();
        return;
    }
    // Past half the bound (or at its end, when the reads were slow) the change is sent once more.
    if (!m_reissued && m_clock.elapsed() >= m_timeoutMs / 2 && reissue())
        return;
    // After a re-issue there is always one more read, however late its answer came.
    if (m_clock.elapsed() >= m_timeoutMs && !readAfterReissue) {
        finish();
        return;
    }
    scheduleNextRound();
}

void VerifyJob::scheduleNextRound()
{
    const qint64 left = qMax<qint64>(0, m_timeoutMs - m_clock.elapsed());
    const qint64 pause = qMin<qint64>(kLongestPauseMs, qint64(kFirstPauseMs) << qMin(m_round - 1, 8));
    m_nextRound.start(int(m_readSinceReissue ? qMin(pause, left) : 0));
}

// Sends the change again for the acknowledged accounts that the list still shows in the old
// state (not for skipped ones: nothing was sent for them). False when there are none.
bool VerifyJob::reissue()
{
    m_reissued = true;
    QMap<QString, QList<int>> rowsByTarget; // per target and action, ordered: requests go out in a stable order
    for (const int row : std::as_const(m_open)) {
        const AccountOutcome &outcome = m_result.outcomes.at(row);
        if (outcome.status == ShareStatus::Done && !m_readErrors.contains(outcome.target.region))
            rowsByTarget[outcome.target.region + QLatin1Char('|') + outcome.target.blueprintId + QLatin1Char('|')
                         + actionKeyword(outcome.action)]
                .append(row);
    }
    if (rowsByTarget.isEmpty() || m_historyBroken)
        return false; // what cannot be journalled is not sent
    for (const QList<int> &rows : std::as_const(rowsByTarget)) {
        const JobTarget target = m_result.outcomes.at(rows.constFirst()).target;
        const ShareAction action = m_result.outcomes.at(rows.constFirst()).action;
        for (int i = 0; i < rows.size(); i += JobPlan::kBatchSize) {
            const QList<int> batch = rows.mid(i, JobPlan::kBatchSize);
            QStringList accounts;
            for (const int row : batch)
                accounts.append(m_result.outcomes.at(row).accountId);
            ApiCall *call = m_service->changeSharing(action, target.region, target.blueprintId, accounts);
            m_reissues.append(call);
            connect(call, &ApiCall::finished, this, [this, call, target, action, accounts, batch] {
                onReissued(call, target, action, accounts, batch);
            });
            call->start();
        }
    }
    return true;
}

void VerifyJob::onReissued(ApiCall *call, const JobTarget &target, ShareAction action, const QStringList &accounts,
                           const QList<int> &rows)
{
    m_reissues.removeAll(call);
    m_reissues.removeAll(nullptr);
    const ApiError error = call->error();
    if (call->isSent()) {
        ++m_result.requestsSent;
        journal(Journal::Reissued{
            {}, {}, target.region, target.blueprintId, accounts, call->requestId(), error.code, action});
    }
    // "Already shared" / "not shared" means the server has it as wanted: the reads will tell.
    const QString conflict = action == ShareAction::Share
        ? QStringLiteral("UnsupportedOperation.BlueprintAlreadyShared")
        : QStringLiteral("UnsupportedOperation.BlueprintHasNotShared");
    if (error.isError() && error.code != conflict) {
        for (const int row : rows)
            m_reissueErrors.insert(row, error.userMessage());
    }
    if (!m_reissues.isEmpty())
        return;
    if (m_stopping) {
        finish();
        return;
    }
    m_readSinceReissue = false;
    scheduleNextRound();
}

void VerifyJob::settle(int row, Verification verification, const QString &note)
{
    AccountOutcome &outcome = m_result.outcomes[row];
    outcome.verification = verification;
    outcome.verificationNote = note;
    Q_EMIT outcomesChanged(row, row);
}

QString VerifyJob::stillOldReason(int row) const
{
    const AccountOutcome &outcome = m_result.outcomes.at(row);
    if (m_stopping)
        return stoppedReason();
    if (const auto read = m_readErrors.constFind(outcome.target.region); read != m_readErrors.cend())
        return tr("the recipients could not be read: %1").arg(read->userMessage());
    const int seconds = qMax(1, int((m_clock.elapsed() + 500) / 1000));
    const bool share = outcome.action == ShareAction::Share;
    if (const auto failed = m_reissueErrors.constFind(row); failed != m_reissueErrors.cend())
        return share ? tr("still not shared after %n s; sharing again failed: %1", nullptr, seconds).arg(*failed)
                     : tr("still shared after %n s; cancelling again failed: %1", nullptr, seconds).arg(*failed);
    const bool resent = m_reissued && outcome.status == ShareStatus::Done;
    if (share)
        return resent ? tr("still not shared after %n s and a re-issued share", nullptr, seconds)
                      : tr("still not shared after %n s", nullptr, seconds);
    return resent ? tr("still shared after %n s and a re-issued cancel", nullptr, seconds)
                  : tr("still shared after %n s", nullptr, seconds);
}

void VerifyJob::finish()
{
    if (isFinished())
        return;
    for (const int row : std::as_const(m_open))
        settle(row, Verification::NotVerified, stillOldReason(row));
    m_open.clear();
    // One record per target, state and reason, in plan order.
    QMap<QString, Journal::Verified> records;
    QStringList order;
    for (const AccountOutcome &outcome : std::as_const(m_result.outcomes)) {
        if (outcome.verification == Verification::NotChecked)
            continue;
        const QString key = outcome.target.region + QLatin1Char('|') + outcome.target.blueprintId + QLatin1Char('|')
            + verificationKeyword(outcome.verification) + QLatin1Char('|') + outcome.verificationNote;
        if (!records.contains(key)) {
            order.append(key);
            records.insert(key,
                           {{},
                            {},
                            outcome.target.region,
                            outcome.target.blueprintId,
                            {},
                            outcome.verification,
                            outcome.verificationNote});
        }
        records[key].accounts.append(outcome.accountId);
    }
    for (const QString &key : std::as_const(order))
        journal(records.value(key));
    emitResult();
}

void VerifyJob::journal(Journal::Record record)
{
    std::visit(
        [this](auto &r) {
            r.job = m_result.jobId;
            r.time = QDateTime::currentDateTimeUtc();
        },
        record);
    if (m_history->append(record) || m_historyBroken)
        return;
    m_historyBroken = true;
    Q_EMIT historyError(tr("The history file %1 cannot be written (%2); the verification is not recorded.")
                            .arg(m_history->path(), m_history->errorString()));
}

void VerifyJob::doAbort()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_nextRound.stop();
    const QList<QPointer<PagedQuery>> reads = m_reads;
    m_reads.clear();
    for (const QPointer<PagedQuery> &read : reads) {
        if (read) {
            read->disconnect(this);
            read->abort();
        }
    }
    bool answerPending = false;
    const QList<QPointer<ApiCall>> calls = m_reissues;
    for (const QPointer<ApiCall> &call : calls) {
        if (call && !call->isSent())
            call->abort(); // still waiting for the rate limiter: never sent (answered as canceled)
        else if (call)
            answerPending = true;
    }
    if (!answerPending && m_reissues.isEmpty())
        finish();
}

} // namespace LhShare
