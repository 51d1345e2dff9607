#include "simulator/SimHttpConnection.h"
#include "simulator/Simulator.h"

#include "api/TcSigner.h"
#include "model/Blueprint.h"
#include "model/Region.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace LhShare;

namespace {
const QString kRegion = QStringLiteral("ap-guangzhou");
const QString kShare = QStringLiteral("ShareBlueprintAcrossAccounts");
const QString kCancel = QStringLiteral("CancelShareBlueprintAcrossAccounts");
const QString kDescribe = QStringLiteral("DescribeBlueprints");
const QString kShareInfos = QStringLiteral("DescribeBlueprintsShareAcrossAccountInfos");
const QString kRegions = QStringLiteral("DescribeRegions");

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray shareBody(const QString &blueprintId, const QStringList &accounts)
{
    QJsonObject o;
    o.insert(QStringLiteral("BlueprintId"), blueprintId);
    o.insert(QStringLiteral("AccountIds"), QJsonArray::fromStringList(accounts));
    return json(o);
}

// HTTP-date (IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT"). Qt 6.4's Qt::RFC2822Date rejects the
// "GMT" zone that every HTTP server sends, so parse it explicitly.
QDateTime parseHttpDate(const QByteArray &value)
{
    QDateTime t = QLocale::c().toDateTime(QString::fromLatin1(value),
                                          QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    t.setTimeSpec(Qt::UTC);
    return t;
}

// What a client saw for one request.
struct Outcome
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray contentType;
    QByteArray date;
    QByteArray body;
    bool isJson = false;
    QJsonObject response; // the "Response" object

    QString errorCode() const
    {
        return response.value(QStringLiteral("Error")).toObject().value(QStringLiteral("Code")).toString();
    }
    QString requestId() const { return response.value(QStringLiteral("RequestId")).toString(); }
};
} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void acceptsOnlyTheDemoKey_evenWithCredentialsInTheEnvironment();
    void demoData_everyRegionHasPrivateBlueprints();
    void describeRegions_signedRequest_accepted();
    void nodeSdkStyleScopeAndSignedAction_accepted();
    void signedAction_cannotBeChangedAfterSigning();
    void getRequest_signedQuery_accepted();
    void wrongKey_signatureFailure();
    void unknownSecretId_secretIdNotFound();
    void oldTimestamp_signatureExpire();
    void clockOffset_rejectsCurrentTimeAndShiftsDateHeader();
    void contentTypeChangedAfterSigning_signatureFailure();
    void missingAuthorization_invalidAuthorization();
    void token_missingOrWrong_tokenFailure();
    void unknownActionOrVersion_rejected();
    void share_malformedBlueprintId_rejected();
    void share_elevenAccounts_limitExceeded();
    void share_badAccountsAndOwner_rejected();
    void share_alreadySharedInBatch_nothingApplied();
    void share_blueprintNotNormal_rejected();
    void cancel_notShared_hasNotShared_nothingChanged();
    void shareThenCancel_changesState();
    void describeBlueprints_pagingAndFilters();
    void describeBlueprints_validation_data();
    void describeBlueprints_validation();
    void describeBlueprints_sceneAndTagFilters();
    void regions_unsupportedOnlyWhereTheDocsSaySo();
    void shareInfos_listsAndCanBeSwitchedOff();
    void rapidCancels_someRateLimited();
    void rateLimit_canBeDisabledOrOverridden();
    void keepAlive_reusesOneConnection();
    void rawSocket_pipeliningOversizeAndGarbage();
    void processingDelay_delaysAnswer();
    void connection_buffersAtMostOneRequestAhead();
    void requestLog_keepsTheLatestRecords();
    void anotherAdministrator_changesTheListBetweenReads();
    void fault_errorCode_notApplied();
    void fault_http502_notApplied();
    void fault_truncatedJson_appliedButUnparsable();
    void fault_notJson_applied();
    void fault_resetBeforeApply_networkErrorNotApplied();
    void fault_resetAfterApply_networkErrorApplied();
    void fault_stall_timesOutNotApplied();
    void fault_hugeBody_stoppableByClient();
    void fault_slowDrip_appliedAndSlow();
    void fault_anyActionAndClear();
    void fault_ackNotApplied_answersSuccessAndChangesNothing();
    void fault_ackNotAppliedEveryTime_neverApplies();
    void propagationLag_readsShowAChangeOnlyAfterTheLag();
    void tls_listensAndAnswers();

private:
    Credentials creds() const { return Simulator::demoCredentials(); }
    QString host() const { return QStringLiteral("127.0.0.1:%1").arg(m_sim->port()); }
    TcSigner::Request signRequest(const QString &action, const QString &region, const QByteArray &body) const;
    QNetworkReply *send(const HeaderList &headers, const QByteArray &body, int transferTimeoutMs = 0,
                        const QUrl &url = {});
    QNetworkReply *post(const QString &action, const QString &region, const QByteArray &body,
                        const std::function<void(TcSigner::Request &, Credentials &)> &tweak = {},
                        int transferTimeoutMs = 0);
    Outcome wait(QNetworkReply *reply, int timeoutMs = 5000);
    Outcome call(const QString &action, const QString &region, const QByteArray &body,
                 const std::function<void(TcSigner::Request &, Credentials &)> &tweak = {})
    {
        return wait(post(action, region, body, tweak));
    }

    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QString m_web; // demo web-base in kRegion: shared with the three demo accounts
    QString m_db; // demo db-golden: shared with nobody
    QString m_win; // demo win-build: SYNCING
};

void TestSimulator::init()
{
    m_sim = std::make_unique<Simulator>();
    m_sim->setCredentials(Simulator::demoCredentials()); // independent of the developer's environment
    QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_web = Simulator::demoBlueprintId(kRegion, 0);
    m_db = Simulator::demoBlueprintId(kRegion, 1);
    m_win = Simulator::demoBlueprintId(kRegion, 3);
}

void TestSimulator::cleanup()
{
    m_nam.reset();
    m_sim.reset();
}

TcSigner::Request TestSimulator::signRequest(const QString &action, const QString &region, const QByteArray &body) const
{
    TcSigner::Request r;
    r.host = host();
    r.action = action;
    r.region = region;
    r.body = body;
    r.timestamp = QDateTime::currentSecsSinceEpoch();
    return r;
}

QNetworkReply *TestSimulator::send(const HeaderList &headers, const QByteArray &body, int transferTimeoutMs,
                                   const QUrl &url)
{
    QNetworkRequest request(url.isEmpty() ? m_sim->url() : url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    return m_nam->post(request, body);
}

QNetworkReply *TestSimulator::post(const QString &action, const QString &region, const QByteArray &body,
                                   const std::function<void(TcSigner::Request &, Credentials &)> &tweak,
                                   int transferTimeoutMs)
{
    TcSigner::Request r = signRequest(action, region, body);
    Credentials c = creds();
    if (tweak)
        tweak(r, c);
    return send(TcSigner::sign(c, r), body, transferTimeoutMs);
}

Outcome TestSimulator::wait(QNetworkReply *reply, int timeoutMs)
{
    std::unique_ptr<QNetworkReply> owner(reply);
    Outcome o;
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(timeoutMs);
    }
    o.finished = reply->isFinished();
    if (!o.finished)
        reply->abort();
    o.error = reply->error();
    o.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    o.contentType = reply->rawHeader("Content-Type");
    o.date = reply->rawHeader("Date");
    if (reply->isOpen())
        o.body = reply->readAll();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(o.body, &parseError);
    o.isJson = parseError.error == QJsonParseError::NoError && doc.isObject();
    o.response = doc.object().value(QStringLiteral("Response")).toObject();
    return o;
}

// ---------------------------------------------------------------------------------------------

void TestSimulator::acceptsOnlyTheDemoKey_evenWithCredentialsInTheEnvironment()
{
    // tccli users have real keys exported; a simulator (the demo, `simulate`) must never take them.
    qputenv("TENCENTCLOUD_SECRET_ID", "AKIDfromenv0000000000000000000000001");
    qputenv("TENCENTCLOUD_SECRET_KEY", "keyfromenv000000000000000000000001");
    Simulator simulator;
    qunsetenv("TENCENTCLOUD_SECRET_ID");
    qunsetenv("TENCENTCLOUD_SECRET_KEY");
    QCOMPARE(simulator.credentials().size(), 1);
    QCOMPARE(simulator.credentials().constFirst().secretId, Simulator::demoCredentials().secretId);
}

