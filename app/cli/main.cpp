// lighthouse-share-cli: share and cancel-share Lighthouse blueprints across accounts from a shell.
#include "CommandRegistry.h"

#include "model/InertText.h"
#include "model/ProcessHardening.h"
#include "session/AppSetup.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <memory>

#include <unistd.h>

using namespace LhShare::Cli;

namespace {
void printUsage(QTextStream &stream)
{
    stream << QCoreApplication::translate("cli", "Usage: lighthouse-share-cli <command> [options]") << "\n\n"
           << QCoreApplication::translate("cli", "Commands:") << '\n';
    for (const auto &[name, entry] : CommandRegistry::commands())
        stream << "  " << name.leftJustified(12) << QCoreApplication::translate("cli", entry.summary) << '\n';
    stream << '\n'
           << QCoreApplication::translate("cli", "Run “lighthouse-share-cli <command> --help” for a command's options.")
           << Qt::endl;
}
} // namespace

int main(int argc, char *argv[])
{
    LhShare::disableCoreDumps();
    QCoreApplication app(argc, argv);
    LhShare::setUpApplication();
    LhShare::installInertMessageHandler();

    // Every line printed passes through the filter: no print site can let server text drive the
    // terminal.
    QFile standardOutput;
    QFile standardError;
    standardOutput.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    standardError.open(STDERR_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    LhShare::InertTextDevice inertOutput(&standardOutput);
    LhShare::InertTextDevice inertError(&standardError);
    QTextStream out(&inertOutput);
    QTextStream err(&inertError);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2 || arguments.at(1) == QLatin1String("--help") || arguments.at(1) == QLatin1String("-h")) {
        printUsage(arguments.size() < 2 ? err : out);
        return arguments.size() < 2 ? ExitUsage : ExitOk;
    }
    if (arguments.at(1) == QLatin1String("--version")) {
        out << "lighthouse-share-cli " << LHSHARE_VERSION << Qt::endl;
        return ExitOk;
    }
    const auto &commands = CommandRegistry::commands();
    const auto found = commands.find(arguments.at(1));
    if (found == commands.end()) {
        err << QCoreApplication::translate("cli", "lighthouse-share-cli: unknown command “%1”.").arg(arguments.at(1))
            << "\n\n";
        printUsage(err);
        return ExitUsage;
    }

    // Owned here, not by the application: it (and its network manager) must be gone before the
    // QCoreApplication is destroyed, or Qt cannot shut its HTTP thread down cleanly.
    const std::unique_ptr<CliCommand> command(found->second.factory(CliOutput{out, err, &standardError}, nullptr));
    int exitCode = ExitOk;
    QObject::connect(command.get(), &CliCommand::finished, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    // QCommandLineParser wants the program name first: the command as typed, for its usage line.
    QStringList commandArguments = arguments;
    commandArguments[0] = QStringLiteral("lighthouse-share-cli ") + arguments.at(1);
    commandArguments.removeAt(1);
    CliCommand *started = command.get();
    QMetaObject::invokeMethod(
        started, [started, commandArguments] { started->start(commandArguments); }, Qt::QueuedConnection);
    app.exec();
    out.flush();
    err.flush();
    return exitCode;
}
