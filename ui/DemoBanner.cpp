#include "DemoBanner.h"

namespace LhShare {

DemoBanner::DemoBanner(QWidget *parent)
    : QLabel(parent)
{
    setText(tr("Demo — simulated data. Nothing here touches a real Tencent Cloud account."));
    setAccessibleName(tr("Demo mode"));
    setAlignment(Qt::AlignCenter);
    setAutoFillBackground(true);
    setMargin(4);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, colours.color(QPalette::Highlight));
    colours.setColor(QPalette::WindowText, colours.color(QPalette::HighlightedText));
    setPalette(colours);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
}

} // namespace LhShare
