// libFuzzer target: the credential importers (CredentialImport::parseTccli, parseSdkIni,
// fromEnvironment) on arbitrary bytes.
//
// The input is split at its first NUL byte: before it is a tccli <name>.credential file, after it
// the matching .configure file (no NUL: no .configure). The whole input is also read as the SDK
// INI file, and its lines as NAME=VALUE environment entries. Checked: ok() exactly when there is
// no error; a successful import has a SecretId and SecretKey of printable ASCII within the length
// limits, and a region that looks like a region id; no error text repeats the SecretKey.

#include "FuzzCheck.h"

#include "credentials/CredentialImport.h"

#include <QProcessEnvironment>
#include <QRegularExpression>

#include <cstdint>

using namespace LhShare;

namespace {

bool isPrintableAscii(const QString &value)
{
    for (QChar c : value) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

// Long enough, and mixing letters and digits, that it cannot be a word of a message by accident.
bool looksLikeSecret(const QString &value)
{
    if (value.size() < 20)
        return false;
    bool letter = false;
    bool digit = false;
    for (QChar c : value) {
        letter = letter || (c.unicode() < 0x80 && c.isLetter());
        digit = digit || (c.unicode() < 0x80 && c.isDigit());
    }
    return letter && digit;
}

void checkResult(const ImportResult &result, const char *source)
{
    const ImportedCredentials &c = result.credentials;
    LHSHARE_FUZZ_CHECK(result.ok() == result.error.isEmpty(), QLatin1String(source));
    if (looksLikeSecret(c.secretKey))
        LHSHARE_FUZZ_CHECK(!result.error.contains(c.secretKey),
                           QLatin1String(source) + QStringLiteral(": error shows the key"));
    for (const QString &warning : c.warnings) {
        LHSHARE_FUZZ_CHECK(!warning.isEmpty(), QLatin1String(source));
        if (looksLikeSecret(c.secretKey))
            LHSHARE_FUZZ_CHECK(!warning.contains(c.secretKey),
                               QLatin1String(source) + QStringLiteral(": warning shows the key"));
    }
    if (!result.ok())
        return;

    LHSHARE_FUZZ_CHECK(!c.secretId.isEmpty() && !c.secretKey.isEmpty(), QLatin1String(source));
    LHSHARE_FUZZ_CHECK(c.secretId.size() <= 128 && c.secretKey.size() <= 256 && c.token.size() <= 16 * 1024,
                       QLatin1String(source));
    LHSHARE_FUZZ_CHECK(isPrintableAscii(c.secretId) && isPrintableAscii(c.secretKey) && isPrintableAscii(c.token),
                       QLatin1String(source));
    static const QRegularExpression regionPattern(QStringLiteral("^[a-z]{2,}(-[a-z0-9]+)+$"));
    LHSHARE_FUZZ_CHECK(c.region.isEmpty() || regionPattern.match(c.region).hasMatch(), c.region);
    if (c.expiresAt.isValid())
        LHSHARE_FUZZ_CHECK(c.expiresAt.toSecsSinceEpoch() > 0, QLatin1String(source));
    (void)c.isExpired(QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytesOf(data, size);

    const qsizetype nul = bytes.indexOf('\0');
    const QByteArray credential = nul < 0 ? bytes : bytes.left(nul);
    const QByteArray configure = nul < 0 ? QByteArray() : bytes.mid(nul + 1);
    const ImportResult tccli = CredentialImport::parseTccli(credential, configure);
    checkResult(tccli, "tccli");
    const ImportResult tccliAgain = CredentialImport::parseTccli(credential, configure);
    LHSHARE_FUZZ_CHECK(tccliAgain.error == tccli.error
                           && tccliAgain.credentials.secretKey == tccli.credentials.secretKey,
                       QStringLiteral("tccli: not deterministic"));

    checkResult(CredentialImport::parseSdkIni(bytes), "ini");

    QProcessEnvironment environment;
    for (const QByteArray &line : bytes.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            environment.insert(QString::fromUtf8(line.left(equals)).trimmed(), QString::fromUtf8(line.mid(equals + 1)));
    }
    checkResult(CredentialImport::fromEnvironment(environment), "environment");
    (void)CredentialImport::defaultTccliProfile(environment);
    return 0;
}
