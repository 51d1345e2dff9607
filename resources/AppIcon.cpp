#include "AppIcon.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSize>
#include <QString>

namespace LhShare {

QIcon applicationIcon()
{
    const QString id = QStringLiteral(LHSHARE_APP_ID);
    QIcon embedded;
    // The SVG goes first: the first file decides the icon engine, and only the SVG engine scales to any size.
    embedded.addFile(QStringLiteral(":/icons/") + id + QStringLiteral(".svg"));
    // The embedded PNGs sit in hicolor-style folders named "<N>x<N>" (resources/CMakeLists.txt lists the sizes).
    const QDir hicolor(QStringLiteral(":/icons/hicolor"));
    for (const QString &sizeDir : hicolor.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const int size = sizeDir.section(QLatin1Char('x'), 0, 0).toInt();
        const QString png = hicolor.filePath(sizeDir + QStringLiteral("/apps/") + id + QStringLiteral(".png"));
        if (size > 0 && QFileInfo::exists(png))
            embedded.addFile(png, QSize(size, size));
    }
    // Not QIcon::fromTheme(): the installed theme copy is these same files (packaging/), and the
    // theme lookup searches every icon folder before the first frame.
    return embedded;
}

} // namespace LhShare
