#include "CliCommand.h"

#include <QTimer>

namespace LhShare::Cli {

void CliCommand::rewriteLine(const QString &text)
{
    err().flush();
    if (m_output.terminal)
        m_output.terminal->write("\r");
    err() << text << Qt::flush;
}

void CliCommand::fail(const QString &message, int code)
{
    err() << "lighthouse-share-cli: " << message << Qt::endl;
    // Queued so that a command failing inside start() still lets the caller connect first.
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

} // namespace LhShare::Cli
