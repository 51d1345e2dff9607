// `lighthouse-share-cli accounts`, and the account rules of --accounts-file, on real files: the
// executable run as a process, no network.
#include "support/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace LhShare;

namespace {
QStringList lines(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QProcessEnvironment plainEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}
} // namespace

class TestAccountsCli : public QObject
{
    Q_OBJECT

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    Test::CliRun accounts(const QStringList &arguments, const QByteArray &input = {})
    {
        return Test::runCli(QStringList{QStringLiteral("accounts")} + arguments, input, plainEnvironment());
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void uniqueValidIdsInOrder_invalidWithLineAndColumn()
    {
        const QString path = write(QStringLiteral("list.txt"),
                                   "700000164995\n100012345678, 700000164995\n1OOO12345678\n"
                                   "  12345abc UIN:1038493875\n0123456789\n100012345678\n1234\n");
        const Test::CliRun run = accounts({path});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("700000164995\n100012345678\n1038493875\n"));
        const QStringList err = lines(run.err);
        QCOMPARE(err.value(0), QStringLiteral("3 valid · 4 invalid · 2 duplicates merged"));
        QCOMPARE(err.mid(1, 4),
                 (QStringList{
                     QStringLiteral("Invalid account ID “1OOO12345678” (line 3, column 1): a letter where a digit "
                                    "belongs (O for 0, l or I for 1)"),
                     QStringLiteral("Invalid account ID “12345abc” (line 4, column 3): not digits only"),
                     QStringLiteral("Invalid account ID “0123456789” (line 5, column 1): starts with 0"),
                     QStringLiteral("Invalid account ID “1234” (line 7, column 1): too short (at least 5 digits)"),
                 }));
    }

