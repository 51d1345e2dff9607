#include "SimSignatureVerifier.h"

#include "SimHttpConnection.h"

#include "api/TcSigner.h"

namespace LhShare {

namespace {
const QByteArray kAlgorithmPrefix = QByteArrayLiteral("TC3-HMAC-SHA256 ");

SimSignatureVerifier::Result failure(const char *code, const QString &message)
{
    SimSignatureVerifier::Result result;
    result.errorCode = QString::fromLatin1(code);
    result.message = message;
    return result;
}

// Compares without an early exit so the time taken does not reveal the length of a matching prefix.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

bool isLowerHex(const QByteArray &text)
{
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return !text.isEmpty();
}
} // namespace

void SimSignatureVerifier::addCredentials(const Credentials &credentials)
{
    for (Credentials &existing : m_credentials) {
        if (existing.secretId == credentials.secretId) {
            existing = credentials;
            return;
        }
    }
    m_credentials.append(credentials);
}

const Credentials *SimSignatureVerifier::find(const QString &secretId) const
{
    for (const Credentials &c : m_credentials) {
        if (c.secretId == secretId)
            return &c;
    }
    return nullptr;
}

SimSignatureVerifier::Result SimSignatureVerifier::verify(const SimHttpRequest &request, qint64 serverNowSecs) const
{
    // 1. Shape of the Authorization header.
    const QByteArray authorization = request.header("Authorization");
    if (authorization.isEmpty())
        return failure("AuthFailure.InvalidAuthorization", QStringLiteral("Authorization header is missing."));
    if (!authorization.startsWith(kAlgorithmPrefix))
        return failure("AuthFailure.InvalidAuthorization",
                       QStringLiteral("Authorization must start with the algorithm TC3-HMAC-SHA256."));

    QByteArray credential;
    QByteArray signedHeaders;
    QByteArray signature;
    const QList<QByteArray> fields = authorization.mid(kAlgorithmPrefix.size()).split(',');
    for (const QByteArray &rawField : fields) {
        const QByteArray field = rawField.trimmed();
        const qsizetype eq = field.indexOf('=');
        if (eq <= 0)
            return failure("AuthFailure.InvalidAuthorization", QStringLiteral("Malformed Authorization field."));
        const QByteArray key = field.left(eq);
        const QByteArray value = field.mid(eq + 1);
        if (key == "Credential")
            credential = value;
        else if (key == "SignedHeaders")
            signedHeaders = value;
        else if (key == "Signature")
            signature = value;
    }
    const QList<QByteArray> scopeParts = credential.split('/');
    if (scopeParts.size() != 4 || scopeParts.at(0).isEmpty() || scopeParts.at(1).isEmpty() || scopeParts.at(2).isEmpty()
        || scopeParts.at(3) != "tc3_request")
        return failure("AuthFailure.InvalidAuthorization",
                       QStringLiteral("Credential must be <SecretId>/<Date>/<Service>/tc3_request."));
    if (signature.size() != 64 || !isLowerHex(signature.toLower()))
        return failure("AuthFailure.InvalidAuthorization", QStringLiteral("Signature must be 64 hex digits."));

    QList<QByteArray> signedNames;
    for (const QByteArray &name : signedHeaders.split(';')) {
        const QByteArray trimmed = name.trimmed().toLower();
        if (trimmed.isEmpty())
            return failure("AuthFailure.InvalidAuthorization", QStringLiteral("SignedHeaders is malformed."));
        signedNames.append(trimmed);
    }
    if (!signedNames.contains("content-type") || !signedNames.contains("host"))
        return failure("AuthFailure.InvalidAuthorization",
                       QStringLiteral("SignedHeaders must include content-type and host."));
    HeaderList received;
    for (const QByteArray &name : std::as_const(signedNames)) {
        if (!request.hasHeader(name))
            return failure(
                "AuthFailure.InvalidAuthorization",
                QStringLiteral("Signed header %1 is not present in the request.").arg(QString::fromLatin1(name)));
        received.append({name, request.header(name)});
    }

    // 2. Who is asking.
    const QString secretId = QString::fromUtf8(scopeParts.at(0));
    const Credentials *credentials = find(secretId);
    if (!credentials)
        return failure("AuthFailure.SecretIdNotFound",
                       QStringLiteral("The SecretId %1 is not found.").arg(Credentials::redact(secretId)));

    // 3. When it was signed.
    const QByteArray timestampText = request.header("X-TC-Timestamp");
    if (timestampText.isEmpty())
        return failure("MissingParameter", QStringLiteral("The request is missing the header X-TC-Timestamp."));
    bool ok = false;
    const qint64 timestamp = timestampText.toLongLong(&ok);
    if (!ok)
        return failure("InvalidParameterValue", QStringLiteral("X-TC-Timestamp must be Unix seconds."));
    if (qAbs(timestamp - serverNowSecs) > kMaxClockSkewSecs)
        return failure("AuthFailure.SignatureExpire",
                       QStringLiteral("Signature expired. Timestamp %1 differs from server time %2 by more than "
                                      "5 minutes.")
                           .arg(timestamp)
                           .arg(serverNowSecs));

    // 4. The signature itself.
    const QString date = QString::fromUtf8(scopeParts.at(1));
    const QString service = QString::fromUtf8(scopeParts.at(2));
    if (date != TcSigner::utcDate(timestamp))
        return failure("AuthFailure.SignatureFailure",
                       QStringLiteral("The date in the credential scope (%1) is not the UTC date of X-TC-Timestamp "
                                      "(%2).")
                           .arg(date, TcSigner::utcDate(timestamp)));
    const QString hostService = TcSigner::serviceFromHost(QString::fromUtf8(request.header("Host")));
    if (service != QLatin1String("lighthouse") && service != hostService)
        return failure("AuthFailure.SignatureFailure",
                       QStringLiteral("The service in the credential scope (%1) is not lighthouse.").arg(service));

    const QByteArray method = request.method;
    const QByteArray canonicalQuery = method == "GET" ? request.query() : QByteArray();
    const QString scope = TcSigner::credentialScope(date, service);
    auto expectedFor = [&](const HeaderList &headers) {
        const QByteArray canonical = TcSigner::canonicalRequest(method, canonicalQuery, headers, request.body);
        return TcSigner::signature(credentials->secretKey, date, service,
                                   TcSigner::stringToSign(timestamp, scope, canonical));
    };
    bool matched = constantTimeEquals(expectedFor(received), signature.toLower());
    if (!matched) {
        // The Node SDK signs the endpoint's host name without the port while sending "Host: name:port".
        // Against the real service (port 443, no port in Host) both forms coincide, so accept either.
        HeaderList withoutPort = received;
        bool changed = false;
        for (auto &header : withoutPort) {
            const qsizetype colon = header.second.lastIndexOf(':');
            if (header.first == "host" && colon > 0 && !header.second.endsWith(']')) {
                header.second = header.second.left(colon);
                changed = true;
            }
        }
        matched = changed && constantTimeEquals(expectedFor(withoutPort), signature.toLower());
    }
    if (!matched)
        return failure("AuthFailure.SignatureFailure",
                       QStringLiteral("The provided credentials could not be validated. Please check your "
                                      "signature is correct."));

    // 5. Temporary credentials must present their session token.
    if (!credentials->token.isEmpty()) {
        const QByteArray token = request.header("X-TC-Token");
        if (token.isEmpty() || !constantTimeEquals(token, credentials->token.toUtf8()))
            return failure("AuthFailure.TokenFailure", QStringLiteral("The session token is missing or invalid."));
    }

    Result result;
    result.credentials = *credentials;
    return result;
}

} // namespace LhShare
