#include "api/TcSigner.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <QTimeZone>

using namespace LhShare;

namespace {
QByteArray headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first == name)
            return header.second;
    }
    return {};
}

// Expected signatures are computed independently of TcSigner: with openssl-free Qt primitives
// step by step as the reference document describes, or taken from Tencent's published example.
QByteArray referenceSignature(const QByteArray &secretKey, const QByteArray &date, const QByteArray &service,
                              const QByteArray &canonicalRequest, qint64 timestamp)
{
    auto hmac = [](const QByteArray &key, const QByteArray &message) {
        return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
    };
    const QByteArray stringToSign = "TC3-HMAC-SHA256\n" + QByteArray::number(timestamp) + '\n' + date + '/' + service
        + "/tc3_request\n" + QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).toHex();
    return hmac(hmac(hmac(hmac("TC3" + secretKey, date), service), "tc3_request"), stringToSign).toHex();
}
} // namespace

class TestTcSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedExample_matchesTencentsValues();
    void sign_data();
    void sign();
    void utcDate_usesUtcNotLocalTime();
    void sessionToken_isSentButNotSigned();
    void signedAction_isLowerCasedInCanonicalForm();
    void signedAction_matchesValuesComputedWithOpenssl();
};

void TestTcSigner::publishedExample_matchesTencentsValues()
{
    const QByteArray body = R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})";
    QCOMPARE(TcSigner::sha256Hex(body), QByteArray("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));

    TcSigner::Request request;
    request.host = QStringLiteral("cvm.tencentcloudapi.com");
    request.service = QStringLiteral("cvm");
    request.action = QStringLiteral("DescribeInstances");
    request.version = QStringLiteral("2017-03-12");
    request.region = QStringLiteral("ap-guangzhou");
    request.body = body;
    request.timestamp = 1551113065;
    request.contentType = "application/json; charset=utf-8";
    request.signAction = false; // the published example signs content-type;host only

    const Credentials credentials{
        QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"), QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"), {}};
    const HeaderList headers = TcSigner::sign(credentials, request);
    QCOMPARE(headerValue(headers, "Authorization"),
             QByteArray("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, "
                        "SignedHeaders=content-type;host, "
                        "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));

    const QByteArray canonical = TcSigner::canonicalRequest(
        "POST", {}, {{"content-type", request.contentType}, {"host", "cvm.tencentcloudapi.com"}}, body);
    QCOMPARE(TcSigner::sha256Hex(canonical),
             QByteArray("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"));
    QCOMPARE(headerValue(headers, "X-TC-Timestamp"), QByteArray("1551113065"));
    QCOMPARE(headerValue(headers, "X-TC-Region"), QByteArray("ap-guangzhou"));
    QCOMPARE(headerValue(headers, "X-TC-Action"), QByteArray("DescribeInstances"));
    QCOMPARE(headerValue(headers, "Content-Type"), QByteArray("application/json; charset=utf-8"));
}

void TestTcSigner::sign_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QByteArray>("expectedDate");

    QTest::newRow("empty body") << QByteArray() << qint64(1700000000) << QByteArray("2023-11-14");
    QTest::newRow("empty object") << QByteArray("{}") << qint64(1700000000) << QByteArray("2023-11-14");
    QTest::newRow("non-ASCII UTF-8 body")
        << QByteArray("{\"BlueprintName\":\"网站镜像\"}") << qint64(1780000000) << QByteArray("2026-05-28");
    QTest::newRow("last second of a UTC day")
        << QByteArray("{\"A\":1}") << qint64(1787875199) << QByteArray("2026-08-27");
    QTest::newRow("first second of a UTC day")
        << QByteArray("{\"A\":1}") << qint64(1787875200) << QByteArray("2026-08-28");
}

void TestTcSigner::sign()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, timestamp);
    QFETCH(QByteArray, expectedDate);

    TcSigner::Request request;
    request.host = QStringLiteral("lighthouse.tencentcloudapi.com");
    request.action = QStringLiteral("CancelShareBlueprintAcrossAccounts");
    request.region = QStringLiteral("ap-guangzhou");
    request.body = body;
    request.timestamp = timestamp;
    const Credentials credentials{QStringLiteral("AKIDtestid"), QStringLiteral("testkey"), {}};
    const HeaderList headers = TcSigner::sign(credentials, request);

    // Every request signs its action (the current documentation's form).
    const QByteArray canonical = "POST\n/\n\ncontent-type:application/json\nhost:lighthouse.tencentcloudapi.com\n"
                                 "x-tc-action:cancelshareblueprintacrossaccounts\n\ncontent-type;host;x-tc-action\n"
        + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    const QByteArray expected = "TC3-HMAC-SHA256 Credential=AKIDtestid/" + expectedDate
        + "/lighthouse/tc3_request, SignedHeaders=content-type;host;x-tc-action, Signature="
        + referenceSignature("testkey", expectedDate, "lighthouse", canonical, timestamp);
    QCOMPARE(headerValue(headers, "Authorization"), expected);
    QCOMPARE(headerValue(headers, "X-TC-Version"), QByteArray("2020-03-24"));
    QCOMPARE(headerValue(headers, "X-TC-Token"), QByteArray());
}

