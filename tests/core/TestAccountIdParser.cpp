#include "model/AccountIdParser.h"
#include "model/AccountIdReport.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace LhShare;

namespace {
QStringList texts(const QString &text, const QList<AccountToken> &tokens)
{
    QStringList list;
    for (const AccountToken &token : tokens)
        list.append(token.textIn(text).toString());
    return list;
}

QList<AccountToken> invalidOf(const AccountIdFindings &found)
{
    QList<AccountToken> invalid;
    for (const AccountToken &token : found.tokens) {
        if (token.kind == AccountToken::Kind::Invalid)
            invalid.append(token);
    }
    return invalid;
}
} // namespace

class TestAccountIdParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void invalidTokens_reportLineColumnAndReason();
    void words_areCountedApartFromInvalidTokens();
    void tables_readOnlyTheIdColumns_data();
    void tables_readOnlyTheIdColumns();
    void duplicates_mergedInFirstSeenOrder();
    void secondText_sharesTheSetAndCountsItsOwnLines();
    void readingInSlices_findsWhatOneReadFinds();
    void problemsOnly_keepsNoRowPerValidId();
    void idSet_agreesWithQSet();
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
    QTest::addColumn<int>("words");

    const QStringList two{QStringLiteral("700000164995"), QStringLiteral("100012345678")};
    QTest::newRow("newlines") << QStringLiteral("700000164995\n100012345678\n") << two << 0 << 0;
    QTest::newRow("CRLF and blank lines") << QStringLiteral("\r\n700000164995\r\n\r\n100012345678") << two << 0 << 0;
    QTest::newRow("old Mac line ends") << QStringLiteral("700000164995\r100012345678") << two << 0 << 0;
    QTest::newRow("commas and spaces") << QStringLiteral("700000164995, 100012345678") << two << 0 << 0;
    QTest::newRow("full-width comma") << QStringLiteral("700000164995，100012345678") << two << 0 << 0;
    QTest::newRow("semicolons and tabs") << QStringLiteral("700000164995;\t100012345678") << two << 0 << 0;
    QTest::newRow("UIN prefixes") << QStringLiteral("UIN:700000164995 uin：100012345678") << two << 0 << 0;
    QTest::newRow("UIN label then space") << QStringLiteral("UIN: 700000164995\nUIN: 100012345678") << two << 0 << 0;
    QTest::newRow("other labels") << QStringLiteral("账号：700000164995 AccountId=100012345678") << two << 0 << 0;
    QTest::newRow("brackets and a full stop") << QStringLiteral("(700000164995), 【100012345678】.") << two << 0 << 0;
    QTest::newRow("full-width digits") << QStringLiteral("７０００００１６４９９５ 100012345678") << two << 0 << 0;
    QTest::newRow("quoted CSV cells") << QStringLiteral("\"700000164995\",\"100012345678\"") << two << 0 << 0;
    QTest::newRow("ideographic space") << QStringLiteral("700000164995\u3000100012345678") << two << 0 << 0;
    QTest::newRow("e-mail prose") << QStringLiteral("Hi team, please remove 700000164995 and 100012345678 "
                                                    "today.\nThanks!")
                                  << two << 0 << 7;
    QTest::newRow("empty") << QString() << QStringList() << 0 << 0;
    QTest::newRow("5 and 16 digits are the bounds")
        << QStringLiteral("12345 1234567890123456 1234 12345678901234567")
        << QStringList{QStringLiteral("12345"), QStringLiteral("1234567890123456")} << 2 << 0;
    QTest::newRow("leading zero") << QStringLiteral("0700000164995") << QStringList() << 1 << 0;
    QTest::newRow("letter O for zero") << QStringLiteral("1OOO12345678") << QStringList() << 1 << 0;
    QTest::newRow("mostly digits") << QStringLiteral("12345abc 7000-0016-4995") << QStringList() << 2 << 0;
    QTest::newRow("a few digits in a word") << QStringLiteral("5pm v1.2 ops2") << QStringList() << 0 << 3;
    QTest::newRow("NUL separated") << QStringLiteral("700000164995") + QChar(0) + QStringLiteral("100012345678") << two
                                   << 0 << 0;
}

void TestAccountIdParser::parse()
{
    QFETCH(QString, text);
    QFETCH(QStringList, valid);
    QFETCH(int, invalid);
    QFETCH(int, words);
    const AccountIdFindings found = AccountIdParser::parse(text);
    QCOMPARE(found.validIds(), valid);
    QCOMPARE(found.invalidCount, invalid);
    QCOMPARE(found.words.size(), words);
}

