#pragma once

#include <QString>

namespace LhShare {

// An API key pair, optionally with a session token (temporary credentials).
// Values of this type are only ever held in memory; see CredentialStore for persistence.
struct Credentials
{
    QString secretId;
    QString secretKey;
    QString token;

    bool isComplete() const { return !secretId.isEmpty() && !secretKey.isEmpty(); }
    // "AKID…MPLE": the only form of a SecretId that may be shown or logged.
    QString redactedSecretId() const { return redact(secretId); }
    static QString redact(const QString &secretId);
};

} // namespace LhShare
