#include "AccountIdReport.h"

#include <QLocale>

#include <limits>

namespace LhShare {

namespace {
QString quoted(const QStringList &names)
{
    QStringList list;
    for (const QString &name : names)
        list.append(AccountIdReport::tr("“%1”").arg(name));
    return list.join(AccountIdReport::tr(", "));
}
} // namespace

QString AccountIdReport::counts(qsizetype valid, qsizetype invalid, qsizetype duplicates)
{
    const QLocale locale;
    return tr("%1 valid · %2 invalid · %3 duplicates merged")
        .arg(locale.toString(valid), locale.toString(invalid), locale.toString(duplicates));
}

QString AccountIdReport::wordsIgnored(qsizetype words)
{
    return tr("%n word(s) ignored", nullptr, int(qMin<qsizetype>(words, std::numeric_limits<int>::max())));
}

QString AccountIdReport::columnsNote(const QStringList &idColumns, const QStringList &ignoredColumns)
{
    if (ignoredColumns.isEmpty())
        return {};
    return tr("Account IDs read from %1; other columns ignored: %2.").arg(quoted(idColumns), quoted(ignoredColumns));
}

QString AccountIdReport::invalidLine(QStringView text, const AccountToken &token)
{
    constexpr int kLongest = 40;
    return tr("Invalid account ID “%1” (line %2, column %3): %4")
        .arg(text.left(kLongest).toString())
        .arg(token.line)
        .arg(token.column)
        .arg(token.problemText());
}

} // namespace LhShare
