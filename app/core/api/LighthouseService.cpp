#include "LighthouseService.h"

#include "ApiCall.h"
#include "PagedQuery.h"
#include "TcClient.h"

#include <QJsonArray>

namespace LhShare {

QString actionName(ShareAction action)
{
    return QLatin1String(action == ShareAction::Share ? LighthouseService::kShare : LighthouseService::kCancelShare);
}

QString actionKeyword(ShareAction action)
{
    return action == ShareAction::Share ? QStringLiteral("share") : QStringLiteral("cancel");
}

ShareAction actionFromKeyword(const QString &keyword)
{
    return keyword == QLatin1String("share") ? ShareAction::Share : ShareAction::Cancel;
}

ShareAction reverse(ShareAction action)
{
    return action == ShareAction::Share ? ShareAction::Cancel : ShareAction::Share;
}

LighthouseService::LighthouseService(TcClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ApiCall *LighthouseService::describeRegions()
{
    return m_client->call(QLatin1String(kDescribeRegions), {}, {});
}

PagedQuery *LighthouseService::describeBlueprints(const QString &region, const QStringList &blueprintIds)
{
    QJsonObject parameters;
    if (blueprintIds.isEmpty()) {
        const QJsonObject privateOnly{{QStringLiteral("Name"), QStringLiteral("blueprint-type")},
                                      {QStringLiteral("Values"), QJsonArray{QStringLiteral("PRIVATE")}}};
        parameters.insert(QStringLiteral("Filters"), QJsonArray{privateOnly});
    }
    auto *query = new PagedQuery(m_client, QLatin1String(kDescribeBlueprints), region, parameters,
                                 QStringLiteral("BlueprintSet"), kMaxPageSize, this);
    if (!blueprintIds.isEmpty())
        query->splitIds(QStringLiteral("BlueprintIds"), blueprintIds, kMaxBlueprintIdsPerRequest);
    return query;
}

PagedQuery *LighthouseService::describeShareRecipients(const QString &region, const QStringList &blueprintIds,
                                                       const QStringList &accountIds)
{
    auto *query = new PagedQuery(m_client, QLatin1String(kDescribeShareInfos), region, {},
                                 QStringLiteral("BlueprintShareAcrossAccountInfoSet"), kMaxPageSize, this);
    // No maximum is documented for this read; chunks of DescribeBlueprints' size keep each request
    // small. Several filters would be ANDed (the rule of Lighthouse's Filters), so each request
    // carries one account-id filter of at most kMaxAccountIdFilterValues accounts.
    QList<QJsonObject> chunks;
    for (qsizetype i = 0; i < blueprintIds.size(); i += kMaxBlueprintIdsPerRequest) {
        const QJsonArray ids = QJsonArray::fromStringList(blueprintIds.mid(i, kMaxBlueprintIdsPerRequest));
        if (accountIds.isEmpty())
            chunks.append({{QStringLiteral("BlueprintIds"), ids}});
        for (qsizetype j = 0; j < accountIds.size(); j += kMaxAccountIdFilterValues) {
            const QJsonObject byAccount{
                {QStringLiteral("Name"), QStringLiteral("account-id")},
                {QStringLiteral("Values"), QJsonArray::fromStringList(accountIds.mid(j, kMaxAccountIdFilterValues))}};
            chunks.append({{QStringLiteral("BlueprintIds"), ids}, {QStringLiteral("Filters"), QJsonArray{byAccount}}});
        }
    }
    query->setChunks(std::move(chunks));
    return query;
}

ApiCall *LighthouseService::changeSharing(ShareAction action, const QString &region, const QString &blueprintId,
                                          const QStringList &accountIds)
{
    const QJsonObject parameters{{QStringLiteral("BlueprintId"), blueprintId},
                                 {QStringLiteral("AccountIds"), QJsonArray::fromStringList(accountIds)}};
    return m_client->call(actionName(action), region, parameters);
}

QList<Region> LighthouseService::regionsFrom(const ApiCall *call)
{
    QList<Region> regions;
    const QJsonArray set = call->result().value(QLatin1String("RegionSet")).toArray();
    for (const QJsonValue &value : set)
        regions.append(Region::fromJson(value.toObject()));
    return regions;
}

QList<Blueprint> LighthouseService::blueprintsFrom(const PagedQuery *query)
{
    QList<Blueprint> blueprints;
    const QJsonArray items = query->items();
    for (const QJsonValue &value : items)
        blueprints.append(Blueprint::fromJson(value.toObject()));
    return blueprints;
}

QList<ShareRecipient> LighthouseService::recipientsFrom(const PagedQuery *query)
{
    QList<ShareRecipient> recipients;
    const QJsonArray items = query->items();
    for (const QJsonValue &value : items)
        recipients.append(ShareRecipient::fromJson(value.toObject()));
    return recipients;
}

bool LighthouseService::isRecipientListingUnavailable(const ApiError &error)
{
    return error.code == QLatin1String("InvalidAction") || error.code == QLatin1String("ActionOffline")
        || error.code == QLatin1String("NoSuchVersion") || error.code == QLatin1String("UnsupportedOperation")
        || error.code == QLatin1String("UnsupportedRegion");
}

} // namespace LhShare
