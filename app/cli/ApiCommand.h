#pragma once

#include "CliCommand.h"

#include "api/Credentials.h"
#include "api/Endpoint.h"

#include <QCommandLineParser>

#include <functional>

class QNetworkAccessManager;

namespace LhShare {
class LighthouseService;
class TcClient;
struct ApiError;
} // namespace LhShare

namespace LhShare::Cli {

// Base of the commands that call the API: common options (--profile, --endpoint, --region,
// --output, --timeout, --verbose), credentials from a saved profile or the environment, and a
// rate-limited client. Subclasses add options in addOptions() and do their work in run().
class ApiCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void start(const QStringList &arguments) final;

protected:
    enum class RegionOption { None, Optional, Required };

    virtual QString description() const = 0;
    virtual RegionOption regionOption() const { return RegionOption::Required; }
    virtual void addOptions(QCommandLineParser &parser) { Q_UNUSED(parser) }
    virtual bool acceptsPositionalArguments() const { return false; }
    // True when the targets carry their own regions (e.g. --all-regions, resume, undo).
    virtual bool regionComesFromElsewhere() const { return false; }
    // Checks the command's own options before anything is loaded or sent; false = usage error
    // already reported with fail().
    virtual bool validate(const QCommandLineParser &parser) = 0;
    // Called once credentials and the client are ready.
    virtual void run() = 0;

    const QCommandLineParser &parser() const { return m_parser; }
    LighthouseService *service() const { return m_service; }
    TcClient *client() const { return m_client; }
    QString region() const { return m_region; }
    bool jsonOutput() const { return m_json; }
    QString profileName() const { return m_profileName; }
    const Credentials &credentials() const { return m_credentials; }
    Endpoint endpoint() const { return m_endpoint; }

    // Reads the repeatable --blueprint option, every value a well-formed ID; false after fail().
    bool readBlueprintIds(const QCommandLineParser &parser, QStringList *ids);
    // Prints one API failure: code, plain-words explanation, server message, RequestId.
    void reportApiError(const ApiError &error);
    void printJson(const QJsonObject &document);

    static QString supportedRegionList();

private:
    void loadCredentials();
    void connectClient();

    QCommandLineParser m_parser;
    QNetworkAccessManager *m_network = nullptr;
    TcClient *m_client = nullptr;
    LighthouseService *m_service = nullptr;
    Credentials m_credentials;
    Endpoint m_endpoint;
    QString m_endpointText;
    QString m_region;
    QString m_profileName;
    QString m_language;
    bool m_json = false;
    bool m_verbose = false;
    int m_timeoutMs = 30'000;
};

} // namespace LhShare::Cli
