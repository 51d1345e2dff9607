#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace LhShare {

// Names the application (so the GUI and the CLI share settings and history paths) and installs
// translations for the UI language: the "ui/language" setting if set ("en", "zh_CN"), else
// the system locale. Call right after constructing the Q*Application.
void setUpApplication();

// The UI language chosen at start-up, as a locale name ("en", "zh_CN").
QString uiLanguage();
// The same language in the form the API wants for X-TC-Language: "zh-CN" or "en-US".
QString apiLanguage();
// Languages the application is translated into: {locale name, native name}.
QList<QPair<QString, QString>> availableLanguages();

} // namespace LhShare
