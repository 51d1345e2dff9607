#include "CommandArguments.h"

#include "CliCommand.h"
#include "CommonOptions.h"

#include <QCommandLineParser>

namespace LhShare::Cli {

bool parseArguments(CliCommand *command, QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                    const std::function<void(const QString &)> &fail, CommonOptions *options)
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
    QString error;
    if (options && !options->read(parser, &error)) {
        fail(error);
        return false;
    }
    return true;
}

} // namespace LhShare::Cli
