#pragma once

#include <QString>

namespace LhShare {

// What the user calls each credential field in a message (e.g. an environment variable's name).
struct CredentialFieldNames
{
    QString secretId = QStringLiteral("SecretId");
    QString secretKey = QStringLiteral("SecretKey");
    QString token = QStringLiteral("token");
};

// An API key pair, optionally with a session token (temporary credentials).
// Values of this type are only ever held in memory; see CredentialStore for persistence.
struct Credentials
{
    QString secretId;
    QString secretKey;
    QString token;

    // Lengths beyond these are not Tencent Cloud credentials.
    static constexpr int kMaxIdLength = 128;
    static constexpr int kMaxKeyLength = 256;
    static constexpr int kMaxTokenLength = 16 * 1024;

    bool isComplete() const { return !secretId.isEmpty() && !secretKey.isEmpty(); }
    // Plain words naming the first unusable field (never its value), or "" when all are usable:
    // SecretId and SecretKey present, every value printable ASCII without spaces or quotes and of
    // a plausible length. A CR or LF would otherwise end up in a request header.
    QString problem(const CredentialFieldNames &names = {}) const;
    // The same check for one value; `required` makes an empty value a problem.
    static QString valueProblem(const QString &field, const QString &value, int maxLength, bool required);

    // "AKID…MPLE": the only form of a SecretId that may be shown or logged.
    QString redactedSecretId() const { return redact(secretId); }
    static QString redact(const QString &secretId);
};

} // namespace LhShare
