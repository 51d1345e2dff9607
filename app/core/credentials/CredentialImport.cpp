#include "CredentialImport.h"

#include "api/Credentials.h"
#include "api/Endpoint.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace LhShare::CredentialImport {

namespace {

constexpr qint64 kLatestPlausibleExpiry = 4'102'444'800; // 2100-01-01: anything later is not a Unix time
const QString kDefaultEndpointHost = QStringLiteral("lighthouse.tencentcloudapi.com");

QString checkCredentials(ImportedCredentials &c, const QString &idField, const QString &keyField,
                         const QString &tokenField)
{
    return Credentials{c.secretId, c.secretKey, c.token}.problem({idField, keyField, tokenField});
}

// Region ids look like "ap-guangzhou" or "ap-shanghai-fsi"; anything else is ignored with a warning.
QString checkedRegion(const QString &region, QStringList *warnings)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,}(-[a-z0-9]+)+$"));
    if (region.isEmpty())
        return {};
    if (region.size() <= 64 && pattern.match(region).hasMatch())
        return region;
    warnings->append(QCoreApplication::translate(
        "CredentialImport", "Ignored the region setting: it is not a region id such as “ap-guangzhou”."));
    return {};
}

// A JSON member that must be a string if present: false (and an error) when it is something else.
bool stringMember(const QJsonObject &object, const QString &name, QString *value, QString *error)
{
    const QJsonValue member = object.value(name);
    if (member.isUndefined() || member.isNull()) {
        value->clear();
        return true;
    }
    if (!member.isString()) {
        *error = QCoreApplication::translate("CredentialImport", "“%1” is not a text value.").arg(name);
        return false;
    }
    *value = member.toString().trimmed();
    return true;
}

bool parseJsonObject(const QByteArray &bytes, QJsonObject *object, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("CredentialImport", "not valid JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *error = QCoreApplication::translate("CredentialImport", "the JSON is not an object");
        return false;
    }
    *object = document.object();
    return true;
}

QDateTime expiryFrom(const QJsonValue &value, QStringList *warnings)
{
    if (value.isUndefined() || value.isNull())
        return {};
    double seconds = -1;
    if (value.isDouble())
        seconds = value.toDouble();
    else if (value.isString())
        seconds = value.toString().trimmed().toDouble();
    // At least one whole second after the epoch: ".5" is no expiry time (found by fuzzing).
    if (!(seconds >= 1 && seconds < double(kLatestPlausibleExpiry))) {
        warnings->append(
            QCoreApplication::translate("CredentialImport", "Ignored “expiresAt”: it is not a Unix time."));
        return {};
    }
    return QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
}

void readConfigure(const QByteArray &configure, ImportedCredentials *c)
{
    if (configure.trimmed().isEmpty())
        return;
    QJsonObject object;
    QString error;
    if (!parseJsonObject(configure, &object, &error)) {
        c->warnings.append(
            QCoreApplication::translate("CredentialImport", "Ignored the .configure file: %1.").arg(error));
        return;
    }
    // Newer tccli keeps global settings in _sys_param; older versions had them at the top level.
    const QJsonValue sysParam = object.value(QStringLiteral("_sys_param"));
    QString region;
    if (sysParam.isObject() && sysParam.toObject().value(QStringLiteral("region")).isString())
        region = sysParam.toObject().value(QStringLiteral("region")).toString().trimmed();
    else if (object.value(QStringLiteral("region")).isString())
        region = object.value(QStringLiteral("region")).toString().trimmed();
    c->region = checkedRegion(region, &c->warnings);

    const QJsonValue lighthouse = object.value(QStringLiteral("lighthouse"));
    if (!lighthouse.isObject())
        return;
    const QJsonValue endpointValue = lighthouse.toObject().value(QStringLiteral("endpoint"));
    if (!endpointValue.isString())
        return;
    const QString endpoint = endpointValue.toString().trimmed();
    if (endpoint.isEmpty() || endpoint.compare(kDefaultEndpointHost, Qt::CaseInsensitive) == 0)
        return;
    QString endpointError;
    const Endpoint parsed = Endpoint::parse(endpoint, &endpointError);
    if (parsed.isValid()) {
        c->endpoint = endpoint;
        if (parsed.isOutsideTencentCloud())
            c->warnings.append(parsed.outsideWarning());
    } else {
        c->warnings.append(
            QCoreApplication::translate("CredentialImport", "Ignored the Lighthouse endpoint setting: %1")
                .arg(endpointError));
    }
}

} // namespace

