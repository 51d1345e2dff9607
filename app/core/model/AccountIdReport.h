#pragma once

#include "AccountToken.h"

#include <QCoreApplication>
#include <QStringList>

namespace LhShare {

// The words people read about a list of account IDs, the same in the window and the CLI.
class AccountIdReport final
{
    Q_DECLARE_TR_FUNCTIONS(AccountIdReport)

public:
    // "1,203 valid · 4 invalid · 17 duplicates merged"
    static QString counts(qsizetype valid, qsizetype invalid, qsizetype duplicates);
    // "12 words ignored"
    static QString wordsIgnored(qsizetype words);
    // "Account IDs read from “UIN”; other columns ignored: Name, Team." Empty when no column was ignored.
    static QString columnsNote(const QStringList &idColumns, const QStringList &ignoredColumns);
    // "Invalid account ID “1OOO12345678” (line 2, column 3): <problem>"; text is the token's text.
    static QString invalidLine(QStringView text, const AccountToken &token);
};

} // namespace LhShare
