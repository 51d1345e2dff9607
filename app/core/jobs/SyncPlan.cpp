#include "SyncPlan.h"

#include "api/LighthouseService.h"
#include "api/PagedQuery.h"

#include <QCoreApplication>
#include <QSet>

namespace LhShare {

SyncPlan SyncPlan::between(const JobTarget &target, const QStringList &current, const QStringList &desired)
{
    SyncPlan plan;
    plan.target = target;
    const QSet<QString> now(current.cbegin(), current.cend());
    const QSet<QString> wanted(desired.cbegin(), desired.cend());
    QSet<QString> seen;
    for (const QString &account : desired) {
        if (seen.contains(account))
            continue;
        seen.insert(account);
        (now.contains(account) ? plan.unchanged : plan.toAdd).append(account);
    }
    for (const QString &account : current) {
        if (!wanted.contains(account) && !plan.toRemove.contains(account))
            plan.toRemove.append(account);
    }
    return plan;
}

JobRequest SyncPlan::request() const
{
    JobRequest request;
    // A one-sided sync reads as the plain share or cancel it is.
    request.action = toRemove.isEmpty() ? ShareAction::Share : ShareAction::Cancel;
    // Cancels first: access that should end ends as early as possible.
    if (!toRemove.isEmpty())
        request.items.append({target, toRemove, false, ShareAction::Cancel});
    if (!toAdd.isEmpty())
        request.items.append({target, toAdd, false, ShareAction::Share});
    return request;
}

RecipientsReader::RecipientsReader(LighthouseService *service, JobTarget target, QObject *parent)
    : Job(parent)
    , m_service(service)
    , m_target(std::move(target))
{
}

void RecipientsReader::doStart()
{
    m_query = m_service->describeShareRecipients(m_target.region, {m_target.blueprintId});
    PagedQuery *query = m_query;
    connect(query, &PagedQuery::finished, this, [this, query] {
        const ApiError error = query->error();
        if (LighthouseService::isRecipientListingUnavailable(error)) {
            emitResult(ApiError::client(
                ApiError::Kind::Local,
                QCoreApplication::translate("RecipientsReader",
                                            "This site offers no recipient listing "
                                            "(DescribeBlueprintsShareAcrossAccountInfos), so the current recipients "
                                            "of %1 cannot be known; nothing was changed.")
                    .arg(m_target.blueprintId)));
            return;
        }
        if (error.isError()) {
            emitResult(error);
            return;
        }
        for (const ShareRecipient &recipient : LighthouseService::recipientsFrom(query)) {
            if (recipient.blueprintId == m_target.blueprintId && !m_accounts.contains(recipient.accountId))
                m_accounts.append(recipient.accountId);
        }
        emitResult();
    });
    query->start();
}

void RecipientsReader::doAbort()
{
    if (m_query)
        m_query->abort(); // its finished() ends this job with the query's "canceled"
    else
        Job::doAbort();
}

SyncPlanner::SyncPlanner(LighthouseService *service, JobTarget target, QStringList desired, QObject *parent)
    : Job(parent)
    , m_service(service)
    , m_target(std::move(target))
    , m_desired(std::move(desired))
{
}

SyncPlanner::SyncPlanner(LighthouseService *service, JobTarget target, JobTarget model, QObject *parent)
    : Job(parent)
    , m_service(service)
    , m_target(std::move(target))
    , m_model(std::move(model))
{
}

void SyncPlanner::doStart()
{
    read(m_target, &SyncPlanner::onCurrent);
}

void SyncPlanner::doAbort()
{
    if (m_reader)
        m_reader->abort();
    else
        Job::doAbort();
}

void SyncPlanner::read(const JobTarget &target, void (SyncPlanner::*then)(const QStringList &))
{
    auto *reader = new RecipientsReader(m_service, target, this);
    m_reader = reader;
    connect(reader, &Job::finished, this, [this, reader, then] {
        if (reader->hasError())
            emitResult(reader->error());
        else
            (this->*then)(reader->accounts());
    });
    reader->start();
}

void SyncPlanner::onCurrent(const QStringList &current)
{
    m_current = current;
    if (m_model)
        read(*m_model, &SyncPlanner::onDesired);
    else
        onDesired(m_desired);
}

void SyncPlanner::onDesired(const QStringList &desired)
{
    m_desired = desired;
    m_plan = SyncPlan::between(m_target, m_current, m_desired);
    emitResult();
}

} // namespace LhShare
