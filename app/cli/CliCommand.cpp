#include "CliCommand.h"

#include <QTimer>

namespace LhShare::Cli {

void CliCommand::fail(const QString &message, int code)
{
    err() << "lighthouse-share-cli: " << message << Qt::endl;
    // Queued so that a command failing inside start() still lets the caller connect first.
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

bool CliCommand::readTimeout(const QCommandLineParser &parser, int *timeoutMs)
{
    if (!parser.isSet(QStringLiteral("timeout")))
        return true;
    bool ok = false;
    const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || seconds < 0.1 || seconds > 3600) {
        fail(tr("--timeout must be a number of seconds from 0.1 to 3600."));
        return false;
    }
    *timeoutMs = int(seconds * 1000);
    return true;
}

} // namespace LhShare::Cli
