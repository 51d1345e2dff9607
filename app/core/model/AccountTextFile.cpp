#include "AccountTextFile.h"

#include "AccountIdParser.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace LhShare {

bool AccountTextFile::read(const QString &path, QString *text, QString *error)
{
    QFile file;
    const bool isStdin = path == QLatin1String("-");
    const bool opened = isStdin ? file.open(stdin, QIODevice::ReadOnly)
                                : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = tr("Cannot read “%1”: %2").arg(path, file.errorString());
        return false;
    }
    return read(file, isStdin ? tr("standard input") : path, text, error);
}

bool AccountTextFile::read(QIODevice &device, const QString &name, QString *text, QString *error)
{
    // In chunks: read(kMaxBytes + 1) would reserve the whole limit up front, even for a tiny file.
    constexpr qint64 kChunk = 64 * 1024;
    QByteArray bytes;
    if (!device.isSequential())
        bytes.reserve(qMin(device.size(), kMaxBytes + 1));
    while (bytes.size() <= kMaxBytes) {
        const QByteArray chunk = device.read(kChunk);
        if (chunk.isEmpty())
            break; // files and standard input read blocking: nothing more is the end

        bytes += chunk;
    }
    if (bytes.size() > kMaxBytes) {
        *error
            = tr("“%1” is larger than %2 MiB; split it into smaller files.").arg(name).arg(kMaxBytes / (1024 * 1024));
        return false;
    }
    if (AccountIdParser::looksBinary(bytes)) {
        *error = tr("“%1” is not a text file (it contains binary data).").arg(name);
        return false;
    }
    // Mostly text with a few bad bytes: they decode to U+FFFD and their tokens are reported as invalid.
    *text = QString::fromUtf8(bytes);
    return true;
}

} // namespace LhShare
