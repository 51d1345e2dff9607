#pragma once

#include <QCommandLineParser>
#include <QIODevice>
#include <QObject>
#include <QStringList>
#include <QTextStream>

namespace LhShare::Cli {

// Exit codes of lighthouse-share-cli (a stable interface: scripts depend on them).
enum ExitCode {
    ExitOk = 0,
    ExitSomeFailed = 1, // at least one batch or call failed; each failure is reported
    ExitUsage = 2, // usage or input error: nothing was sent
};

// Where a command writes: human text or JSON on stdout, diagnostics on stderr. Both streams
// replace control characters with visible escapes (server text is inert, see InertText.h);
// `terminal` is stderr without that filter, for the CLI's own carriage return only.
struct CliOutput
{
    QTextStream &out;
    QTextStream &err;
    QIODevice *terminal = nullptr;
};

// One subcommand. start() receives the arguments after the subcommand name, led by the command as
// typed ("lighthouse-share-cli cancel") in place of the program path, and eventually emits
// finished(exitCode) exactly once (possibly after asynchronous work).
class CliCommand : public QObject
{
    Q_OBJECT
public:
    CliCommand(CliOutput output, QObject *parent = nullptr)
        : QObject(parent)
        , m_output(output)
    {
    }

    virtual void start(const QStringList &arguments) = 0;

    // The parser's --help text with a usage line that names the command as typed, the first of
    // `arguments` ("Usage: lighthouse-share-cli cancel [options]"), not the executable's path.
    static QString helpText(const QCommandLineParser &parser, const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

protected:
    QTextStream &out() { return m_output.out; }
    QTextStream &err() { return m_output.err; }
    // Replaces the current line of stderr with `text` (a progress line on a terminal).
    void rewriteLine(const QString &text);
    // Prints "lighthouse-share-cli: <message>" on stderr and finishes with `code`.
    void fail(const QString &message, int code = ExitUsage);

private:
    CliOutput m_output;
};

} // namespace LhShare::Cli