void TestSimulator::demoData_everyRegionHasPrivateBlueprints()
{
    const QList<Region> regions = Region::supported();
    QCOMPARE(regions.size(), 15);
    QSet<QString> allIds;
    for (const Region &region : regions) {
        const QStringList ids = m_sim->blueprintIds(region.id);
        QVERIFY2(ids.size() >= 4, qPrintable(region.id));
        for (int i = 0; i < 4; ++i) {
            const QString id = Simulator::demoBlueprintId(region.id, i);
            QVERIFY(Blueprint::isValidId(id));
            QVERIFY(ids.contains(id));
            QVERIFY(!allIds.contains(id));
            allIds.insert(id);
        }
        QCOMPARE(m_sim->sharedAccounts(Simulator::demoBlueprintId(region.id, 0)),
                 QStringList(
                     {QStringLiteral("100012345678"), QStringLiteral("1038493875"), QStringLiteral("700000164995")}));
    }
    // Stable across instances (and runs): derived from the region only.
    Simulator other;
    QCOMPARE(other.blueprintIds(kRegion), m_sim->blueprintIds(kRegion));
}

void TestSimulator::describeRegions_signedRequest_accepted()
{
    Outcome o = call(kRegions, {}, QByteArrayLiteral("{}"));
    QVERIFY(o.finished);
    QCOMPARE(o.error, QNetworkReply::NoError);
    QCOMPARE(o.status, 200);
    QCOMPARE(o.contentType, QByteArrayLiteral("application/json"));
    QVERIFY(!o.date.isEmpty());
    const QDateTime date = parseHttpDate(o.date);
    QVERIFY2(date.isValid(), o.date.constData());
    QVERIFY(qAbs(date.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch()) < 5);
    QVERIFY(o.errorCode().isEmpty());
    QCOMPARE(o.requestId().size(), 36);
    // Every Lighthouse region, ap-chongqing too (where sharing is not offered).
    QCOMPARE(o.response.value(QStringLiteral("TotalCount")).toInt(), 16);
    const QJsonArray set = o.response.value(QStringLiteral("RegionSet")).toArray();
    QCOMPARE(set.size(), 16);
    QCOMPARE(set.at(0).toObject().value(QStringLiteral("Region")).toString(), kRegion);
    QCOMPARE(set.at(0).toObject().value(QStringLiteral("RegionState")).toString(), QStringLiteral("AVAILABLE"));
    QVERIFY(set.at(0).toObject().value(QStringLiteral("IsChinaMainland")).toBool());
    QStringList ids;
    for (const QJsonValue &v : set)
        ids << v.toObject().value(QStringLiteral("Region")).toString();
    QVERIFY(ids.contains(QStringLiteral("ap-chongqing")));
    for (const Region &region : Region::supported())
        QVERIFY2(ids.contains(region.id), qPrintable(region.id));
    QCOMPARE(m_sim->appliedRequestCount(kRegions), 1);

    // RegionName is in the request's language: Chinese unless English is asked for.
    QCOMPARE(set.at(0).toObject().value(QStringLiteral("RegionName")).toString(), QString::fromUtf8("华南地区(广州)"));
    o = call(kRegions, {}, "{}", [](TcSigner::Request &r, Credentials &) { r.language = QStringLiteral("en-US"); });
    QCOMPARE(o.response.value(QStringLiteral("RegionSet"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("RegionName"))
                 .toString(),
             QStringLiteral("South China(Guangzhou)"));
    o = call(kRegions, {}, "{}", [](TcSigner::Request &r, Credentials &) { r.language = QStringLiteral("zh-CN"); });
    QCOMPARE(o.response.value(QStringLiteral("RegionSet"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("RegionName"))
                 .toString(),
             QString::fromUtf8("华南地区(广州)"));

    // An empty body is also fine for a parameterless action.
    QCOMPARE(call(kRegions, {}, {}).errorCode(), QString());
}

void TestSimulator::nodeSdkStyleScopeAndSignedAction_accepted()
{
    // The official SDKs sign content-type;host only; Node/C++ put the first host label in the scope ("127").
    Outcome o = call(kRegions, {}, "{}", [](TcSigner::Request &r, Credentials &) {
        r.signAction = false;
        r.service = TcSigner::serviceFromHost(r.host);
    });
    QCOMPARE(o.errorCode(), QString());
    // The documentation's demos sign x-tc-action too and use a charset in the Content-Type.
    o = call(kRegions, {}, "{}",
             [](TcSigner::Request &r, Credentials &) { r.contentType = "application/json; charset=utf-8"; });
    QCOMPARE(o.errorCode(), QString());
    // The Node SDK signs the host name without the port but sends "Host: 127.0.0.1:PORT".
    TcSigner::Request r = signRequest(kRegions, {}, "{}");
    r.signAction = false;
    r.host = QStringLiteral("127.0.0.1");
    r.service = QStringLiteral("127");
    HeaderList headers = TcSigner::sign(creds(), r);
    for (auto &h : headers) {
        if (h.first == "Host")
            h.second = host().toUtf8();
    }
    QCOMPARE(wait(send(headers, "{}")).errorCode(), QString());
    // Any other service is refused.
    o = call(kRegions, {}, "{}", [](TcSigner::Request &r, Credentials &) { r.service = QStringLiteral("cvm"); });
    QCOMPARE(o.errorCode(), QStringLiteral("AuthFailure.SignatureFailure"));
}

void TestSimulator::signedAction_cannotBeChangedAfterSigning()
{
    // With x-tc-action signed, a request cannot be turned into another action on the way.
    HeaderList headers = TcSigner::sign(creds(), signRequest(kDescribe, kRegion, "{}"));
    for (auto &h : headers) {
        if (h.first == "X-TC-Action")
            h.second = kShareInfos.toUtf8();
    }
    QCOMPARE(wait(send(headers, "{}")).errorCode(), QStringLiteral("AuthFailure.SignatureFailure"));
    QCOMPARE(m_sim->appliedRequestCount(), 0);
}

void TestSimulator::getRequest_signedQuery_accepted()
{
    const QByteArray query = "Filters.0.Name=blueprint-type&Filters.0.Values.0=PRIVATE&Limit=2";
    const qint64 ts = QDateTime::currentSecsSinceEpoch();
    const QByteArray contentType = "application/x-www-form-urlencoded";
    const QByteArray hostValue = host().toUtf8();
    QByteArray names;
    const QByteArray canonical = TcSigner::canonicalRequest(
        "GET", query, {{"content-type", contentType}, {"host", hostValue}}, {}, &names);
    const QString date = TcSigner::utcDate(ts);
    const QString scope = TcSigner::credentialScope(date, QStringLiteral("lighthouse"));
    const QByteArray sig = TcSigner::signature(creds().secretKey, date, QStringLiteral("lighthouse"),
                                               TcSigner::stringToSign(ts, scope, canonical));
    QNetworkRequest request(QUrl(m_sim->url().toString() + QStringLiteral("?") + QString::fromLatin1(query)));
    request.setRawHeader("Authorization",
                         "TC3-HMAC-SHA256 Credential=" + creds().secretId.toUtf8() + '/' + scope.toUtf8()
                             + ", SignedHeaders=" + names + ", Signature=" + sig);
    request.setRawHeader("Content-Type", contentType);
    request.setRawHeader("Host", hostValue);
    request.setRawHeader("X-TC-Action", "DescribeBlueprints");
    request.setRawHeader("X-TC-Version", "2020-03-24");
    request.setRawHeader("X-TC-Timestamp", QByteArray::number(ts));
    request.setRawHeader("X-TC-Region", kRegion.toUtf8());
    const Outcome o = wait(m_nam->get(request));
    QCOMPARE(o.errorCode(), QString());
    QCOMPARE(o.response.value(QStringLiteral("TotalCount")).toInt(), 4);
    QCOMPARE(o.response.value(QStringLiteral("BlueprintSet")).toArray().size(), 2);
}

void TestSimulator::wrongKey_signatureFailure()
{
    const Outcome o = call(kRegions, {}, "{}",
                           [](TcSigner::Request &, Credentials &c) { c.secretKey = QStringLiteral("not-the-key"); });
    QCOMPARE(o.status, 200);
    QCOMPARE(o.errorCode(), QStringLiteral("AuthFailure.SignatureFailure"));
    QVERIFY(!o.requestId().isEmpty());
    QVERIFY(!o.body.contains("not-the-key"));
    QVERIFY(!o.body.contains(creds().secretKey.toUtf8()));
}

void TestSimulator::unknownSecretId_secretIdNotFound()
{
    const Outcome o = call(kRegions, {}, "{}", [](TcSigner::Request &, Credentials &c) {
        c.secretId = QStringLiteral("AKIDunknown0000000000000000000000000");
    });
    QCOMPARE(o.errorCode(), QStringLiteral("AuthFailure.SecretIdNotFound"));
}

void TestSimulator::oldTimestamp_signatureExpire()
{
    Outcome o = call(kRegions, {}, "{}", [](TcSigner::Request &r, Credentials &) { r.timestamp -= 360; });
    QCOMPARE(o.errorCode(), QStringLiteral("AuthFailure.SignatureExpire"));
    // 4 minutes is within the 5-minute tolerance.
    o = call(kRegions, {}, "{}", [](TcSigner::Request &r, Credentials &) { r.timestamp -= 240; });
    QCOMPARE(o.errorCode(), QString());
    // Expiry is checked before the signature: a stale request with a wrong key still says "expired".
    o = call(kRegions, {}, "{}", [](TcSigner::Request &r, Credentials &c) {
        r.timestamp += 400;
        c.secretKey = QStringLiteral("x");
    });
    QCOMPARE(o.errorCode(), QStringLiteral("AuthFailure.SignatureExpire"));
}

void TestSimulator::clockOffset_rejectsCurrentTimeAndShiftsDateHeader()
{
    m_sim->setClockOffsetSecs(3600);
    Outcome o = call(kRegions, {}, "{}");
    QCOMPARE(o.errorCode(), QStringLiteral("AuthFailure.SignatureExpire"));
    const QDateTime date = parseHttpDate(o.date);
    QVERIFY(qAbs(date.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch() - 3600) < 5);
    // A client that corrects its clock from the Date header succeeds.
    o = call(kRegions, {}, "{}", [&](TcSigner::Request &r, Credentials &) { r.timestamp = date.toSecsSinceEpoch(); });
    QCOMPARE(o.errorCode(), QString());
}

void TestSimulator::contentTypeChangedAfterSigning_signatureFailure()
{
    const QByteArray body = "{}";
    HeaderList headers = TcSigner::sign(creds(), signRequest(kRegions, {}, body));
    for (auto &h : headers) {
        if (h.first == "Content-Type")
            h.second = "application/json; charset=utf-8";
    }
    QCOMPARE(wait(send(headers, body)).errorCode(), QStringLiteral("AuthFailure.SignatureFailure"));

    // Changing one body byte after signing breaks the payload hash.
    headers = TcSigner::sign(creds(), signRequest(kRegions, {}, body));
    QCOMPARE(wait(send(headers, "{ }")).errorCode(), QStringLiteral("AuthFailure.SignatureFailure"));
}

void TestSimulator::missingAuthorization_invalidAuthorization()
{
    HeaderList headers = TcSigner::sign(creds(), signRequest(kRegions, {}, "{}"));
    headers.removeFirst(); // Authorization
    QCOMPARE(wait(send(headers, "{}")).errorCode(), QStringLiteral("AuthFailure.InvalidAuthorization"));

    // SignedHeaders without host.
    headers = TcSigner::sign(creds(), signRequest(kRegions, {}, "{}"));
    headers[0].second.replace("SignedHeaders=content-type;host", "SignedHeaders=content-type");
    QCOMPARE(wait(send(headers, "{}")).errorCode(), QStringLiteral("AuthFailure.InvalidAuthorization"));

    headers[0].second = "Basic dXNlcjpwYXNz";
    QCOMPARE(wait(send(headers, "{}")).errorCode(), QStringLiteral("AuthFailure.InvalidAuthorization"));
}

void TestSimulator::token_missingOrWrong_tokenFailure()
{
    Credentials temporary = creds();
    temporary.token = QStringLiteral("session-token-123");
    m_sim->setCredentials(temporary);

    Outcome o = call(kRegions, {}, "{}"); // signed correctly, but without X-TC-Token
    QCOMPARE(o.errorCode(), QStringLiteral("AuthFailure.TokenFailure"));
    o = call(kRegions, {}, "{}", [](TcSigner::Request &, Credentials &c) { c.token = QStringLiteral("wrong"); });
    QCOMPARE(o.errorCode(), QStringLiteral("AuthFailure.TokenFailure"));
    o = call(kRegions, {}, "{}", [&](TcSigner::Request &, Credentials &c) { c.token = temporary.token; });
    QCOMPARE(o.errorCode(), QString());

    // addCredentials: a second key pair is accepted too.
    Credentials second{QStringLiteral("AKIDsecond"), QStringLiteral("secondKey"), {}};
    m_sim->addCredentials(second);
    o = call(kRegions, {}, "{}", [&](TcSigner::Request &, Credentials &c) { c = second; });
    QCOMPARE(o.errorCode(), QString());
}

void TestSimulator::unknownActionOrVersion_rejected()
{
    QCOMPARE(call(QStringLiteral("RunInstances"), kRegion, "{}").errorCode(), QStringLiteral("InvalidAction"));
    Outcome o = call(kRegions, {}, "{}",
                     [](TcSigner::Request &r, Credentials &) { r.version = QStringLiteral("2017-03-12"); });
    QCOMPARE(o.errorCode(), QStringLiteral("NoSuchVersion"));
    // Without X-TC-Action: a signature that names it cannot be checked; one that does not, can.
    TcSigner::Request request = signRequest(kRegions, {}, "{}");
    HeaderList headers = TcSigner::sign(creds(), request);
    headers.removeIf([](const auto &h) { return h.first == "X-TC-Action"; });
    QCOMPARE(wait(send(headers, "{}")).errorCode(), QStringLiteral("AuthFailure.InvalidAuthorization"));
    request.signAction = false;
    headers = TcSigner::sign(creds(), request);
    headers.removeIf([](const auto &h) { return h.first == "X-TC-Action"; });
    QCOMPARE(wait(send(headers, "{}")).errorCode(), QStringLiteral("MissingParameter"));
    // Region checks: required for blueprint APIs, must exist.
    QCOMPARE(call(kDescribe, {}, "{}").errorCode(), QStringLiteral("MissingParameter"));
    QCOMPARE(call(kDescribe, QStringLiteral("mars-north-1"), "{}").errorCode(),
             QStringLiteral("InvalidParameterValue"));
    // Language header is tolerated.
    o = call(kShare, kRegion, shareBody(QStringLiteral("bad"), {QStringLiteral("123456789")}),
             [](TcSigner::Request &r, Credentials &) { r.language = QStringLiteral("zh-CN"); });
    QCOMPARE(o.errorCode(), QStringLiteral("InvalidParameterValue.BlueprintIdMalformed"));
    QVERIFY(
        !o.response.value(QStringLiteral("Error")).toObject().value(QStringLiteral("Message")).toString().isEmpty());
}

void TestSimulator::share_malformedBlueprintId_rejected()
{
    for (const QString &id :
         {QStringLiteral("lhbp-ABCDEFGH"), QStringLiteral("img-12345678"), QStringLiteral("lhbp-1234567")}) {
        const Outcome o = call(kShare, kRegion, shareBody(id, {QStringLiteral("123456789")}));
        QCOMPARE(o.errorCode(), QStringLiteral("InvalidParameterValue.BlueprintIdMalformed"));
    }
    QCOMPARE(call(kShare, kRegion, "{\"AccountIds\":[\"123456789\"]}").errorCode(), QStringLiteral("MissingParameter"));
    QCOMPARE(call(kShare, kRegion, "{\"BlueprintId\":\"" + m_db.toUtf8() + "\"}").errorCode(),
             QStringLiteral("MissingParameter"));
    QCOMPARE(
        call(kShare, kRegion, "{\"BlueprintId\":\"" + m_db.toUtf8() + "\",\"AccountIds\":[123456789]}").errorCode(),
        QStringLiteral("InvalidParameter"));
    QCOMPARE(call(kShare, kRegion, shareBody(m_db, {})).errorCode(), QStringLiteral("InvalidParameter"));
    QCOMPARE(call(kShare, kRegion, "not json").errorCode(), QStringLiteral("InvalidParameter"));
    QCOMPARE(call(kShare, kRegion, "{\"BlueprintId\":\"" + m_db.toUtf8() + "\",\"AccountIds\":[\"123456\"],\"X\":1}")
                 .errorCode(),
             QStringLiteral("UnknownParameter"));
    // Right format, wrong region.
    QCOMPARE(call(kShare, QStringLiteral("ap-tokyo"), shareBody(m_db, {QStringLiteral("123456789")})).errorCode(),
             QStringLiteral("ResourceNotFound.BlueprintIdNotFound"));
    // Public images cannot be shared.
    QCOMPARE(call(kShare, kRegion, shareBody(Simulator::demoBlueprintId(kRegion, 100), {QStringLiteral("123456789")}))
                 .errorCode(),
             QStringLiteral("ResourceNotFound.PrivateBlueprintNotFound"));
    QCOMPARE(m_sim->appliedRequestCount(kShare), 0);
}

void TestSimulator::share_elevenAccounts_limitExceeded()
{
    QStringList accounts;
    for (int i = 0; i < 11; ++i)
        accounts << QStringLiteral("2000000000%1").arg(i, 2, 10, QLatin1Char('0'));
    // Each action answers with a code from its own documented list: Share's has no
    // InvalidParameterValue.LimitExceeded, only its sharing-quota code; Cancel's has LimitExceeded.
    Outcome o = call(kShare, kRegion, shareBody(m_db, accounts));
    QCOMPARE(o.errorCode(), QStringLiteral("LimitExceeded.ShareBlueprintAcrossAccountQuotaLimitExceeded"));
    QVERIFY(m_sim->sharedAccounts(m_db).isEmpty());
    o = call(kCancel, kRegion, shareBody(m_web, accounts));
    QCOMPARE(o.errorCode(), QStringLiteral("InvalidParameterValue.LimitExceeded"));
    accounts.removeLast();
    QCOMPARE(call(kShare, kRegion, shareBody(m_db, accounts)).errorCode(), QString());
    QCOMPARE(m_sim->sharedAccounts(m_db).size(), 10);
}

void TestSimulator::share_badAccountsAndOwner_rejected()
{
    QCOMPARE(call(kShare, kRegion, shareBody(m_db, {QStringLiteral("12ab5678")})).errorCode(),
             QStringLiteral("InvalidParameterValue.AccountIdsNotExist"));
    QCOMPARE(call(kCancel, kRegion, shareBody(m_web, {QStringLiteral("1234")})).errorCode(),
             QStringLiteral("InvalidParameter"));

    m_sim->setOwnerAccountId(QStringLiteral("100000000042"));
    QCOMPARE(call(kShare, kRegion, shareBody(m_db, {QStringLiteral("123456789"), QStringLiteral("100000000042")}))
                 .errorCode(),
             QStringLiteral("InvalidParameterValue.AccountIdSameWithUin"));

    m_sim->setNonexistentAccounts({QStringLiteral("555555555")});
    const QStringList batch{QStringLiteral("123456789"), QStringLiteral("555555555"), QStringLiteral("987654321")};
    QCOMPARE(call(kShare, kRegion, shareBody(m_db, batch)).errorCode(),
             QStringLiteral("InvalidParameterValue.AccountIdsNotExist"));
    QVERIFY(m_sim->sharedAccounts(m_db).isEmpty());
}

void TestSimulator::share_alreadySharedInBatch_nothingApplied()
{
    const QStringList batch{QStringLiteral("123456789"), QStringLiteral("700000164995")};
    const Outcome o = call(kShare, kRegion, shareBody(m_web, batch));
    QCOMPARE(o.errorCode(), QStringLiteral("UnsupportedOperation.BlueprintAlreadyShared"));
    QCOMPARE(
        m_sim->sharedAccounts(m_web),
        QStringList({QStringLiteral("100012345678"), QStringLiteral("1038493875"), QStringLiteral("700000164995")}));
    QCOMPARE(m_sim->appliedRequestCount(kShare), 0);
}

void TestSimulator::share_blueprintNotNormal_rejected()
{
    QCOMPARE(call(kShare, kRegion, shareBody(m_win, {QStringLiteral("123456789")})).errorCode(),
             QStringLiteral("InvalidParameterValue.InvalidBlueprintState"));
    m_sim->setSharedAccounts(m_win, {QStringLiteral("123456789")});
    QCOMPARE(call(kCancel, kRegion, shareBody(m_win, {QStringLiteral("123456789")})).errorCode(),
             QStringLiteral("UnsupportedOperation.BlueprintCurStateInvalid"));
    QCOMPARE(m_sim->sharedAccounts(m_win), QStringList{QStringLiteral("123456789")});

    const QString added = QStringLiteral("lhbp-test0001");
    m_sim->addBlueprint(kRegion, added, QStringLiteral("fresh"), QStringLiteral("SYNCING"));
    QCOMPARE(call(kShare, kRegion, shareBody(added, {QStringLiteral("123456789")})).errorCode(),
             QStringLiteral("InvalidParameterValue.InvalidBlueprintState"));
    QVERIFY(m_sim->setBlueprintState(added, QStringLiteral("NORMAL")));
    QCOMPARE(call(kShare, kRegion, shareBody(added, {QStringLiteral("123456789")})).errorCode(), QString());
}

void TestSimulator::cancel_notShared_hasNotShared_nothingChanged()
{
    const QStringList before = m_sim->sharedAccounts(m_web);
    // One shared and one not shared: all-or-nothing, so the shared one stays.
    const Outcome o = call(kCancel, kRegion,
                           shareBody(m_web, {QStringLiteral("700000164995"), QStringLiteral("222222222")}));
    QCOMPARE(o.errorCode(), QStringLiteral("UnsupportedOperation.BlueprintHasNotShared"));
    QVERIFY(o.response.value(QStringLiteral("Error"))
                .toObject()
                .value(QStringLiteral("Message"))
                .toString()
                .contains(QStringLiteral("222222222")));
    QCOMPARE(m_sim->sharedAccounts(m_web), before);
    QCOMPARE(m_sim->appliedRequestCount(kCancel), 0);
}

void TestSimulator::shareThenCancel_changesState()
{
    const QStringList accounts{QStringLiteral("123456789"), QStringLiteral("987654321012")};
    Outcome o = call(kShare, kRegion, shareBody(m_db, accounts));
    QCOMPARE(o.errorCode(), QString());
    QCOMPARE(o.response.keys(), QStringList{QStringLiteral("RequestId")});
    QCOMPARE(m_sim->sharedAccounts(m_db), accounts);

    // DescribeBlueprints reports it as shared now.
    QJsonObject query;
    query.insert(QStringLiteral("BlueprintIds"), QJsonArray{m_db});
    o = call(kDescribe, kRegion, json(query));
    QCOMPARE(o.response.value(QStringLiteral("BlueprintSet"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("BlueprintShared"))
                 .toBool(),
             true);

    o = call(kCancel, kRegion, shareBody(m_db, {accounts.at(0)}));
    QCOMPARE(o.errorCode(), QString());
    QCOMPARE(m_sim->sharedAccounts(m_db), QStringList{accounts.at(1)});
    o = call(kCancel, kRegion, shareBody(m_db, {accounts.at(1)}));
    QCOMPARE(o.errorCode(), QString());
    QVERIFY(m_sim->sharedAccounts(m_db).isEmpty());
    QCOMPARE(m_sim->appliedRequestCount(kShare), 1);
    QCOMPARE(m_sim->appliedRequestCount(kCancel), 2);

    const QList<Simulator::RequestRecord> log = m_sim->requestLog();
    QCOMPARE(log.size(), 4);
    QCOMPARE(log.at(0).action, kShare);
    QCOMPARE(log.at(0).region, kRegion);
    QCOMPARE(log.at(0).blueprintId, m_db);
    QCOMPARE(log.at(0).accountIds, accounts);
    QVERIFY(log.at(0).applied);
    QVERIFY(log.at(0).errorCode.isEmpty());
}

void TestSimulator::describeBlueprints_pagingAndFilters()
{
    for (int i = 0; i < 25; ++i)
        m_sim->addBlueprint(kRegion, QStringLiteral("lhbp-page%1").arg(i, 4, 10, QLatin1Char('0')),
                            QStringLiteral("bulk-%1").arg(i));
    auto filtered = [](int offset, int limit) {
        QJsonObject filter;
        filter.insert(QStringLiteral("Name"), QStringLiteral("blueprint-type"));
        filter.insert(QStringLiteral("Values"), QJsonArray{QStringLiteral("PRIVATE")});
        QJsonObject o;
        o.insert(QStringLiteral("Filters"), QJsonArray{filter});
        o.insert(QStringLiteral("Offset"), offset);
        if (limit >= 0)
            o.insert(QStringLiteral("Limit"), limit);
        return json(o);
    };
    QSet<QString> seen;
    int offset = 0;
    int total = -1;
    while (total < 0 || offset < total) {
        const Outcome o = call(kDescribe, kRegion, filtered(offset, 10));
        QCOMPARE(o.errorCode(), QString());
        total = o.response.value(QStringLiteral("TotalCount")).toInt();
        const QJsonArray page = o.response.value(QStringLiteral("BlueprintSet")).toArray();
        QVERIFY(!page.isEmpty());
        QVERIFY(page.size() <= 10);
        for (const QJsonValue &v : page) {
            const QJsonObject bp = v.toObject();
            QCOMPARE(bp.value(QStringLiteral("BlueprintType")).toString(), QStringLiteral("PRIVATE"));
            seen.insert(bp.value(QStringLiteral("BlueprintId")).toString());
        }
        offset += page.size();
    }
    QCOMPARE(total, 29); // 4 demo + 25 added; the 5 public images are filtered out
    QCOMPARE(seen.size(), 29);

    // Default Limit is 20; no filter includes public images.
    Outcome o = call(kDescribe, kRegion, filtered(0, -1));
    QCOMPARE(o.response.value(QStringLiteral("BlueprintSet")).toArray().size(), 20);
    o = call(kDescribe, kRegion, "{\"Limit\":100}");
    QCOMPARE(o.response.value(QStringLiteral("TotalCount")).toInt(), 34);

    // Documented fields on a demo blueprint.
    QJsonObject byId;
    byId.insert(QStringLiteral("BlueprintIds"), QJsonArray{m_web});
    o = call(kDescribe, kRegion, json(byId));
    QCOMPARE(o.response.value(QStringLiteral("TotalCount")).toInt(), 1);
    const QJsonObject bp = o.response.value(QStringLiteral("BlueprintSet")).toArray().at(0).toObject();
    for (const char *field : {"BlueprintId",
                              "DisplayTitle",
                              "DisplayVersion",
                              "Description",
                              "OsName",
                              "Platform",
                              "PlatformType",
                              "BlueprintType",
                              "ImageUrl",
                              "RequiredSystemDiskSize",
                              "BlueprintState",
                              "CreatedTime",
                              "BlueprintName",
                              "SupportAutomationTools",
                              "RequiredMemorySize",
                              "ImageId",
                              "CommunityUrl",
                              "GuideUrl",
                              "SceneIdSet",
                              "DockerVersion",
                              "BlueprintShared",
                              "Tags"})
        QVERIFY2(bp.contains(QLatin1String(field)), field);
    QCOMPARE(bp.value(QStringLiteral("BlueprintName")).toString(), QStringLiteral("web-base"));
    QCOMPARE(bp.value(QStringLiteral("BlueprintState")).toString(), QStringLiteral("NORMAL"));
    QVERIFY(bp.value(QStringLiteral("BlueprintShared")).toBool());
    QVERIFY(bp.value(QStringLiteral("DockerVersion")).isNull());
    QVERIFY(bp.value(QStringLiteral("CreatedTime")).toString().endsWith(QLatin1Char('Z')));
    QVERIFY(QDateTime::fromString(bp.value(QStringLiteral("CreatedTime")).toString(), Qt::ISODate).isValid());

    // Several filters AND together, values OR.
    o = call(kDescribe, kRegion,
             "{\"Filters\":[{\"Name\":\"blueprint-type\",\"Values\":[\"PRIVATE\"]},"
             "{\"Name\":\"blueprint-state\",\"Values\":[\"SYNCING\"]}]}");
    QCOMPARE(o.response.value(QStringLiteral("TotalCount")).toInt(), 1);
    o = call(kDescribe, kRegion,
             "{\"Filters\":[{\"Name\":\"blueprint-name\",\"Values\":[\"db-golden\",\"ci-runner\"]}]}");
    QCOMPARE(o.response.value(QStringLiteral("TotalCount")).toInt(), 2);
    o = call(kDescribe, kRegion, "{\"Filters\":[{\"Name\":\"platform-type\",\"Values\":[\"WINDOWS\"]}]}");
    QCOMPARE(o.response.value(QStringLiteral("TotalCount")).toInt(), 2); // win-build + public Windows
}

void TestSimulator::describeBlueprints_sceneAndTagFilters()
{
    SimBlueprint tagged;
    tagged.id = QStringLiteral("lhbp-tagged01");
    tagged.name = QStringLiteral("tagged");
    tagged.sceneIds = {QStringLiteral("lhsc-6wmh9lj8")};
    tagged.tags = {{QStringLiteral("team"), QStringLiteral("web")}, {QStringLiteral("env"), QStringLiteral("prod")}};
    m_sim->addBlueprint(kRegion, tagged);
    auto count = [&](const QByteArray &filter) {
        const Outcome o = call(kDescribe, kRegion, "{\"Filters\":[" + filter + "]}");
        return o.errorCode().isEmpty() ? o.response.value(QStringLiteral("TotalCount")).toInt() : -1;
    };
    QCOMPARE(count("{\"Name\":\"scene-id\",\"Values\":[\"lhsc-6wmh9lj8\"]}"), 1);
    QCOMPARE(count("{\"Name\":\"tag-key\",\"Values\":[\"env\",\"owner\"]}"), 1);
    QCOMPARE(count("{\"Name\":\"tag-value\",\"Values\":[\"web\"]}"), 1);
    QCOMPARE(count("{\"Name\":\"tag:team\",\"Values\":[\"web\"]}"), 1);
    QCOMPARE(count("{\"Name\":\"tag:team\",\"Values\":[\"db\"]}"), 0);
    QCOMPARE(count("{\"Name\":\"tag:owner\",\"Values\":[\"web\"]}"), 0);
    // The tags come back in the blueprint.
    const Outcome o = call(kDescribe, kRegion, "{\"BlueprintIds\":[\"lhbp-tagged01\"]}");
    const QJsonObject bp = o.response.value(QStringLiteral("BlueprintSet")).toArray().at(0).toObject();
    QCOMPARE(bp.value(QStringLiteral("Tags")).toArray().size(), 2);
    QCOMPARE(bp.value(QStringLiteral("SceneIdSet")).toArray().at(0).toString(), QStringLiteral("lhsc-6wmh9lj8"));
}

void TestSimulator::regions_unsupportedOnlyWhereTheDocsSaySo()
{
    const QString chongqing = QStringLiteral("ap-chongqing");
    // Reads work in every Lighthouse region.
    QCOMPARE(call(kDescribe, chongqing, "{}").errorCode(), QString());
    QJsonObject query;
    query.insert(QStringLiteral("BlueprintIds"), QJsonArray{m_web});
    QCOMPARE(call(kShareInfos, chongqing, json(query)).errorCode(), QString());
    // Share and Cancel "only support" the regions their pages list.
    QCOMPARE(call(kShare, chongqing, shareBody(m_db, {QStringLiteral("123456789")})).errorCode(),
             QStringLiteral("UnsupportedRegion"));
    QCOMPARE(call(kCancel, chongqing, shareBody(m_web, {QStringLiteral("700000164995")})).errorCode(),
             QStringLiteral("UnsupportedRegion"));
    // A region that does not exist at all is a bad value, for every action.
    QCOMPARE(call(kDescribe, QStringLiteral("ap-atlantis"), "{}").errorCode(), QStringLiteral("InvalidParameterValue"));
}

void TestSimulator::describeBlueprints_validation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("limit>100") << QByteArray("{\"Limit\":101}") << QStringLiteral("InvalidParameterValue.OutOfRange");
    QTest::newRow("negative offset") << QByteArray("{\"Offset\":-1}")
                                     << QStringLiteral("InvalidParameterValue.Negative");
    QTest::newRow("limit string") << QByteArray("{\"Limit\":\"5\"}") << QStringLiteral("InvalidParameter");
    QTest::newRow("ids+filters") << QByteArray("{\"BlueprintIds\":[\"lhbp-aaaaaaaa\"],\"Filters\":[{\"Name\":"
                                               "\"blueprint-id\",\"Values\":[\"lhbp-aaaaaaaa\"]}]}")
                                 << QStringLiteral("InvalidParameter.ParameterConflict");
    QTest::newRow("malformed id") << QByteArray("{\"BlueprintIds\":[\"lhbp-XYZ\"]}")
                                  << QStringLiteral("InvalidParameterValue.BlueprintIdMalformed");
    QTest::newRow("unknown filter") << QByteArray("{\"Filters\":[{\"Name\":\"color\",\"Values\":[\"red\"]}]}")
                                    << QStringLiteral("InvalidParameter.InvalidFilterNotSupportedName");
    QTest::newRow("filter not dict") << QByteArray("{\"Filters\":[\"x\"]}")
                                     << QStringLiteral("InvalidParameter.InvalidFilterNotDict");
    QTest::newRow("bad type") << QByteArray("{\"Filters\":[{\"Name\":\"blueprint-type\",\"Values\":[\"CUSTOM\"]}]}")
                              << QStringLiteral("InvalidParameterValue.InvalidBlueprintType");
    // GAME_PORTAL is a BlueprintType a reply may carry, but not a value of the blueprint-type filter.
    QTest::newRow("game portal type") << QByteArray(
        "{\"Filters\":[{\"Name\":\"blueprint-type\",\"Values\":[\"GAME_PORTAL\"]}]}")
                                      << QStringLiteral("InvalidParameterValue.InvalidBlueprintType");
    QTest::newRow("bad platform") << QByteArray("{\"Filters\":[{\"Name\":\"platform-type\",\"Values\":[\"BSD\"]}]}")
                                  << QStringLiteral("InvalidParameterValue.InvalidBlueprintPlatformType");
    QTest::newRow("filter extra key") << QByteArray(
        "{\"Filters\":[{\"Name\":\"tag-key\",\"Values\":[\"a\"],\"Op\":\"eq\"}]}")
                                      << QStringLiteral("InvalidParameter.InvalidFilterInvalidKey");
    QTest::newRow("filter name not text") << QByteArray("{\"Filters\":[{\"Name\":5,\"Values\":[\"a\"]}]}")
                                          << QStringLiteral("InvalidParameter.InvalidFilterInvalidNameNotStr");
    QTest::newRow("bare tag: prefix") << QByteArray("{\"Filters\":[{\"Name\":\"tag:\",\"Values\":[\"a\"]}]}")
                                      << QStringLiteral("InvalidParameter.InvalidFilterNotSupportedName");
    QByteArray manyIds = "{\"BlueprintIds\":[";
    for (int i = 0; i < 101; ++i)
        manyIds += (i ? "," : "") + QByteArray("\"lhbp-") + QByteArray::number(10000000 + i) + '"';
    QTest::newRow("101 ids") << manyIds + "]}" << QStringLiteral("InvalidParameterValue.LimitExceeded");
    QTest::newRow("duplicate ids") << QByteArray("{\"BlueprintIds\":[\"lhbp-aaaaaaaa\",\"lhbp-aaaaaaaa\"]}")
                                   << QStringLiteral("InvalidParameterValue.Duplicated");
}

void TestSimulator::describeBlueprints_validation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QCOMPARE(call(kDescribe, kRegion, body).errorCode(), code);
}

void TestSimulator::shareInfos_listsAndCanBeSwitchedOff()
{
    QJsonObject query;
    query.insert(QStringLiteral("BlueprintIds"), QJsonArray{m_web, m_db});
    Outcome o = call(kShareInfos, kRegion, json(query));
    QCOMPARE(o.errorCode(), QString());
    QCOMPARE(o.response.value(QStringLiteral("TotalCount")).toInt(), 3);
    const QJsonArray set = o.response.value(QStringLiteral("BlueprintShareAcrossAccountInfoSet")).toArray();
    QCOMPARE(set.size(), 3);
    QCOMPARE(set.at(0).toObject().value(QStringLiteral("BlueprintId")).toString(), m_web);
    QCOMPARE(set.at(0).toObject().value(QStringLiteral("AccountId")).toString(), QStringLiteral("100012345678"));
    QVERIFY(set.at(0).toObject().value(QStringLiteral("CreatedTime")).toString().endsWith(QLatin1Char('Z')));

    query.insert(QStringLiteral("Limit"), 2);
    query.insert(QStringLiteral("Offset"), 2);
    o = call(kShareInfos, kRegion, json(query));
    QCOMPARE(o.response.value(QStringLiteral("TotalCount")).toInt(), 3);
    QCOMPARE(o.response.value(QStringLiteral("BlueprintShareAcrossAccountInfoSet")).toArray().size(), 1);

    o = call(kShareInfos, kRegion,
             "{\"BlueprintIds\":[\"" + m_web.toUtf8()
                 + "\"],\"Filters\":[{\"Name\":\"account-id\",\"Values\":[\"1038493875\"]}]}");
    QCOMPARE(o.response.value(QStringLiteral("TotalCount")).toInt(), 1);

    QCOMPARE(call(kShareInfos, kRegion, "{}").errorCode(), QStringLiteral("MissingParameter"));
    QCOMPARE(call(kShareInfos, kRegion, "{\"BlueprintIds\":[\"nope\"]}").errorCode(),
             QStringLiteral("InvalidParameterValue.BlueprintIdMalformed"));
    QCOMPARE(call(kShareInfos, kRegion, "{\"BlueprintIds\":[\"" + m_web.toUtf8() + "\"],\"Limit\":500}").errorCode(),
             QStringLiteral("InvalidParameterValue.OutOfRange"));

    // The official definition has no 100-ID maximum, no Duplicated and no InvalidFilter codes.
    QJsonArray manyIds{m_web, m_web};
    for (int i = 0; i < 150; ++i)
        manyIds.append(QString(QStringLiteral("lhbp-") + QString::number(20000000 + i)));
    o = call(kShareInfos, kRegion, json(QJsonObject{{QStringLiteral("BlueprintIds"), manyIds}}));
    QCOMPARE(o.errorCode(), QString());
    QCOMPARE(o.response.value(QStringLiteral("TotalCount")).toInt(), 3); // web-base listed once
    const QByteArray ids = "\"BlueprintIds\":[\"" + m_web.toUtf8() + "\"]";
    for (const QByteArray &filters :
         {QByteArray("[{\"Name\":\"blueprint-id\",\"Values\":[\"x\"]}]"), QByteArray("[\"x\"]"),
          QByteArray("[{\"Name\":\"account-id\",\"Values\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\"]}]")}) {
        const QString code = call(kShareInfos, kRegion, "{" + ids + ",\"Filters\":" + filters + "}").errorCode();
        QVERIFY2(code == QLatin1String("InvalidParameter") || code == QLatin1String("InvalidParameterValue"),
                 qPrintable(code));
    }

    m_sim->setShareInfosAvailable(false);
    QCOMPARE(call(kShareInfos, kRegion, json(query)).errorCode(), QStringLiteral("InvalidAction"));
}

void TestSimulator::rapidCancels_someRateLimited()
{
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 25; ++i)
        replies << post(kCancel, kRegion, shareBody(m_web, {QStringLiteral("%1").arg(300000000 + i)}));
    int limited = 0;
    int other = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        const Outcome o = wait(reply);
        QVERIFY(o.finished);
        if (o.errorCode() == QLatin1String("RequestLimitExceeded"))
            ++limited;
        else if (o.errorCode() == QLatin1String("UnsupportedOperation.BlueprintHasNotShared"))
            ++other;
    }
    QCOMPARE(limited + other, 25);
    QVERIFY2(limited >= 1, qPrintable(QString::number(limited)));
    QVERIFY(other <= 20);
    QCOMPARE(m_sim->maxInAnyWindow(kCancel), 25); // arrivals, accepted or rejected
    int loggedLimited = 0;
    for (const auto &record : m_sim->requestLog())
        loggedLimited += record.errorCode == QLatin1String("RequestLimitExceeded");
    QCOMPARE(loggedLimited, limited);

    // After a second the window has moved on.
    QTest::qWait(1100);
    QCOMPARE(call(kCancel, kRegion, shareBody(m_web, {QStringLiteral("999999999")})).errorCode(),
             QStringLiteral("UnsupportedOperation.BlueprintHasNotShared"));
}

