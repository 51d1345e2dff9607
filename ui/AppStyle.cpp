#include "AppStyle.h"

#include "StatusIcons.h"

namespace LhShare {

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    if (icon == SP_LineEditClearButton)
        return StatusIcons::clear();
    return QProxyStyle::standardIcon(icon, option, widget);
}

} // namespace LhShare
