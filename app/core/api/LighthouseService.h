#pragma once

#include "RateLimiter.h"

#include "model/Blueprint.h"
#include "model/Region.h"

#include <QObject>
#include <QStringList>

namespace LhShare {

class ApiCall;
struct ApiError;
class PagedQuery;
class TcClient;

// The share/cancel direction of a job.
enum class ShareAction { Share, Cancel };
QString actionName(ShareAction action); // the API action name
QString actionKeyword(ShareAction action); // "share" or "cancel" (history, JSON output)
ShareAction actionFromKeyword(const QString &keyword);
ShareAction reverse(ShareAction action);

// The Lighthouse actions this tool uses, typed. Results stay JSON until parsed with the
// static helpers, so jobs and widgets never build request bodies themselves. Each method returns
// a Job that is not started yet: connect to finished(), then start() it.
class LighthouseService final : public QObject
{
    Q_OBJECT
public:
    static constexpr auto kDescribeRegions = "DescribeRegions";
    static constexpr auto kDescribeBlueprints = "DescribeBlueprints";
    static constexpr auto kDescribeShareInfos = "DescribeBlueprintsShareAcrossAccountInfos";
    static constexpr auto kShare = "ShareBlueprintAcrossAccounts";
    static constexpr auto kCancelShare = "CancelShareBlueprintAcrossAccounts";
    // Documented limit of share and cancel requests per second (plans and ETAs use it).
    static constexpr int kShareRequestsPerSecond = documentedRateLimit(kCancelShare);
    static_assert(documentedRateLimit(kShare) == kShareRequestsPerSecond);
    // Documented maxima: Limit of a Describe* page, BlueprintIds of one DescribeBlueprints request.
    static constexpr int kMaxPageSize = 100;
    static constexpr int kMaxBlueprintIdsPerRequest = 100;
    // Documented maximum of values in one account-id filter of the share-info read.
    static constexpr int kMaxAccountIdFilterValues = 5;

    explicit LighthouseService(TcClient *client, QObject *parent = nullptr);

    TcClient *client() const { return m_client; }

    ApiCall *describeRegions();
    // Custom (PRIVATE) blueprints of a region, or the given ids (any number: split 100 a request); every page.
    PagedQuery *describeBlueprints(const QString &region, const QStringList &blueprintIds = {});
    // Who the blueprints are shared with; every page. With accountIds (any number: the account-id
    // filter takes kMaxAccountIdFilterValues a request), only those accounts' rows.
    PagedQuery *describeShareRecipients(const QString &region, const QStringList &blueprintIds,
                                        const QStringList &accountIds = {});
    ApiCall *changeSharing(ShareAction action, const QString &region, const QString &blueprintId,
                           const QStringList &accountIds);

    static QList<Region> regionsFrom(const ApiCall *call);
    static QList<Blueprint> blueprintsFrom(const PagedQuery *query);
    static QList<ShareRecipient> recipientsFrom(const PagedQuery *query);
    // True when the site does not offer DescribeBlueprintsShareAcrossAccountInfos (intl site).
    static bool isRecipientListingUnavailable(const ApiError &error);

private:
    TcClient *m_client;
};

} // namespace LhShare
