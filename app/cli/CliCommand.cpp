#include "CliCommand.h"

#include <QCoreApplication>
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

QString CliCommand::helpText(const QCommandLineParser &parser, const QStringList &arguments)
{
    QString text = parser.helpText();
    // Qt names QCoreApplication's first argument in the first line ("Usage: /usr/bin/x [options]").
    const QString executable = QCoreApplication::arguments().constFirst();
    const qsizetype at = text.indexOf(executable);
    if (at >= 0 && at < text.indexOf(QLatin1Char('\n')) && !arguments.isEmpty())
        text.replace(at, executable.size(), arguments.constFirst());
    return text;
}

} // namespace LhShare::Cli
