// SessionFactory opens the one kind of connection both front ends use, from a saved profile, the
// environment or the demo; ConnectionTest checks one against the simulator.
#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileManager.h"
#include "session/ConnectionTest.h"
#include "session/SessionFactory.h"
#include "simulator/Simulator.h"
#include "support/TestSupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace LhShare;

namespace {
const Credentials kKeys{
    QStringLiteral("AKIDsessionTest000000000000000000001"), QStringLiteral("sessionTestSecretKey000000000001"), {}};

// What a SessionJob reported; the session (if any) is owned by the caller.
struct Opened
{
    ApiError error;
    bool missingCredentials = false;
    bool unknownProfile = false;
    std::unique_ptr<Session> session;
};

Opened open(SessionJob *job)
{
    Opened opened;
    QSignalSpy spy(job, &Job::finished);
    QObject::connect(job, &Job::finished, job, [&] {
        opened.error = job->error();
        opened.missingCredentials = job->isMissingCredentials();
        opened.unknownProfile = job->isUnknownProfile();
        opened.session.reset(job->takeSession());
    });
    job->start();
    if (!spy.wait(10'000))
        qFatal("the session job never finished");
    return opened;
}

// Runs a connection test; returns its outcome text and sets *ok.
QString test(Session *session, bool *ok)
{
    auto *test = new ConnectionTest(session);
    QSignalSpy spy(test, &Job::finished);
    QString text;
    QObject::connect(test, &Job::finished, test, [&] {
        text = test->outcomeText();
        *ok = !test->hasError();
    });
    test->start();
    if (!spy.wait(10'000))
        qFatal("the connection test never finished");
    return text;
}
} // namespace

class TestSessionFactory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_simulator = std::make_unique<Simulator>();
        m_simulator->setCredentials(kKeys);
        QVERIFY(m_simulator->listen());
        m_factory = std::make_unique<SessionFactory>(&m_network, &m_store);
    }

    void environment_givesCredentialsRegionAndEndpointOverride()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), kKeys.secretId);
        environment.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), kKeys.secretKey);
        environment.insert(QStringLiteral("TENCENTCLOUD_REGION"), QStringLiteral("ap-singapore"));
        const Opened opened = open(
            m_factory->openEnvironment(environment, {Endpoint::parse(m_simulator->url().toString()), 5000}));
        QVERIFY2(!opened.error.isError(), qPrintable(opened.error.summary()));
        QCOMPARE(opened.session->defaultRegion(), QStringLiteral("ap-singapore"));
        QCOMPARE(opened.session->context().profileName, QString());
        QVERIFY(!opened.session->isDemo());
        bool ok = false;
        const QString text = test(opened.session.get(), &ok);
        QVERIFY2(ok, qPrintable(text));
        QVERIFY(text.startsWith(QStringLiteral("Connection works")));
    }

    void environment_withoutKeys_isMissingCredentials()
    {
        const Opened opened = open(m_factory->openEnvironment(QProcessEnvironment()));
        QVERIFY(opened.missingCredentials);
        QVERIFY(!opened.session);
    }

    void profile_keysFromTheStore_andUnknownNamesAreInputErrors()
    {
        Profile profile;
        profile.name = QStringLiteral("sim");
        profile.secretId = kKeys.secretId;
        profile.defaultRegion = QStringLiteral("ap-tokyo");
        profile.endpoint = m_simulator->url().toString();
        ProfileManager manager(&m_store);
        QCOMPARE(Test::runCredentialJob(manager.save(profile, {kKeys.secretKey, QString()})), QString());

        const Opened opened = open(m_factory->openProfile(QStringLiteral("sim")));
        QVERIFY2(!opened.error.isError(), qPrintable(opened.error.summary()));
        QCOMPARE(opened.session->settings().credentials.secretKey, kKeys.secretKey);
        QCOMPARE(opened.session->defaultRegion(), QStringLiteral("ap-tokyo"));
        QCOMPARE(opened.session->context().profileName, QStringLiteral("sim"));
        QCOMPARE(opened.session->context().redactedSecretId, kKeys.redactedSecretId());
        bool ok = false;
        QVERIFY(!test(opened.session.get(), &ok).isEmpty());
        QVERIFY(ok);

        const Opened unknown = open(m_factory->openProfile(QStringLiteral("nope")));
        QVERIFY(unknown.unknownProfile);
        QVERIFY(unknown.error.userMessage().contains(QStringLiteral("sim"))); // lists the known ones
    }

    void connectionTest_failure_namesCodeAndRequestId()
    {
        ConnectionSettings settings;
        settings.credentials = {kKeys.secretId, QStringLiteral("wrongKeywrongKeywrongKey00000000"), {}};
        settings.endpoint = Endpoint::parse(m_simulator->url().toString());
        std::unique_ptr<Session> session(m_factory->open(settings));
        bool ok = true;
        const QString text = test(session.get(), &ok);
        QVERIFY(!ok);
        QVERIFY2(text.contains(QStringLiteral("Code: AuthFailure")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("RequestId: ")));
        QVERIFY(!text.contains(QStringLiteral("wrongKey")));
    }

    void demo_neverSeesRealCredentials()
    {
        // Real keys in the environment (tccli users have them) change nothing for the demo.
        qputenv("TENCENTCLOUD_SECRET_ID", kKeys.secretId.toLatin1());
        qputenv("TENCENTCLOUD_SECRET_KEY", kKeys.secretKey.toLatin1());
        m_factory->setDemoBackend(&Simulator::startDemo);
        const Opened opened = open(m_factory->openDemo());
        qunsetenv("TENCENTCLOUD_SECRET_ID");
        qunsetenv("TENCENTCLOUD_SECRET_KEY");
        QVERIFY2(!opened.error.isError(), qPrintable(opened.error.summary()));
        QVERIFY(opened.session->isDemo());
        QCOMPARE(opened.session->settings().credentials.secretId, Simulator::demoCredentials().secretId);
        bool ok = false;
        const QString text = test(opened.session.get(), &ok);
        QVERIFY2(ok, qPrintable(text));
    }

    void demo_withoutBackend_fails()
    {
        QVERIFY(!m_factory->hasDemo());
        const Opened opened = open(m_factory->openDemo());
        QVERIFY(opened.error.isError());
        QVERIFY(!opened.session);
    }

private:
    QNetworkAccessManager m_network;
    MemoryCredentialStore m_store;
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<SessionFactory> m_factory;
};

QTEST_GUILESS_MAIN(TestSessionFactory)
#include "TestSessionFactory.moc"