void TestSimulator::rateLimit_canBeDisabledOrOverridden()
{
    QCOMPARE(m_sim->rateLimit(kShare), 20);
    QCOMPARE(m_sim->rateLimit(kDescribe), 10);
    QCOMPARE(m_sim->rateLimit(kRegions), 10);
    m_sim->setRateLimit(kRegions, 2);
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 4; ++i)
        replies << post(kRegions, {}, "{}");
    int limited = 0;
    for (QNetworkReply *reply : std::as_const(replies))
        limited += wait(reply).errorCode() == QLatin1String("RequestLimitExceeded");
    QCOMPARE(limited, 2);

    m_sim->setRateLimitingEnabled(false);
    replies.clear();
    for (int i = 0; i < 12; ++i)
        replies << post(kRegions, {}, "{}");
    for (QNetworkReply *reply : std::as_const(replies))
        QCOMPARE(wait(reply).errorCode(), QString());
}

void TestSimulator::keepAlive_reusesOneConnection()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(call(kRegions, {}, "{}").errorCode(), QString());
    QCOMPARE(m_sim->openConnectionCount(), 1);
    m_nam.reset(); // closes its connections
    QTRY_COMPARE(m_sim->openConnectionCount(), 0);
}

void TestSimulator::rawSocket_pipeliningOversizeAndGarbage()
{
    const QByteArray body = "{}";
    auto rawRequest = [&](const QByteArray &extraHeader) {
        QByteArray raw = "POST / HTTP/1.1\r\n";
        for (const auto &h : TcSigner::sign(creds(), signRequest(kRegions, {}, body)))
            raw += h.first.toLower() + ": " + h.second + "\r\n"; // lower-case names must work
        raw += "content-length: 2\r\n" + extraHeader + "\r\n" + body;
        return raw;
    };

    // Two pipelined requests in one write get two answers, in order; Connection: close on the second.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_sim->port());
    QVERIFY(socket.waitForConnected(2000));
    socket.write(rawRequest({}) + rawRequest("Connection: close\r\n"));
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState), 5000);
    received += socket.readAll();
    QCOMPARE(received.count("HTTP/1.1 200 OK"), 2);
    QCOMPARE(received.count("\"TotalCount\":16"), 2);
    QVERIFY(received.contains("Connection: close"));

    // A body over 1 MiB is refused without being read.
    QTcpSocket big;
    big.connectToHost(QHostAddress::LocalHost, m_sim->port());
    QVERIFY(big.waitForConnected(2000));
    big.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2000000\r\n\r\n{");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += big.readAll(), answer.contains("RequestSizeLimitExceeded")), 5000);

    // Garbage gets a 400 and a closed connection.
    QTcpSocket junk;
    junk.connectToHost(QHostAddress::LocalHost, m_sim->port());
    QVERIFY(junk.waitForConnected(2000));
    junk.write("HELLO\r\n\r\n");
    QByteArray junkAnswer;
    QTRY_VERIFY_WITH_TIMEOUT((junkAnswer += junk.readAll(), junk.state() == QAbstractSocket::UnconnectedState), 5000);
    junkAnswer += junk.readAll();
    QVERIFY(junkAnswer.startsWith("HTTP/1.1 400"));
}

