#pragma once

#include "AccountIdSet.h"

#include <QString>

namespace LhShare {

// One token of pasted text, without strings of its own: the ID as a number and the token as a
// place in the text it came from, so a million valid IDs cost no allocation each.
struct AccountToken
{
    enum class Kind : quint8 {
        Valid,
        Duplicate, // a valid ID seen before
        Invalid, // an attempt at an ID that is not one (see Problem)
        Word, // text with no attempt at an ID ("Name", "Alice"): counted and ignored
    };
    enum class Problem : quint8 { None, NotDigits, LetterForDigit, TooShort, TooLong, LeadingZero };

    AccountId id = 0; // Valid and Duplicate only
    qint32 source = 0; // which text it came from, in the caller's numbering
    qint32 start = 0; // where in that text, in UTF-16 units (after quotes, brackets and a "UIN:" label)
    qint32 length = 0;
    qint32 line = 0; // 1-based
    qint32 column = 0; // 1-based, in UTF-16 units
    Kind kind = Kind::Valid;
    Problem problem = Problem::None;

    QStringView textIn(QStringView text) const { return text.mid(start, length); }
    QString problemText() const; // translated reason for an Invalid token
};

} // namespace LhShare