void TestTcSigner::utcDate_usesUtcNotLocalTime()
{
    // 07:59 on 2026-08-28 in a UTC+8 office is still 2026-08-27 in UTC: the scope must say the 27th.
    const QDateTime beijingMorning(QDate(2026, 8, 28), QTime(7, 59), QTimeZone(8 * 3600));
    QCOMPARE(TcSigner::utcDate(beijingMorning.toSecsSinceEpoch()), QStringLiteral("2026-08-27"));
    const QDateTime beijingAfterEight(QDate(2026, 8, 28), QTime(8, 0), QTimeZone(8 * 3600));
    QCOMPARE(TcSigner::utcDate(beijingAfterEight.toSecsSinceEpoch()), QStringLiteral("2026-08-28"));
}

void TestTcSigner::sessionToken_isSentButNotSigned()
{
    TcSigner::Request request;
    request.host = QStringLiteral("lighthouse.tencentcloudapi.com");
    request.action = QStringLiteral("DescribeRegions");
    request.body = "{}";
    request.timestamp = 1700000000;
    const Credentials withToken{QStringLiteral("AKIDtmp"), QStringLiteral("tmpkey"),
                                QStringLiteral("session-token-value")};
    const Credentials withoutToken{QStringLiteral("AKIDtmp"), QStringLiteral("tmpkey"), {}};
    const HeaderList signedWith = TcSigner::sign(withToken, request);
    QCOMPARE(headerValue(signedWith, "X-TC-Token"), QByteArray("session-token-value"));
    QCOMPARE(headerValue(signedWith, "Authorization"),
             headerValue(TcSigner::sign(withoutToken, request), "Authorization"));
    QCOMPARE(headerValue(signedWith, "X-TC-Region"), QByteArray()); // DescribeRegions needs none
}

void TestTcSigner::signedAction_isLowerCasedInCanonicalForm()
{
    TcSigner::Request request;
    request.host = QStringLiteral("lighthouse.tencentcloudapi.com");
    request.action = QStringLiteral("DescribeBlueprints");
    request.region = QStringLiteral("ap-guangzhou");
    request.body = "{}";
    request.timestamp = 1700000000;
    const Credentials credentials{QStringLiteral("AKIDx"), QStringLiteral("k"), {}};
    const HeaderList headers = TcSigner::sign(credentials, request);

    const QByteArray canonical = "POST\n/\n\ncontent-type:application/json\nhost:lighthouse.tencentcloudapi.com\n"
                                 "x-tc-action:describeblueprints\n\ncontent-type;host;x-tc-action\n"
        + QCryptographicHash::hash("{}", QCryptographicHash::Sha256).toHex();
    QVERIFY(headerValue(headers, "Authorization").contains("SignedHeaders=content-type;host;x-tc-action,"));
    QVERIFY(headerValue(headers, "Authorization")
                .endsWith(QByteArray("Signature="
                                     + referenceSignature("k", "2023-11-14", "lighthouse", canonical, 1700000000))));
    QCOMPARE(headerValue(headers, "X-TC-Action"), QByteArray("DescribeBlueprints"));
}

void TestTcSigner::signedAction_matchesValuesComputedWithOpenssl()
{
    // Tencent's published example request, signed the current documentation's way (action signed).
    // The expected values were computed with the openssl command line, outside this code base:
    //   P=$(printf '%s' "$BODY" | openssl dgst -sha256 -r | cut -d' ' -f1)
    //   C=$(printf 'POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n'
    //       'x-tc-action:describeinstances\n\ncontent-type;host;x-tc-action\n%s' "$P" | openssl dgst -sha256 -r …)
    //   h() { openssl dgst -sha256 -mac HMAC -macopt "$1" -r | cut -d' ' -f1; }
    //   K1=$(printf 2019-02-25 | h key:TC3<SecretKey>); K2=$(printf cvm | h hexkey:$K1)
    //   K3=$(printf tc3_request | h hexkey:$K2)
    //   printf 'TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n%s' "$C" | h hexkey:$K3
    // (the same recipe without the x-tc-action line reproduces the published signature 72e494ea…).
    const QByteArray body = R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})";
    TcSigner::Request request;
    request.host = QStringLiteral("cvm.tencentcloudapi.com");
    request.service = QStringLiteral("cvm");
    request.action = QStringLiteral("DescribeInstances");
    request.version = QStringLiteral("2017-03-12");
    request.region = QStringLiteral("ap-guangzhou");
    request.body = body;
    request.timestamp = 1551113065;
    request.contentType = "application/json; charset=utf-8";
    const Credentials credentials{
        QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"), QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"), {}};

    const QByteArray canonical = TcSigner::canonicalRequest("POST", {},
                                                            {{"content-type", request.contentType},
                                                             {"host", "cvm.tencentcloudapi.com"},
                                                             {"x-tc-action", "DescribeInstances"}},
                                                            body);
    QCOMPARE(TcSigner::sha256Hex(canonical),
             QByteArray("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84"));
    QCOMPARE(headerValue(TcSigner::sign(credentials, request), "Authorization"),
             QByteArray("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, "
                        "SignedHeaders=content-type;host;x-tc-action, "
                        "Signature=644be983de9a8a3f00db8eadaba61467c3b429e2215758ba897b738ca469fd26"));
}

QTEST_GUILESS_MAIN(TestTcSigner)
#include "TestTcSigner.moc"
