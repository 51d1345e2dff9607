// The importers are pure parsers: fixtures in tests/data/credentials, plus hostile bytes.
#include "credentials/CredentialImport.h"

#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace LhShare;

class TestCredentialImport final : public QObject
{
    Q_OBJECT

private:
    static QByteArray fixture(const QString &name)
    {
        if (name.isEmpty())
            return {};
        QFile file(Test::dataDir() + QStringLiteral("/credentials/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return file.readAll();
    }

private Q_SLOTS:
    void tccli_data();
    void tccli();
    void tccliOddConfigure_keepsCredentialsAndWarns();
    void tccliEndpointOutsideTencentCloud_isKeptAndWarned();
    void sdkIni_data();
    void sdkIni();
    void environment_data();
    void environment();
    void importTccliProfile_readsFilesAndLeavesThemAlone();
    void importTccliProfile_rejectsPathNames();
    void defaultTccliProfile_followsTccliProfileVariable();
    void importSdkIni_missingFileSaysWhere();
    void readSmallFile_refusesLargeFiles();
    void hostileBytes_neverCrash();
};

void TestCredentialImport::tccli_data()
{
    QTest::addColumn<QString>("credential");
    QTest::addColumn<QString>("configure");
    QTest::addColumn<QString>("errorContains"); // empty: success expected
    QTest::addColumn<QString>("secretId");
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<qint64>("expiresAt"); // -1: none

    QTest::newRow("new format, region from _sys_param, default endpoint dropped")
        << "new.credential"
        << "new.configure"
        << ""
        << "AKIDfixtureNewFormat00000000000000001"
        << "fixtureNewFormatSecretKey000000001"
        << ""
        << "ap-singapore"
        << "" << qint64(-1);
    QTest::newRow("old format, top-level region, pinned endpoint, values trimmed")
        << "old.credential"
        << "old.configure"
        << ""
        << "AKIDfixtureOldFormat00000000000000002"
        << "fixtureOldFormatSecretKey000000002"
        << ""
        << "ap-shanghai"
        << "lighthouse.ap-shanghai.tencentcloudapi.com" << qint64(-1);
    QTest::newRow("no configure file") << "new.credential"
                                       << ""
                                       << ""
                                       << "AKIDfixtureNewFormat00000000000000001"
                                       << "fixtureNewFormatSecretKey000000001"
                                       << ""
                                       << ""
                                       << "" << qint64(-1);
    QTest::newRow("sso: token and expiry") << "sso.credential"
                                           << "new.configure"
                                           << ""
                                           << "AKIDfixtureTemporary000000000000000003"
                                           << "fixtureTemporarySecretKey000000003"
                                           << "fixtureSessionToken_with-dashes.and.dots=="
                                           << "ap-singapore"
                                           << "" << qint64(4000000000);
    // Found by fuzzing: ".5" seconds is not an expiry time; the keys import without one.
    QTest::newRow("fractional expiresAt ignored") << "fractional-expiry.credential"
                                                  << ""
                                                  << ""
                                                  << "AKIDfixtureFractional000000000000004"
                                                  << "fixtureFractionalSecretKey00000004"
                                                  << "fixtureToken4"
                                                  << ""
                                                  << "" << qint64(-1);
    QTest::newRow("cvm role has no keys") << "cvm.credential"
                                          << ""
                                          << "CVM instance role"
                                          << ""
                                          << ""
                                          << ""
                                          << ""
                                          << "" << qint64(-1);
    QTest::newRow("truncated JSON") << "truncated.credential"
                                    << ""
                                    << "not valid JSON"
                                    << ""
                                    << ""
                                    << ""
                                    << ""
                                    << "" << qint64(-1);
    QTest::newRow("not an object") << "array.credential"
                                   << ""
                                   << "not an object"
                                   << ""
                                   << ""
                                   << ""
                                   << ""
                                   << "" << qint64(-1);
    QTest::newRow("numeric secretId") << "numeric.credential"
                                      << ""
                                      << "“secretId” is not a text value"
                                      << ""
                                      << ""
                                      << ""
                                      << ""
                                      << "" << qint64(-1);
    QTest::newRow("empty secretKey") << "missing-key.credential"
                                     << ""
                                     << "secretKey is missing"
                                     << ""
                                     << ""
                                     << ""
                                     << ""
                                     << "" << qint64(-1);
    QTest::newRow("empty file") << ""
                                << ""
                                << "not valid JSON"
                                << ""
                                << ""
                                << ""
                                << ""
                                << "" << qint64(-1);
}

void TestCredentialImport::tccli()
{
    QFETCH(QString, credential);
    QFETCH(QString, configure);
    QFETCH(QString, errorContains);

    const ImportResult result = CredentialImport::parseTccli(fixture(credential), fixture(configure));
    if (!errorContains.isEmpty()) {
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error));
    QTEST(result.credentials.secretId, "secretId");
    QTEST(result.credentials.secretKey, "secretKey");
    QTEST(result.credentials.token, "token");
    QTEST(result.credentials.region, "region");
    QTEST(result.credentials.endpoint, "endpoint");
    QFETCH(qint64, expiresAt);
    QCOMPARE(result.credentials.expiresAt.isValid() ? result.credentials.expiresAt.toSecsSinceEpoch() : -1, expiresAt);
}

void TestCredentialImport::tccliOddConfigure_keepsCredentialsAndWarns()
{
    const ImportResult result = CredentialImport::parseTccli(fixture(QStringLiteral("new.credential")),
                                                             fixture(QStringLiteral("odd.configure")));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.credentials.region.isEmpty());
    QVERIFY(result.credentials.endpoint.isEmpty());

