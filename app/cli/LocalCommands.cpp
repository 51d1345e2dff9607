// Commands that work without credentials: history, simulate.
#include "CliCommand.h"
#include "CommandArguments.h"
#include "CommandRegistry.h"
#include "CommonOptions.h"

#include "jobs/History.h"
#include "jobs/JobSummary.h"
#include "simulator/Simulator.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace LhShare::Cli {

class HistoryCommand final : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void start(const QStringList &arguments) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("List past jobs from the history (%1).").arg(History::defaultPath()));
        CommonOptions options(CommonOptions::Output);
        options.declare(parser);
        parser.addOption({QStringLiteral("job"), tr("Show only the job whose ID starts with <id>."), tr("id")});
        if (!parseArguments(
                this, parser, arguments, out(), [this](const QString &m) { fail(m); }, &options))
            return;

        // The list holds only summaries (no batches), so a long history lists quickly in little
        // memory; the JSON carries every batch and is read whole.
        const QString wanted = parser.value(QStringLiteral("job"));
        auto unwanted = [&wanted](const auto &job) { return !job.id.startsWith(wanted); };
        Journal::ReadStats stats;
        QList<JobRecord> records;
        QList<JobSummary> summaries;
        if (options.json)
            records = JobRecord::readAll(History::defaultPath(), &stats);
        else
            summaries = JobSummary::readAll(History::defaultPath(), &stats);
        records.removeIf(unwanted);
        summaries.removeIf(unwanted);
        const int torn = stats.tornLines + stats.oversizedLines;
        if (torn > 0)
            err() << tr("Warning: %n unreadable line(s) in the history were skipped (an interrupted write).", nullptr,
                        torn)
                  << Qt::endl;

        if (options.json) {
            QJsonArray array;
            for (const JobRecord &job : std::as_const(records))
                array.append(job.toJson());
            out() << QJsonDocument(QJsonObject{{QStringLiteral("jobs"), array}}).toJson(QJsonDocument::Indented);
        } else {
            for (const JobSummary &job : std::as_const(summaries)) {
                out() << job.id << "  " << job.started.toLocalTime().toString(Qt::ISODate) << "  "
                      << job.actionKeyword().leftJustified(6) << ' '
                      << tr("%1 done, %2 skipped, %3 failed")
                             .arg(job.doneAccounts)
                             .arg(job.skippedAccounts)
                             .arg(job.failedAccounts);
                if (job.isInterrupted())
                    out() << "  " << tr("[interrupted: resume with “resume %1”]").arg(job.id.left(8));
                else if (job.canResume())
                    out() << "  "
                          << tr("[%n not verified: resume with “resume %1”]", nullptr, job.notVerifiedAccounts)
                                 .arg(job.id.left(8));
                if (!job.undoOf.isEmpty())
                    out() << "  " << tr("[undo of %1]").arg(job.undoOf.left(8));
                out() << '\n';
            }
            if (summaries.isEmpty())
                out() << tr("No jobs yet.") << '\n';
        }
        out().flush();
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(ExitOk); }, Qt::QueuedConnection);
    }
};

// simulate --port N: the loopback Lighthouse stand-in, in the foreground until interrupted.
class SimulateCommand final : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void start(const QStringList &arguments) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Run the Lighthouse simulator on 127.0.0.1 (for demos and tests)."));
        parser.addOption(
            {QStringLiteral("port"), tr("Port to listen on (0: any free port)."), tr("port"), QStringLiteral("0")});
        if (!parseArguments(this, parser, arguments, out(), [this](const QString &m) { fail(m); }))
            return;
        bool ok = false;
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port > 65535) {
            fail(tr("--port must be a number from 0 to 65535."));
            return;
        }
        m_simulator = new Simulator(this);
        if (!m_simulator->listen(quint16(port))) {
            fail(tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_simulator->errorString()), ExitSomeFailed);
            return;
        }
        // The simulator accepts only its public demo key, never credentials from the environment.
        const Credentials credentials = Simulator::demoCredentials();
        out() << "listening on " << m_simulator->url().toString(QUrl::StripTrailingSlash) << Qt::endl;
        out() << tr("demo credentials: TENCENTCLOUD_SECRET_ID=%1 TENCENTCLOUD_SECRET_KEY=%2")
                     .arg(credentials.secretId, credentials.secretKey)
              << Qt::endl;
    }

private:
    Simulator *m_simulator = nullptr;
};

} // namespace LhShare::Cli

LHSHARE_CLI_COMMAND("history", HistoryCommand, QT_TRANSLATE_NOOP("cli", "List past jobs"))
LHSHARE_CLI_COMMAND("simulate", SimulateCommand, QT_TRANSLATE_NOOP("cli", "Run the loopback simulator"))

#include "LocalCommands.moc"
