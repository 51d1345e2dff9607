#include "AccountIdInput.h"

#include "AccountIdReport.h"
#include "AccountTextFile.h"

namespace LhShare {

bool AccountIdInput::read(const QStringList &values, const QString &file)
{
    m_texts = {values.join(QLatin1Char('\n'))};
    if (!file.isEmpty()) {
        QString text;
        if (!AccountTextFile::read(file, &text, &m_error))
            return false;
        m_texts.append(text);
    }
    AccountIdParser parser(AccountIdParser::Keep::Problems);
    for (int source = 0; source < m_texts.size(); ++source) {
        parser.begin(m_texts.at(source), source);
        parser.readAll(&m_findings);
    }
    return true;
}

bool AccountIdInput::isEmpty() const
{
    return std::all_of(m_texts.cbegin(), m_texts.cend(), [](const QString &text) { return text.trimmed().isEmpty(); });
}

QStringList AccountIdInput::invalidLines(qsizetype limit) const
{
    QStringList lines;
    for (const AccountToken &token : m_findings.tokens) {
        if (lines.size() == limit)
            break;
        lines.append(AccountIdReport::invalidLine(textOf(token), token));
    }
    if (m_findings.invalidCount > lines.size())
        lines.append(tr("… and %n more invalid token(s).", nullptr, int(m_findings.invalidCount - lines.size())));
    return lines;
}

QStringList AccountIdInput::notes() const
{
    QStringList notes;
    const QString columns = AccountIdReport::columnsNote(m_findings.idColumns, m_findings.ignoredColumns);
    if (!columns.isEmpty())
        notes.append(columns);
    if (!m_findings.words.isEmpty()) {
        constexpr qsizetype kNamed = 10;
        QStringList named;
        for (qsizetype i = 0; i < qMin(kNamed, m_findings.words.size()); ++i)
            named.append(textOf(m_findings.words.at(i)).toString());
        if (m_findings.words.size() > kNamed)
            named.append(QStringLiteral("…"));
        notes.append(tr("%1: %2").arg(AccountIdReport::wordsIgnored(m_findings.words.size()), named.join(u", ")));
    }
    return notes;
}

} // namespace LhShare
