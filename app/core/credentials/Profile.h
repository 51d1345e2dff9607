#pragma once

#include <QDateTime>
#include <QString>

namespace LhShare {

// A saved credential profile. Only non-secret fields live here (and in QSettings); the
// SecretKey and session token are in the OS keychain (see CredentialStore).
struct Profile
{
    QString name;
    QString secretId;
    QString defaultRegion = QStringLiteral("ap-guangzhou");
    QString endpoint; // "" / "default", "intl", a host, or an https URL (see Endpoint::parse)
    QString language; // "" (follow the UI), "zh-CN" or "en-US"
    bool hasToken = false; // a session token is stored in the keychain
    QDateTime tokenExpiry; // invalid: unknown / does not expire
};

} // namespace LhShare
