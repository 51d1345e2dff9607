#pragma once

#include "AccountToken.h"

namespace LhShare {

// The rules for one stretch of pasted text (a line, or one cell of a table): where tokens start
// and end, which wrapping to drop (quotes, brackets, a trailing full stop, a "UIN:" or "账号："
// label), and what each token is:
//   - a valid ID: 5–16 digits (full-width digits folded), no leading zero;
//   - a word, when it is no attempt at an ID: no digit at all, or digits (and the letters O, o,
//     I, l that stand in for them) in no more than half of it ("Alice", "5pm", "v1.2");
//   - otherwise invalid, with the problem ("1OOO12345678": a letter for a digit, "12345abc",
//     "1234", "0123456").
// Separators: whitespace, commas (also "，" and "、"), semicolons (also "；"), "|", NUL.
class AccountTokenScanner final
{
public:
    static constexpr int kMinDigits = 5;
    static constexpr int kMaxDigits = 16;

    // Calls visit(token) for each token of text[from, to); the token's kind is Valid, Invalid or
    // Word (duplicates are the caller's business), start is an offset into text, and line, column
    // and source are left for the caller.
    template<typename Visit>
    static void scan(QStringView text, qsizetype from, qsizetype to, Visit &&visit)
    {
        qsizetype i = from;
        while (i < to) {
            if (isSeparator(text[i])) {
                ++i;
                continue;
            }
            const qsizetype start = i;
            while (i < to && !isSeparator(text[i]))
                ++i;
            AccountToken token;
            if (classify(text, start, i, &token))
                visit(token);
        }
    }

    static bool isSeparator(QChar c)
    {
        const char16_t u = c.unicode();
        if (u <= u' ')
            return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\0' || u == u'\v' || u == u'\f';
        if (u < 0x80)
            return u == u',' || u == u';' || u == u'|';
        return u == 0x00A0 || u == 0x3000 || u == 0xFF0C || u == 0xFF1B || u == 0x3001;
    }

    // Normalised column header or label ("Account ID" -> "accountid", "账号 ID" -> "账号id").
    static QString normalisedName(QStringView name);
    // True for a header or label that names account IDs: UIN, Account ID, AccountId, 账号ID, 账号, 主账号ID …
    static bool isAccountIdName(QStringView normalisedName);

private:
    // Fills *token from text[start, end) after dropping wrapping; false when nothing is left (a
    // bare "UIN:" label, empty quotes).
    static bool classify(QStringView text, qsizetype start, qsizetype end, AccountToken *token);
};

} // namespace LhShare