void TestSimulator::processingDelay_delaysAnswer()
{
    m_sim->setProcessingDelayMs(300);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(call(kRegions, {}, "{}").errorCode(), QString());
    QVERIFY(timer.elapsed() >= 280);
}

void TestSimulator::connection_buffersAtMostOneRequestAhead()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(server.waitForNewConnection(2000));
    auto *connection = new SimHttpConnection(server.nextPendingConnection(), &server);
    QList<SimHttpRequest> received;
    connect(connection, &SimHttpConnection::requestReceived, this,
            [&](const SimHttpRequest &request) { received.append(request); });

    // One request, then 6 MiB of pipelined requests while it is being handled (not answered yet).
    QVERIFY(client.waitForConnected(2000));
    const QByteArray one = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}";
    client.write(one);
    client.write(one.repeated(6 * 1024 * 1024 / one.size()));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
    qint64 largest = 0;
    for (int i = 0; i < 40; ++i) {
        QTest::qWait(25);
        largest = qMax(largest, connection->bufferedBytes());
    }
    QVERIFY2(largest > 0, "the pipelined requests never arrived");
    QVERIFY2(largest <= SimHttpConnection::kMaxBufferedBytes, QByteArray::number(largest).constData());

    // Nothing is lost: once the first is answered, the next is read (from the buffer, then the socket).
    connection->sendResponse(200, "OK", {{"Content-Type", "application/json"}}, "{}");
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, 5000);
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += client.readAll(), answer.contains("HTTP/1.1 200 OK")), 5000);
    QCOMPARE(received.at(1).body, QByteArray("{}"));
}

