#include "AccountToken.h"

#include "AccountTokenScanner.h"

#include <QCoreApplication>

namespace LhShare {

QString AccountToken::problemText() const
{
    switch (problem) {
    case Problem::NotDigits:
        return QCoreApplication::translate("AccountIdParser", "not digits only");
    case Problem::LetterForDigit:
        return QCoreApplication::translate("AccountIdParser", "a letter where a digit belongs (O for 0, l or I for 1)");
    case Problem::TooShort:
        return QCoreApplication::translate("AccountIdParser", "too short (at least %1 digits)")
            .arg(AccountTokenScanner::kMinDigits);
    case Problem::TooLong:
        return QCoreApplication::translate("AccountIdParser", "too long (at most %1 digits)")
            .arg(AccountTokenScanner::kMaxDigits);
    case Problem::LeadingZero:
        return QCoreApplication::translate("AccountIdParser", "starts with 0");
    case Problem::None:
        break;
    }
    return {};
}

} // namespace LhShare
