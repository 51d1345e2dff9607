#include "CommandArguments.h"

#include "CliCommand.h"

#include <QCommandLineParser>

namespace LhShare::Cli {

bool parseArguments(CliCommand *command, QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                    const std::function<void(const QString &)> &fail)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        fail(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << CliCommand::helpText(parser, arguments) << Qt::flush;
        QMetaObject::invokeMethod(
            command, [command] { Q_EMIT command->finished(ExitOk); }, Qt::QueuedConnection);
        return false;
    }
    return true;
}

} // namespace LhShare::Cli