    const ImportResult broken = CredentialImport::parseTccli(fixture(QStringLiteral("new.credential")), "{ nope");
    QVERIFY(broken.ok());
    QCOMPARE(broken.credentials.warnings.size(), 1);
    QVERIFY(broken.credentials.warnings.constFirst().contains(QStringLiteral(".configure")));
}

void TestCredentialImport::tccliEndpointOutsideTencentCloud_isKeptAndWarned()
{
    const QByteArray outside = R"({"lighthouse": {"endpoint": "https://collector.example.test:8443"}})";
    const ImportResult result = CredentialImport::parseTccli(fixture(QStringLiteral("new.credential")), outside);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.credentials.endpoint, QStringLiteral("https://collector.example.test:8443"));
    QVERIFY2(result.credentials.warnings.join(QLatin1Char('\n')).contains(QLatin1String("collector.example.test:8443")),
             qPrintable(result.credentials.warnings.join(QLatin1Char('\n'))));

    const QByteArray pinned = R"({"lighthouse": {"endpoint": "lighthouse.ap-guangzhou.tencentcloudapi.com"}})";
    QVERIFY(
        CredentialImport::parseTccli(fixture(QStringLiteral("new.credential")), pinned).credentials.warnings.isEmpty());
}

void TestCredentialImport::sdkIni_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("errorContains");
    QTest::addColumn<QString>("secretId");
    QTest::addColumn<QString>("secretKey");
    QTest::addColumn<QString>("token");

    QTest::newRow("BOM, CRLF, tabs, comments, colon, other sections") << "whitespace.ini"
                                                                      << ""
                                                                      << "AKIDfixtureIni00000000000000000000007"
                                                                      << "fixtureIniSecretKey00000000000007"
                                                                      << "";
    QTest::newRow("token") << "token.ini"
                           << ""
                           << "AKIDfixtureIniToken000000000000000008"
                           << "fixtureIniTokenSecretKey0000000008"
                           << "fixtureIniSessionToken0000000008";
    QTest::newRow("no [default]") << "no-default.ini"
                                  << "no [default] section"
                                  << ""
                                  << ""
                                  << "";
    QTest::newRow("line without separator") << "malformed.ini"
                                            << "Line 3"
                                            << ""
                                            << ""
                                            << "";
    QTest::newRow("quoted values") << "quoted.ini"
                                   << "quotes"
                                   << ""
                                   << ""
                                   << "";
    QTest::newRow("duplicate key") << "duplicate.ini"
                                   << "appears twice"
                                   << ""
                                   << ""
                                   << "";
    QTest::newRow("empty") << ""
                           << "no [default] section"
                           << ""
                           << ""
                           << "";
}