void TestAccountIdParser::invalidTokens_reportLineColumnAndReason()
{
    const QString text = QStringLiteral("700000164995\n  1OOO12345678, 0123456\n1234\n12345678901234567\n12x45678");
    const AccountIdFindings found = AccountIdParser::parse(text);
    QCOMPARE(found.validIds(), QStringList{QStringLiteral("700000164995")});
    QCOMPARE(found.invalidCount, 5);
    const QList<AccountToken> invalid = invalidOf(found);
    QCOMPARE(invalid.at(0).textIn(text), QStringLiteral("1OOO12345678"));
    QCOMPARE(invalid.at(0).line, 2);
    QCOMPARE(invalid.at(0).column, 3);
    QCOMPARE(invalid.at(0).problem, AccountToken::Problem::LetterForDigit);
    QCOMPARE(invalid.at(1).problem, AccountToken::Problem::LeadingZero);
    QCOMPARE(invalid.at(1).column, 17);
    QCOMPARE(invalid.at(2).problem, AccountToken::Problem::TooShort);
    QCOMPARE(invalid.at(2).line, 3);
    QCOMPARE(invalid.at(3).problem, AccountToken::Problem::TooLong);
    QCOMPARE(invalid.at(4).problem, AccountToken::Problem::NotDigits);
    for (const AccountToken &token : invalid)
        QVERIFY(!token.problemText().isEmpty());
    QCOMPARE(AccountIdReport::invalidLine(invalid.at(0).textIn(text), invalid.at(0)),
             QStringLiteral("Invalid account ID “1OOO12345678” (line 2, column 3): a letter where a digit belongs "
                            "(O for 0, l or I for 1)"));
}

void TestAccountIdParser::words_areCountedApartFromInvalidTokens()
{
    const QString text = QStringLiteral("Name: Alice, ops\n“Partner” 5pm 1OOO12345678 12345abc 700000164995");
    const AccountIdFindings found = AccountIdParser::parse(text);
    QCOMPARE(texts(text, found.words),
             (QStringList{QStringLiteral("Name"), QStringLiteral("Alice"), QStringLiteral("ops"),
                          QStringLiteral("Partner"), QStringLiteral("5pm")}));
    QCOMPARE(texts(text, invalidOf(found)), (QStringList{QStringLiteral("1OOO12345678"), QStringLiteral("12345abc")}));
    QCOMPARE(found.words.at(3).line, 2);
    QCOMPARE(found.words.at(3).column, 2); // after the opening quote
    QCOMPARE(found.validIds(), QStringList{QStringLiteral("700000164995")});
}

void TestAccountIdParser::tables_readOnlyTheIdColumns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("valid");
    QTest::addColumn<QStringList>("invalid");
    QTest::addColumn<QStringList>("idColumns");
    QTest::addColumn<QStringList>("ignoredColumns");

    const QStringList two{QStringLiteral("700000164995"), QStringLiteral("100012345678")};
    QTest::newRow("spreadsheet block, header UIN")
        << QStringLiteral("Name\tUIN\tPhone\nAlice\t700000164995\t13800138000\nBob\t100012345678\t13900139000\n") << two
        << QStringList() << QStringList{QStringLiteral("UIN")}
        << QStringList{QStringLiteral("Name"), QStringLiteral("Phone")};
    QTest::newRow("header Account ID, near-miss kept")
        << QStringLiteral("Team\tAccount ID\nops\t700000164995\ndev\t1OOO12345678\nqa\t100012345678") << two
        << QStringList{QStringLiteral("1OOO12345678")} << QStringList{QStringLiteral("Account ID")}
        << QStringList{QStringLiteral("Team")};
    QTest::newRow("Chinese header 主账号ID")
        << QStringLiteral("名称\t主账号ID\t备注\n甲\t700000164995\t合作伙伴\n乙\t100012345678\t合作伙伴") << two
        << QStringList() << QStringList{QStringLiteral("主账号ID")}
        << QStringList{QStringLiteral("名称"), QStringLiteral("备注")};
    QTest::newRow("CSV with a quoted comma, header AccountId")
        << QStringLiteral("name,AccountId,note\r\n\"Doe, Jane\",700000164995,partner 1\r\n"
                          "\"Roe, Rick\",100012345678,partner 2\r\n")
        << two << QStringList() << QStringList{QStringLiteral("AccountId")}
        << QStringList{QStringLiteral("name"), QStringLiteral("note")};
    QTest::newRow("unknown header, column found by content")
        << QStringLiteral("Partner\tWho\tSince\nAcme\t700000164995\t2024-01-05\nGlobex\t100012345678\t2023-11-30")
        << two << QStringList() << QStringList{QStringLiteral("Who")}
        << QStringList{QStringLiteral("Partner"), QStringLiteral("Since")};
    QTest::newRow("no header, by content")
        << QStringLiteral("Acme;700000164995\nGlobex;100012345678\nInitech;12345678x") << two
        << QStringList{QStringLiteral("12345678x")} << QStringList{QStringLiteral("column 2")}
        << QStringList{QStringLiteral("column 1")};
    QTest::newRow("two ID columns, nothing ignored")
        << QStringLiteral("700000164995,100012345678\n100012345678,200012345678")
        << QStringList{QStringLiteral("700000164995"), QStringLiteral("100012345678"), QStringLiteral("200012345678")}
        << QStringList() << QStringList{QStringLiteral("column 1"), QStringLiteral("column 2")} << QStringList();
}