void TestSimulator::requestLog_keepsTheLatestRecords()
{
    QCOMPARE(m_sim->requestLogLimit(), Simulator::kDefaultRequestLogLimit);
    m_sim->setRequestLogLimit(3);
    for (const QString &action : {kRegions, kRegions, kDescribe, kShareInfos, kRegions})
        call(action, action == kRegions ? QString() : kRegion, "{}");
    const QList<Simulator::RequestRecord> log = m_sim->requestLog();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).action, kDescribe);
    QCOMPARE(log.at(1).action, kShareInfos);
    QCOMPARE(log.at(2).action, kRegions);
    QCOMPARE(m_sim->appliedRequestCount(kRegions), 3); // the counters still count everything
}

void TestSimulator::anotherAdministrator_changesTheListBetweenReads()
{
    const QStringList before = m_sim->sharedAccounts(m_web);
    m_sim->changeBetweenReads(
        kShareInfos, 2, [this](Simulator *sim) { sim->setSharedAccounts(m_web, {QStringLiteral("700000164995")}); });
    QJsonObject query{{QStringLiteral("BlueprintIds"), QJsonArray{m_web}}, {QStringLiteral("Limit"), 1}};
    auto total = [&] {
        return call(kShareInfos, kRegion, json(query)).response.value(QStringLiteral("TotalCount")).toInt();
    };
    QCOMPARE(total(), 3);
    QCOMPARE(m_sim->sharedAccounts(m_web), before); // not after one read
    QCOMPARE(call(kDescribe, kRegion, "{}").errorCode(), QString()); // other actions do not count
    QCOMPARE(total(), 3); // the second read is answered from the old list…
    QCOMPARE(m_sim->sharedAccounts(m_web), QStringList{QStringLiteral("700000164995")}); // …then it changes
    QCOMPARE(total(), 1);
}

