// libFuzzer target: AccountIdParser (tables, words, near-misses, duplicates) and looksBinary()
// on arbitrary pasted text, and AccountTextFile::read() (a QBuffer standing in for the file) on
// the same bytes.
//
// The input bytes are decoded twice, as UTF-8 (what the editor and `--accounts-file` see) and as
// Latin-1 (every byte a character, so the parser also meets control bytes, NBSP and the like).
// Checked for every parse:
//   - `valid` holds unique IDs, each 5–16 digits without a leading zero;
//   - tokens = valid + invalid + duplicates, each token's kind agrees with the counters, valid
//     tokens spell their ID (full-width digits folded), words never spell a valid ID;
//   - every token is a non-empty place inside the text, on a line that exists, lines in order;
//   - reading in slices of a few lines finds exactly what one read finds, and Keep::Problems
//     the same IDs and counts with only the invalid tokens kept;
//   - parsing again with the valid IDs already known turns every valid token into a duplicate;
//   - the valid IDs, joined by newlines, parse back to themselves.

#include "FuzzCheck.h"

#include "model/AccountIdParser.h"
#include "model/AccountTextFile.h"

#include <QBuffer>
#include <QSet>
#include <QStringList>

#include <cstdint>
#include <limits>

using namespace LhShare;

namespace {

QString folded(QStringView token)
{
    QString digits = token.toString();
    for (QChar &c : digits) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
    }
    return digits;
}

qsizetype lineCount(QStringView text)
{
    qsizetype lines = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n' || (text[i] == u'\r' && (i + 1 >= text.size() || text[i + 1] != u'\n')))
            ++lines;
    }
    return lines;
}

AccountIdFindings read(const QString &text, AccountIdParser::Keep keep, AccountIdSet *known, qsizetype slice)
{
    AccountIdParser parser(keep, known);
    AccountIdFindings found;
    parser.begin(text);
    while (parser.readLines(slice, &found)) {}
    LHSHARE_FUZZ_CHECK(parser.position() == parser.size(), QString::number(parser.position()));
    return found;
}

void checkPlace(QStringView text, const AccountToken &token, qsizetype *previousLine)
{
    LHSHARE_FUZZ_CHECK(token.length > 0 && token.start >= 0 && token.start + token.length <= text.size(),
                       QStringLiteral("token at %1+%2").arg(token.start).arg(token.length));
    LHSHARE_FUZZ_CHECK(token.line >= *previousLine && token.line <= lineCount(text),
                       QStringLiteral("line %1 after %2").arg(token.line).arg(*previousLine));
    LHSHARE_FUZZ_CHECK(token.column >= 1 && token.column <= token.start + 1, QString::number(token.column));
    *previousLine = token.line;
}

void checkFindings(QStringView text, const AccountIdFindings &found, const QSet<AccountId> &known)
{
    QSet<AccountId> unique;
    for (AccountId id : found.valid) {
        LHSHARE_FUZZ_CHECK(AccountIdParser::isValidId(QString::number(id)), QString::number(id));
        LHSHARE_FUZZ_CHECK(!unique.contains(id) && !known.contains(id), QStringLiteral("not new: %1").arg(id));
        unique.insert(id);
    }
    LHSHARE_FUZZ_CHECK(found.tokens.size() == found.valid.size() + found.invalidCount + found.duplicateCount,
                       QStringLiteral("%1 tokens, %2 valid, %3 invalid, %4 duplicates")
                           .arg(found.tokens.size())
                           .arg(found.valid.size())
                           .arg(found.invalidCount)
                           .arg(found.duplicateCount));

    qsizetype validSeen = 0;
    qsizetype previousLine = 1;
    QSet<AccountId> seenSoFar = known;
    for (const AccountToken &token : found.tokens) {
        checkPlace(text, token, &previousLine);
        const QString spelled = folded(token.textIn(text));
        switch (token.kind) {
        case AccountToken::Kind::Valid:
            LHSHARE_FUZZ_CHECK(validSeen < found.valid.size() && found.valid.at(validSeen) == token.id,
                               QStringLiteral("valid token out of order: %1").arg(token.id));
            ++validSeen;
            Q_FALLTHROUGH();
        case AccountToken::Kind::Duplicate:
            LHSHARE_FUZZ_CHECK(token.problem == AccountToken::Problem::None, spelled);
            LHSHARE_FUZZ_CHECK(spelled == QString::number(token.id), spelled);
            LHSHARE_FUZZ_CHECK((token.kind == AccountToken::Kind::Valid) != seenSoFar.contains(token.id), spelled);
            seenSoFar.insert(token.id);
            break;
        case AccountToken::Kind::Invalid:
            LHSHARE_FUZZ_CHECK(token.problem != AccountToken::Problem::None && !token.problemText().isEmpty(), spelled);
            LHSHARE_FUZZ_CHECK(!AccountIdParser::isValidId(spelled), spelled);
            break;
        case AccountToken::Kind::Word:
            LHSHARE_FUZZ_CHECK(false, QStringLiteral("a word among the tokens: ") + spelled);
        }
    }
    LHSHARE_FUZZ_CHECK(validSeen == found.valid.size(), QString());
    previousLine = 1;
    for (const AccountToken &word : found.words) {
        LHSHARE_FUZZ_CHECK(word.kind == AccountToken::Kind::Word, QString());
        checkPlace(text, word, &previousLine);
        LHSHARE_FUZZ_CHECK(!AccountIdParser::isValidId(folded(word.textIn(text))), word.textIn(text).toString());
    }
}

