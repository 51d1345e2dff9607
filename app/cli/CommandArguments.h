#pragma once

#include <QStringList>

#include <functional>

class QCommandLineParser;
class QTextStream;

namespace LhShare::Cli {

class CliCommand;
class CommonOptions;

// Parses a local command's arguments with the standard --help, then reads `options` (declared on
// the parser beforehand) when given; false when the command is already done (a usage error
// reported through fail, or the help printed and finished(ExitOk) queued).
bool parseArguments(CliCommand *command, QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                    const std::function<void(const QString &)> &fail, CommonOptions *options = nullptr);

} // namespace LhShare::Cli
