#include "ApiResponse.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace LhShare {

ApiResponse ApiResponse::parse(const QByteArray &body, int httpStatus, const QString &action)
{
    ApiResponse parsed;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject response = document.object().value(QLatin1String("Response")).toObject();
    const bool wellFormed = parseError.error == QJsonParseError::NoError && document.isObject() && !response.isEmpty();

    // Judge by the body: a Response.Error is the server's verdict whatever the HTTP status.
    if (wellFormed && response.contains(QLatin1String("Error"))) {
        const QJsonObject error = response.value(QLatin1String("Error")).toObject();
        parsed.error = ApiError::api(error.value(QLatin1String("Code")).toString(),
                                     error.value(QLatin1String("Message")).toString(),
                                     response.value(QLatin1String("RequestId")).toString(), httpStatus);
        parsed.error.action = action;
        if (parsed.error.code.isEmpty())
            parsed.error = ApiError::client(ApiError::Kind::BadResponse, tr("The error reply has no code."), true,
                                            httpStatus);
        return parsed;
    }
    if (httpStatus != 200) {
        parsed.error = ApiError::client(ApiError::Kind::BadResponse,
                                        tr("The server answered HTTP %1 instead of an API response.").arg(httpStatus),
                                        true, httpStatus);
        return parsed;
    }
    if (!wellFormed) {
        const QString why = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                         : tr("no “Response” object");
        parsed.error = ApiError::client(ApiError::Kind::BadResponse,
                                        tr("The reply is not valid API JSON (%1).").arg(why), true, httpStatus);
        return parsed;
    }
    parsed.result = response;
    return parsed;
}

} // namespace LhShare
