#pragma once

class QIcon;

namespace LhShare {

// The application icon for QApplication::setWindowIcon(): the embedded SVG together with its PNG
// renderings (the desktop's launcher takes the installed copy, which a theme may restyle). The PNGs keep the icon visible when Qt's SVG icon engine plugin
// (Debian: libqt6svg6) is not installed, and stay crisp at the small sizes they were drawn for.
QIcon applicationIcon();

} // namespace LhShare