void TestSimulator::fault_ackNotApplied_answersSuccessAndChangesNothing()
{
    const QStringList before = m_sim->sharedAccounts(m_web);
    const QString account = before.constFirst();
    m_sim->injectFault(kCancel, Simulator::Fault::AckNotApplied);
    Outcome o = call(kCancel, kRegion, shareBody(m_web, {account}));
    QCOMPARE(o.errorCode(), QString());
    QVERIFY(!o.requestId().isEmpty());
    QCOMPARE(m_sim->sharedAccounts(m_web), before);
    QCOMPARE(m_sim->requestLog().constLast().fault, QStringLiteral("AckNotApplied"));
    QVERIFY(!m_sim->requestLog().constLast().applied);
    QCOMPARE(m_sim->appliedRequestCount(kCancel), 0);

    // Used up: the next cancel is applied.
    QCOMPARE(call(kCancel, kRegion, shareBody(m_web, {account})).errorCode(), QString());
    QVERIFY(!m_sim->sharedAccounts(m_web).contains(account));

    // Validated like any request: a bad one is still refused.
    m_sim->injectFault(kShare, Simulator::Fault::AckNotApplied);
    QCOMPARE(call(kShare, kRegion, shareBody(QStringLiteral("lhbp-bad"), {account})).errorCode(),
             QStringLiteral("InvalidParameterValue.BlueprintIdMalformed"));
}