    void json_givesValidDuplicatesAndInvalidPlaces()
    {
        const Test::CliRun run = accounts({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("-")},
                                          "Hello Bob,\n700000164995 700000164995\n  1OOO12345678\n");
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QStringLiteral("valid")).toArray(), QJsonArray{QStringLiteral("700000164995")});
        QCOMPARE(json.value(QStringLiteral("duplicates")).toInt(), 1);
        const QJsonArray invalid = json.value(QStringLiteral("invalid")).toArray();
        QCOMPARE(invalid.size(), 1);
        const QJsonObject first = invalid.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("text")).toString(), QStringLiteral("1OOO12345678"));
        QCOMPARE(first.value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(first.value(QStringLiteral("column")).toInt(), 3);
        QVERIFY(!first.value(QStringLiteral("reason")).toString().isEmpty());
        QCOMPARE(json.value(QStringLiteral("ignoredWords")).toArray().size(), 2); // Hello, Bob
    }

    // The rules of a paste in the window, on files: tables by their ID column, words ignored,
    // near-misses invalid.
    void parserRulesOnFiles_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QStringList>("errParts");

        QTest::newRow("spreadsheet export (TSV), header UIN")
            << QByteArray("Name\tUIN\tTeam\nAlice\t700000164995\tops\nBob\t1OOO12345678\tdev\n"
                          "Carol\tn/a\tops\nDan\t100012345678\tqa\n")
            << QByteArray("700000164995\n100012345678\n")
            << QStringList{QStringLiteral("2 valid · 1 invalid · 0 duplicates merged"),
                           QStringLiteral("“1OOO12345678” (line 3, column 5)"),
                           QStringLiteral("other columns ignored: “Name”, “Team”"), QStringLiteral("n/a")};
        QTest::newRow("CSV with quoted commas, Chinese header")
            << QByteArray("\xe5\x90\x8d\xe7\xa7\xb0,\xe8\xb4\xa6\xe5\x8f\xb7ID\r\n\"Doe, Jane\",700000164995\r\n"
                          "\"Roe, Rick\",100012345678\r\n")
            << QByteArray("700000164995\n100012345678\n")
            << QStringList{QStringLiteral("read from “账号ID”; other columns ignored: “名称”")};
        QTest::newRow("no header: the column of IDs by content")
            << QByteArray("Acme;700000164995;2021\nGlobex;100012345678;2022\nInitech;700000164995;2023\n")
            << QByteArray("700000164995\n100012345678\n")
            << QStringList{QStringLiteral("1 duplicates merged"), QStringLiteral("“column 2”"),
                           QStringLiteral("“column 1”, “column 3”")};
        QTest::newRow("prose: words counted, not invalid")
            << QByteArray("Hi team, please remove 700000164995 and 100012345678 by Friday.\nThanks!\n")
            << QByteArray("700000164995\n100012345678\n")
            << QStringList{QStringLiteral("0 invalid"), QStringLiteral("8 word"), QStringLiteral("Hi, team, please")};
    }

    void parserRulesOnFiles()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QByteArray, out);
        QFETCH(QStringList, errParts);
        const QString path = write(QStringLiteral("accounts.csv"), contents);
        const Test::CliRun run = accounts({QStringLiteral("--accounts-file"), path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, out);
        const QString err = QString::fromUtf8(run.err);
        for (const QString &part : errParts)
            QVERIFY2(err.contains(part), qPrintable(err));
        // Standard input reads the same.
        const Test::CliRun piped = accounts({QStringLiteral("-")}, contents);
        QCOMPARE(piped.out, out);
        QCOMPARE(piped.err, run.err);
    }

    // cancel/share read --accounts-file by the same rules (a dry run: nothing is sent).
    void cancelDryRun_readsTheSpreadsheetsIdColumn()
    {
        const QString path = write(QStringLiteral("partner.tsv"),
                                   "Name\tAccount ID\nAlice\t700000164995\n"
                                   "Bob\t100012345678\nCarol\t700000164995\n");
        QProcessEnvironment env = plainEnvironment();
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), QStringLiteral("AKIDdryRun000000000000000000000000"));
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), QStringLiteral("dryRunKey0000000000000000000000"));
        const Test::CliRun run = Test::runCli(
            {QStringLiteral("cancel"), QStringLiteral("--region"), QStringLiteral("ap-guangzhou"),
             QStringLiteral("--blueprint"), QStringLiteral("lhbp-6jc6l8yb"), QStringLiteral("--accounts-file"), path,
             QStringLiteral("--dry-run"), QStringLiteral("--output"), QStringLiteral("json"),
             QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:9")},
            {}, env);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray batches = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("batches")).toArray();
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.at(0).toObject().value(QStringLiteral("accountIds")).toArray(),
                 (QJsonArray{QStringLiteral("700000164995"), QStringLiteral("100012345678")}));
        QVERIFY2(run.err.contains("other columns ignored: “Name”"), run.err.constData());
    }

    void unreadableInput_exitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/ids.txt")} << QByteArray()
                                      << QStringLiteral("/nonexistent/ids.txt");
        QTest::newRow("binary on stdin") << QStringList{QStringLiteral("-")}
                                         << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                         << QStringLiteral("not a text file");
        QTest::newRow("no input") << QStringList() << QByteArray() << QStringLiteral("--accounts");
        QTest::newRow("bad output") << QStringList{QStringLiteral("--output"), QStringLiteral("xml"),
                                                   QStringLiteral("-")}
                                    << QByteArray("700000164995") << QStringLiteral("text or json");
    }

    void unreadableInput_exitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QString, messagePart);
        const Test::CliRun run = accounts(arguments, input);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(QString::fromUtf8(run.err).contains(messagePart), run.err.constData());
    }

    // A clean list of 200,000 lines with repeats: exactly the unique lines, first-seen order.
    void cleanList_matchesUniqueLinesInOrder()
    {
        QRandomGenerator random(3);
        QByteArray file;
        QByteArray expected;
        QSet<qint64> seen;
        for (int i = 0; i < 200'000; ++i) {
            const qint64 id = 100000000000LL + qint64(random.bounded(150'000)) * 104729;
            file += QByteArray::number(id) + '\n';
            if (!seen.contains(id)) {
                seen.insert(id);
                expected += QByteArray::number(id) + '\n';
            }
        }
        const Test::CliRun run = accounts({write(QStringLiteral("big.txt"), file)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out == expected);
    }
};

QTEST_GUILESS_MAIN(TestAccountsCli)
#include "TestAccountsCli.moc"
