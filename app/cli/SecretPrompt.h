#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace LhShare::Cli {

// Reads one line holding a secret from standard input. On a terminal it shows the prompt on
// stderr and turns echo off, and the terminal gets its settings back however the read ends:
// Enter, end of input, Ctrl+C or SIGTERM (the signal then ends the process as it would have).
// Lines longer than the cap are refused, not cut.
//
//   QString key;
//   if (SecretPrompt(err(), 256).read(tr("SecretKey: "), &key) != SecretPrompt::Result::Line) …
class SecretPrompt final
{
    Q_DECLARE_TR_FUNCTIONS(SecretPrompt)

public:
    enum class Result { Line, NoInput, TooLong };

    SecretPrompt(QTextStream &err, int maxBytes);

    // *line is trimmed; the buffer that held the bytes is wiped.
    Result read(const QString &prompt, QString *line);
    // Plain words for Result::TooLong.
    QString tooLongMessage() const;

private:
    QTextStream &m_err;
    int m_maxBytes;
};

} // namespace LhShare::Cli
