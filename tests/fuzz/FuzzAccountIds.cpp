// libFuzzer target: AccountIdParser::parse() and looksBinary() on arbitrary pasted text, and
// AccountTextFile::read() (a QBuffer standing in for the file) on the same bytes.
//
// The input bytes are decoded twice, as UTF-8 (what the editor and `--ids-file` see) and as
// Latin-1 (every byte a character, so the parser also meets control bytes, NBSP and the like).
// Checked for every parse:
//   - `valid` holds unique IDs, each 5–16 ASCII digits without a leading zero;
//   - entries = valid + invalid + duplicates, and each entry's state agrees with the counters;
//   - positions are 1-based and on a line that exists;
//   - parsing again with the valid IDs as `known` turns every valid entry into a duplicate;
//   - the valid IDs, joined by newlines, parse back to themselves.

#include "FuzzCheck.h"

#include "model/AccountIdParser.h"
#include "model/AccountTextFile.h"

#include <QBuffer>
#include <QSet>
#include <QStringList>

#include <cstdint>

using namespace LhShare;

namespace {

bool isCanonicalId(const QString &id)
{
    if (id.size() < AccountIdParser::kMinDigits || id.size() > AccountIdParser::kMaxDigits)
        return false;
    if (id.front() == u'0')
        return false;
    for (QChar c : id) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
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

void checkResult(QStringView text, const AccountIdParseResult &result, const QStringList &known, int firstLine)
{
    const QSet<QString> knownSet(known.cbegin(), known.cend());
    QSet<QString> unique;
    for (const QString &id : result.valid) {
        LHSHARE_FUZZ_CHECK(isCanonicalId(id), id);
        LHSHARE_FUZZ_CHECK(AccountIdParser::isValidId(id), id);
        LHSHARE_FUZZ_CHECK(!unique.contains(id), QStringLiteral("valid twice: ") + id);
        LHSHARE_FUZZ_CHECK(!knownSet.contains(id), QStringLiteral("known id reported as new: ") + id);
        unique.insert(id);
    }
    LHSHARE_FUZZ_CHECK(result.invalidCount >= 0 && result.duplicateCount >= 0, QString());
    LHSHARE_FUZZ_CHECK(result.entries.size() == result.valid.size() + result.invalidCount + result.duplicateCount,
                       QStringLiteral("%1 entries, %2 valid, %3 invalid, %4 duplicates")
                           .arg(result.entries.size())
                           .arg(result.valid.size())
                           .arg(result.invalidCount)
                           .arg(result.duplicateCount));

    const qsizetype lastLine = firstLine + lineCount(text) - 1;
    qsizetype validSeen = 0;
    int invalidSeen = 0;
    int duplicateSeen = 0;
    int previousLine = firstLine;
    QSet<QString> validSoFar;
    for (const AccountIdEntry &entry : result.entries) {
        LHSHARE_FUZZ_CHECK(!entry.text.isEmpty(), QStringLiteral("empty token"));
        LHSHARE_FUZZ_CHECK(entry.line >= previousLine && entry.line <= lastLine,
                           QStringLiteral("line %1 outside %2..%3").arg(entry.line).arg(previousLine).arg(lastLine));
        LHSHARE_FUZZ_CHECK(entry.column >= 1 && entry.column <= text.size(), QString::number(entry.column));
        previousLine = entry.line;
        switch (entry.state) {
        case AccountIdEntry::State::Valid:
            LHSHARE_FUZZ_CHECK(entry.problem == AccountIdEntry::Problem::None, entry.text);
            LHSHARE_FUZZ_CHECK(validSeen < result.valid.size() && result.valid.at(validSeen) == entry.id,
                               QStringLiteral("valid entry out of order: ") + entry.id);
            validSoFar.insert(entry.id);
            ++validSeen;
            break;
        case AccountIdEntry::State::Duplicate:
            LHSHARE_FUZZ_CHECK(entry.problem == AccountIdEntry::Problem::None, entry.text);
            LHSHARE_FUZZ_CHECK(isCanonicalId(entry.id), entry.id);
            LHSHARE_FUZZ_CHECK(knownSet.contains(entry.id) || validSoFar.contains(entry.id),
                               QStringLiteral("duplicate of nothing seen before: ") + entry.id);
            ++duplicateSeen;
            break;
        case AccountIdEntry::State::Invalid:
            LHSHARE_FUZZ_CHECK(entry.problem != AccountIdEntry::Problem::None, entry.text);
            LHSHARE_FUZZ_CHECK(entry.id.isEmpty(), entry.id);
            LHSHARE_FUZZ_CHECK(!entry.problemText().isEmpty(), entry.text);
            ++invalidSeen;
            break;
        }
    }
    LHSHARE_FUZZ_CHECK(validSeen == result.valid.size(), QString());
    LHSHARE_FUZZ_CHECK(invalidSeen == result.invalidCount, QString());
    LHSHARE_FUZZ_CHECK(duplicateSeen == result.duplicateCount, QString());
}

void checkText(const QString &text)
{
    const AccountIdParseResult first = AccountIdParser::parse(text);
    checkResult(text, first, {}, 1);

    // Pasting the same text again into a list that already holds its IDs adds nothing.
    const int firstLine = 7;
    const AccountIdParseResult again = AccountIdParser::parse(text, first.valid, firstLine);
    checkResult(text, again, first.valid, firstLine);
    LHSHARE_FUZZ_CHECK(again.valid.isEmpty(), again.valid.join(u','));
    LHSHARE_FUZZ_CHECK(again.invalidCount == first.invalidCount, QString());
    LHSHARE_FUZZ_CHECK(again.duplicateCount == first.duplicateCount + first.valid.size(), QString());

    // The normalised list is a fixed point.
    const QString normalised = first.valid.join(u'\n');
    const AccountIdParseResult round = AccountIdParser::parse(normalised);
    checkResult(normalised, round, {}, 1);
    LHSHARE_FUZZ_CHECK(round.valid == first.valid, normalised);
    LHSHARE_FUZZ_CHECK(round.invalidCount == 0 && round.duplicateCount == 0, normalised);

    // Batching never loses or reorders IDs and respects the API limit.
    const QList<QStringList> batches = splitIntoBatches(first.valid);
    QStringList joined;
    for (const QStringList &batch : batches) {
        LHSHARE_FUZZ_CHECK(!batch.isEmpty() && batch.size() <= 10, QString::number(batch.size()));
        joined += batch;
    }
    LHSHARE_FUZZ_CHECK(joined == first.valid, QString());
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
