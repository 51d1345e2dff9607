#include "Credentials.h"

namespace LhShare {

QString Credentials::redact(const QString &secretId)
{
    if (secretId.size() <= 8)
        return QStringLiteral("****");
    return secretId.left(4) + QStringLiteral("…") + secretId.right(4);
}

} // namespace LhShare
