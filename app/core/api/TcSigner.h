#pragma once

#include "Credentials.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace LhShare {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// TC3-HMAC-SHA256 request signing (Tencent Cloud API 3.0), as pure functions.
//
//   TcSigner::Request r{host, "DescribeRegions", "", body, timestamp};
//   HeaderList headers = TcSigner::sign(credentials, r);   // Authorization, X-TC-*, Content-Type, Host
//
// The building blocks are public too so that the simulator verifies a signature with exactly the
// canonical form the server uses, from whatever headers the client chose to sign.
class TcSigner final
{
public:
    struct Request
    {
        QString host;
        QString action;
        QString region; // empty: no X-TC-Region header
        QByteArray body;
        qint64 timestamp = 0; // Unix seconds
        QString service = QStringLiteral("lighthouse"); // credential scope service, as the Python/Go SDKs
        QString version = QStringLiteral("2020-03-24");
        QString language; // empty, "zh-CN" or "en-US"
        QByteArray contentType = QByteArrayLiteral("application/json");
        // Signs x-tc-action too (content-type;host;x-tc-action), as the current signature documentation
        // does, so that the action is covered by the signature. false reproduces the older documented
        // form (content-type;host) that the official SDKs still send.
        bool signAction = true;
    };

    static HeaderList sign(const Credentials &credentials, const Request &request);

    // The first label of a host: the service the C++/Node SDKs put in the credential scope.
    static QString serviceFromHost(const QString &host);
    // YYYY-MM-DD of the timestamp in UTC.
    static QString utcDate(qint64 timestamp);
    static QByteArray sha256Hex(const QByteArray &data);

    // signedHeaders: (lower-case name, value) pairs; they are trimmed, lower-cased and sorted here.
    static QByteArray canonicalRequest(const QByteArray &method, const QByteArray &canonicalQuery,
                                       HeaderList signedHeaders, const QByteArray &payload,
                                       QByteArray *signedHeaderNames = nullptr);
    static QByteArray stringToSign(qint64 timestamp, const QString &credentialScope,
                                   const QByteArray &canonicalRequest);
    static QByteArray signature(const QString &secretKey, const QString &date, const QString &service,
                                const QByteArray &stringToSign);
    static QString credentialScope(const QString &date, const QString &service);
};

} // namespace LhShare
