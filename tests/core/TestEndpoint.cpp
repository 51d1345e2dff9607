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
    void outsideTencentCloud_data();
    void outsideTencentCloud();
    void pinnedRegion_data();
    void pinnedRegion();
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

void TestEndpoint::outsideTencentCloud_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("outside");

    QTest::newRow("default") << QString() << false;
    QTest::newRow("intl") << QStringLiteral("intl") << false;
    QTest::newRow("region pinned") << QStringLiteral("lighthouse.ap-guangzhou.tencentcloudapi.com") << false;
    QTest::newRow("upper case") << QStringLiteral("https://LIGHTHOUSE.TencentCloudAPI.com") << false;
    QTest::newRow("simulator") << QStringLiteral("http://127.0.0.1:8080") << false;
    QTest::newRow("localhost https") << QStringLiteral("https://localhost:8443") << false;
    QTest::newRow("other host") << QStringLiteral("https://api.example.test") << true;
    QTest::newRow("lookalike suffix") << QStringLiteral("lighthouse.tencentcloudapi.com.example.test") << true;
    QTest::newRow("lookalike prefix") << QStringLiteral("eviltencentcloudapi.com") << true;
    QTest::newRow("trailing dot") << QStringLiteral("lighthouse.tencentcloudapi.com.") << true;
    QTest::newRow("private address") << QStringLiteral("https://192.168.1.10") << true;
}

void TestEndpoint::outsideTencentCloud()
{
    QFETCH(QString, text);
    QFETCH(bool, outside);
    const Endpoint endpoint = Endpoint::parse(text);
    QVERIFY(endpoint.isValid());
    QCOMPARE(endpoint.isOutsideTencentCloud(), outside);
    // The warning names the host, so the user sees where the credentials go.
    QCOMPARE(endpoint.outsideWarning().contains(endpoint.hostHeader()), outside);
    QCOMPARE(endpoint.outsideWarning().isEmpty(), !outside);
}

void TestEndpoint::pinnedRegion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");

    QTest::newRow("pinned") << QStringLiteral("lighthouse.ap-guangzhou.tencentcloudapi.com")
                            << QStringLiteral("ap-guangzhou");
    QTest::newRow("what regionPinned writes")
        << Endpoint::regionPinned(QStringLiteral("ap-tokyo")).url().host() << QStringLiteral("ap-tokyo");
    // The international site is not a region: a dialog that took it for one rewrote it on save.
    QTest::newRow("intl site") << QStringLiteral("lighthouse.intl.tencentcloudapi.com") << QString();
    QTest::newRow("unknown region") << QStringLiteral("lighthouse.xx-nowhere.tencentcloudapi.com") << QString();
    QTest::newRow("default") << QStringLiteral("lighthouse.tencentcloudapi.com") << QString();
    QTest::newRow("url form") << QStringLiteral("https://lighthouse.ap-guangzhou.tencentcloudapi.com:8443")
                              << QString();
}

void TestEndpoint::pinnedRegion()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QCOMPARE(Endpoint::pinnedRegion(text), region);
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "TestEndpoint.moc"
