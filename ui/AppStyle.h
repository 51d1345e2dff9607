#pragma once

#include <QProxyStyle>

namespace LhShare {

// The platform's style, with the application's own icons where the style would search the icon
// theme. Qt's line-edit clear button asks the theme for "edit-clear" in every icon folder (thousands
// of file lookups on a desktop without that icon), which cost the first frame more than building
// the whole window; StatusIcons::clear() asks the theme only where one is set.
class AppStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace LhShare
