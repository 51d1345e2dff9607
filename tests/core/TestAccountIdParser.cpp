#include "model/AccountIdParser.h"

#include <QTest>

using namespace LhShare;

class TestAccountIdParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void invalidTokens_reportLineColumnAndReason();
    void duplicates_mergedInFirstSeenOrder();
    void continuedParse_countsKnownIdsAsDuplicates();
    void looksBinary_data();
    void looksBinary();
    void splitIntoBatches_groupsOfTen();
    void benchmark_hundredThousandIds();
};

void TestAccountIdParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("valid");
    QTest::addColumn<int>("invalid");

    const QStringList two{QStringLiteral("700000164995"), QStringLiteral("100012345678")};
    QTest::newRow("newlines") << QStringLiteral("700000164995\n100012345678\n") << two << 0;
    QTest::newRow("CRLF and blank lines") << QStringLiteral("\r\n700000164995\r\n\r\n100012345678") << two << 0;
    QTest::newRow("commas and spaces") << QStringLiteral("700000164995, 100012345678") << two << 0;
    QTest::newRow("full-width comma") << QStringLiteral("700000164995，100012345678") << two << 0;
    QTest::newRow("semicolons and tabs") << QStringLiteral("700000164995;\t100012345678") << two << 0;
    QTest::newRow("UIN prefixes") << QStringLiteral("UIN:700000164995 uin：100012345678") << two << 0;
    QTest::newRow("UIN label then space") << QStringLiteral("UIN: 700000164995\nUIN: 100012345678") << two << 0;
    QTest::newRow("full-width digits") << QStringLiteral("７０００００１６４９９５ 100012345678") << two << 0;
    QTest::newRow("quoted CSV cells") << QStringLiteral("\"700000164995\",\"100012345678\"") << two << 0;
    QTest::newRow("spreadsheet columns") << QStringLiteral("Name\tAccount\nAcme\t700000164995\nGlobex\t100012345678\n")
                                         << two << 4;
    QTest::newRow("ideographic space") << QStringLiteral("700000164995\u3000100012345678") << two << 0;
    QTest::newRow("empty") << QString() << QStringList() << 0;
    QTest::newRow("5 and 16 digits are the bounds")
        << QStringLiteral("12345 1234567890123456 1234 12345678901234567")
        << QStringList{QStringLiteral("12345"), QStringLiteral("1234567890123456")} << 2;
    QTest::newRow("leading zero") << QStringLiteral("0700000164995") << QStringList() << 1;
    QTest::newRow("letter O for zero") << QStringLiteral("1OOO12345678") << QStringList() << 1;
    QTest::newRow("NUL separated") << QStringLiteral("700000164995") + QChar(0) + QStringLiteral("100012345678") << two
                                   << 0;
}

void TestAccountIdParser::parse()
{
    QFETCH(QString, text);
    QFETCH(QStringList, valid);
    QFETCH(int, invalid);
    const AccountIdParseResult result = AccountIdParser::parse(text);
    QCOMPARE(result.valid, valid);
    QCOMPARE(result.invalidCount, invalid);
}

void TestAccountIdParser::invalidTokens_reportLineColumnAndReason()
{
    const AccountIdParseResult result = AccountIdParser::parse(
        QStringLiteral("700000164995\n  1OOO12345678, 0123456\n1234\n12345678901234567"));
    QCOMPARE(result.valid, QStringList{QStringLiteral("700000164995")});
    QCOMPARE(result.invalidCount, 4);
    QList<AccountIdEntry> invalid;
    for (const AccountIdEntry &entry : result.entries) {
        if (entry.state == AccountIdEntry::State::Invalid)
            invalid.append(entry);
    }
    QCOMPARE(invalid.at(0).text, QStringLiteral("1OOO12345678"));
    QCOMPARE(invalid.at(0).line, 2);
    QCOMPARE(invalid.at(0).column, 3);
    QCOMPARE(invalid.at(0).problem, AccountIdEntry::Problem::NotDigits);
    QCOMPARE(invalid.at(1).problem, AccountIdEntry::Problem::LeadingZero);
    QCOMPARE(invalid.at(1).column, 17);
    QCOMPARE(invalid.at(2).problem, AccountIdEntry::Problem::TooShort);
    QCOMPARE(invalid.at(2).line, 3);
    QCOMPARE(invalid.at(3).problem, AccountIdEntry::Problem::TooLong);
    QVERIFY(!invalid.at(3).problemText().isEmpty());
}

void TestAccountIdParser::duplicates_mergedInFirstSeenOrder()
{
    const AccountIdParseResult result = AccountIdParser::parse(
        QStringLiteral("100012345678\n700000164995\n100012345678\nUIN:700000164995\n１０００１２３４５６７８"));
    QCOMPARE(result.valid, (QStringList{QStringLiteral("100012345678"), QStringLiteral("700000164995")}));
    QCOMPARE(result.duplicateCount, 3);
    QCOMPARE(result.entries.size(), 5);
    QCOMPARE(result.entries.at(2).state, AccountIdEntry::State::Duplicate);
    QCOMPARE(result.entries.at(4).id, QStringLiteral("100012345678"));
}

void TestAccountIdParser::continuedParse_countsKnownIdsAsDuplicates()
{
    const AccountIdParseResult result = AccountIdParser::parse(QStringLiteral("700000164995 100012345678"),
                                                               {QStringLiteral("700000164995")}, 10);
    QCOMPARE(result.valid, QStringList{QStringLiteral("100012345678")});
    QCOMPARE(result.duplicateCount, 1);
    QCOMPARE(result.entries.at(0).line, 10);
}

void TestAccountIdParser::looksBinary_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("binary");
    QTest::newRow("ids") << QByteArray("700000164995\n100012345678\n") << false;
    QTest::newRow("utf-8 text") << QByteArray("账号: 700000164995\n") << false;
    QTest::newRow("NUL byte") << QByteArray("7000\0"
                                            "00164995",
                                            13)
                              << true;
    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise.append(char(0x80 + (i * 37) % 0x7f));
    QTest::newRow("invalid UTF-8 noise") << noise << true;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestAccountIdParser::looksBinary()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, binary);
    QCOMPARE(AccountIdParser::looksBinary(bytes), binary);
}

void TestAccountIdParser::splitIntoBatches_groupsOfTen()
{
    QStringList ids;
    for (int i = 0; i < 25; ++i)
        ids << QString::number(100000000000LL + i);
    const QList<QStringList> batches = splitIntoBatches(ids);
    QCOMPARE(batches.size(), 3);
    QCOMPARE(batches.at(0).size(), 10);
    QCOMPARE(batches.at(1).size(), 10);
    QCOMPARE(batches.at(2).size(), 5);
    QCOMPARE(batches.at(2).last(), ids.last());
    QVERIFY(splitIntoBatches({}).isEmpty());
}

void TestAccountIdParser::benchmark_hundredThousandIds()
{
    QString text;
    for (int i = 0; i < 100000; ++i)
        text += QString::number(100000000000LL + i * 7) + (i % 3 ? QStringLiteral(",") : QStringLiteral("\n"));
    AccountIdParseResult result;
    QBENCHMARK
    {
        result = AccountIdParser::parse(text);
    }
    QCOMPARE(result.valid.size(), 100000);
}

QTEST_GUILESS_MAIN(TestAccountIdParser)
#include "TestAccountIdParser.moc"
