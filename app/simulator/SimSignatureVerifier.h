#pragma once

#include "api/Credentials.h"

#include <QList>
#include <QString>

namespace LhShare {

struct SimHttpRequest;

// Checks a request's TC3-HMAC-SHA256 signature the way the Tencent Cloud API gateway does:
// the canonical request is rebuilt from the values the client actually sent for the headers it
// listed in SignedHeaders, so a client that signs one Content-Type and sends another fails here
// exactly as it would in production.
//
//   SimSignatureVerifier v;
//   v.setCredentials({creds});
//   SimSignatureVerifier::Result r = v.verify(request, serverNowSecs);
//   if (!r.ok()) answer(r.errorCode, r.message);
class SimSignatureVerifier final
{
public:
    struct Result
    {
        QString errorCode; // empty when the request is authentic
        QString message;
        Credentials credentials; // the matching credentials (valid when ok())

        bool ok() const { return errorCode.isEmpty(); }
    };

    static constexpr qint64 kMaxClockSkewSecs = 300;

    void setCredentials(const QList<Credentials> &credentials) { m_credentials = credentials; }
    void addCredentials(const Credentials &credentials);
    QList<Credentials> credentials() const { return m_credentials; }

    Result verify(const SimHttpRequest &request, qint64 serverNowSecs) const;

private:
    const Credentials *find(const QString &secretId) const;

    QList<Credentials> m_credentials;
};

} // namespace LhShare
