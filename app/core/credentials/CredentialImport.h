#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

class QByteArray;
class QProcessEnvironment;

namespace LhShare {

// Credentials found in another tool's configuration: tccli profiles (~/.tccli/<name>.credential
// and .configure), the SDKs' INI file (~/.tencentcloud/credentials) and the environment
// (TENCENTCLOUD_SECRET_ID, …). The parsers are pure functions of the bytes they get, accept any
// input without crashing, and never change the source files (we only ever read them).
//
//   const ImportResult r = CredentialImport::parseSdkIni(bytes);
//   if (!r.ok()) show(r.error); else save(r.credentials);
struct ImportedCredentials
{
    QString secretId;
    QString secretKey;
    QString token; // session token of temporary credentials; may be empty
    QString region; // may be empty: keep the profile's default
    QString endpoint; // may be empty: default endpoint
    QString type; // tccli credential type ("default", "oauth", "sso", …); empty elsewhere
    QDateTime expiresAt; // temporary credentials only; invalid when unknown
    QStringList warnings;

    bool isExpired(const QDateTime &now) const { return expiresAt.isValid() && expiresAt <= now; }
};

struct ImportResult
{
    ImportedCredentials credentials;
    QString error; // plain words; empty on success

    bool ok() const { return error.isEmpty(); }
};

namespace CredentialImport {

// Files larger than this are not credentials files; reading stops there.
constexpr qint64 kMaxFileBytes = 256 * 1024;

// tccli: `credential` is the <name>.credential JSON, `configure` the <name>.configure JSON (may be
// empty when there is no such file). Region comes from _sys_param.region, or a top-level
// "region" (older tccli); the endpoint from the "lighthouse" object.
ImportResult parseTccli(const QByteArray &credential, const QByteArray &configure);
// The [default] section of the SDKs' INI file: secret_id, secret_key, token (values trimmed).
ImportResult parseSdkIni(const QByteArray &ini);
// TENCENTCLOUD_SECRET_ID / _SECRET_KEY, TENCENTCLOUD_SESSION_TOKEN or tccli's TENCENTCLOUD_TOKEN,
// TENCENTCLOUD_REGION.
ImportResult fromEnvironment(const QProcessEnvironment &environment);

// ~/.tccli
QString tccliDirectory();
// Names of the tccli profiles in `directory` (one per <name>.credential), sorted.
QStringList tccliProfileNames(const QString &directory = tccliDirectory());
// TCCLI_PROFILE, else "default" (what `tccli` without --profile uses).
QString defaultTccliProfile(const QProcessEnvironment &environment);
// Reads <directory>/<name>.credential and, if present, .configure, and parses them.
ImportResult importTccliProfile(const QString &name, const QString &directory = tccliDirectory());

// The SDK INI file the SDKs would read: ~/.tencentcloud/credentials, else
// /etc/tencentcloud/credentials; "" when neither exists.
QString sdkIniPath();
ImportResult importSdkIni(const QString &path);

// Reads at most kMaxFileBytes + 1 bytes; false with a plain-words error when unreadable or too large.
bool readSmallFile(const QString &path, QByteArray *contents, QString *error);

} // namespace CredentialImport
} // namespace LhShare
