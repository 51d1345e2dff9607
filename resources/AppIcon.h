#pragma once

class QIcon;

namespace LhShare {

// The application icon for QApplication::setWindowIcon(): the icon theme's entry named after the
// application id when the desktop provides one (so a theme may restyle it), else the embedded SVG
// together with its PNG renderings. The PNGs keep the icon visible when Qt's SVG icon engine plugin
// (Debian: libqt6svg6) is not installed, and stay crisp at the small sizes they were drawn for.
QIcon applicationIcon();

} // namespace LhShare
