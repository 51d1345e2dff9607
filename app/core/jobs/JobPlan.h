#pragma once

#include "api/LighthouseService.h"
#include "model/AccountIdParser.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace LhShare {

// A (region, blueprint) pair a job works on.
struct JobTarget
{
    QString region;
    QString blueprintId;
    bool operator==(const JobTarget &other) const { return region == other.region && blueprintId == other.blueprintId; }
};

// Accounts to change on one target.
struct JobItem
{
    JobTarget target;
    QStringList accountIds;
    // Sent by an interrupted job with no answer: accounts found already as wanted were changed by
    // that job and count as done, not as skipped.
    bool mayBeApplied = false;
    // What to do to these accounts; unset: the request's action. A sync (or the undo of one)
    // shares some accounts and cancels others in one job.
    std::optional<ShareAction> action = std::nullopt;
};

// What the user asked for.
struct JobRequest
{
    ShareAction action = ShareAction::Cancel;
    QList<JobItem> items;
    QString undoOf; // set when this job reverses an earlier one
    QString resumeOf; // set when this job finishes an interrupted one

    // The same accounts on every target (the usual form).
    static JobRequest forTargets(ShareAction action, const QList<JobTarget> &targets, const QStringList &accountIds);
    int accountCount() const; // account × target pairs
    QStringList regions() const;
    ShareAction actionOf(const JobItem &item) const { return item.action.value_or(action); }
    // Both shares and cancels (a sync, or the undo of one).
    bool isMixed() const;
};

// An account the plan leaves out, and why.
struct SkippedAccount
{
    enum class Reason { NotShared, AlreadyShared, AlreadyDone };
    JobTarget target;
    QString accountId;
    Reason reason = Reason::NotShared;
    ShareAction action = ShareAction::Cancel; // what the request asked for
    QString reasonText() const; // translated
};

struct PlannedBatch
{
    JobTarget target;
    QStringList accountIds; // at most 10
    bool mayBeApplied = false;
    ShareAction action = ShareAction::Cancel;
};

// What a job will send: the review dialog and `--dry-run` show exactly this.
struct JobPlan
{
    static constexpr int kBatchSize = 10;

    JobRequest request;
    QList<PlannedBatch> batches;
    QList<SkippedAccount> skipped;
    // False when the site offers no recipient listing: everything is planned and the engine
    // resolves "already/not shared" answers one by one.
    bool recipientsKnown = true;

    int requestCount() const { return int(batches.size()); }
    int accountChangeCount() const;
    int accountChangeCount(ShareAction action) const;
    // The accounts that gain or lose access, per target and action in plan order (what a review
    // lists); each item's action is set.
    QList<JobItem> changesByTarget() const;
    // Seconds at the documented rate limit (20 requests/s for share and cancel).
    double estimatedSeconds() const;

    // Plans without looking at the current recipients (recipientsKnown = false).
    static JobPlan blind(const JobRequest &request);
    // Plans against the recipients per target, skipping accounts that need no change.
    static JobPlan withRecipients(const JobRequest &request,
                                  const QHash<QString, QSet<QString>> &recipientsByBlueprint);
};

} // namespace LhShare
