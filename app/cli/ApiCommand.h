#pragma once

#include "CliCommand.h"
#include "CommonOptions.h"

#include "api/ProxyConfig.h"

#include <QCommandLineParser>

class QNetworkAccessManager;

namespace LhShare {
class LighthouseService;
class Session;
class SessionFactory;
struct ApiError;
} // namespace LhShare

namespace LhShare::Cli {

// Base of the commands that call the API: the common options (--profile, --endpoint, --region,
// --output, --timeout, --verbose) and --proxy, then a Session from the saved profile or the environment
// (SessionFactory). Subclasses add options in addOptions() and do their work in run().
class ApiCommand : public CliCommand
{
    Q_OBJECT
public:
    ApiCommand(CliOutput output, QObject *parent = nullptr);
    ~ApiCommand() override;

    void start(const QStringList &arguments) final;

protected:
    // Several: --region may be repeated (regions()); like Optional, nothing fills it in.
    enum class RegionOption { None, Optional, Required, Several };

    virtual QString description() const = 0;
    virtual RegionOption regionOption() const { return RegionOption::Required; }
    virtual void addOptions(QCommandLineParser &parser) { Q_UNUSED(parser) }
    virtual bool acceptsPositionalArguments() const { return false; }
    virtual bool acceptsCsvOutput() const { return false; }
    // True when the targets carry their own regions (e.g. --all-regions, resume, undo).
    virtual bool regionComesFromElsewhere() const { return false; }
    // Checks the command's own options before anything is loaded or sent; false = usage error
    // already reported with fail().
    virtual bool validate(const QCommandLineParser &parser) = 0;
    // Called once the session is ready.
    virtual void run() = 0;

    const QCommandLineParser &parser() const { return m_parser; }
    Session *session() const { return m_session; }
    LighthouseService *service() const;
    QString region() const { return m_options.region; }
    QStringList regions() const { return m_options.regions; } // RegionOption::Several: as given
    bool jsonOutput() const { return m_options.json; }
    bool csvOutput() const { return m_options.csv; }

    // Reads the repeatable --blueprint option, every value a well-formed ID; false after fail().
    bool readBlueprintIds(const QCommandLineParser &parser, QStringList *ids);
    // Account IDs from option values and a file ("-": standard input), read like a paste in the
    // window (AccountIdInput). Invalid IDs are listed and end the command with exit 2, nothing sent;
    // false after fail(). *ids is empty when nothing was given.
    bool readAccountIds(const QStringList &values, const QString &file, QStringList *ids);
    // Prints one API failure: code, plain-words explanation, server message, RequestId.
    void reportApiError(const ApiError &error);
    void printJson(const QJsonObject &document);
    void printJson(const QJsonArray &document);

private:
    void openSession();
    void useSession(Session *session);

    QCommandLineParser m_parser;
    CommonOptions m_options;
    ProxyConfig m_proxy;
    QNetworkAccessManager *m_network;
    SessionFactory *m_factory;
    Session *m_session = nullptr;
};

} // namespace LhShare::Cli
