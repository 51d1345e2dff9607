#include "AccountTokenScanner.h"

#include <QSet>

namespace LhShare {

namespace {
bool isOpening(char16_t u)
{
    switch (u) {
    case u'"':
    case u'\'':
    case u'`':
    case u'(':
    case u'[':
    case u'{':
    case u'<':
    case 0x201C: // “
    case 0x201D: // ”
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0xFF08: // （
    case 0x3010: // 【
    case 0x300C: // 「
    case 0x300E: // 『
    case 0x300A: // 《
        return true;
    default:
        return false;
    }
}

// Closing wrapping, and the punctuation that ends a sentence or a label ("… 700000164995.").
bool isClosing(char16_t u)
{
    switch (u) {
    case u'"':
    case u'\'':
    case u'`':
    case u')':
    case u']':
    case u'}':
    case u'>':
    case u'.':
    case u':':
    case u'!':
    case u'?':
    case 0x201C:
    case 0x201D:
    case 0x2018:
    case 0x2019:
    case 0xFF09: // ）
    case 0x3011: // 】
    case 0x300D: // 」
    case 0x300F: // 』
    case 0x300B: // 》
    case 0x3002: // 。
    case 0xFF1A: // ：
    case 0xFF01: // ！
    case 0xFF1F: // ？
        return true;
    default:
        return false;
    }
}

int digitValue(char16_t u)
{
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= 0xFF10 && u <= 0xFF19) // full-width digits
        return u - 0xFF10;
    return -1;
}

bool looksLikeDigit(char16_t u)
{
    return u == u'O' || u == u'o' || u == u'I' || u == u'l';
}

bool isLabelEnd(char16_t u)
{
    return u == u':' || u == u'=' || u == 0xFF1A;
}

// "UIN:700000164995", "账号：700000164995", "AccountId=700000164995": the start of the ID, or start.
qsizetype afterLabel(QStringView text, qsizetype start, qsizetype end)
{
    constexpr qsizetype kLongestLabel = 16;
    for (qsizetype i = start; i < end && i - start <= kLongestLabel; ++i) {
        if (!isLabelEnd(text[i].unicode()))
            continue;
        if (i > start
            && AccountTokenScanner::isAccountIdName(AccountTokenScanner::normalisedName(text.mid(start, i - start))))
            return i + 1;
        break;
    }
    return start;
}
} // namespace

QString AccountTokenScanner::normalisedName(QStringView name)
{
    QString normalised;
    normalised.reserve(name.size());
    int depth = 0; // "Account ID (UIN)": bracketed remarks do not count
    for (QChar c : name) {
        const char16_t u = c.unicode();
        if (u == u'(' || u == 0xFF08)
            ++depth;
        else if ((u == u')' || u == 0xFF09) && depth > 0)
            --depth;
        else if (depth == 0 && !c.isSpace() && !isOpening(u) && !isClosing(u) && u != u'_' && u != u'-' && u != u'/')
            normalised.append(c.toLower());
    }
    return normalised;
}

bool AccountTokenScanner::isAccountIdName(QStringView normalisedName)
{
    static const QSet<QString> names{
        QStringLiteral("uin"),        QStringLiteral("accountid"), QStringLiteral("account"),
        QStringLiteral("accountuin"), QStringLiteral("owneruin"),  QStringLiteral("id"),
        QStringLiteral("账号id"),     QStringLiteral("账号"),      QStringLiteral("账号uin"),
        QStringLiteral("主账号id"),   QStringLiteral("主账号"),    QStringLiteral("主账号uin"),
        QStringLiteral("账户id"),     QStringLiteral("账户"),      QStringLiteral("帐号id"),
        QStringLiteral("帐号"),
    };
    return names.contains(normalisedName.toString());
}

bool AccountTokenScanner::classify(QStringView text, qsizetype start, qsizetype end, AccountToken *token)
{
    // The common case first: plain ASCII digits, no wrapping.
    AccountId value = 0;
    qsizetype i = start;
    while (i < end && text[i].unicode() >= u'0' && text[i].unicode() <= u'9' && i - start < kMaxDigits)
        value = value * 10 + (text[i++].unicode() - u'0');
    if (i == end && end - start >= kMinDigits && text[start] != u'0') {
        token->start = qint32(start);
        token->length = qint32(end - start);
        token->id = value;
        return true;
    }

    // Wrapping first, then a label, then what wraps the ID after the label ("UIN:“700000164995”.").
    while (start < end && isOpening(text[start].unicode()))
        ++start;
    start = afterLabel(text, start, end);
    while (start < end && isOpening(text[start].unicode()))
        ++start;
    while (end > start && isClosing(text[end - 1].unicode()))
        --end;
    if (start == end)
        return false;
    token->start = qint32(start);
    token->length = qint32(end - start);

    qsizetype digits = 0;
    qsizetype lookalikes = 0;
    value = 0;
    for (i = start; i < end; ++i) {
        const char16_t u = text[i].unicode();
        const int digit = digitValue(u);
        if (digit >= 0) {
            if (++digits <= kMaxDigits)
                value = value * 10 + AccountId(digit);
        } else if (looksLikeDigit(u)) {
            ++lookalikes;
        }
    }
    const qsizetype length = end - start;
    if (digits == 0 || (digits + lookalikes) * 2 <= length) {
        token->kind = AccountToken::Kind::Word;
        return true;
    }
    using Problem = AccountToken::Problem;
    if (digits < length)
        token->problem = digits + lookalikes == length ? Problem::LetterForDigit : Problem::NotDigits;
    else if (digits < kMinDigits)
        token->problem = Problem::TooShort;
    else if (digits > kMaxDigits)
        token->problem = Problem::TooLong;
    else if (digitValue(text[start].unicode()) == 0)
        token->problem = Problem::LeadingZero;
    if (token->problem != Problem::None) {
        token->kind = AccountToken::Kind::Invalid;
        return true;
    }
    token->id = value;
    return true;
}

} // namespace LhShare
