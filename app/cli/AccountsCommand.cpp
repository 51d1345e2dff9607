// accounts: cleans a list of account IDs; needs no credentials and sends nothing.
#include "CliCommand.h"
#include "CommandArguments.h"
#include "CommandRegistry.h"
#include "CommonOptions.h"

#include "model/AccountIdInput.h"
#include "model/AccountIdReport.h"

#include <QCommandLineParser>
#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace LhShare::Cli {

// The unique valid IDs in first-seen order, one a line, on stdout; the counts, every invalid
// token with its line and column, and what was ignored on stderr (or all of it as JSON). Exit 0
// once the input was read, however many tokens were invalid; 2 when it could not be.
class AccountsCommand final : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void start(const QStringList &arguments) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Clean a list of account IDs: the unique valid IDs, in first-seen order, one a line on standard "
               "output; the counts and each invalid token with its line and column on standard error. Tables "
               "are read by their account ID column; words are ignored."));
        CommonOptions options(CommonOptions::Output);
        options.declare(parser);
        parser.addOptions({
            {QStringLiteral("accounts"), tr("Account IDs separated by commas, spaces or newlines (repeatable)."),
             tr("list")},
            {QStringLiteral("accounts-file"), tr("Read account IDs from a file (“-” for standard input)."), tr("file")},
        });
        parser.addPositionalArgument(QStringLiteral("file"), tr("The file to read, like --accounts-file."),
                                     QStringLiteral("[file]"));
        if (!parseArguments(
                this, parser, arguments, out(), [this](const QString &m) { fail(m); }, &options))
            return;
        const QStringList files = parser.values(QStringLiteral("accounts-file")) + parser.positionalArguments();
        const QStringList values = parser.values(QStringLiteral("accounts"));
        if (files.size() > 1) {
            fail(tr("Pass one file (or “-”), not %1.").arg(files.size()));
            return;
        }
        if (files.isEmpty() && values.isEmpty()) {
            fail(tr("No accounts: pass --accounts, --accounts-file or “-” for standard input."));
            return;
        }
        AccountIdInput input;
        if (!input.read(values, files.value(0))) {
            fail(input.error());
            return;
        }
        if (options.json)
            printJson(input);
        else
            printText(input);
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(ExitOk); }, Qt::QueuedConnection);
    }

private:
    void printText(const AccountIdInput &input)
    {
        const AccountIdFindings &found = input.findings();
        writeIds(found.valid);
        err() << AccountIdReport::counts(found.valid.size(), found.invalidCount, found.duplicateCount) << '\n';
        for (const QString &line : input.invalidLines(found.invalidCount) + input.notes())
            err() << line << '\n';
        err().flush();
    }

    // Straight to the device in large blocks: a million IDs through QTextStream would cost more
    // than reading them.
    void writeIds(const QList<AccountId> &ids)
    {
        constexpr qsizetype kBlock = 256 * 1024;
        out().flush();
        QIODevice *device = out().device();
        QByteArray block;
        block.reserve(kBlock + 32);
        for (AccountId id : ids) {
            char digits[24];
            char *end = digits + sizeof digits;
            char *first = end;
            *--first = '\n';
            do {
                *--first = char('0' + id % 10);
                id /= 10;
            } while (id != 0);
            block.append(first, end - first);
            if (block.size() >= kBlock) {
                device->write(block);
                block.truncate(0);
            }
        }
        device->write(block);
        if (auto *file = qobject_cast<QFileDevice *>(device))
            file->flush();
    }

    void printJson(const AccountIdInput &input)
    {
        const AccountIdFindings &found = input.findings();
        QJsonArray valid;
        for (AccountId id : found.valid)
            valid.append(QString::number(id));
        QJsonArray invalid;
        for (const AccountToken &token : found.tokens) {
            QJsonObject entry = place(input, token);
            entry.insert(QStringLiteral("reason"), token.problemText());
            invalid.append(entry);
        }
        QJsonArray words;
        for (const AccountToken &token : found.words)
            words.append(place(input, token));
        const QJsonObject result{
            {QStringLiteral("valid"), valid},
            {QStringLiteral("duplicates"), found.duplicateCount},
            {QStringLiteral("invalid"), invalid},
            {QStringLiteral("ignoredWords"), words},
            {QStringLiteral("ignoredColumns"), QJsonArray::fromStringList(found.ignoredColumns)},
        };
        out() << QJsonDocument(result).toJson(QJsonDocument::Indented) << Qt::flush;
    }

    static QJsonObject place(const AccountIdInput &input, const AccountToken &token)
    {
        return {{QStringLiteral("text"), input.textOf(token).toString()},
                {QStringLiteral("line"), token.line},
                {QStringLiteral("column"), token.column}};
    }
};

} // namespace LhShare::Cli

LHSHARE_CLI_COMMAND("accounts", AccountsCommand, QT_TRANSLATE_NOOP("cli", "Clean a list of account IDs"))

#include "AccountsCommand.moc"
