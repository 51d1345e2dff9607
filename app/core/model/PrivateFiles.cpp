#include "PrivateFiles.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace LhShare::PrivateFiles {

namespace {
// mkdir -p, 0700 for what it creates; folders that exist already are left as they are.
bool makePath(const QString &path)
{
    if (QFileInfo(path).isDir())
        return true;
    const QString parent = QFileInfo(path).absolutePath();
    if (parent == path || !makePath(parent))
        return false;
    return ::mkdir(QFile::encodeName(path).constData(), 0700) == 0 || errno == EEXIST;
}
} // namespace

bool ensureDirectory(const QString &path)
{
    return makePath(path) && ::chmod(QFile::encodeName(path).constData(), 0700) == 0;
}

bool ensureFile(const QString &path)
{
    if (!ensureDirectory(QFileInfo(path).absolutePath()))
        return false;
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    const bool narrowed = ::fchmod(fd, 0600) == 0;
    ::close(fd);
    return narrowed;
}

} // namespace LhShare::PrivateFiles