void TestCredentialImport::sdkIni()
{
    QFETCH(QString, file);
    QFETCH(QString, errorContains);
    const ImportResult result = CredentialImport::parseSdkIni(fixture(file));
    if (!errorContains.isEmpty()) {
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
        // Errors name fields and lines, never values.
        QVERIFY(!result.error.contains(QStringLiteral("fixture")));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error));
    QTEST(result.credentials.secretId, "secretId");
    QTEST(result.credentials.secretKey, "secretKey");
    QTEST(result.credentials.token, "token");
}

void TestCredentialImport::environment_data()
{
    QTest::addColumn<QStringList>("variables"); // NAME=value
    QTest::addColumn<QString>("errorContains");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("region");

    const QString id = QStringLiteral("TENCENTCLOUD_SECRET_ID=AKIDfixtureEnv000000000000000000000014");
    const QString key = QStringLiteral("TENCENTCLOUD_SECRET_KEY= fixtureEnvSecretKey0000000000014\n");
    QTest::newRow("id and key") << QStringList{id, key} << ""
                                << ""
                                << "";
    QTest::newRow("session token wins over tccli token")
        << QStringList{id, key, QStringLiteral("TENCENTCLOUD_SESSION_TOKEN=sessionTok"),
                       QStringLiteral("TENCENTCLOUD_TOKEN=tccliTok")}
        << ""
        << "sessionTok"
        << "";
    QTest::newRow("tccli token") << QStringList{id, key, QStringLiteral("TENCENTCLOUD_TOKEN=tccliTok")} << ""
                                 << "tccliTok"
                                 << "";
    QTest::newRow("region") << QStringList{id, key, QStringLiteral("TENCENTCLOUD_REGION=ap-tokyo")} << ""
                            << ""
                            << "ap-tokyo";
    QTest::newRow("bad region ignored") << QStringList{id, key, QStringLiteral("TENCENTCLOUD_REGION=Tokyo please")}
                                        << ""
                                        << ""
                                        << "";
    QTest::newRow("nothing set") << QStringList{} << "Neither"
                                 << ""
                                 << "";
    QTest::newRow("key missing") << QStringList{id} << "TENCENTCLOUD_SECRET_KEY is missing"
                                 << ""
                                 << "";
    QTest::newRow("key with a space") << QStringList{id, QStringLiteral("TENCENTCLOUD_SECRET_KEY=two words")}
                                      << "spaces"
                                      << ""
                                      << "";
}

void TestCredentialImport::environment()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, errorContains);
    QProcessEnvironment environment;
    for (const QString &variable : std::as_const(variables))
        environment.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    const ImportResult result = CredentialImport::fromEnvironment(environment);
    if (!errorContains.isEmpty()) {
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.credentials.secretId, QStringLiteral("AKIDfixtureEnv000000000000000000000014"));
    QCOMPARE(result.credentials.secretKey, QStringLiteral("fixtureEnvSecretKey0000000000014"));
    QTEST(result.credentials.token, "token");
    QTEST(result.credentials.region, "region");
}

void TestCredentialImport::importTccliProfile_readsFilesAndLeavesThemAlone()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const auto &[from, to] : {std::pair{"old.credential", "work.credential"},
                                   {"old.configure", "work.configure"},
                                   {"new.credential", "default.credential"}}) {
        QVERIFY(QFile::copy(Test::dataDir() + QStringLiteral("/credentials/") + QLatin1String(from),
                            dir.filePath(QLatin1String(to))));
    }
    const QByteArray before = fixture(QStringLiteral("old.credential"));

    QCOMPARE(CredentialImport::tccliProfileNames(dir.path()),
             (QStringList{QStringLiteral("default"), QStringLiteral("work")}));
    const ImportResult result = CredentialImport::importTccliProfile(QStringLiteral("work"), dir.path());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.credentials.region, QStringLiteral("ap-shanghai"));

    QFile after(dir.filePath(QStringLiteral("work.credential")));
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);

    const ImportResult missing = CredentialImport::importTccliProfile(QStringLiteral("prod"), dir.path());
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error.contains(QStringLiteral("default, work")), qPrintable(missing.error));
}

