#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace LhShare::Test {

// One finished run of lighthouse-share-cli.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

// Runs lighthouse-share-cli (LHSHARE_CLI_PATH) with `input` on standard input, keeping this
// process's event loop turning meanwhile (a simulator in this process must keep answering).
CliRun runCli(const QStringList &arguments, const QByteArray &input = {},
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// Every regular file under HOME and the XDG directories whose contents include `needle`.
QStringList filesContaining(const QByteArray &needle);

} // namespace LhShare::Test
