#include "AccountIdParser.h"

#include <QStringDecoder>

#include <algorithm>
#include <limits>

namespace LhShare {

QStringList AccountIdFindings::validIds() const
{
    return accountIdStrings(valid);
}

QStringList accountIdStrings(const QList<AccountId> &ids)
{
    QStringList strings;
    strings.reserve(ids.size());
    for (AccountId id : ids)
        strings.append(QString::number(id));
    return strings;
}

AccountIdParser::AccountIdParser(Keep keep, AccountIdSet *seen)
    : m_keep(keep)
    , m_seen(seen ? seen : &m_ownSet)
{
}

void AccountIdParser::begin(const QString &text, int source)
{
    m_text = text;
    m_source = source;
    m_layout = AccountTableLayout::detect(text);
    m_hasCarriageReturn = text.contains(u'\r');
    m_lineCount = text.count(u'\n') + 1;
    m_seen->reserve(m_seen->size() + m_lineCount); // about an ID a line: no rehashing on the way
    m_pos = 0;
    m_line = 0;
    m_lineStart = 0;
}

bool AccountIdParser::readLines(qsizetype maxLines, AccountIdFindings *into)
{
    const QStringView text = m_text;
    const qsizetype n = text.size();
    if (m_pos == 0 && m_layout.isTable()) {
        into->idColumns += m_layout.idColumnNames();
        into->ignoredColumns += m_layout.ignoredColumnNames();
    }
    for (qsizetype lines = 0; m_pos < n && lines < maxLines; ++lines) {
        qsizetype end;
        if (m_hasCarriageReturn) {
            end = m_pos;
            while (end < n && text[end] != u'\n' && text[end] != u'\r')
                ++end;
        } else {
            end = text.indexOf(u'\n', m_pos);
            if (end < 0)
                end = n;
        }
        if (m_line != m_layout.headerLine()) {
            if (m_layout.isTable()) {
                AccountTableLayout::forEachCell(text, m_pos, end, m_layout.delimiter(),
                                                [this, into](int column, qsizetype from, qsizetype to) {
                                                    if (m_layout.isIdColumn(column))
                                                        readSpan(from, to, into);
                                                });
            } else {
                readSpan(m_pos, end, into);
            }
        }
        if (end + 1 < n && text[end] == u'\r' && text[end + 1] == u'\n')
            ++end; // "\r\n" ends one line
        m_pos = qMin(end + 1, n);
        m_lineStart = m_pos;
        ++m_line;
    }
    settle(into);
    return m_pos < n;
}

void AccountIdParser::readAll(AccountIdFindings *into)
{
    while (readLines(std::numeric_limits<qsizetype>::max(), into)) {}
}

void AccountIdParser::readSpan(qsizetype from, qsizetype to, AccountIdFindings *into)
{
    AccountTokenScanner::scan(m_text, from, to, [this, into](const AccountToken &token) { record(token, into); });
}

void AccountIdParser::record(AccountToken token, AccountIdFindings *into)
{
    token.source = m_source;
    token.line = qint32(m_line + 1);
    token.column = qint32(token.start - m_lineStart + 1);
    if (token.kind == AccountToken::Kind::Valid)
        m_seen->prefetch(token.id);
    m_waiting[size_t(m_waitingCount++)] = token;
    if (m_waitingCount == kLookAhead)
        settle(into);
}

void AccountIdParser::settle(AccountIdFindings *into)
{
    for (int i = 0; i < m_waitingCount; ++i) {
        AccountToken &token = m_waiting[size_t(i)];
        switch (token.kind) {
        case AccountToken::Kind::Word:
            into->words.append(token);
            continue;
        case AccountToken::Kind::Invalid:
            ++into->invalidCount;
            into->tokens.append(token);
            continue;
        case AccountToken::Kind::Valid:
        case AccountToken::Kind::Duplicate:
            break;
        }
        if (m_seen->insert(token.id)) {
            into->valid.append(token.id);
        } else {
            token.kind = AccountToken::Kind::Duplicate;
            ++into->duplicateCount;
        }
        if (m_keep == Keep::Everything)
            into->tokens.append(token);
    }
    m_waitingCount = 0;
}

AccountIdFindings AccountIdParser::parse(const QString &text)
{
    AccountIdParser parser;
    AccountIdFindings findings;
    parser.begin(text);
    parser.readAll(&findings);
    return findings;
}

bool AccountIdParser::isValidId(QStringView id)
{
    if (id.size() < kMinDigits || id.size() > kMaxDigits || id.front() == u'0')
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool AccountIdParser::looksBinary(const QByteArray &bytes)
{
    const QByteArray sample = bytes.left(64 * 1024);
    if (sample.contains('\0'))
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder(sample);
    const auto replacements = decoded.count(QChar::ReplacementCharacter);
    return decoded.isEmpty() ? false : replacements * 20 > decoded.size();
}

QList<QStringList> splitIntoBatches(const QStringList &ids, int batchSize)
{
    QList<QStringList> batches;
    for (qsizetype i = 0; i < ids.size(); i += batchSize)
        batches.append(ids.mid(i, batchSize));
    return batches;
}

} // namespace LhShare
