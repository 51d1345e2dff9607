#pragma once

#include "ShareJob.h"
#include "api/Job.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace LhShare {

class ApiCall;
class History;
class LighthouseService;
class PagedQuery;

// Checks that what a finished ShareJob did really shows: re-reads the recipients of every
// blueprint it touched and compares each account with what it should now be (shared after a
// share, absent after a cancel; in a sync each account by its own action). The service applies share changes asynchronously, so it polls
// with backoff up to a bound; past half the bound it sends the change once more (same action,
// through the rate-limited client) for the accounts the server acknowledged that still show the
// old state, and reads again. Each account ends verified, not verified (with the reason) or, for a
// share on a site without a recipient listing, not verifiable (a revoke there ends not verified: it
// is never reported as done unchecked). Skipped accounts are checked too: verified when the list
// confirms they are already as wanted. Failed and unsent accounts are not checked.
//
// Reads use the account-id filter when that takes fewer requests than listing every recipient.
// The findings (Journal::Verified) and every re-issue (Journal::Reissued) are journalled under the
// share job's id, so undo and resume know what really changed.
//
// A Job (api/Job.h). abort() stops polling: what is not confirmed yet ends not verified; a
// re-issued request already sent is answered into the history first.
//
//   auto *verify = new VerifyJob(service, &history, shareJob->result(), this);
//   verify->setTimeoutMs(30'000);
//   connect(verify, &Job::finished, this, [verify] { show(verify->result()); });
//   verify->start();
class VerifyJob final : public Job
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 30'000;

    VerifyJob(LighthouseService *service, History *history, JobResult result, QObject *parent = nullptr);
    ~VerifyJob() override;

    // How long the change may take to show; 0 does not wait (one read, and one more after a re-issue).
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = qMax(0, timeoutMs); }
    int timeoutMs() const { return m_timeoutMs; }

    // The share job's result with each account's verification filled in.
    JobResult result() const;

Q_SIGNALS:
    // Rows [first, last] of result().outcomes changed.
    void outcomesChanged(int first, int last);
    void historyError(const QString &message);

protected:
    void doStart() override;
    void doAbort() override;

private:
    struct OpenChecks
    {
        QStringList blueprints;
        QStringList accounts;
    };

    QHash<QString, OpenChecks> openByRegion() const;
    void startRound();
    void readRegion(const QString &region, const OpenChecks &open);
    void onRead(const QString &region, PagedQuery *query, bool listedEverything);
    void settleRound();
    void scheduleNextRound();
    bool reissue();
    void onReissued(ApiCall *call, const JobTarget &target, ShareAction action, const QStringList &accounts,
                    const QList<int> &rows);
    void settle(int row, Verification verification, const QString &note = {});
    QString stillOldReason(int row) const;
    static QString stoppedReason();
    void finish();
    void journal(Journal::Record record);

    LighthouseService *m_service;
    History *m_history;
    JobResult m_result;
    int m_timeoutMs = kDefaultTimeoutMs;
    QElapsedTimer m_clock;
    QTimer m_nextRound;
    int m_round = 0;

    QList<int> m_open; // rows of m_result.outcomes not settled yet
    QHash<QString, int> m_listedRows; // region -> rows of its last full listing (to price the next read)

    // The round being read.
    QList<QPointer<PagedQuery>> m_reads;
    QSet<QString> m_listed; // blueprint|account pairs the round's reads returned
    QHash<QString, ApiError> m_readErrors; // region -> why it could not be read
    QSet<QString> m_unlisted; // regions without a recipient listing

    // The re-issue.
    bool m_reissued = false;
    bool m_readSinceReissue = true;
    QList<QPointer<ApiCall>> m_reissues;
    QHash<int, QString> m_reissueErrors; // row -> why the re-issued request failed

    bool m_stopping = false;
    bool m_historyBroken = false;
};

} // namespace LhShare
