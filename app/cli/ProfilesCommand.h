#pragma once

#include "CliCommand.h"
#include "CommonOptions.h"

#include "credentials/Profile.h"
#include "session/ProfileImport.h"

#include <QCommandLineParser>

namespace LhShare {
class CredentialStore;
class ProfileManager;
} // namespace LhShare

namespace LhShare::Cli {

// `lighthouse-share-cli profiles list|add|remove|show|import-tccli|import-env|import-ini|test`:
// saved credential profiles. SecretKeys and tokens are read from standard input (never argv) and go
// to the system keychain before anything else is written, so a missing keychain leaves nothing
// behind. Output shows SecretIds redacted and never a SecretKey or token.
class ProfilesCommand final : public CliCommand
{
    Q_OBJECT
public:
    ProfilesCommand(CliOutput output, QObject *parent = nullptr);
    ~ProfilesCommand() override;

    void start(const QStringList &arguments) override;

private:
    // One profile waiting to be saved by an import-* action.
    struct PendingImport
    {
        QString name;
        ImportCandidate candidate;
    };

    // Parses arguments for one action; false when the command is already finished (error or --help).
    bool parse(const QString &description, const QString &positionalSyntax, int minPositional, int maxPositional);
    void finishLater(int exitCode);

    void list();
    void add();
    void show();
    void remove();
    void importTccli();
    void importEnvironment();
    void importIni();
    void test();

    void importNext();
    void printUsage(QTextStream &stream);
    // Reads one line (a secret) from standard input, prompting on stderr with echo off on a terminal.
    bool readSecretLine(const QString &prompt, QString *line);

    QCommandLineParser m_parser;
    CommonOptions m_options{0}; // each action chooses the shared options it takes
    QString m_action;
    QStringList m_arguments; // program name plus what follows the action name
    CredentialStore *m_store = nullptr;
    ProfileManager *m_manager = nullptr;
    QList<PendingImport> m_imports;
    bool m_replace = false;
    int m_failures = 0;
};

} // namespace LhShare::Cli
