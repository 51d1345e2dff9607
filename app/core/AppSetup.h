#pragma once

#include <QString>

namespace LhShare {

// Names the application (so the GUI and the CLI share settings and history paths) and installs
// translations for the UI language. Call right after constructing the Q*Application.
void setUpApplication(const QString &executableName);

// The UI language in the form the API wants for X-TC-Language: "zh-CN" or "en-US".
QString apiLanguage();

} // namespace LhShare
