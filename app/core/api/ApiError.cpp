#include "ApiError.h"

#include "ErrorCatalog.h"

#include <QCoreApplication>

namespace LhShare {

bool ApiError::hasCodePrefix(const QString &prefix) const
{
    return code == prefix || code.startsWith(prefix + QLatin1Char('.'));
}

QString ApiError::userMessage() const
{
    const QString explanation = ErrorCatalog::explain(code, action);
    if (explanation.isEmpty())
        return message.isEmpty() ? code : message;
    if (message.isEmpty() || message == explanation)
        return explanation;
    return QCoreApplication::translate("ApiError", "%1 (%2)").arg(explanation, message);
}

QString ApiError::summary() const
{
    QString text = code + QStringLiteral(": ") + message;
    if (!requestId.isEmpty())
        text += QStringLiteral(" (RequestId: ") + requestId + QLatin1Char(')');
    return text;
}

ApiError ApiError::api(const QString &code, const QString &message, const QString &requestId, int httpStatus)
{
    ApiError error;
    error.kind = Kind::Api;
    error.code = code;
    error.message = message;
    error.requestId = requestId;
    error.httpStatus = httpStatus;
    return error;
}

ApiError ApiError::client(Kind kind, const QString &message, bool ambiguous, int httpStatus)
{
    ApiError error;
    error.kind = kind;
    error.code = clientCode(kind);
    error.message = message;
    error.ambiguous = ambiguous;
    error.httpStatus = httpStatus;
    return error;
}

QString ApiError::clientCode(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("Client.Network");
    case Kind::Timeout:
        return QStringLiteral("Client.Timeout");
    case Kind::BadResponse:
        return QStringLiteral("Client.BadResponse");
    case Kind::Canceled:
        return QStringLiteral("Client.Canceled");
    case Kind::Local:
        return QStringLiteral("Client.Local");
    case Kind::Api:
    case Kind::None:
        break;
    }
    return {};
}

} // namespace LhShare