void TestAccountIdParser::tables_readOnlyTheIdColumns()
{
    QFETCH(QString, text);
    QFETCH(QStringList, valid);
    QFETCH(QStringList, invalid);
    QFETCH(QStringList, idColumns);
    QFETCH(QStringList, ignoredColumns);
    const AccountIdFindings found = AccountIdParser::parse(text);
    QCOMPARE(found.validIds(), valid);
    QCOMPARE(texts(text, invalidOf(found)), invalid);
    QVERIFY2(found.words.isEmpty(), qPrintable(texts(text, found.words).join(u',')));
    QCOMPARE(found.idColumns, idColumns);
    QCOMPARE(found.ignoredColumns, ignoredColumns);
}

void TestAccountIdParser::duplicates_mergedInFirstSeenOrder()
{
    const AccountIdFindings found = AccountIdParser::parse(
        QStringLiteral("100012345678\n700000164995\n100012345678\nUIN:700000164995\n１０００１２３４５６７８"));
    QCOMPARE(found.validIds(), (QStringList{QStringLiteral("100012345678"), QStringLiteral("700000164995")}));
    QCOMPARE(found.duplicateCount, 3);
    QCOMPARE(found.tokens.size(), 5);
    QCOMPARE(found.tokens.at(2).kind, AccountToken::Kind::Duplicate);
    QCOMPARE(found.tokens.at(4).id, AccountId(100012345678));
}

void TestAccountIdParser::secondText_sharesTheSetAndCountsItsOwnLines()
{
    AccountIdSet seen;
    seen.insert(700000164995);
    AccountIdParser parser(AccountIdParser::Keep::Everything, &seen);
    AccountIdFindings found;
    const QString first = QStringLiteral("\n\n700000164995 100012345678");
    parser.begin(first, 0);
    parser.readAll(&found);
    const QString second = QStringLiteral("100012345678\n200012345678");
    parser.begin(second, 1);
    parser.readAll(&found);
    QCOMPARE(found.validIds(), (QStringList{QStringLiteral("100012345678"), QStringLiteral("200012345678")}));
    QCOMPARE(found.duplicateCount, 2);
    QCOMPARE(found.tokens.at(0).line, 3);
    QCOMPARE(found.tokens.at(2).source, 1);
    QCOMPARE(found.tokens.at(2).line, 1);
    QCOMPARE(found.tokens.at(3).line, 2);
    QVERIFY(seen.contains(200012345678));
}

void TestAccountIdParser::readingInSlices_findsWhatOneReadFinds()
{
    QString text = QStringLiteral("Name\tUIN\tTeam\n");
    for (int i = 0; i < 500; ++i)
        text += QStringLiteral("person %1\t%2\tops\n").arg(i).arg(100000000000LL + (i % 400) * 7);
    text += QStringLiteral("x\t1OOO12345678\ty\n");
    const AccountIdFindings whole = AccountIdParser::parse(text);

    AccountIdParser parser;
    AccountIdFindings sliced;
    parser.begin(text);
    int slices = 0;
    while (parser.readLines(7, &sliced))
        ++slices;
    QVERIFY(slices > 50);
    QCOMPARE(sliced.valid, whole.valid);
    QCOMPARE(sliced.tokens.size(), whole.tokens.size());
    QCOMPARE(sliced.duplicateCount, 100);
    QCOMPARE(sliced.invalidCount, 1);
    QCOMPARE(sliced.ignoredColumns, whole.ignoredColumns);
    QCOMPARE(parser.position(), parser.size());
}

void TestAccountIdParser::problemsOnly_keepsNoRowPerValidId()
{
    AccountIdParser parser(AccountIdParser::Keep::Problems);
    AccountIdFindings found;
    const QString text = QStringLiteral("700000164995 700000164995 1234 100012345678");
    parser.begin(text);
    parser.readAll(&found);
    QCOMPARE(found.valid.size(), 2);
    QCOMPARE(found.duplicateCount, 1);
    QCOMPARE(found.tokens.size(), 1);
    QCOMPARE(found.tokens.at(0).textIn(text), QStringLiteral("1234"));
}

void TestAccountIdParser::idSet_agreesWithQSet()
{
    QRandomGenerator random(7);
    AccountIdSet set;
    QSet<AccountId> reference;
    for (int i = 0; i < 200'000; ++i) {
        const AccountId id = 10000 + random.bounded(300'000); // many repeats, across several growths
        QCOMPARE(set.insert(id), !reference.contains(id));
        reference.insert(id);
    }
    QCOMPARE(set.size(), reference.size());
    QVERIFY(set.contains(*reference.cbegin()));
    QVERIFY(!set.contains(9999));
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
    AccountIdFindings found;
    QBENCHMARK
    {
        found = AccountIdParser::parse(text);
    }
    QCOMPARE(found.valid.size(), 100000);
}

QTEST_GUILESS_MAIN(TestAccountIdParser)
#include "TestAccountIdParser.moc"
