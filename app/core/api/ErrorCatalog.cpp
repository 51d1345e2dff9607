#include "ErrorCatalog.h"

#include <QCoreApplication>
#include <QHash>

namespace LhShare {

namespace {
struct Entry
{
    const char *code;
    const char *text;
};

// QT_TRANSLATE_NOOP marks the texts for lupdate; they are translated at look-up time.
constexpr Entry kEntries[] = {
    {"AuthFailure", QT_TRANSLATE_NOOP("ErrorCatalog", "The request could not be authenticated.")},
    {"AuthFailure.InvalidAuthorization", QT_TRANSLATE_NOOP("ErrorCatalog", "The Authorization header is malformed.")},
    {"AuthFailure.InvalidSecretId", QT_TRANSLATE_NOOP("ErrorCatalog", "The SecretId is not a valid API key.")},
    {"AuthFailure.MFAFailure", QT_TRANSLATE_NOOP("ErrorCatalog", "Multi-factor authentication failed.")},
    {"AuthFailure.SecretIdNotFound",
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The SecretId does not exist, was disabled or deleted, or was mistyped (check for spaces).")},
    {"AuthFailure.SignatureExpire",
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "The request time differs from the server's by more than 5 minutes: check this computer's clock.")},
    {"AuthFailure.SignatureFailure",
     QT_TRANSLATE_NOOP("ErrorCatalog", "The signature does not match: the SecretKey is probably wrong.")},
    {"AuthFailure.TokenFailure",
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The session token is invalid or has expired: refresh the temporary credentials.")},
    {"AuthFailure.UnauthorizedOperation",
     QT_TRANSLATE_NOOP("ErrorCatalog", "CAM does not allow this key to perform this action.")},
    {"ActionOffline", QT_TRANSLATE_NOOP("ErrorCatalog", "This API has been withdrawn.")},
    {"InvalidAction", QT_TRANSLATE_NOOP("ErrorCatalog", "This site does not offer this API.")},
    {"NoSuchVersion", QT_TRANSLATE_NOOP("ErrorCatalog", "The API version is not supported.")},
    {"NoSuchProduct", QT_TRANSLATE_NOOP("ErrorCatalog", "The product is not available at this endpoint.")},
    {"InvalidParameter", QT_TRANSLATE_NOOP("ErrorCatalog", "A request parameter is invalid.")},
    {"InvalidParameterValue", QT_TRANSLATE_NOOP("ErrorCatalog", "A request parameter has an invalid value.")},
    {"MissingParameter", QT_TRANSLATE_NOOP("ErrorCatalog", "A required parameter is missing.")},
    {"UnknownParameter", QT_TRANSLATE_NOOP("ErrorCatalog", "The request contains an unknown parameter.")},
    {"InvalidRequest", QT_TRANSLATE_NOOP("ErrorCatalog", "The request body is malformed.")},
    {"IpInBlacklist", QT_TRANSLATE_NOOP("ErrorCatalog", "This computer's IP address is blocked.")},
    {"IpNotInWhitelist",
     QT_TRANSLATE_NOOP("ErrorCatalog", "This computer's IP address is not on the key's allow list.")},
    {"UnauthorizedOperation", QT_TRANSLATE_NOOP("ErrorCatalog", "The key is not authorized for this operation.")},
    {"UnauthorizedOperation.NoPermission",
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "The key has no permission for this action: ask the account's administrator to grant it in CAM.")},
    {"UnauthorizedOperation.TokenInvalid", QT_TRANSLATE_NOOP("ErrorCatalog", "The session token is invalid.")},
    {"LimitExceeded", QT_TRANSLATE_NOOP("ErrorCatalog", "A quota has been exceeded.")},
    {"LimitExceeded.ShareBlueprintAcrossAccountQuotaLimitExceeded",
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The sharing quota does not allow this: one request shares with at most 10 accounts, and "
                       "a blueprint's sharing quota may be used up (cancel some shares first).")},
    {"RequestSizeLimitExceeded", QT_TRANSLATE_NOOP("ErrorCatalog", "The request is too large.")},
    {"ResponseSizeLimitExceeded", QT_TRANSLATE_NOOP("ErrorCatalog", "The response would be too large.")},
    {"RequestLimitExceeded",
     QT_TRANSLATE_NOOP("ErrorCatalog", "Too many requests per second: the server asked us to slow down.")},
    {"RequestLimitExceeded.UinLimitExceeded",
     QT_TRANSLATE_NOOP("ErrorCatalog", "Too many requests per second for this account.")},
    {"RequestLimitExceeded.GlobalRegionUinLimitExceeded",
     QT_TRANSLATE_NOOP("ErrorCatalog", "Too many requests per second for this account across regions.")},
    {"RequestLimitExceeded.IPLimitExceeded",
     QT_TRANSLATE_NOOP("ErrorCatalog", "Too many requests per second from this IP address.")},
    {"InternalError",
     QT_TRANSLATE_NOOP("ErrorCatalog", "The server had an internal error; trying again later usually works.")},
    {"InternalError.InvalidCommandNotFound",
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The server could not find the command behind this request; trying again does not help. "
                       "Contact Tencent Cloud support with the RequestId.")},
    {"ServiceUnavailable",
     QT_TRANSLATE_NOOP("ErrorCatalog", "The service is temporarily unavailable; try again later.")},
    {"FailedOperation", QT_TRANSLATE_NOOP("ErrorCatalog", "The operation failed.")},
    {"FailedOperation.DescribeBlueprintsFailed",
     QT_TRANSLATE_NOOP("ErrorCatalog", "Listing blueprints failed; try again later.")},
    {"FailedOperation.ShareBlueprintAcrossAccountFailed",
     QT_TRANSLATE_NOOP("ErrorCatalog", "Sharing the blueprint failed; try again later.")},
    {"ResourceInUse", QT_TRANSLATE_NOOP("ErrorCatalog", "The resource is busy.")},
    {"ResourceInUse.BlueprintModifyingSharePermission",
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The blueprint's sharing is being changed by another request; try again shortly.")},
    {"ResourceInsufficient", QT_TRANSLATE_NOOP("ErrorCatalog", "Not enough resources are available.")},
    {"ResourceUnavailable", QT_TRANSLATE_NOOP("ErrorCatalog", "The resource is unavailable.")},
    {"ResourceNotFound", QT_TRANSLATE_NOOP("ErrorCatalog", "The resource does not exist.")},
    {"ResourceNotFound.BlueprintIdNotFound",
     QT_TRANSLATE_NOOP("ErrorCatalog", "No blueprint with this ID exists in this region.")},
    {"ResourceNotFound.BlueprintNotFound",
     QT_TRANSLATE_NOOP("ErrorCatalog", "The blueprint does not exist in this region.")},
    {"ResourceNotFound.PrivateBlueprintNotFound",
     QT_TRANSLATE_NOOP("ErrorCatalog", "No custom blueprint with this ID exists in this region.")},
    {"ResourceNotFound.RoleNotFound", QT_TRANSLATE_NOOP("ErrorCatalog", "The service role does not exist.")},
    {"ResourceNotFound.SceneIdNotFound", QT_TRANSLATE_NOOP("ErrorCatalog", "The scene ID does not exist.")},
    {"UnsupportedOperation", QT_TRANSLATE_NOOP("ErrorCatalog", "The operation is not supported.")},
    {"UnsupportedProtocol", QT_TRANSLATE_NOOP("ErrorCatalog", "Only GET and POST requests are supported.")},
    {"UnsupportedRegion", QT_TRANSLATE_NOOP("ErrorCatalog", "The region is not supported.")},
    {"UnsupportedOperation.BlueprintAlreadyShared",
     QT_TRANSLATE_NOOP("ErrorCatalog", "The blueprint is already shared with at least one of these accounts.")},
    {"UnsupportedOperation.BlueprintHasNotShared",
     QT_TRANSLATE_NOOP("ErrorCatalog", "The blueprint is not shared with at least one of these accounts.")},
    {"UnsupportedOperation.BlueprintCurStateInvalid",
     QT_TRANSLATE_NOOP("ErrorCatalog", "The blueprint's current state does not allow this operation.")},
    {"UnsupportedOperation.BlueprintLatestOperationUnfinished",
     QT_TRANSLATE_NOOP("ErrorCatalog", "The blueprint's previous operation is still running; try again shortly.")},
    {"UnsupportedOperation.BlueprintOccupied", QT_TRANSLATE_NOOP("ErrorCatalog", "The blueprint is in use.")},
    {"OperationDenied.BlueprintOperationInProgress",
     QT_TRANSLATE_NOOP("ErrorCatalog", "Another operation on the blueprint is in progress; try again shortly.")},
    {"InvalidParameterValue.AccountIdInvalidAccountArea",
     QT_TRANSLATE_NOOP(
         "ErrorCatalog",
         "An account belongs to the other site (China mainland vs international) and cannot receive this blueprint.")},
    {"InvalidParameterValue.AccountIdSameWithUin",
     QT_TRANSLATE_NOOP("ErrorCatalog", "A blueprint cannot be shared with the account that owns it.")},
    {"InvalidParameterValue.AccountIdsNotExist",
     QT_TRANSLATE_NOOP("ErrorCatalog", "At least one of these account IDs does not exist.")},
    {"InvalidParameterValue.AccountIdsNotOwnerAccount",
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "At least one of these accounts is a sub-account; only root accounts can receive a blueprint.")},
    {"InvalidParameterValue.BlueprintIdMalformed",
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The blueprint ID is malformed (expected lhbp- and 8 lower-case letters or digits).")},
    {"InvalidParameterValue.InvalidBlueprintId", QT_TRANSLATE_NOOP("ErrorCatalog", "The blueprint ID is invalid.")},
    {"InvalidParameterValue.InvalidBlueprintState",
     QT_TRANSLATE_NOOP("ErrorCatalog", "The blueprint is not in the NORMAL state.")},
    {"InvalidParameterValue.LimitExceeded", QT_TRANSLATE_NOOP("ErrorCatalog", "Too many values in one request.")},
    {"InvalidParameterValue.InvalidBlueprintPlatformType",
     QT_TRANSLATE_NOOP("ErrorCatalog", "The platform type is invalid (expected LINUX_UNIX or WINDOWS).")},
    {"InvalidParameterValue.InvalidBlueprintType",
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The blueprint type is invalid (expected APP_OS, PURE_OS, DOCKER, PRIVATE or SHARED).")},
    {"InvalidParameterValue.Negative", QT_TRANSLATE_NOOP("ErrorCatalog", "A value must not be negative.")},
    {"InvalidParameterValue.OutOfRange", QT_TRANSLATE_NOOP("ErrorCatalog", "A value is out of range.")},
    {"InvalidParameterValue.Duplicated", QT_TRANSLATE_NOOP("ErrorCatalog", "A value is given twice.")},
    {"InvalidParameterValue.TooLong", QT_TRANSLATE_NOOP("ErrorCatalog", "A value is too long.")},
    {"InvalidParameter.ParameterConflict",
     QT_TRANSLATE_NOOP("ErrorCatalog", "Blueprint IDs and filters cannot be combined.")},
    {"InvalidParameter.InvalidFilter", QT_TRANSLATE_NOOP("ErrorCatalog", "A filter is invalid.")},
    {"InvalidParameter.InvalidFilterInvalidKey",
     QT_TRANSLATE_NOOP("ErrorCatalog", "A filter has a field other than Name and Values.")},
    {"InvalidParameter.InvalidFilterInvalidNameNotStr",
     QT_TRANSLATE_NOOP("ErrorCatalog", "A filter's Name is not a text value.")},
    {"InvalidParameter.InvalidFilterNotDict",
     QT_TRANSLATE_NOOP("ErrorCatalog", "A filter is not an object with Name and Values.")},
    {"InvalidParameter.InvalidFilterNotSupportedName",
     QT_TRANSLATE_NOOP("ErrorCatalog", "A filter name is not one this action supports.")},
    {"InvalidParameter.FilterValueLimitExceeded", QT_TRANSLATE_NOOP("ErrorCatalog", "A filter has too many values.")},
    {"Client.Timeout", QT_TRANSLATE_NOOP("ErrorCatalog", "The server did not answer in time.")},
    {"Client.Network", QT_TRANSLATE_NOOP("ErrorCatalog", "The network connection failed.")},
    {"Client.TlsFailure",
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The server's TLS certificate could not be verified, so the connection was abandoned.")},
    {"Client.BadResponse",
     QT_TRANSLATE_NOOP("ErrorCatalog", "The server sent a reply that is not a valid API response.")},
    {"Client.Canceled", QT_TRANSLATE_NOOP("ErrorCatalog", "The request was stopped.")},
    {"Client.PageLimit", QT_TRANSLATE_NOOP("ErrorCatalog", "The list is longer than this tool reads at once.")},
    {"Client.ListChanged",
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "The list kept changing while it was read (someone else is editing it); try again shortly.")},
};
struct ActionEntry
{
    const char *code;
    const char *action;
    const char *text;
};

// Codes whose meaning depends on the action that returned them, with the documented limits.
constexpr ActionEntry kActionEntries[] = {
    {"InvalidParameterValue.LimitExceeded", "CancelShareBlueprintAcrossAccounts",
     QT_TRANSLATE_NOOP("ErrorCatalog", "Too many accounts in one request: a cancel names at most 10 accounts.")},
    {"InvalidParameterValue.LimitExceeded", "DescribeBlueprints",
     QT_TRANSLATE_NOOP("ErrorCatalog",
                       "Too many values in one request: at most 100 blueprint IDs or 10 filters per listing.")},
    {"InvalidParameterValue.InvalidBlueprintState", "DescribeBlueprints",
     QT_TRANSLATE_NOOP("ErrorCatalog", "A blueprint state given in a filter is not a valid state.")},
};

const char *actionSpecific(const QString &code, const QString &action)
{
    for (const ActionEntry &entry : kActionEntries) {
        if (code == QLatin1String(entry.code) && action == QLatin1String(entry.action))
            return entry.text;
    }
    return nullptr;
}
} // namespace

QString ErrorCatalog::explain(const QString &code, const QString &action)
{
    if (const char *text = actionSpecific(code, action))
        return QCoreApplication::translate("ErrorCatalog", text);

    static const QHash<QString, const char *> table = [] {
        QHash<QString, const char *> map;
        for (const Entry &entry : kEntries)
            map.insert(QString::fromLatin1(entry.code), entry.text);
        return map;
    }();

    QString key = code;
    while (!key.isEmpty()) {
        if (const auto it = table.constFind(key); it != table.constEnd())
            return QCoreApplication::translate("ErrorCatalog", it.value());
        const int dot = key.lastIndexOf(QLatin1Char('.'));
        key = dot > 0 ? key.left(dot) : QString();
    }
    return {};
}

} // namespace LhShare
