#include "EndpointBanner.h"

#include "api/Endpoint.h"

namespace LhShare {

EndpointBanner::EndpointBanner(QWidget *parent)
    : QLabel(parent)
{
    setAccessibleName(tr("Endpoint outside Tencent Cloud"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setAutoFillBackground(true);
    setMargin(4);
    // Tool-tip colours: a theme's own "attention" pair, distinct from the demo banner's highlight.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, colours.color(QPalette::ToolTipBase));
    colours.setColor(QPalette::WindowText, colours.color(QPalette::ToolTipText));
    setPalette(colours);
    hide();
}

void EndpointBanner::showFor(const Endpoint &endpoint)
{
    setText(endpoint.outsideWarning());
    setVisible(endpoint.isOutsideTencentCloud());
}

} // namespace LhShare
