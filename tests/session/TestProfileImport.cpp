// The import rules that the CLI's `profiles import-*` and the profiles dialog share.
#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileRepository.h"
#include "session/ProfileImport.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace LhShare;

namespace {
ImportCandidate fromEnvironment(const QString &region = {})
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"),
                       QStringLiteral("AKIDimportTest0000000000000000000001"));
    environment.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), QStringLiteral("importTestSecretKey0000000000001"));
    environment.insert(QStringLiteral("TENCENTCLOUD_TOKEN"), QStringLiteral("token-1"));
    if (!region.isEmpty())
        environment.insert(QStringLiteral("TENCENTCLOUD_REGION"), region);
    return ProfileImport::environment(environment);
}
} // namespace

class TestProfileImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        ProfileRepository repository;
        for (const QString &name : repository.names())
            repository.remove(name);
    }

    void fieldsMapOntoProfileAndSecrets()
    {
        const ImportCandidate candidate = fromEnvironment(QStringLiteral("ap-singapore"));
        QVERIFY(ProfileImport::problem(candidate, QDateTime::currentDateTimeUtc()).isEmpty());
        const Profile profile = ProfileImport::profileFor(candidate, QStringLiteral("env"));
        QCOMPARE(profile.name, QStringLiteral("env"));
        QCOMPARE(profile.secretId, QStringLiteral("AKIDimportTest0000000000000000000001"));
        QCOMPARE(profile.defaultRegion, QStringLiteral("ap-singapore"));
        const ProfileManager::SecretChange secrets = ProfileImport::secretsFor(candidate);
        QCOMPARE(secrets.secretKey.value_or(QString()), QStringLiteral("importTestSecretKey0000000000001"));
        QCOMPARE(secrets.token.value_or(QString()), QStringLiteral("token-1"));
        // Without a region in the source, the profile keeps the default one.
        QCOMPARE(ProfileImport::profileFor(fromEnvironment(), QStringLiteral("e")).defaultRegion,
                 Profile().defaultRegion);
    }

    void expiredTemporaryCredentials_areRefused()
    {
        QTemporaryDir dir;
        QFile credential(dir.filePath(QStringLiteral("old.credential")));
        QVERIFY(credential.open(QIODevice::WriteOnly));
        credential.write(R"({"type":"sso","secretId":"AKIDexpired000000000000000000000001",)"
                         R"("secretKey":"expiredSecretKey0000000000000001","token":"t","expiresAt":1700000000})");
        credential.close();
        const ImportCandidate candidate = ProfileImport::tccli(QStringLiteral("old"), dir.path());
        QCOMPARE(candidate.suggestedName, QStringLiteral("old"));
        const QString problem = ProfileImport::problem(candidate, QDateTime::currentDateTimeUtc());
        QVERIFY2(problem.contains(QStringLiteral("expired")), qPrintable(problem));
        MemoryCredentialStore store;
        ProfileManager manager(&store);
        QString why;
        QCOMPARE(Test::runCredentialJob(ProfileImport::save(candidate, QStringLiteral("old"), false, &manager), &why),
                 QLatin1String(CredentialJob::kRefused));
        QVERIFY(why.contains(QStringLiteral("expired")));
        QVERIFY(store.keys().isEmpty());
    }

    void names_areValidAndFree_andExistingNeedsReplace()
    {
        MemoryCredentialStore store;
        ProfileManager manager(&store);
        ImportCandidate candidate = fromEnvironment();
        QCOMPARE(ProfileImport::freeName(candidate, manager.repository()), QStringLiteral("environment"));
        QCOMPARE(Test::runCredentialJob(ProfileImport::save(candidate, QStringLiteral("environment"), false, &manager)),
                 QString());
        QCOMPARE(ProfileImport::freeName(candidate, manager.repository()), QStringLiteral("environment-2"));
        QString why;
        QCOMPARE(Test::runCredentialJob(ProfileImport::save(candidate, QStringLiteral("environment"), false, &manager),
                                        &why),
                 QLatin1String(CredentialJob::kRefused));
        QVERIFY(why.contains(QStringLiteral("already exists")));
        QCOMPARE(Test::runCredentialJob(ProfileImport::save(candidate, QStringLiteral("environment"), true, &manager)),
                 QString());
        candidate.suggestedName = QStringLiteral("bad name/with slash");
        QCOMPARE(ProfileImport::freeName(candidate, manager.repository()), QStringLiteral("imported"));
        QCOMPARE(Test::runCredentialJob(ProfileImport::save(candidate, candidate.suggestedName, false, &manager)),
                 QLatin1String(CredentialJob::kRefused));
    }
};

QTEST_GUILESS_MAIN(TestProfileImport)
#include "TestProfileImport.moc"
