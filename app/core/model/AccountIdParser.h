#pragma once

#include "AccountIdSet.h"
#include "AccountTableLayout.h"
#include "AccountToken.h"
#include "AccountTokenScanner.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace LhShare {

// What reading text found. IDs are numbers and tokens are places in the text, so the findings
// hold no string per ID.
struct AccountIdFindings
{
    QList<AccountId> valid; // unique valid IDs, first-seen order
    // Keep::Everything: every Valid, Duplicate and Invalid token, in order; Keep::Problems: the
    // Invalid ones.
    QList<AccountToken> tokens;
    QList<AccountToken> words; // text that is no attempt at an ID, kept apart from the invalid ones
    qsizetype duplicateCount = 0;
    qsizetype invalidCount = 0;
    // Tables: the columns read and the columns ignored (header texts, or "column 3").
    QStringList idColumns;
    QStringList ignoredColumns;

    QStringList validIds() const; // valid, as the strings a request carries
};

// Reads account IDs (UINs) from pasted text, a file or a command line, with one set of rules for
// the window, the CLI and the planner:
//   - a table (spreadsheet block, CSV) is read by its ID columns only (AccountTableLayout);
//   - each line or cell is split into tokens by AccountTokenScanner: valid IDs, invalid
//     attempts (with line, column and the problem) and words, which are counted, not listed
//     as invalid;
//   - duplicates are merged through one AccountIdSet, first-seen order kept.
//
// Incremental: begin() a text, then readLines() as much as fits (the window reads a million
// lines in slices between events) or readAll(). Texts read one after the other share the set:
//   AccountIdParser parser(AccountIdParser::Keep::Problems);
//   AccountIdFindings found;
//   parser.begin(text);
//   parser.readAll(&found);
class AccountIdParser final
{
public:
    static constexpr int kMinDigits = AccountTokenScanner::kMinDigits;
    static constexpr int kMaxDigits = AccountTokenScanner::kMaxDigits;
    enum class Keep { Everything, Problems };

    // seen: IDs already in the list (found again, they are duplicates), updated as IDs are read;
    // nullptr for a set of the parser's own.
    explicit AccountIdParser(Keep keep = Keep::Everything, AccountIdSet *seen = nullptr);
    Q_DISABLE_COPY_MOVE(AccountIdParser)

    // Starts on text, whose tokens carry `source`. The text is shared, not copied, and must
    // outlive the reading.
    void begin(const QString &text, int source = 0);
    // Reads up to maxLines more lines into *into; false once the text is done.
    bool readLines(qsizetype maxLines, AccountIdFindings *into);
    void readAll(AccountIdFindings *into);
    qsizetype position() const { return m_pos; }
    qsizetype size() const { return m_text.size(); }
    // Lines in the text (begin() counts them): about the number of tokens, to reserve room.
    qsizetype lineCount() const { return m_lineCount; }
    const AccountTableLayout &layout() const { return m_layout; }

    // The whole of text, every token kept.
    static AccountIdFindings parse(const QString &text);

    static bool isValidId(QStringView id);
    // True when bytes are evidently not text (NUL bytes or mostly undecodable UTF-8).
    static bool looksBinary(const QByteArray &bytes);

private:
    void readSpan(qsizetype from, qsizetype to, AccountIdFindings *into);
    void record(AccountToken token, AccountIdFindings *into);
    void settle(AccountIdFindings *into);

    // Tokens wait here a moment so that their slots in the set are prefetched before the lookup.
    static constexpr int kLookAhead = 16;
    std::array<AccountToken, kLookAhead> m_waiting;
    int m_waitingCount = 0;

    Keep m_keep;
    AccountIdSet m_ownSet;
    AccountIdSet *m_seen;
    QString m_text;
    AccountTableLayout m_layout;
    int m_source = 0;
    bool m_hasCarriageReturn = false;
    qsizetype m_pos = 0;
    qsizetype m_line = 0; // 0-based number of the line at m_pos
    qsizetype m_lineStart = 0;
    qsizetype m_lineCount = 0;
};

// The IDs as the strings a request carries.
QStringList accountIdStrings(const QList<AccountId> &ids);

// Splits ids into consecutive groups of at most batchSize (the API takes 10 accounts per call).
QList<QStringList> splitIntoBatches(const QStringList &ids, int batchSize = 10);

} // namespace LhShare
