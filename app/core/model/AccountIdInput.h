#pragma once

#include "AccountIdParser.h"

#include <QCoreApplication>

namespace LhShare {

// The account IDs a command line names: --accounts values and an --accounts-file ("-" for
// standard input), read by one AccountIdParser with the rules of the window's paste (tables by
// their ID column, words ignored, near-misses invalid). Only invalid tokens are kept, as places
// in the texts held here.
class AccountIdInput final
{
    Q_DECLARE_TR_FUNCTIONS(AccountIdInput)

public:
    // values: each --accounts value (one line each); file: a path, "-" or empty. False, with
    // error(), when the file cannot be read or is not text.
    bool read(const QStringList &values, const QString &file);
    const QString &error() const { return m_error; }
    // Nothing but white space was given.
    bool isEmpty() const;

    const AccountIdFindings &findings() const { return m_findings; }
    QStringView textOf(const AccountToken &token) const { return token.textIn(m_texts.at(token.source)); }
    // One line per invalid token, at most `limit` of them and then "… and N more".
    QStringList invalidLines(qsizetype limit) const;
    // What was left out besides invalid tokens: ignored table columns, ignored words (the first few named).
    QStringList notes() const;

private:
    QStringList m_texts;
    AccountIdFindings m_findings;
    QString m_error;
};

} // namespace LhShare
