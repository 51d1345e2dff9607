#include "AccountIdParser.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>

namespace LhShare {

namespace {
bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u'\n':
    case u'\r':
    case u'\t':
    case u' ':
    case u',':
    case u';':
    case u'|':
    case u'\0':
    case u'\v':
    case u'\f':
    case 0x00A0: // no-break space
    case 0x3000: // ideographic space
    case 0xFF0C: // full-width comma
    case 0xFF1B: // full-width semicolon
    case 0x3001: // ideographic comma
        return true;
    default:
        return false;
    }
}

bool isQuote(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'`' || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x2018)
        || c == QChar(0x2019);
}

// "１２３" -> "123"; other characters unchanged.
QString foldFullWidthDigits(QStringView token)
{
    QString folded = token.toString();
    for (QChar &c : folded) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
    }
    return folded;
}

// Drops a "UIN:" / "uin=" / "UIN：" label in front of an ID. Returns the remaining text.
QStringView stripUinPrefix(QStringView token)
{
    if (token.size() >= 3 && token.left(3).compare(u"uin", Qt::CaseInsensitive) == 0) {
        QStringView rest = token.mid(3);
        if (!rest.isEmpty() && (rest.front() == u':' || rest.front() == u'=' || rest.front() == QChar(0xFF1A)))
            return rest.mid(1);
    }
    return token;
}
} // namespace

QString AccountIdEntry::problemText() const
{
    switch (problem) {
    case Problem::NotDigits:
        return QCoreApplication::translate("AccountIdParser", "not digits only");
    case Problem::TooShort:
        return QCoreApplication::translate("AccountIdParser", "too short (at least %1 digits)")
            .arg(AccountIdParser::kMinDigits);
    case Problem::TooLong:
        return QCoreApplication::translate("AccountIdParser", "too long (at most %1 digits)")
            .arg(AccountIdParser::kMaxDigits);
    case Problem::LeadingZero:
        return QCoreApplication::translate("AccountIdParser", "starts with 0");
    case Problem::None:
        break;
    }
    return {};
}

AccountIdEntry::Problem AccountIdParser::check(QStringView digits)
{
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return AccountIdEntry::Problem::NotDigits;
    }
    if (digits.size() < kMinDigits)
        return AccountIdEntry::Problem::TooShort;
    if (digits.size() > kMaxDigits)
        return AccountIdEntry::Problem::TooLong;
    if (digits.front() == u'0')
        return AccountIdEntry::Problem::LeadingZero;
    return AccountIdEntry::Problem::None;
}

bool AccountIdParser::isValidId(QStringView id)
{
    return check(id) == AccountIdEntry::Problem::None;
}

AccountIdParseResult AccountIdParser::parse(QStringView text)
{
    return parse(text, {}, 1);
}

AccountIdParseResult AccountIdParser::parse(QStringView text, const QStringList &known, int firstLine)
{
    AccountIdParseResult result;
    QSet<QString> seen(known.cbegin(), known.cend());
    int line = firstLine;
    qsizetype lineStart = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();

    while (i < n) {
        if (isSeparator(text[i])) {
            // "\r\n" counts once; a lone "\r" (old Mac) also ends a line.
            if (text[i] == u'\n' || (text[i] == u'\r' && (i + 1 >= n || text[i + 1] != u'\n'))) {
                ++line;
                lineStart = i + 1;
            }
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n && !isSeparator(text[i]))
            ++i;

        QStringView token = text.mid(start, i - start);
        while (!token.isEmpty() && isQuote(token.front()))
            token = token.mid(1);
        while (!token.isEmpty() && isQuote(token.back()))
            token.chop(1);
        const QStringView withoutLabel = stripUinPrefix(token);
        if (withoutLabel.isEmpty())
            continue; // a bare "UIN:" label or empty quotes: nothing to report

        AccountIdEntry entry;
        entry.text = withoutLabel.toString();
        entry.line = line;
        entry.column = int(start - lineStart) + 1;
        const QString digits = foldFullWidthDigits(withoutLabel);
        entry.problem = check(digits);
        if (entry.problem != AccountIdEntry::Problem::None) {
            entry.state = AccountIdEntry::State::Invalid;
            ++result.invalidCount;
        } else {
            entry.id = digits;
            if (seen.contains(digits)) {
                entry.state = AccountIdEntry::State::Duplicate;
                ++result.duplicateCount;
            } else {
                seen.insert(digits);
                result.valid.append(digits);
            }
        }
        result.entries.append(std::move(entry));
    }
    return result;
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
