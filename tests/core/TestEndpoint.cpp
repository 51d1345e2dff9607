#include "api/Endpoint.h"

#include <QTest>

using namespace LhShare;

class TestEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void regionPinned_isHttps();
};

void TestEndpoint::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("hostHeader");

    QTest::newRow("empty = default") << QString() << true << QStringLiteral("https://lighthouse.tencentcloudapi.com/")
                                     << QStringLiteral("lighthouse.tencentcloudapi.com");
    QTest::newRow("intl") << QStringLiteral("intl") << true
                          << QStringLiteral("https://lighthouse.intl.tencentcloudapi.com/")
                          << QStringLiteral("lighthouse.intl.tencentcloudapi.com");
    QTest::newRow("bare host") << QStringLiteral("lighthouse.ap-guangzhou.tencentcloudapi.com") << true
                               << QStringLiteral("https://lighthouse.ap-guangzhou.tencentcloudapi.com/")
                               << QStringLiteral("lighthouse.ap-guangzhou.tencentcloudapi.com");
    QTest::newRow("https with port") << QStringLiteral("https://api.example.test:8443") << true
                                     << QStringLiteral("https://api.example.test:8443/")
                                     << QStringLiteral("api.example.test:8443");
    QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080") << true
                                      << QStringLiteral("http://127.0.0.1:8080/") << QStringLiteral("127.0.0.1:8080");
    QTest::newRow("http loopback 127/8") << QStringLiteral("http://127.1.2.3:80/") << true
                                         << QStringLiteral("http://127.1.2.3:80/") << QStringLiteral("127.1.2.3");
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:9") << true
                                    << QStringLiteral("http://localhost:9/") << QStringLiteral("localhost:9");
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:9") << true << QStringLiteral("http://[::1]:9/")
                              << QStringLiteral("[::1]:9");
    QTest::newRow("http remote refused") << QStringLiteral("http://203.0.113.5:8080") << false << QString()
                                         << QString();
    QTest::newRow("http private range refused")
        << QStringLiteral("http://192.168.1.10") << false << QString() << QString();
    QTest::newRow("http lookalike refused")
        << QStringLiteral("http://127.0.0.1.example.com") << false << QString() << QString();
    QTest::newRow("ftp refused") << QStringLiteral("ftp://127.0.0.1") << false << QString() << QString();
    QTest::newRow("path refused") << QStringLiteral("https://example.test/api") << false << QString() << QString();
    QTest::newRow("credentials in URL refused")
        << QStringLiteral("https://u:p@example.test") << false << QString() << QString();
}

void TestEndpoint::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, url);
    QFETCH(QString, hostHeader);
    QString error;
    const Endpoint endpoint = Endpoint::parse(text, &error);
    QCOMPARE(endpoint.isValid(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (valid) {
        QCOMPARE(endpoint.url().toString(), url);
        QCOMPARE(endpoint.hostHeader(), hostHeader);
    }
}

void TestEndpoint::regionPinned_isHttps()
{
    QCOMPARE(Endpoint::regionPinned(QStringLiteral("ap-tokyo")).url().toString(),
             QStringLiteral("https://lighthouse.ap-tokyo.tencentcloudapi.com/"));
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "TestEndpoint.moc"
