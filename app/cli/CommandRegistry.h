#pragma once

#include "CliCommand.h"

#include <functional>
#include <map>

namespace LhShare::Cli {

// Subcommands register themselves here (see LHSHARE_CLI_COMMAND), so main() needs no list.
class CommandRegistry final
{
public:
    using Factory = std::function<CliCommand *(CliOutput, QObject *)>;
    struct Entry
    {
        Factory factory;
        const char *summary;
    };

    static std::map<QString, Entry> &commands();
    static bool add(const char *name, const char *summary, Factory factory);
};

} // namespace LhShare::Cli

// Registers class LhShare::Cli::Type (constructible from (CliOutput, QObject*)) as subcommand
// `name`. Use it at global scope.
#define LHSHARE_CLI_COMMAND(name, Type, summary)                                                                       \
    namespace {                                                                                                        \
    const bool registered##Type = ::LhShare::Cli::CommandRegistry::add(                                                \
        name, summary, [](::LhShare::Cli::CliOutput output, QObject *parent) -> ::LhShare::Cli::CliCommand * {         \
            return new ::LhShare::Cli::Type(output, parent);                                                           \
        });                                                                                                            \
    }
