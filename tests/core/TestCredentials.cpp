// Credentials that could smuggle a line into a request header are refused, naming the field only.
#include "api/Credentials.h"

#include <QTest>

using namespace LhShare;

Q_DECLARE_METATYPE(LhShare::Credentials)

namespace {
const QString kId = QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE");
const QString kKey = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE");
} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problem_data();
    void problem();
    void problem_usesTheCallersFieldNames();
};

void TestCredentials::problem_data()
{
    QTest::addColumn<Credentials>("credentials");
    QTest::addColumn<QString>("field"); // empty: usable

    QTest::newRow("usable") << Credentials{kId, kKey, {}} << QString();
    QTest::newRow("usable with token") << Credentials{kId, kKey, QStringLiteral("tok-en_1=/+")} << QString();
    QTest::newRow("CRLF in SecretId") << Credentials{kId + QStringLiteral("\r\nX-Evil: 1"), kKey, {}}
                                      << QStringLiteral("SecretId");
    QTest::newRow("LF in SecretKey") << Credentials{kId, kKey + QStringLiteral("\n"), {}}
                                     << QStringLiteral("SecretKey");
    QTest::newRow("CR in token") << Credentials{kId, kKey, QStringLiteral("abc\rdef")} << QStringLiteral("token");
    QTest::newRow("ESC in token") << Credentials{kId, kKey, QStringLiteral("abc\x1b")} << QStringLiteral("token");
    QTest::newRow("NEL in SecretId") << Credentials{kId + QChar(0x85), kKey, {}} << QStringLiteral("SecretId");
    QTest::newRow("space") << Credentials{kId, QStringLiteral("a b"), {}} << QStringLiteral("SecretKey");
    QTest::newRow("missing key") << Credentials{kId, {}, {}} << QStringLiteral("SecretKey");
    QTest::newRow("too long id") << Credentials{QString(Credentials::kMaxIdLength + 1, QLatin1Char('A')), kKey, {}}
                                 << QStringLiteral("SecretId");
}

void TestCredentials::problem()
{
    QFETCH(Credentials, credentials);
    QFETCH(QString, field);
    const QString problem = credentials.problem();
    QCOMPARE(problem.isEmpty(), field.isEmpty());
    QVERIFY2(problem.startsWith(field), qPrintable(problem));
    // The message never repeats a secret.
    QVERIFY(!problem.contains(kKey) && !problem.contains(kId));
}

void TestCredentials::problem_usesTheCallersFieldNames()
{
    const Credentials credentials{QStringLiteral("AKID\n"), kKey, {}};
    QVERIFY(credentials.problem({QStringLiteral("TENCENTCLOUD_SECRET_ID"), {}, {}})
                .startsWith(QLatin1String("TENCENTCLOUD_SECRET_ID ")));
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "TestCredentials.moc"
