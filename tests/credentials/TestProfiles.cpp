// Profiles with the session-only store: repository, manager (ordering), loader (plain-words errors).
#include "credentials/CredentialStore.h"
#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileLoader.h"
#include "credentials/ProfileManager.h"
#include "credentials/ProfileRepository.h"

#include "support/UnreachableCredentialStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace LhShare;

namespace {

const QString kSecretKey = QStringLiteral("unitTestSecretKey0000000000000001");

// Waits for a job and returns its error (the job deletes itself afterwards).
CredentialJob::Error wait(CredentialJob *job, QString *errorString = nullptr, ProfileSecrets *secrets = nullptr)
{
    QSignalSpy spy(job, &CredentialJob::finished);
    CredentialJob::Error error = CredentialJob::Error::Failed;
    QObject::connect(job, &CredentialJob::finished, job, [&] {
        error = job->error();
        if (errorString)
            *errorString = job->errorString();
        if (secrets)
            *secrets = job->secrets();
    });
    if (!spy.wait(5000))
        qWarning("credential job did not finish");
    return error;
}

Profile makeProfile(const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.secretId = QStringLiteral("AKIDunitTest0000000000000000000000001");
    profile.defaultRegion = QStringLiteral("ap-tokyo");
    profile.endpoint = QStringLiteral("intl");
    return profile;
}

} // namespace

class TestProfiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void validNames_data();
    void validNames();
    void jobs_finishFromTheEventLoop();
    void memoryStore_roundTripAndRemove();
    void repository_keepsNoSecrets();
    void save_writesSecretsThenSettings();
    void save_noKeychainLeavesNothing();
    void save_secretUnchangedKeepsStoredKey();
    void remove_deletesBoth();
    void remove_unknownProfileSaysSo();
    void rename_movesSecrets();
    void duplicate_copiesSecrets();
    void loader_unknownProfileListsKnownOnes();
    void loader_returnsCredentials();
    void loader_noKeychainIsFlagged();

private:
    QString settingsText() const;
};

void TestProfiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("lighthouse-share-test-profiles"));
}

void TestProfiles::init()
{
    QSettings().clear();
}

QString TestProfiles::settingsText() const
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestProfiles::validNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << "prod" << true;
    QTest::newRow("dots dashes underscores") << "team-a.prod_2" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("space") << "my profile" << false;
    QTest::newRow("leading dot") << ".x" << false;
    QTest::newRow("too long") << QString(65, QLatin1Char('a')) << false;
    QTest::newRow("non-ascii") << "生产" << false;
}

