#include "StatusIcons.h"

#include <QApplication>
#include <QStyle>

namespace LhShare::StatusIcons {

namespace {
QIcon themed(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), QApplication::style()->standardIcon(fallback));
}
} // namespace

QIcon valid()
{
    return themed("emblem-ok", QStyle::SP_DialogApplyButton);
}
QIcon invalid()
{
    return themed("dialog-error", QStyle::SP_MessageBoxCritical);
}
QIcon duplicate()
{
    return themed("edit-copy", QStyle::SP_FileDialogDetailedView);
}
QIcon pending()
{
    return themed("content-loading", QStyle::SP_BrowserReload);
}
QIcon done()
{
    return themed("emblem-ok", QStyle::SP_DialogApplyButton);
}
QIcon skipped()
{
    return themed("go-next", QStyle::SP_ArrowForward);
}
QIcon failed()
{
    return themed("dialog-error", QStyle::SP_MessageBoxCritical);
}
QIcon notSent()
{
    return themed("media-playback-stop", QStyle::SP_MediaStop);
}
QIcon info()
{
    return themed("dialog-information", QStyle::SP_MessageBoxInformation);
}
QIcon refresh()
{
    return themed("view-refresh", QStyle::SP_BrowserReload);
}
QIcon copy()
{
    return themed("edit-copy", QStyle::SP_FileDialogDetailedView);
}
QIcon remove()
{
    return themed("edit-delete", QStyle::SP_TrashIcon);
}
QIcon clear()
{
    return themed("edit-clear", QStyle::SP_DialogResetButton);
}
QIcon open()
{
    return themed("document-open", QStyle::SP_DialogOpenButton);
}
QIcon save()
{
    return themed("document-save", QStyle::SP_DialogSaveButton);
}

} // namespace LhShare::StatusIcons
