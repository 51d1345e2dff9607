#include "CommandRegistry.h"

namespace LhShare::Cli {

std::map<QString, CommandRegistry::Entry> &CommandRegistry::commands()
{
    static std::map<QString, Entry> table;
    return table;
}

bool CommandRegistry::add(const char *name, const char *summary, Factory factory)
{
    commands().emplace(QString::fromLatin1(name), Entry{std::move(factory), summary});
    return true;
}

} // namespace LhShare::Cli
