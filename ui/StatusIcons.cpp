#include "StatusIcons.h"

namespace LhShare::StatusIcons {

namespace {
// The theme's icon when the desktop has an icon theme, else ours: resources/icons/actions/<name>.svg.
// Without a theme (hicolor holds no action icons) the lookup is skipped: it searches every icon
// directory, which costs the first frame tens of milliseconds for nothing.
QIcon themed(const char *name)
{
    const QString iconName = QString::fromLatin1(name);
    const QIcon ours(QStringLiteral(":/icons/actions/") + iconName + QStringLiteral(".svg"));
    const QString theme = QIcon::themeName();
    if (theme.isEmpty() || theme == QLatin1String("hicolor"))
        return ours;
    return QIcon::fromTheme(iconName, ours);
}
} // namespace

QIcon valid()
{
    return themed("emblem-ok");
}
QIcon invalid()
{
    return themed("dialog-error");
}
QIcon duplicate()
{
    return themed("edit-copy");
}
QIcon pending()
{
    return themed("content-loading");
}
QIcon done()
{
    return themed("emblem-ok");
}
QIcon skipped()
{
    return themed("go-next");
}
QIcon failed()
{
    return themed("dialog-error");
}
QIcon notSent()
{
    return themed("media-playback-stop");
}
QIcon info()
{
    return themed("dialog-information");
}
QIcon refresh()
{
    return themed("view-refresh");
}
QIcon copy()
{
    return themed("edit-copy");
}
QIcon remove()
{
    return themed("edit-delete");
}
QIcon clear()
{
    return themed("edit-clear");
}
QIcon open()
{
    return themed("document-open");
}
QIcon save()
{
    return themed("document-save");
}

QIcon undo()
{
    return themed("edit-undo");
}
QIcon redo()
{
    return themed("edit-redo");
}

} // namespace LhShare::StatusIcons
