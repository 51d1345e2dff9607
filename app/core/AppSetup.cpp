#include "AppSetup.h"

#include <QCoreApplication>
#include <QLocale>

namespace LhShare {

void setUpApplication(const QString &executableName)
{
    Q_UNUSED(executableName)
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("lhshare.org"));
    QCoreApplication::setApplicationName(QStringLiteral("lighthouse-share"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LHSHARE_VERSION));
}

QString apiLanguage()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh-CN") : QStringLiteral("en-US");
}

} // namespace LhShare