ImportResult parseTccli(const QByteArray &credential, const QByteArray &configure)
{
    ImportResult result;
    ImportedCredentials &c = result.credentials;
    QJsonObject object;
    QString error;
    if (!parseJsonObject(credential, &object, &error)) {
        result.error
            = QCoreApplication::translate("CredentialImport", "The tccli .credential file is unusable: %1").arg(error);
        return result;
    }
    if (!stringMember(object, QStringLiteral("type"), &c.type, &error)
        || !stringMember(object, QStringLiteral("secretId"), &c.secretId, &error)
        || !stringMember(object, QStringLiteral("secretKey"), &c.secretKey, &error)
        || !stringMember(object, QStringLiteral("token"), &c.token, &error)) {
        result.error
            = QCoreApplication::translate("CredentialImport", "The tccli .credential file is unusable: %1").arg(error);
        return result;
    }
    if (c.type == QLatin1String("cvm-role")) {
        result.error = QCoreApplication::translate(
            "CredentialImport",
            "This tccli profile uses a CVM instance role: it holds no keys that could be imported.");
        return result;
    }
    const QString checkError = checkCredentials(c, QStringLiteral("secretId"), QStringLiteral("secretKey"),
                                                QStringLiteral("token"));
    if (!checkError.isEmpty()) {
        result.error = QCoreApplication::translate("CredentialImport", "The tccli .credential file is unusable: %1")
                           .arg(checkError);
        return result;
    }
    c.expiresAt = expiryFrom(object.value(QStringLiteral("expiresAt")), &c.warnings);
    if (c.type == QLatin1String("oauth") || c.type == QLatin1String("sso"))
        c.warnings.append(QCoreApplication::translate(
                              "CredentialImport",
                              "These are temporary credentials from a tccli %1 login; they stop working when they "
                              "expire and must then be imported again.")
                              .arg(c.type));
    if (object.value(QStringLiteral("role-arn")).isString()
        && !object.value(QStringLiteral("role-arn")).toString().isEmpty())
        c.warnings.append(QCoreApplication::translate(
            "CredentialImport", "tccli assumes a role with these keys; Lighthouse Share uses the keys themselves."));
    readConfigure(configure, &c);
    return result;
}

ImportResult parseSdkIni(const QByteArray &ini)
{
    ImportResult result;
    ImportedCredentials &c = result.credentials;
    QByteArray bytes = ini;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);

    bool inDefault = false;
    bool sawDefault = false;
    QStringList seenKeys;
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']'))) {
                result.error = QCoreApplication::translate(
                                   "CredentialImport",
                                   "Line %1 of the credentials file starts a section but has no closing “]”.")
                                   .arg(i + 1);
                return result;
            }
            inDefault = line.mid(1, line.size() - 2).trimmed() == QLatin1String("default");
            sawDefault = sawDefault || inDefault;
            continue;
        }
        if (!inDefault)
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const qsizetype separator = equals < 0 ? colon : (colon < 0 ? equals : qMin(equals, colon));
        if (separator <= 0) {
            result.error = QCoreApplication::translate(
                               "CredentialImport", "Line %1 of the credentials file is not of the form “key = value”.")
                               .arg(i + 1);
            return result;
        }
        const QString key = line.left(separator).trimmed().toLower();
        const QString value = line.mid(separator + 1).trimmed();
        QString *target = key == QLatin1String("secret_id") ? &c.secretId
            : key == QLatin1String("secret_key")            ? &c.secretKey
            : key == QLatin1String("token")                 ? &c.token
                                                            : nullptr;
        if (!target)
            continue;
        if (seenKeys.contains(key)) {
            result.error = QCoreApplication::translate(
                               "CredentialImport",
                               "“%1” appears twice in the [default] section of the credentials file.")
                               .arg(key);
            return result;
        }
        seenKeys.append(key);
        *target = value;
    }
    if (!sawDefault) {
        result.error = QCoreApplication::translate(
            "CredentialImport", "The credentials file has no [default] section (the only one the SDKs read).");
        return result;
    }
    const QString checkError = checkCredentials(c, QStringLiteral("secret_id"), QStringLiteral("secret_key"),
                                                QStringLiteral("token"));
    if (!checkError.isEmpty())
        result.error
            = QCoreApplication::translate("CredentialImport", "The credentials file is unusable: %1").arg(checkError);
    return result;
}

