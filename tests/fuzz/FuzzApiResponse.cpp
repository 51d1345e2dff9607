// libFuzzer target: ApiResponse::parse() on arbitrary reply bodies, followed by what
// LighthouseService and PagedQuery do with a successful result (Region / Blueprint /
// ShareRecipient ::fromJson over every element of the list members, TotalCount).
//
// Each body is parsed with HTTP 200 and with a status picked from the input's last byte, so the
// seeds stay plain JSON files. Checked: exactly one of `result` non-empty and `error` set; an
// API error carries its code and the status; any non-200 reply without Response.Error is an
// error; parsing is deterministic; the error texts can be rendered.

#include "FuzzCheck.h"

#include "api/ApiResponse.h"
#include "model/Blueprint.h"
#include "model/Region.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cstdint>
#include <iterator>

using namespace LhShare;

namespace {

constexpr int kStatuses[] = {200, 0, 204, 301, 400, 401, 403, 404, 408, 429, 500, 502, 503, 504, -1, 999};

bool sameError(const ApiError &a, const ApiError &b)
{
    return a.kind == b.kind && a.code == b.code && a.message == b.message && a.requestId == b.requestId
        && a.httpStatus == b.httpStatus && a.ambiguous == b.ambiguous;
}

// What LighthouseService::regionsFrom / blueprintsFrom / recipientsFrom and PagedQuery do with a result.
void interpretResult(const QJsonObject &result)
{
    const QJsonArray regions = result.value(QLatin1String("RegionSet")).toArray();
    for (const QJsonValue &value : regions) {
        const Region region = Region::fromJson(value.toObject());
        (void)region.displayName();
        (void)Region::isSupported(region.id);
    }

    const QJsonArray blueprints = result.value(QLatin1String("BlueprintSet")).toArray();
    for (const QJsonValue &value : blueprints) {
        const Blueprint blueprint = Blueprint::fromJson(value.toObject());
        if (Blueprint::isValidId(blueprint.id))
            LHSHARE_FUZZ_CHECK(blueprint.id.size() == 13 && blueprint.id.startsWith(QLatin1String("lhbp-")),
                               blueprint.id);
        (void)blueprint.createdTime.toString(Qt::ISODate);
    }

    const QJsonArray recipients = result.value(QLatin1String("BlueprintShareAcrossAccountInfoSet")).toArray();
    for (const QJsonValue &value : recipients) {
        const ShareRecipient recipient = ShareRecipient::fromJson(value.toObject());
        (void)recipient.createdTime.toString(Qt::ISODate);
    }

    const qsizetype received = regions.size() + blueprints.size() + recipients.size();
    (void)result.value(QLatin1String("TotalCount")).toInt(int(received));
    (void)result.value(QLatin1String("RequestId")).toString();
}

void checkParse(const QByteArray &body, int httpStatus)
{
    const ApiResponse parsed = ApiResponse::parse(body, httpStatus);
    const bool hasResult = !parsed.result.isEmpty();
    const bool hasError = parsed.error.isError();
    LHSHARE_FUZZ_CHECK(hasResult != hasError,
                       QStringLiteral("result %1, error %2, HTTP %3").arg(hasResult).arg(hasError).arg(httpStatus));

    if (hasError) {
        const ApiError &error = parsed.error;
        LHSHARE_FUZZ_CHECK(!error.code.isEmpty(), QStringLiteral("error without a code"));
        LHSHARE_FUZZ_CHECK(error.httpStatus == httpStatus, QString::number(error.httpStatus));
        if (error.kind != ApiError::Kind::Api)
            LHSHARE_FUZZ_CHECK(error.code.startsWith(QLatin1String("Client.")), error.code);
        (void)error.userMessage();
        (void)error.summary();
        (void)error.hasCodePrefix(QStringLiteral("AuthFailure"));
    } else {
        // Success needs HTTP 200 and no Response.Error.
        LHSHARE_FUZZ_CHECK(httpStatus == 200, QString::number(httpStatus));
        LHSHARE_FUZZ_CHECK(!parsed.result.contains(QLatin1String("Error")), QString());
        interpretResult(parsed.result);
    }

    const ApiResponse again = ApiResponse::parse(body, httpStatus);
    LHSHARE_FUZZ_CHECK(again.result == parsed.result && sameError(again.error, parsed.error),
                       QStringLiteral("not deterministic"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytesOf(data, size);
    checkParse(body, 200);
    const int status = size == 0 ? 500 : kStatuses[data[size - 1] % std::size(kStatuses)];
    if (status != 200)
        checkParse(body, status);
    return 0;
}
