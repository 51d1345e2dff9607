#include "JobPlan.h"

#include <algorithm>

#include <QCoreApplication>

namespace LhShare {

QString SkippedAccount::reasonText() const
{
    switch (reason) {
    case Reason::NotShared:
        return QCoreApplication::translate("JobPlan", "not shared with this account — nothing to cancel");
    case Reason::AlreadyShared:
        return QCoreApplication::translate("JobPlan", "already shared with this account");
    case Reason::AlreadyDone:
        break;
    }
    return QCoreApplication::translate("JobPlan", "confirmed from the recipient list: the interrupted job had done it");
}

JobRequest JobRequest::forTargets(ShareAction action, const QList<JobTarget> &targets, const QStringList &accountIds)
{
    JobRequest request;
    request.action = action;
    for (const JobTarget &target : targets)
        request.items.append({target, accountIds});
    return request;
}

int JobRequest::accountCount() const
{
    int count = 0;
    for (const JobItem &item : items)
        count += int(item.accountIds.size());
    return count;
}

QStringList JobRequest::regions() const
{
    QStringList regions;
    for (const JobItem &item : items) {
        if (!regions.contains(item.target.region))
            regions.append(item.target.region);
    }
    return regions;
}

bool JobRequest::isMixed() const
{
    return std::any_of(items.cbegin(), items.cend(),
                       [this](const JobItem &item) { return actionOf(item) != actionOf(items.constFirst()); });
}

int JobPlan::accountChangeCount() const
{
    int count = 0;
    for (const PlannedBatch &batch : batches)
        count += int(batch.accountIds.size());
    return count;
}

int JobPlan::accountChangeCount(ShareAction action) const
{
    int count = 0;
    for (const PlannedBatch &batch : batches)
        count += batch.action == action ? int(batch.accountIds.size()) : 0;
    return count;
}

QList<JobItem> JobPlan::changesByTarget() const
{
    QList<JobItem> changes;
    for (const PlannedBatch &batch : batches) {
        auto item = std::find_if(changes.begin(), changes.end(), [&batch](const JobItem &candidate) {
            return candidate.target == batch.target && candidate.action == batch.action;
        });
        if (item == changes.end())
            changes.append({batch.target, batch.accountIds, false, batch.action});
        else
            item->accountIds += batch.accountIds;
    }
    return changes;
}

double JobPlan::estimatedSeconds() const
{
    return double(batches.size()) / LighthouseService::kShareRequestsPerSecond;
}

JobPlan JobPlan::blind(const JobRequest &request)
{
    JobPlan plan;
    plan.request = request;
    plan.recipientsKnown = false;
    for (const JobItem &item : request.items) {
        for (const QStringList &accounts : splitIntoBatches(item.accountIds, kBatchSize))
            plan.batches.append({item.target, accounts, item.mayBeApplied, request.actionOf(item)});
    }
    return plan;
}

JobPlan JobPlan::withRecipients(const JobRequest &request, const QHash<QString, QSet<QString>> &recipientsByBlueprint)
{
    JobPlan plan;
    plan.request = request;
    for (const JobItem &item : request.items) {
        const ShareAction action = request.actionOf(item);
        const bool cancel = action == ShareAction::Cancel;
        const JobTarget &target = item.target;
        const QSet<QString> recipients = recipientsByBlueprint.value(target.blueprintId);
        QStringList toChange;
        for (const QString &account : item.accountIds) {
            const bool shared = recipients.contains(account);
            if (shared == cancel)
                toChange.append(account);
            else if (item.mayBeApplied)
                plan.skipped.append({target, account, SkippedAccount::Reason::AlreadyDone, action});
            else
                plan.skipped.append({target, account,
                                     cancel ? SkippedAccount::Reason::NotShared : SkippedAccount::Reason::AlreadyShared,
                                     action});
        }
        for (const QStringList &accounts : splitIntoBatches(toChange, kBatchSize))
            plan.batches.append({target, accounts, item.mayBeApplied, action});
    }
    return plan;
}

} // namespace LhShare