void TestProfiles::validNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QString error;
    QCOMPARE(ProfileRepository::isValidName(name, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
}

void TestProfiles::jobs_finishFromTheEventLoop()
{
    MemoryCredentialStore store;
    CredentialJob *job = store.write(QStringLiteral("p"), {kSecretKey, {}});
    bool finishedAlready = false;
    connect(job, &CredentialJob::finished, this, [&finishedAlready] { finishedAlready = true; });
    QVERIFY(!finishedAlready);
    QTRY_VERIFY(finishedAlready);
}

void TestProfiles::memoryStore_roundTripAndRemove()
{
    MemoryCredentialStore store;
    QVERIFY(!store.isPersistent());
    QCOMPARE(wait(store.write(QStringLiteral("p"), {kSecretKey, QStringLiteral("tok")})), CredentialJob::Error::None);
    QCOMPARE(store.keys().size(), 2);

    ProfileSecrets secrets;
    QCOMPARE(wait(store.read(QStringLiteral("p")), nullptr, &secrets), CredentialJob::Error::None);
    QCOMPARE(secrets.secretKey, kSecretKey);
    QCOMPARE(secrets.token, QStringLiteral("tok"));

    // An empty token removes the stored one.
    QCOMPARE(wait(store.write(QStringLiteral("p"), {kSecretKey, {}})), CredentialJob::Error::None);
    QCOMPARE(store.keys(),
             QStringList{CredentialStore::keyFor(QStringLiteral("p"), CredentialStore::Field::SecretKey)});

    QCOMPARE(wait(store.remove(QStringLiteral("p"))), CredentialJob::Error::None);
    QVERIFY(store.keys().isEmpty());
    QCOMPARE(wait(store.read(QStringLiteral("p"))), CredentialJob::Error::NotFound);
    QCOMPARE(wait(store.remove(QStringLiteral("p"))), CredentialJob::Error::NotFound);
}

void TestProfiles::repository_keepsNoSecrets()
{
    ProfileRepository repository;
    Profile profile = makeProfile(QStringLiteral("prod"));
    profile.hasToken = true;
    profile.tokenExpiry = QDateTime::fromSecsSinceEpoch(4000000000, Qt::UTC);
    repository.save(profile);
    repository.save(makeProfile(QStringLiteral("Alpha")));

    QCOMPARE(repository.names(), (QStringList{QStringLiteral("Alpha"), QStringLiteral("prod")}));
    const std::optional<Profile> loaded = repository.load(QStringLiteral("prod"));
    QVERIFY(loaded);
    QCOMPARE(loaded->secretId, profile.secretId);
    QCOMPARE(loaded->defaultRegion, profile.defaultRegion);
    QCOMPARE(loaded->endpoint, profile.endpoint);
    QVERIFY(loaded->hasToken);
    QCOMPARE(loaded->tokenExpiry, profile.tokenExpiry);
    QVERIFY(!repository.load(QStringLiteral("nope")));
    QCOMPARE(repository.uniqueName(QStringLiteral("prod")), QStringLiteral("prod-2"));
    QCOMPARE(repository.uniqueName(QStringLiteral("new")), QStringLiteral("new"));

    repository.setLastUsed(QStringLiteral("prod"));
    QCOMPARE(repository.lastUsed(), QStringLiteral("prod"));
    repository.remove(QStringLiteral("prod"));
    QCOMPARE(repository.names(), QStringList{QStringLiteral("Alpha")});
    QVERIFY(repository.lastUsed().isEmpty());
}

void TestProfiles::save_writesSecretsThenSettings()
{
    MemoryCredentialStore store;
    ProfileManager manager(&store);
    QCOMPARE(wait(manager.save(makeProfile(QStringLiteral("prod")),
                               ProfileManager::SecretChange{kSecretKey, QStringLiteral("sessionTok")})),
             CredentialJob::Error::None);
    QVERIFY(store.contains(QStringLiteral("prod")));
    const std::optional<Profile> saved = manager.repository().load(QStringLiteral("prod"));
    QVERIFY(saved);
    QVERIFY(saved->hasToken);
    QVERIFY(!settingsText().contains(kSecretKey));
    QVERIFY(!settingsText().contains(QStringLiteral("sessionTok")));
}

void TestProfiles::save_noKeychainLeavesNothing()
{
    Test::UnreachableCredentialStore store;
    ProfileManager manager(&store);
    QString error;
    QCOMPARE(
        wait(manager.save(makeProfile(QStringLiteral("prod")), ProfileManager::SecretChange{kSecretKey, QString()}),
             &error),
        CredentialJob::Error::NoKeychain);
    QVERIFY(error.contains(QStringLiteral("No keychain reachable")));
    QVERIFY(manager.repository().names().isEmpty());
    QVERIFY(!settingsText().contains(kSecretKey));
}

void TestProfiles::save_secretUnchangedKeepsStoredKey()
{
    MemoryCredentialStore store;
    ProfileManager manager(&store);
    QCOMPARE(wait(manager.save(makeProfile(QStringLiteral("prod")),
                               ProfileManager::SecretChange{kSecretKey, QStringLiteral("tok")})),
             CredentialJob::Error::None);

    // Only the region: no keychain access at all.
    Profile edited = makeProfile(QStringLiteral("prod"));
    edited.defaultRegion = QStringLiteral("ap-seoul");
    edited.hasToken = true;
    QCOMPARE(wait(manager.save(edited, {})), CredentialJob::Error::None);
    QCOMPARE(manager.repository().load(QStringLiteral("prod"))->defaultRegion, QStringLiteral("ap-seoul"));

    // Only the token is cleared: the SecretKey stays.
    QCOMPARE(wait(manager.save(edited, ProfileManager::SecretChange{std::nullopt, QString()})),
             CredentialJob::Error::None);
    ProfileSecrets secrets;
    QCOMPARE(wait(store.read(QStringLiteral("prod")), nullptr, &secrets), CredentialJob::Error::None);
    QCOMPARE(secrets.secretKey, kSecretKey);
    QVERIFY(secrets.token.isEmpty());
    QVERIFY(!manager.repository().load(QStringLiteral("prod"))->hasToken);

    // A token for a profile without a stored key cannot be merged.
    QCOMPARE(wait(manager.save(makeProfile(QStringLiteral("other")),
                               ProfileManager::SecretChange{std::nullopt, QStringLiteral("t")})),
             CredentialJob::Error::NotFound);
    QVERIFY(!manager.repository().contains(QStringLiteral("other")));
}

void TestProfiles::remove_deletesBoth()
{
    MemoryCredentialStore store;
    ProfileManager manager(&store);
    QCOMPARE(wait(manager.save(makeProfile(QStringLiteral("prod")),
                               ProfileManager::SecretChange{kSecretKey, QStringLiteral("t")})),
             CredentialJob::Error::None);
    QCOMPARE(wait(manager.remove(QStringLiteral("prod"))), CredentialJob::Error::None);
    QVERIFY(store.keys().isEmpty());
    QVERIFY(manager.repository().names().isEmpty());

    // Without a keychain the settings stay, so the orphaned secrets are not forgotten.
    manager.repository().save(makeProfile(QStringLiteral("kept")));
    Test::UnreachableCredentialStore unreachable;
    ProfileManager blind(&unreachable);
    QCOMPARE(wait(blind.remove(QStringLiteral("kept"))), CredentialJob::Error::NoKeychain);
    QVERIFY(blind.repository().contains(QStringLiteral("kept")));
}

void TestProfiles::remove_unknownProfileSaysSo()
{
    MemoryCredentialStore store;
    ProfileManager manager(&store);
    QString error;
    QCOMPARE(wait(manager.remove(QStringLiteral("ghost")), &error), CredentialJob::Error::NotFound);
    QVERIFY2(error.contains(QStringLiteral("ghost")), qPrintable(error));
}

void TestProfiles::rename_movesSecrets()
{
    MemoryCredentialStore store;
    ProfileManager manager(&store);
    QCOMPARE(
        wait(manager.save(makeProfile(QStringLiteral("old")), ProfileManager::SecretChange{kSecretKey, QString()})),
        CredentialJob::Error::None);
    manager.repository().save(makeProfile(QStringLiteral("taken")));
    QCOMPARE(wait(manager.rename(QStringLiteral("old"), QStringLiteral("taken"))), CredentialJob::Error::Failed);
    QCOMPARE(wait(manager.rename(QStringLiteral("old"), QStringLiteral("bad name"))), CredentialJob::Error::Failed);

    QCOMPARE(wait(manager.rename(QStringLiteral("old"), QStringLiteral("new"))), CredentialJob::Error::None);
    QCOMPARE(manager.repository().names(), (QStringList{QStringLiteral("new"), QStringLiteral("taken")}));
    QVERIFY(!store.contains(QStringLiteral("old")));
    ProfileSecrets secrets;
    QCOMPARE(wait(store.read(QStringLiteral("new")), nullptr, &secrets), CredentialJob::Error::None);
    QCOMPARE(secrets.secretKey, kSecretKey);
    QCOMPARE(manager.repository().load(QStringLiteral("new"))->defaultRegion, QStringLiteral("ap-tokyo"));
}

void TestProfiles::duplicate_copiesSecrets()
{
    MemoryCredentialStore store;
    ProfileManager manager(&store);
    QCOMPARE(wait(manager.save(makeProfile(QStringLiteral("a")), ProfileManager::SecretChange{kSecretKey, QString()})),
             CredentialJob::Error::None);
    QCOMPARE(wait(manager.duplicate(QStringLiteral("a"), QStringLiteral("b"))), CredentialJob::Error::None);
    QVERIFY(store.contains(QStringLiteral("a")));
    QVERIFY(store.contains(QStringLiteral("b")));
    QCOMPARE(manager.repository().names(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(wait(manager.duplicate(QStringLiteral("zz"), QStringLiteral("c"))), CredentialJob::Error::NotFound);
}

void TestProfiles::loader_unknownProfileListsKnownOnes()
{
    ProfileRepository().save(makeProfile(QStringLiteral("prod")));
    ProfileRepository().save(makeProfile(QStringLiteral("dev")));
    MemoryCredentialStore store;
    ProfileLoader loader;
    loader.setCredentialStore(&store);
    QSignalSpy spy(&loader, &ProfileLoader::finished);
    loader.load(QStringLiteral("x"));
    QVERIFY(spy.wait());
    QVERIFY(loader.hasError());
    QVERIFY(!loader.isKeychainUnreachable());
    QCOMPARE(loader.errorString(), QStringLiteral("No profile named “x”. Known profiles: dev, prod."));
}

void TestProfiles::loader_returnsCredentials()
{
    MemoryCredentialStore store;
    ProfileManager manager(&store);
    QCOMPARE(wait(manager.save(makeProfile(QStringLiteral("prod")),
                               ProfileManager::SecretChange{kSecretKey, QStringLiteral("t")})),
             CredentialJob::Error::None);
    ProfileLoader loader;
    loader.setCredentialStore(&store);
    QSignalSpy spy(&loader, &ProfileLoader::finished);
    loader.load(QStringLiteral("prod"));
    QVERIFY(spy.wait());
    QVERIFY2(!loader.hasError(), qPrintable(loader.errorString()));
    QCOMPARE(loader.profile().defaultRegion, QStringLiteral("ap-tokyo"));
    QCOMPARE(loader.credentials().secretId, makeProfile(QStringLiteral("prod")).secretId);
    QCOMPARE(loader.credentials().secretKey, kSecretKey);
    QCOMPARE(loader.credentials().token, QStringLiteral("t"));

    // Settings without secrets (e.g. another machine's settings file): a plain-words error.
    ProfileRepository().save(makeProfile(QStringLiteral("bare")));
    loader.load(QStringLiteral("bare"));
    QVERIFY(spy.wait());
    QVERIFY(loader.hasError());
    QVERIFY2(loader.errorString().contains(QStringLiteral("no SecretKey")), qPrintable(loader.errorString()));
}

void TestProfiles::loader_noKeychainIsFlagged()
{
    ProfileRepository().save(makeProfile(QStringLiteral("prod")));
    Test::UnreachableCredentialStore store;
    ProfileLoader loader;
    loader.setCredentialStore(&store);
    QSignalSpy spy(&loader, &ProfileLoader::finished);
    loader.load(QStringLiteral("prod"));
    QVERIFY(spy.wait());
    QVERIFY(loader.isKeychainUnreachable());
    QVERIFY(loader.errorString().startsWith(QStringLiteral("No keychain reachable")));
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "TestProfiles.moc"