void TestSimulator::fault_ackNotAppliedEveryTime_neverApplies()
{
    m_sim->injectFault(kShare, Simulator::Fault::AckNotApplied, Simulator::kEveryTime);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(call(kShare, kRegion, shareBody(m_db, {QStringLiteral("123456789")})).errorCode(), QString());
    QVERIFY(m_sim->sharedAccounts(m_db).isEmpty());
    QCOMPARE(m_sim->appliedRequestCount(kShare), 0);
    m_sim->clearFaults();
    QCOMPARE(call(kShare, kRegion, shareBody(m_db, {QStringLiteral("123456789")})).errorCode(), QString());
    QCOMPARE(m_sim->sharedAccounts(m_db), QStringList{QStringLiteral("123456789")});
}

void TestSimulator::propagationLag_readsShowAChangeOnlyAfterTheLag()
{
    const QString account = QStringLiteral("123456789");
    const QByteArray read = json(QJsonObject{{QStringLiteral("BlueprintIds"), QJsonArray{m_db}}});
    auto listed = [&] {
        QStringList accounts;
        const Outcome o = call(kShareInfos, kRegion, read);
        if (!o.errorCode().isEmpty())
            accounts.append(o.errorCode()); // never mistaken for an empty list
        for (const QJsonValue &info : o.response.value(QStringLiteral("BlueprintShareAcrossAccountInfoSet")).toArray())
            accounts.append(info.toObject().value(QStringLiteral("AccountId")).toString());
        return accounts;
    };
    auto flaggedShared = [&] {
        const QByteArray ids = json(QJsonObject{{QStringLiteral("BlueprintIds"), QJsonArray{m_db}}});
        const Outcome o = call(kDescribe, kRegion, ids);
        return o.response.value(QStringLiteral("BlueprintSet"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("BlueprintShared"))
            .toBool();
    };
    m_sim->setPropagationLagMs(400);
    m_sim->setRateLimitingEnabled(false); // the reads below poll

    QCOMPARE(call(kShare, kRegion, shareBody(m_db, {account})).errorCode(), QString());
    QCOMPARE(m_sim->sharedAccounts(m_db), QStringList{account}); // applied at once
    QCOMPARE(listed(), QStringList()); // not visible yet
    QVERIFY(!flaggedShared());
    // The service judges a repeat against what it applied, not against the lagging listing.
    QCOMPARE(call(kShare, kRegion, shareBody(m_db, {account})).errorCode(),
             QStringLiteral("UnsupportedOperation.BlueprintAlreadyShared"));
    QTRY_COMPARE_WITH_TIMEOUT(listed(), QStringList{account}, 5000);
    QVERIFY(flaggedShared());

    QCOMPARE(call(kCancel, kRegion, shareBody(m_db, {account})).errorCode(), QString());
    QVERIFY(m_sim->sharedAccounts(m_db).isEmpty());
    QCOMPARE(listed(), QStringList{account}); // still listed for a while
    QCOMPARE(call(kCancel, kRegion, shareBody(m_db, {account})).errorCode(),
             QStringLiteral("UnsupportedOperation.BlueprintHasNotShared"));
    QTRY_COMPARE_WITH_TIMEOUT(listed(), QStringList(), 5000);
    QVERIFY(!flaggedShared());

    // Test setup is never delayed.
    m_sim->setSharedAccounts(m_db, {account});
    QCOMPARE(listed(), QStringList{account});
}

void TestSimulator::fault_errorCode_notApplied()
{
    m_sim->injectFault(kShare, Simulator::Fault::ErrorCode, 2,
                       QStringLiteral("OperationDenied.BlueprintOperationInProgress"));
    const QByteArray body = shareBody(m_db, {QStringLiteral("123456789")});
    // Other actions are unaffected.
    QCOMPARE(call(kRegions, {}, "{}").errorCode(), QString());
    QCOMPARE(call(kShare, kRegion, body).errorCode(), QStringLiteral("OperationDenied.BlueprintOperationInProgress"));
    QCOMPARE(call(kShare, kRegion, body).errorCode(), QStringLiteral("OperationDenied.BlueprintOperationInProgress"));
    QVERIFY(m_sim->sharedAccounts(m_db).isEmpty());
    QCOMPARE(call(kShare, kRegion, body).errorCode(), QString()); // used up
    QCOMPARE(m_sim->sharedAccounts(m_db), QStringList{QStringLiteral("123456789")});

    m_sim->injectFault(kCancel, Simulator::Fault::ErrorCode); // default InternalError
    QCOMPARE(call(kCancel, kRegion, body).errorCode(), QStringLiteral("InternalError"));
    QCOMPARE(m_sim->sharedAccounts(m_db), QStringList{QStringLiteral("123456789")});

    // Faults are consumed only by authenticated requests.
    m_sim->injectFault(kCancel, Simulator::Fault::ErrorCode, 1, QStringLiteral("RequestLimitExceeded"));
    QCOMPARE(
        call(kCancel, kRegion, body, [](TcSigner::Request &, Credentials &c) { c.secretKey = QStringLiteral("x"); })
            .errorCode(),
        QStringLiteral("AuthFailure.SignatureFailure"));
    QCOMPARE(call(kCancel, kRegion, body).errorCode(), QStringLiteral("RequestLimitExceeded"));
}

void TestSimulator::fault_http502_notApplied()
{
    m_sim->injectFault(kShare, Simulator::Fault::Http502Html);
    const Outcome o = call(kShare, kRegion, shareBody(m_db, {QStringLiteral("123456789")}));
    QVERIFY(o.finished);
    QCOMPARE(o.status, 502);
    QVERIFY(o.error != QNetworkReply::NoError);
    QVERIFY(o.contentType.startsWith("text/html"));
    QVERIFY(!o.isJson);
    QVERIFY(m_sim->sharedAccounts(m_db).isEmpty());
    QCOMPARE(m_sim->requestLog().constLast().errorCode, QStringLiteral("Fault.Http502Html"));
}

void TestSimulator::fault_truncatedJson_appliedButUnparsable()
{
    m_sim->injectFault(kShare, Simulator::Fault::TruncatedJson);
    const Outcome o = call(kShare, kRegion, shareBody(m_db, {QStringLiteral("123456789")}));
    QCOMPARE(o.error, QNetworkReply::NoError);
    QCOMPARE(o.status, 200);
    QVERIFY(o.body.startsWith("{\"Response\""));
    QVERIFY(!o.isJson);
    QCOMPARE(m_sim->sharedAccounts(m_db), QStringList{QStringLiteral("123456789")});
    QCOMPARE(m_sim->appliedRequestCount(kShare), 1);
}

void TestSimulator::fault_notJson_applied()
{
    m_sim->injectFault(kCancel, Simulator::Fault::NotJson);
    const Outcome o = call(kCancel, kRegion, shareBody(m_web, {QStringLiteral("700000164995")}));
    QCOMPARE(o.status, 200);
    QVERIFY(o.contentType.startsWith("text/html"));
    QVERIFY(!o.isJson);
    QVERIFY(!m_sim->sharedAccounts(m_web).contains(QStringLiteral("700000164995")));
}

void TestSimulator::fault_resetBeforeApply_networkErrorNotApplied()
{
    // QNAM re-sends a request whose connection died before any answer byte, so arm enough resets
    // for every attempt it makes.
    m_sim->injectFault(kShare, Simulator::Fault::ResetBeforeApply, 10);
    const Outcome o = call(kShare, kRegion, shareBody(m_db, {QStringLiteral("123456789")}));
    QVERIFY(o.finished);
    QVERIFY(o.error != QNetworkReply::NoError);
    QVERIFY(o.error != QNetworkReply::OperationCanceledError);
    QCOMPARE(o.status, 0);
    QVERIFY(m_sim->sharedAccounts(m_db).isEmpty());
    QCOMPARE(m_sim->appliedRequestCount(kShare), 0);
    const int attempts = m_sim->requestLog().size();
    QVERIFY(attempts >= 1 && attempts < 10);
    qInfo("QNAM made %d attempts (error %d)", attempts, int(o.error));
}

void TestSimulator::fault_resetAfterApply_networkErrorApplied()
{
    m_sim->injectFault(kShare, Simulator::Fault::ResetAfterApply, 10);
    const Outcome o = call(kShare, kRegion, shareBody(m_db, {QStringLiteral("123456789")}));
    QVERIFY(o.finished);
    QVERIFY(o.error != QNetworkReply::NoError);
    QCOMPARE(m_sim->sharedAccounts(m_db), QStringList{QStringLiteral("123456789")});
    QCOMPARE(m_sim->appliedRequestCount(kShare), 1);
    // Any automatic re-send by QNAM met an already-shared blueprint.
    const auto log = m_sim->requestLog();
    for (qsizetype i = 1; i < log.size(); ++i)
        QCOMPARE(log.at(i).errorCode, QStringLiteral("UnsupportedOperation.BlueprintAlreadyShared"));
}

void TestSimulator::fault_stall_timesOutNotApplied()
{
    m_sim->injectFault(kShare, Simulator::Fault::Stall);
    QElapsedTimer timer;
    timer.start();
    const Outcome o = wait(post(kShare, kRegion, shareBody(m_db, {QStringLiteral("123456789")}), {}, 500), 5000);
    QVERIFY(o.finished);
    QVERIFY(o.error != QNetworkReply::NoError);
    QVERIFY(timer.elapsed() >= 450);
    QVERIFY(m_sim->sharedAccounts(m_db).isEmpty());
    QCOMPARE(m_sim->requestLog().constLast().errorCode, QStringLiteral("Fault.Stall"));
    // The connection is still usable by others: the next request is answered normally.
    QCOMPARE(call(kShare, kRegion, shareBody(m_db, {QStringLiteral("123456789")})).errorCode(), QString());
}

void TestSimulator::fault_hugeBody_stoppableByClient()
{
    m_sim->injectFault(kRegions, Simulator::Fault::HugeBody);
    QNetworkReply *reply = post(kRegions, {}, "{}");
    std::unique_ptr<QNetworkReply> owner(reply);
    qint64 received = 0;
    QVariant announced;
    connect(reply, &QNetworkReply::readyRead, this, [&] {
        announced = reply->header(QNetworkRequest::ContentLengthHeader);
        received += reply->readAll().size();
        if (received > 2 * 1024 * 1024)
            reply->abort(); // what a client's response size cap does
    });
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    QCOMPARE(announced.toLongLong(), 4294967296LL);
    QVERIFY(received > 2 * 1024 * 1024);
    // The server notices the disconnect and stops streaming long before its 32 MiB of filler.
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->openConnectionCount(), 0, 5000);
    QVERIFY(m_sim->lastHugeBodyBytesSent() > 0);
    QVERIFY2(m_sim->lastHugeBodyBytesSent() < 32LL * 1024 * 1024,
             qPrintable(QString::number(m_sim->lastHugeBodyBytesSent())));
}

