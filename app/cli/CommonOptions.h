#pragma once

#include "api/Endpoint.h"
#include "api/TcClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace LhShare::Cli {

// The options several commands share (--output, --timeout, --profile, --endpoint, --region,
// --verbose): declared and read in one place, so they mean the same everywhere. Only declared
// options are read, so no command asks the parser about an option it lacks.
//
//   CommonOptions options(CommonOptions::Output | CommonOptions::Timeout);
//   options.declare(parser);  parser.parse(arguments);
//   QString error;  if (!options.read(parser, &error)) fail(error);
class CommonOptions final
{
    Q_DECLARE_TR_FUNCTIONS(CommonOptions)

public:
    enum Option {
        Output = 1 << 0,
        Timeout = 1 << 1,
        Profile = 1 << 2,
        EndpointOption = 1 << 3,
        Region = 1 << 4,
        Verbose = 1 << 5,
        CsvOutput = 1 << 6, // with Output: --output csv too
        Regions = 1 << 7, // with Region: --region may be repeated
    };

    explicit CommonOptions(int options)
        : m_options(options)
    {
    }

    void declare(QCommandLineParser &parser) const;
    // False with *error (plain words) for a bad value; the fields below hold what was given.
    bool read(const QCommandLineParser &parser, QString *error);

    bool json = false;
    bool csv = false;
    int timeoutMs = TcClient::kDefaultTimeoutMs;
    QString profile;
    Endpoint endpoint; // invalid when not given
    QString region; // validated against the supported regions when given (the last one given)
    QStringList regions; // with Regions: every --region given, each validated, duplicates merged
    bool verbose = false;

private:
    bool has(Option option) const { return (m_options & option) != 0; }

    int m_options;
};

} // namespace LhShare::Cli
