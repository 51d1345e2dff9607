#include "RetryPolicy.h"

#include <QStringList>

namespace LhShare {

bool RetryPolicy::isTransient(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
    case ApiError::Kind::Canceled:
    case ApiError::Kind::Local:
        return false;
    case ApiError::Kind::Timeout:
    case ApiError::Kind::BadResponse:
        return true;
    case ApiError::Kind::Network:
        return error.code != QLatin1String("Client.TlsFailure"); // a bad certificate does not heal itself
    case ApiError::Kind::Api:
        break;
    }
    // An InternalError that another attempt does not fix: the command behind the request is missing.
    if (error.code == QLatin1String("InternalError.InvalidCommandNotFound"))
        return false;
    static const QStringList transientFamilies{
        QStringLiteral("RequestLimitExceeded"),
        QStringLiteral("InternalError"),
        QStringLiteral("ServiceUnavailable"),
        QStringLiteral("OperationDenied.BlueprintOperationInProgress"),
        QStringLiteral("ResourceInUse.BlueprintModifyingSharePermission"),
        QStringLiteral("UnsupportedOperation.BlueprintLatestOperationUnfinished"),
    };
    for (const QString &family : transientFamilies) {
        if (error.hasCodePrefix(family))
            return true;
    }
    // "FailedOperation.ShareBlueprintAcrossAccountFailed" and the like: "try again later".
    // (AuthFailure.SignatureExpire is not here: TcClient re-sends such a call itself once it has
    // corrected the clock; if it could not, another attempt would fail the same way.)
    return error.code.startsWith(QLatin1String("FailedOperation.")) && error.code.endsWith(QLatin1String("Failed"));
}

int RetryPolicy::delayMs(int attempt) const
{
    const int exponent = qBound(0, attempt - 2, 16);
    const qint64 ceiling = qMin<qint64>(maxDelayMs, qint64(baseDelayMs) << exponent);
    // "Equal jitter": half the ceiling plus a random half, so retries spread but never collapse to 0.
    return int(ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1));
}

} // namespace LhShare
