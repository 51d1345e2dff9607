#include "api/ApiError.h"
#include "api/ErrorCatalog.h"
#include "api/LighthouseService.h"
#include "jobs/RetryPolicy.h"

#include <QTest>

using namespace LhShare;

namespace {
// The error codes the official definitions (Lighthouse 2020-03-24: SDK error lists and API pages)
// give for the five actions this tool calls.
struct ActionCodes
{
    const char *action;
    QStringList codes;
};

const QList<ActionCodes> &officialLists()
{
    static const QList<ActionCodes> lists{
        {LighthouseService::kDescribeRegions, {QStringLiteral("FailedOperation")}},
        {LighthouseService::kDescribeBlueprints,
         {QStringLiteral("FailedOperation"),
          QStringLiteral("FailedOperation.DescribeBlueprintsFailed"),
          QStringLiteral("InternalError.InvalidCommandNotFound"),
          QStringLiteral("InvalidParameter.FilterValueLimitExceeded"),
          QStringLiteral("InvalidParameter.InvalidFilter"),
          QStringLiteral("InvalidParameter.InvalidFilterInvalidKey"),
          QStringLiteral("InvalidParameter.InvalidFilterInvalidNameNotStr"),
          QStringLiteral("InvalidParameter.InvalidFilterNotDict"),
          QStringLiteral("InvalidParameter.InvalidFilterNotSupportedName"),
          QStringLiteral("InvalidParameter.ParameterConflict"),
          QStringLiteral("InvalidParameterValue.BlueprintIdMalformed"),
          QStringLiteral("InvalidParameterValue.Duplicated"),
          QStringLiteral("InvalidParameterValue.InvalidBlueprintPlatformType"),
          QStringLiteral("InvalidParameterValue.InvalidBlueprintState"),
          QStringLiteral("InvalidParameterValue.InvalidBlueprintType"),
          QStringLiteral("InvalidParameterValue.LimitExceeded"),
          QStringLiteral("InvalidParameterValue.Negative"),
          QStringLiteral("InvalidParameterValue.OutOfRange"),
          QStringLiteral("InvalidParameterValue.TooLong"),
          QStringLiteral("ResourceNotFound.RoleNotFound"),
          QStringLiteral("ResourceNotFound.SceneIdNotFound"),
          QStringLiteral("UnauthorizedOperation.NoPermission"),
          QStringLiteral("UnauthorizedOperation.TokenInvalid")}},
        {LighthouseService::kDescribeShareInfos,
         {QStringLiteral("InvalidParameterValue.BlueprintIdMalformed"),
          QStringLiteral("InvalidParameterValue.Negative"), QStringLiteral("InvalidParameterValue.OutOfRange"),
          QStringLiteral("UnauthorizedOperation.NoPermission"), QStringLiteral("UnauthorizedOperation.TokenInvalid")}},
        {LighthouseService::kShare,
         {QStringLiteral("FailedOperation"),
          QStringLiteral("FailedOperation.ShareBlueprintAcrossAccountFailed"),
          QStringLiteral("InvalidParameterValue.AccountIdInvalidAccountArea"),
          QStringLiteral("InvalidParameterValue.AccountIdSameWithUin"),
          QStringLiteral("InvalidParameterValue.AccountIdsNotExist"),
          QStringLiteral("InvalidParameterValue.AccountIdsNotOwnerAccount"),
          QStringLiteral("InvalidParameterValue.BlueprintIdMalformed"),
          QStringLiteral("InvalidParameterValue.InvalidBlueprintId"),
          QStringLiteral("InvalidParameterValue.InvalidBlueprintState"),
          QStringLiteral("LimitExceeded.ShareBlueprintAcrossAccountQuotaLimitExceeded"),
          QStringLiteral("OperationDenied.BlueprintOperationInProgress"),
          QStringLiteral("ResourceInUse.BlueprintModifyingSharePermission"),
          QStringLiteral("ResourceNotFound.BlueprintIdNotFound"),
          QStringLiteral("ResourceNotFound.PrivateBlueprintNotFound"),
          QStringLiteral("UnauthorizedOperation.NoPermission"),
          QStringLiteral("UnauthorizedOperation.TokenInvalid"),
          QStringLiteral("UnsupportedOperation.BlueprintAlreadyShared"),
          QStringLiteral("UnsupportedOperation.BlueprintCurStateInvalid"),
          QStringLiteral("UnsupportedOperation.BlueprintLatestOperationUnfinished"),
          QStringLiteral("UnsupportedOperation.BlueprintOccupied")}},
        {LighthouseService::kCancelShare,
         {QStringLiteral("InvalidParameterValue.BlueprintIdMalformed"),
          QStringLiteral("InvalidParameterValue.InvalidBlueprintId"),
          QStringLiteral("InvalidParameterValue.InvalidBlueprintState"),
          QStringLiteral("InvalidParameterValue.LimitExceeded"),
          QStringLiteral("OperationDenied.BlueprintOperationInProgress"),
          QStringLiteral("ResourceInUse.BlueprintModifyingSharePermission"),
          QStringLiteral("ResourceNotFound.BlueprintIdNotFound"), QStringLiteral("ResourceNotFound.BlueprintNotFound"),
          QStringLiteral("ResourceNotFound.PrivateBlueprintNotFound"),
          QStringLiteral("UnauthorizedOperation.TokenInvalid"),
          QStringLiteral("UnsupportedOperation.BlueprintCurStateInvalid"),
          QStringLiteral("UnsupportedOperation.BlueprintHasNotShared"),
          QStringLiteral("UnsupportedOperation.BlueprintLatestOperationUnfinished"),
          QStringLiteral("UnsupportedOperation.BlueprintOccupied")}},
    };
    return lists;
}

QString family(const QString &code)
{
    const int dot = code.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? code.left(dot) : QString();
}
} // namespace

class TestErrorCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void officialCode_hasItsOwnPlainMessage_data();
    void officialCode_hasItsOwnPlainMessage();
    void limitExceeded_namesTheLimitOfTheActionThatReturnedIt();
    void invalidCommandNotFound_isNotRetried();
};

void TestErrorCatalog::officialCode_hasItsOwnPlainMessage_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("code");
    for (const ActionCodes &list : officialLists()) {
        for (const QString &code : list.codes)
            QTest::addRow("%s %s", list.action, qPrintable(code)) << QString::fromLatin1(list.action) << code;
    }
}

void TestErrorCatalog::officialCode_hasItsOwnPlainMessage()
{
    QFETCH(QString, action);
    QFETCH(QString, code);
    const QString text = ErrorCatalog::explain(code, action);
    QVERIFY2(!text.isEmpty(), "no message");
    QVERIFY2(!text.contains(code), qPrintable(text)); // plain words, not the raw code
    QVERIFY2(text.endsWith(QLatin1Char('.')), qPrintable(text)); // a sentence
    // A message of its own, not just its family's ("InvalidParameter.InvalidFilterNotDict" must not
    // read "A request parameter is invalid.").
    if (!family(code).isEmpty())
        QVERIFY2(text != ErrorCatalog::explain(family(code)), qPrintable(text));

    // What the user sees: the explanation first, the server's words after it.
    const ApiError error = [&] {
        ApiError e = ApiError::api(code, QStringLiteral("server text"), QStringLiteral("req-1"));
        e.action = action;
        return e;
    }();
    QVERIFY(error.userMessage().startsWith(text));
    QVERIFY(error.userMessage().contains(QLatin1String("server text")));
}

void TestErrorCatalog::limitExceeded_namesTheLimitOfTheActionThatReturnedIt()
{
    const QString code = QStringLiteral("InvalidParameterValue.LimitExceeded");
    const QString cancel = ErrorCatalog::explain(code, QLatin1String(LighthouseService::kCancelShare));
    QVERIFY2(cancel.contains(QLatin1String("10 accounts")), qPrintable(cancel));
    const QString describe = ErrorCatalog::explain(code, QLatin1String(LighthouseService::kDescribeBlueprints));
    QVERIFY2(describe.contains(QLatin1String("100 blueprint IDs")) && describe.contains(QLatin1String("10 filters")),
             qPrintable(describe));
    QVERIFY(!describe.contains(QLatin1String("accounts")));
    // Without an action (e.g. a record read back from the history) it names no particular limit.
    const QString general = ErrorCatalog::explain(code);
    QVERIFY(!general.isEmpty());
    QVERIFY(!general.contains(QLatin1String("10")));
}

void TestErrorCatalog::invalidCommandNotFound_isNotRetried()
{
    const ApiError missingCommand = ApiError::api(QStringLiteral("InternalError.InvalidCommandNotFound"), {}, {});
    QVERIFY(!RetryPolicy::isTransient(missingCommand));
    QVERIFY(RetryPolicy::isTransient(ApiError::api(QStringLiteral("InternalError"), {}, {})));
    QVERIFY(!ErrorCatalog::explain(missingCommand.code).contains(QLatin1String("usually works")));
}

QTEST_GUILESS_MAIN(TestErrorCatalog)
#include "TestErrorCatalog.moc"
