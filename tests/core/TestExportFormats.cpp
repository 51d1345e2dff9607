// CSV exports never hand a spreadsheet a formula; exported files keep the user's umask.
#include "jobs/ExportFormats.h"
#include "jobs/ShareJob.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace LhShare;

class TestExportFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csv_defusesFormulas_data();
    void csv_defusesFormulas();
    void writeFile_keepsTheUmask();
};

void TestExportFormats::csv_defusesFormulas_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("field");

    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"x\")") << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+1") << QByteArray("'+1");
    QTest::newRow("minus") << QStringLiteral("-1+2") << QByteArray("'-1+2");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1+1") << QByteArray("'\t=1+1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1+1") << QByteArray("\"'\r=1+1\"");
    QTest::newRow("plain") << QStringLiteral("Plain words") << QByteArray("Plain words");
    QTest::newRow("inner equals") << QStringLiteral("a=b") << QByteArray("a=b");
}

void TestExportFormats::csv_defusesFormulas()
{
    QFETCH(QString, message);
    QFETCH(QByteArray, field);
    AccountOutcome outcome;
    outcome.accountId = QStringLiteral("200000000001");
    outcome.target = {QStringLiteral("ap-guangzhou"), QStringLiteral("lhbp-aaaaaaaa")};
    outcome.status = AccountOutcome::Status::Failed;
    outcome.errorCode = QStringLiteral("FailedOperation");
    outcome.message = message;
    outcome.requestId = QStringLiteral("rid");
    const QByteArray csv = ExportFormats::outcomesCsv({outcome});
    const QByteArray row = csv.mid(csv.indexOf("\r\n") + 2);
    QCOMPARE(row, "200000000001,lhbp-aaaaaaaa,ap-guangzhou,failed,FailedOperation," + field + ",rid,cancel,,\r\n");
}

void TestExportFormats::writeFile_keepsTheUmask()
{
    QTemporaryDir directory;
    const mode_t previous = ::umask(022);
    const QString path = directory.filePath(QStringLiteral("results.csv"));
    QString error;
    const bool written = ExportFormats::writeFile(path, "a,b\r\n", &error);
    ::umask(previous);
    QVERIFY2(written, qPrintable(error));
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0644));
}

QTEST_GUILESS_MAIN(TestExportFormats)
#include "TestExportFormats.moc"
