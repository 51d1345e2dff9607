#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace LhShare {

// One token found in pasted text, with where it came from.
struct AccountIdEntry
{
    enum class State { Valid, Invalid, Duplicate };
    enum class Problem { None, NotDigits, TooShort, TooLong, LeadingZero };

    QString text; // the token as typed (after trimming quotes and a "UIN:" prefix)
    QString id; // normalised digits (full-width digits folded); empty when invalid
    State state = State::Valid;
    Problem problem = Problem::None;
    int line = 0; // 1-based
    int column = 0; // 1-based, in characters

    QString problemText() const; // translated reason for an invalid token
};

struct AccountIdParseResult
{
    QList<AccountIdEntry> entries; // every token in input order
    QStringList valid; // unique valid IDs, first-seen order
    int invalidCount = 0;
    int duplicateCount = 0;
};

// Turns pasted text (spreadsheet cells, e-mail lists, CSV) into account IDs (UINs).
// Separators: newlines, commas (also full-width "，"), semicolons, tabs, spaces, ideographic
// space. Tokens may be quoted and may carry a "UIN:" prefix; full-width digits are folded.
// A valid ID is 5–16 decimal digits without a leading zero.
class AccountIdParser final
{
public:
    static constexpr int kMinDigits = 5;
    static constexpr int kMaxDigits = 16;

    static AccountIdParseResult parse(QStringView text);
    // Continues a previous parse: IDs already in `known` count as duplicates; line numbers
    // continue from firstLine.
    static AccountIdParseResult parse(QStringView text, const QStringList &known, int firstLine = 1);

    static bool isValidId(QStringView id);
    static AccountIdEntry::Problem check(QStringView digits);

    // True when bytes are evidently not text (NUL bytes or mostly undecodable UTF-8).
    static bool looksBinary(const QByteArray &bytes);
};

// Splits ids into consecutive groups of at most batchSize (the API takes 10 accounts per call).
QList<QStringList> splitIntoBatches(const QStringList &ids, int batchSize = 10);

} // namespace LhShare