void TestCredentialImport::importTccliProfile_rejectsPathNames()
{
    for (const QString &name : {QStringLiteral("../x"), QStringLiteral(".hidden"), QString(), QStringLiteral("a/b")}) {
        const ImportResult result = CredentialImport::importTccliProfile(name, QDir::tempPath());
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("not a tccli profile name")), qPrintable(result.error));
    }
}

void TestCredentialImport::defaultTccliProfile_followsTccliProfileVariable()
{
    QProcessEnvironment environment;
    QCOMPARE(CredentialImport::defaultTccliProfile(environment), QStringLiteral("default"));
    environment.insert(QStringLiteral("TCCLI_PROFILE"), QStringLiteral("intl"));
    QCOMPARE(CredentialImport::defaultTccliProfile(environment), QStringLiteral("intl"));
}

void TestCredentialImport::importSdkIni_missingFileSaysWhere()
{
    const ImportResult result = CredentialImport::importSdkIni(QString());
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral(".tencentcloud")), qPrintable(result.error));

    const ImportResult unreadable = CredentialImport::importSdkIni(QStringLiteral("/nonexistent/credentials"));
    QVERIFY(!unreadable.ok());
    QVERIFY2(unreadable.error.contains(QStringLiteral("/nonexistent/credentials")), qPrintable(unreadable.error));
}

void TestCredentialImport::readSmallFile_refusesLargeFiles()
{
    QTemporaryDir dir;
    QFile big(dir.filePath(QStringLiteral("credentials")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(CredentialImport::kMaxFileBytes + 10, 'a'));
    big.close();
    QByteArray contents;
    QString error;
    QVERIFY(!CredentialImport::readSmallFile(big.fileName(), &contents, &error));
    QVERIFY(contents.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("larger")), qPrintable(error));
}

void TestCredentialImport::hostileBytes_neverCrash()
{
    // A cheap in-tree fuzz pass: random bytes and byte-level mutations of every fixture.
    QRandomGenerator random(20240601);
    QList<QByteArray> seeds;
    for (const char *name : {"new.credential", "old.configure", "sso.credential", "whitespace.ini", "token.ini"})
        seeds.append(fixture(QLatin1String(name)));
    for (int i = 0; i < 3000; ++i) {
        QByteArray input;
        if (i % 3 == 0) {
            input.resize(int(random.bounded(512)));
            for (char &c : input)
                c = char(random.bounded(256));
        } else {
            input = seeds.at(i % seeds.size());
            const int mutations = 1 + int(random.bounded(8));
            for (int m = 0; m < mutations && !input.isEmpty(); ++m) {
                const int at = int(random.bounded(int(input.size())));
                switch (random.bounded(3)) {
                case 0:
                    input[at] = char(random.bounded(256));
                    break;
                case 1:
                    input.remove(at, 1 + int(random.bounded(16)));
                    break;
                default:
                    input.insert(at, input.mid(int(random.bounded(int(input.size()))), 32));
                    break;
                }
            }
        }
        const ImportResult tccli = CredentialImport::parseTccli(input, input);
        const ImportResult ini = CredentialImport::parseSdkIni(input);
        // Success always means usable values; failure always says why.
        for (const ImportResult &result : {tccli, ini}) {
            if (result.ok())
                QVERIFY(!result.credentials.secretId.isEmpty() && !result.credentials.secretKey.isEmpty());
            else
                QVERIFY(!result.error.isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(TestCredentialImport)
#include "TestCredentialImport.moc"
