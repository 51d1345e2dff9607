#include "AppSetup.h"

#include "model/PrivateFiles.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace LhShare {

namespace {
QString &chosenLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

// Loads one translation catalogue into the application; the translator lives as long as the app.
void installTranslator(const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(fileName, directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}
} // namespace

void setUpApplication()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("lhshare.org"));
    QCoreApplication::setApplicationName(QStringLiteral("lighthouse-share"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LHSHARE_VERSION));

    const QSettings settings;
    // The settings hold SecretIds and endpoints: 0600 before anything writes them (QSettings keeps
    // the mode of the file it replaces).
    PrivateFiles::ensureFile(settings.fileName());
    const QString setting = settings.value(QStringLiteral("ui/language")).toString();
    const QLocale locale = setting.isEmpty() ? QLocale::system() : QLocale(setting);
    const bool chinese = locale.language() == QLocale::Chinese;
    chosenLanguage() = chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English));
    if (chinese)
        installTranslator(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // English too: its catalogue holds the plural forms ("1 account", "2 accounts").
    installTranslator(QStringLiteral("lighthouse-share_") + chosenLanguage(), QStringLiteral(":/i18n"));
}

QString uiLanguage()
{
    return chosenLanguage();
}

QString apiLanguage()
{
    return chosenLanguage() == QLatin1String("zh_CN") ? QStringLiteral("zh-CN") : QStringLiteral("en-US");
}

QList<QPair<QString, QString>> availableLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

} // namespace LhShare
