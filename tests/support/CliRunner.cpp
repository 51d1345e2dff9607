#include "CliRunner.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>

namespace LhShare::Test {

CliRun runCli(const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &environment)
{
    CliRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(LHSHARE_CLI_PATH), arguments);
    if (!process.waitForStarted(10'000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(60'000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.finished = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QStringList filesContaining(const QByteArray &needle)
{
    QStringList roots;
    for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString root = qEnvironmentVariable(variable);
        if (!root.isEmpty() && !roots.contains(root))
            roots.append(root);
    }
    QStringList hits;
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            // Sockets and pipes (the D-Bus and keyring control sockets) cannot be read as files.
            if (!it.fileInfo().isFile() || !file.open(QIODevice::ReadOnly))
                continue;
            if (file.readAll().contains(needle))
                hits.append(path);
        }
    }
    return hits;
}

} // namespace LhShare::Test
