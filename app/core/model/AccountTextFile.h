#pragma once

#include <QCoreApplication>

#include <QString>

class QIODevice;

namespace LhShare {

// Reads a text file of account IDs (or standard input) with bounds: hostile input (binary data,
// a 1 GB file, invalid UTF-8) gives a clear error instead of exhausting memory.
class AccountTextFile final
{
    Q_DECLARE_TR_FUNCTIONS(AccountTextFile)

public:
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

    // path "-" reads standard input. Returns false and sets *error on failure.
    static bool read(const QString &path, QString *text, QString *error);
    static bool read(QIODevice &device, const QString &name, QString *text, QString *error);
};

} // namespace LhShare
