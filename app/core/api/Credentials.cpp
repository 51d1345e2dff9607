#include "Credentials.h"

#include <QCoreApplication>

#include <algorithm>

namespace LhShare {

namespace {
// Printable ASCII without spaces: what SecretIds, SecretKeys and tokens are made of. Anything
// else is a copy-and-paste accident (quotes, a BOM, a stray newline) or an attempt to smuggle a
// header line into the request.
bool isPlainToken(const QString &value)
{
    return std::all_of(value.cbegin(), value.cend(), [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7f && c != QLatin1Char('"') && c != QLatin1Char('\'');
    });
}
} // namespace

QString Credentials::valueProblem(const QString &field, const QString &value, int maxLength, bool required)
{
    if (value.isEmpty())
        return required ? QCoreApplication::translate("Credentials", "%1 is missing or empty.").arg(field) : QString();
    if (value.size() > maxLength)
        return QCoreApplication::translate("Credentials",
                                           "%1 is longer than %2 characters; this is not a Tencent Cloud credential.")
            .arg(field)
            .arg(maxLength);
    if (!isPlainToken(value))
        return QCoreApplication::translate(
                   "Credentials",
                   "%1 contains spaces, quotes, line breaks or other characters that a Tencent Cloud credential "
                   "never has.")
            .arg(field);
    return {};
}

QString Credentials::problem(const CredentialFieldNames &names) const
{
    for (const QString &error : {valueProblem(names.secretId, secretId, kMaxIdLength, true),
                                 valueProblem(names.secretKey, secretKey, kMaxKeyLength, true),
                                 valueProblem(names.token, token, kMaxTokenLength, false)}) {
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QString Credentials::redact(const QString &secretId)
{
    if (secretId.size() <= 8)
        return QStringLiteral("****");
    return secretId.left(4) + QStringLiteral("…") + secretId.right(4);
}

} // namespace LhShare