ImportResult fromEnvironment(const QProcessEnvironment &environment)
{
    ImportResult result;
    ImportedCredentials &c = result.credentials;
    const QString idName = QStringLiteral("TENCENTCLOUD_SECRET_ID");
    const QString keyName = QStringLiteral("TENCENTCLOUD_SECRET_KEY");
    c.secretId = environment.value(idName).trimmed();
    c.secretKey = environment.value(keyName).trimmed();
    // The Node SDK reads TENCENTCLOUD_SESSION_TOKEN, tccli TENCENTCLOUD_TOKEN.
    QString tokenName = QStringLiteral("TENCENTCLOUD_SESSION_TOKEN");
    c.token = environment.value(tokenName).trimmed();
    if (c.token.isEmpty()) {
        tokenName = QStringLiteral("TENCENTCLOUD_TOKEN");
        c.token = environment.value(tokenName).trimmed();
    }
    if (c.secretId.isEmpty() && c.secretKey.isEmpty()) {
        result.error = QCoreApplication::translate("CredentialImport", "Neither %1 nor %2 is set in the environment.")
                           .arg(idName, keyName);
        return result;
    }
    const QString checkError = checkCredentials(c, idName, keyName, tokenName);
    if (!checkError.isEmpty()) {
        result.error = QCoreApplication::translate("CredentialImport",
                                                   "The environment holds no usable credentials: %1")
                           .arg(checkError);
        return result;
    }
    c.region = checkedRegion(environment.value(QStringLiteral("TENCENTCLOUD_REGION")).trimmed(), &c.warnings);
    return result;
}

QString tccliDirectory()
{
    return QDir::home().filePath(QStringLiteral(".tccli"));
}

QStringList tccliProfileNames(const QString &directory)
{
    QStringList names;
    const QFileInfoList files = QDir(directory).entryInfoList({QStringLiteral("*.credential")},
                                                              QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &file : files)
        names.append(file.completeBaseName());
    return names;
}

QString defaultTccliProfile(const QProcessEnvironment &environment)
{
    const QString name = environment.value(QStringLiteral("TCCLI_PROFILE")).trimmed();
    return name.isEmpty() ? QStringLiteral("default") : name;
}

ImportResult importTccliProfile(const QString &name, const QString &directory)
{
    ImportResult result;
    // The name becomes part of a path: refuse anything that could leave the directory.
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.startsWith(QLatin1Char('.'))) {
        result.error = QCoreApplication::translate("CredentialImport", "“%1” is not a tccli profile name.").arg(name);
        return result;
    }
    const QDir dir(directory);
    const QString credentialPath = dir.filePath(name + QStringLiteral(".credential"));
    if (!QFileInfo::exists(credentialPath)) {
        const QStringList known = tccliProfileNames(directory);
        result.error = known.isEmpty()
            ? QCoreApplication::translate(
                  "CredentialImport", "There is no tccli profile “%1”: %2 does not exist, and %3 holds no profiles.")
                  .arg(name, QDir::toNativeSeparators(credentialPath), QDir::toNativeSeparators(directory))
            : QCoreApplication::translate("CredentialImport",
                                          "There is no tccli profile “%1”. tccli profiles found: %2.")
                  .arg(name, known.join(QStringLiteral(", ")));
        return result;
    }
    QByteArray credential;
    QString error;
    if (!readSmallFile(credentialPath, &credential, &error)) {
        result.error = error;
        return result;
    }
    QByteArray configure;
    const QString configurePath = dir.filePath(name + QStringLiteral(".configure"));
    QStringList readWarnings;
    if (QFileInfo::exists(configurePath) && !readSmallFile(configurePath, &configure, &error))
        readWarnings.append(error);
    result = parseTccli(credential, configure);
    result.credentials.warnings = readWarnings + result.credentials.warnings;
    return result;
}

QString sdkIniPath()
{
    const QString home = QDir::home().filePath(QStringLiteral(".tencentcloud/credentials"));
    if (QFileInfo::exists(home))
        return home;
    const QString system = QStringLiteral("/etc/tencentcloud/credentials");
    return QFileInfo::exists(system) ? system : QString();
}

ImportResult importSdkIni(const QString &path)
{
    ImportResult result;
    if (path.isEmpty()) {
        result.error = QCoreApplication::translate(
                           "CredentialImport",
                           "There is no SDK credentials file (looked for %1 and /etc/tencentcloud/credentials).")
                           .arg(QDir::toNativeSeparators(
                               QDir::home().filePath(QStringLiteral(".tencentcloud/credentials"))));
        return result;
    }
    QByteArray contents;
    if (!readSmallFile(path, &contents, &result.error))
        return result;
    return parseSdkIni(contents);
}

bool readSmallFile(const QString &path, QByteArray *contents, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("CredentialImport", "Cannot read %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    *contents = file.read(kMaxFileBytes + 1);
    if (contents->size() > kMaxFileBytes) {
        contents->clear();
        *error = QCoreApplication::translate("CredentialImport",
                                             "%1 is larger than %2 KiB; it is not a credentials file.")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(kMaxFileBytes / 1024);
        return false;
    }
    return true;
}

} // namespace LhShare::CredentialImport
