#pragma once

#include <QString>

namespace LhShare {

// Files only their owner may read, whatever the umask: created 0600 (folders 0700) from the
// start, never created wider and narrowed afterwards.
namespace PrivateFiles {

// Creates the folder 0700 (missing parents too), or narrows an existing one to 0700; the
// parents that exist are left alone.
bool ensureDirectory(const QString &path);
// Creates an empty file 0600 in a private folder (see ensureDirectory), or narrows an existing
// file to 0600. Writers that replace the file keep its mode (QSaveFile and QSettings copy it).
bool ensureFile(const QString &path);

} // namespace PrivateFiles
} // namespace LhShare