void checkText(const QString &text)
{
    constexpr qsizetype kWhole = std::numeric_limits<qsizetype>::max();
    const AccountIdFindings first = read(text, AccountIdParser::Keep::Everything, nullptr, kWhole);
    checkFindings(text, first, {});

    // Slices of a few lines, and keeping only the problems, change nothing but what is kept.
    const AccountIdFindings sliced = read(text, AccountIdParser::Keep::Everything, nullptr, 3);
    LHSHARE_FUZZ_CHECK(sliced.valid == first.valid && sliced.tokens.size() == first.tokens.size()
                           && sliced.words.size() == first.words.size()
                           && sliced.ignoredColumns == first.ignoredColumns,
                       QStringLiteral("sliced read differs"));
    const AccountIdFindings problems = read(text, AccountIdParser::Keep::Problems, nullptr, kWhole);
    LHSHARE_FUZZ_CHECK(problems.valid == first.valid && problems.invalidCount == first.invalidCount
                           && problems.duplicateCount == first.duplicateCount
                           && problems.tokens.size() == problems.invalidCount,
                       QStringLiteral("Keep::Problems differs"));

    // Pasting the same text again into a list that already holds its IDs adds nothing.
    AccountIdSet known;
    for (AccountId id : first.valid)
        known.insert(id);
    const AccountIdFindings again = read(text, AccountIdParser::Keep::Everything, &known, kWhole);
    checkFindings(text, again, QSet<AccountId>(first.valid.cbegin(), first.valid.cend()));
    LHSHARE_FUZZ_CHECK(again.valid.isEmpty(), QString::number(again.valid.size()));
    LHSHARE_FUZZ_CHECK(again.invalidCount == first.invalidCount, QString());
    LHSHARE_FUZZ_CHECK(again.duplicateCount == first.duplicateCount + first.valid.size(), QString());

    // The normalised list is a fixed point.
    const QStringList ids = first.validIds();
    const QString normalised = ids.join(u'\n');
    const AccountIdFindings round = AccountIdParser::parse(normalised);
    checkFindings(normalised, round, {});
    LHSHARE_FUZZ_CHECK(round.valid == first.valid, normalised);
    LHSHARE_FUZZ_CHECK(round.invalidCount == 0 && round.duplicateCount == 0 && round.words.isEmpty(), normalised);

    // Batching never loses or reorders IDs and respects the API limit.
    const QList<QStringList> batches = splitIntoBatches(ids);
    QStringList joined;
    for (const QStringList &batch : batches) {
        LHSHARE_FUZZ_CHECK(!batch.isEmpty() && batch.size() <= 10, QString::number(batch.size()));
        joined += batch;
    }
    LHSHARE_FUZZ_CHECK(joined == ids, QString());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytesOf(data, size);

    const bool binary = AccountIdParser::looksBinary(bytes);
    if (bytes.left(64 * 1024).contains('\0'))
        LHSHARE_FUZZ_CHECK(binary, QStringLiteral("NUL byte not detected"));
    bool plainAscii = true;
    for (char c : bytes)
        plainAscii = plainAscii && c > 0;
    if (plainAscii)
        LHSHARE_FUZZ_CHECK(!binary, QStringLiteral("ASCII text judged binary"));

    // The path of `--accounts-file` and the editor's "Import…": a binary file is refused, text is UTF-8.
    const QString utf8 = QString::fromUtf8(bytes);
    {
        QByteArray fileBytes = bytes;
        QBuffer file(&fileBytes);
        file.open(QIODevice::ReadOnly);
        QString fileText;
        QString fileError;
        const bool read = AccountTextFile::read(file, QStringLiteral("ids.txt"), &fileText, &fileError);
        LHSHARE_FUZZ_CHECK(read == !binary, fileError);
        LHSHARE_FUZZ_CHECK(read == fileError.isEmpty(), fileError);
        if (read)
            LHSHARE_FUZZ_CHECK(fileText == utf8, QStringLiteral("file text differs from the UTF-8 decoding"));
    }
    checkText(utf8);
    checkText(QString::fromLatin1(bytes));
    return 0;
}