void TestSimulator::fault_slowDrip_appliedAndSlow()
{
    m_sim->injectFault(kShare, Simulator::Fault::SlowDrip);
    QNetworkReply *reply = post(kShare, kRegion, shareBody(m_db, {QStringLiteral("123456789")}));
    std::unique_ptr<QNetworkReply> owner(reply);
    QTRY_COMPARE(m_sim->appliedRequestCount(kShare), 1);
    QCOMPARE(m_sim->sharedAccounts(m_db), QStringList{QStringLiteral("123456789")});
    QTest::qWait(1000);
    QVERIFY(!reply->isFinished()); // at 5 bytes/s the status line is not even complete
    reply->abort();
    QTRY_COMPARE(m_sim->openConnectionCount(), 0);
}

void TestSimulator::fault_anyActionAndClear()
{
    m_sim->injectFault({}, Simulator::Fault::ErrorCode, 2, QStringLiteral("InternalError"));
    QCOMPARE(call(kRegions, {}, "{}").errorCode(), QStringLiteral("InternalError"));
    QCOMPARE(call(kDescribe, kRegion, "{}").errorCode(), QStringLiteral("InternalError"));
    QCOMPARE(call(kRegions, {}, "{}").errorCode(), QString());
    m_sim->injectFault({}, Simulator::Fault::Stall, 5);
    m_sim->clearFaults();
    QCOMPARE(call(kRegions, {}, "{}").errorCode(), QString());
}

void TestSimulator::tls_listensAndAnswers()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!openssl.isEmpty(), "openssl is needed to make a test certificate (scripts/test installs it)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    QProcess process;
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), keyPath,
                   QStringLiteral("-out"), certPath});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslCertificate cert(&certFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    QVERIFY(!cert.isNull());
    QVERIFY(!key.isNull());

    Simulator tls;
    tls.setCredentials(creds());
    QVERIFY2(tls.listenTls(cert, key), qPrintable(tls.errorString()));
    QCOMPARE(tls.url().scheme(), QStringLiteral("https"));

    TcSigner::Request r = signRequest(kRegions, {}, "{}");
    r.host = QStringLiteral("127.0.0.1:%1").arg(tls.port());
    // Verified, not ignored: the test trusts its own certificate for the duration of the call.
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = original;
    trusting.addCaCertificate(cert);
    QSslConfiguration::setDefaultConfiguration(trusting);
    QNetworkReply *reply = send(TcSigner::sign(creds(), r), "{}", 0, tls.url());
    const Outcome o = wait(reply, 10000);
    QSslConfiguration::setDefaultConfiguration(original);
    QCOMPARE(o.error, QNetworkReply::NoError);
    QCOMPARE(o.response.value(QStringLiteral("TotalCount")).toInt(), 16);
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "TestSimulator.moc"
