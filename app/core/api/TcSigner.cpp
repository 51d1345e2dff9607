#include "TcSigner.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace LhShare {

namespace {
const QByteArray kAlgorithm = QByteArrayLiteral("TC3-HMAC-SHA256");

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}
} // namespace

QString TcSigner::serviceFromHost(const QString &host)
{
    return host.section(QLatin1Char('.'), 0, 0);
}

QString TcSigner::utcDate(qint64 timestamp)
{
    return QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

QByteArray TcSigner::sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QString TcSigner::credentialScope(const QString &date, const QString &service)
{
    return date + QLatin1Char('/') + service + QStringLiteral("/tc3_request");
}

QByteArray TcSigner::canonicalRequest(const QByteArray &method, const QByteArray &canonicalQuery,
                                      HeaderList signedHeaders, const QByteArray &payload,
                                      QByteArray *signedHeaderNames)
{
    for (auto &header : signedHeaders) {
        header.first = header.first.trimmed().toLower();
        header.second = header.second.trimmed().toLower();
    }
    std::sort(signedHeaders.begin(), signedHeaders.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });

    QByteArray canonicalHeaders;
    QByteArrayList names;
    for (const auto &header : std::as_const(signedHeaders)) {
        canonicalHeaders += header.first + ':' + header.second + '\n';
        names << header.first;
    }
    const QByteArray joinedNames = names.join(';');
    if (signedHeaderNames)
        *signedHeaderNames = joinedNames;

    return method + '\n' + QByteArrayLiteral("/\n") + canonicalQuery + '\n' + canonicalHeaders + '\n' + joinedNames
        + '\n' + sha256Hex(payload);
}

QByteArray TcSigner::stringToSign(qint64 timestamp, const QString &credentialScope, const QByteArray &canonicalRequest)
{
    return kAlgorithm + '\n' + QByteArray::number(timestamp) + '\n' + credentialScope.toUtf8() + '\n'
        + sha256Hex(canonicalRequest);
}

QByteArray TcSigner::signature(const QString &secretKey, const QString &date, const QString &service,
                               const QByteArray &stringToSign)
{
    const QByteArray secretDate = hmac(QByteArrayLiteral("TC3") + secretKey.toUtf8(), date.toUtf8());
    const QByteArray secretService = hmac(secretDate, service.toUtf8());
    const QByteArray secretSigning = hmac(secretService, QByteArrayLiteral("tc3_request"));
    return hmac(secretSigning, stringToSign).toHex();
}

HeaderList TcSigner::sign(const Credentials &credentials, const Request &request)
{
    const QByteArray host = request.host.toUtf8();
    HeaderList toSign{{"content-type", request.contentType}, {"host", host}};
    if (request.signAction)
        toSign.append({"x-tc-action", request.action.toUtf8()});

    QByteArray signedHeaderNames;
    const QByteArray canonical = canonicalRequest("POST", {}, toSign, request.body, &signedHeaderNames);
    const QString date = utcDate(request.timestamp);
    const QString &service = request.service;
    const QString scope = credentialScope(date, service);
    const QByteArray signatureHex = signature(credentials.secretKey, date, service,
                                              stringToSign(request.timestamp, scope, canonical));

    const QByteArray authorization = kAlgorithm + " Credential=" + credentials.secretId.toUtf8() + '/' + scope.toUtf8()
        + ", SignedHeaders=" + signedHeaderNames + ", Signature=" + signatureHex;

    HeaderList headers{
        {"Authorization", authorization},
        {"Content-Type", request.contentType},
        {"Host", host},
        {"X-TC-Action", request.action.toUtf8()},
        {"X-TC-Version", request.version.toUtf8()},
        {"X-TC-Timestamp", QByteArray::number(request.timestamp)},
    };
    if (!request.region.isEmpty())
        headers.append({"X-TC-Region", request.region.toUtf8()});
    if (!credentials.token.isEmpty())
        headers.append({"X-TC-Token", credentials.token.toUtf8()});
    if (!request.language.isEmpty())
        headers.append({"X-TC-Language", request.language.toUtf8()});
    return headers;
}

} // namespace LhShare
