#pragma once

#include <QCoreApplication>

#include "ApiError.h"

#include <QJsonObject>

namespace LhShare {

// Interprets a Tencent Cloud API 3.0 reply body: the "Response" object of a success, or the
// error it carries. A pure function of the bytes and the HTTP status (and a fuzzing target).
struct ApiResponse
{
    Q_DECLARE_TR_FUNCTIONS(ApiResponse)

public:
    QJsonObject result; // the "Response" object on success
    ApiError error; // set on failure

    // action: the request's X-TC-Action, recorded in an API error (see ApiError::action).
    static ApiResponse parse(const QByteArray &body, int httpStatus, const QString &action = {});
};

} // namespace LhShare
