// Profiles with the session-only store: repository, manager (ordering), loader (plain-words errors).
#include "credentials/CredentialStore.h"
#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileLoader.h"
#include "credentials/ProfileManager.h"
#include "credentials/ProfileRepository.h"

#include "support/TestSupport.h"
#include "support/UnreachableCredentialStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace LhShare;

namespace {

const QString kSecretKey = QStringLiteral("unitTestSecretKey0000000000000001");

// Runs a job and returns its error code ("" on success).
QString wait(CredentialJob *job, QString *errorString = nullptr, ProfileSecrets *secrets = nullptr)
{
    return Test::runCredentialJob(job, errorString, secrets, 5000);
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
    connect(job, &Job::finished, this, [&finishedAlready] { finishedAlready = true; });
    job->start();
    QVERIFY(!finishedAlready); // never inside start()
    QTRY_VERIFY(finishedAlready);
}

void TestProfiles::memoryStore_roundTripAndRemove()
{
    MemoryCredentialStore store;
    QVERIFY(!store.isPersistent());
    QCOMPARE(wait(store.write(QStringLiteral("p"), {kSecretKey, QStringLiteral("tok")})), QString());
    QCOMPARE(store.keys().size(), 2);

    ProfileSecrets secrets;
    QCOMPARE(wait(store.read(QStringLiteral("p")), nullptr, &secrets), QString());
    QCOMPARE(secrets.secretKey, kSecretKey);
    QCOMPARE(secrets.token, QStringLiteral("tok"));

    // An empty token removes the stored one.
    QCOMPARE(wait(store.write(QStringLiteral("p"), {kSecretKey, {}})), QString());
    QCOMPARE(store.keys(),
             QStringList{CredentialStore::keyFor(QStringLiteral("p"), CredentialStore::Field::SecretKey)});

    QCOMPARE(wait(store.remove(QStringLiteral("p"))), QString());
    QVERIFY(store.keys().isEmpty());
    QCOMPARE(wait(store.read(QStringLiteral("p"))), QLatin1String(CredentialJob::kNotFound));
    QCOMPARE(wait(store.remove(QStringLiteral("p"))), QLatin1String(CredentialJob::kNotFound));
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
             QString());
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
        QLatin1String(CredentialJob::kNoKeychain));
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
             QString());

    // Only the region: no keychain access at all.
    Profile edited = makeProfile(QStringLiteral("prod"));
    edited.defaultRegion = QStringLiteral("ap-seoul");
    edited.hasToken = true;
    QCOMPARE(wait(manager.save(edited, {})), QString());
    QCOMPARE(manager.repository().load(QStringLiteral("prod"))->defaultRegion, QStringLiteral("ap-seoul"));

    // Only the token is cleared: the SecretKey stays.
    QCOMPARE(wait(manager.save(edited, ProfileManager::SecretChange{std::nullopt, QString()})), QString());
    ProfileSecrets secrets;
    QCOMPARE(wait(store.read(QStringLiteral("prod")), nullptr, &secrets), QString());
    QCOMPARE(secrets.secretKey, kSecretKey);
    QVERIFY(secrets.token.isEmpty());
    QVERIFY(!manager.repository().load(QStringLiteral("prod"))->hasToken);

    // A token for a profile without a stored key cannot be merged.
    QCOMPARE(wait(manager.save(makeProfile(QStringLiteral("other")),
                               ProfileManager::SecretChange{std::nullopt, QStringLiteral("t")})),
             QLatin1String(CredentialJob::kNotFound));
    QVERIFY(!manager.repository().contains(QStringLiteral("other")));
}

void TestProfiles::remove_deletesBoth()
{
    MemoryCredentialStore store;
    ProfileManager manager(&store);
    QCOMPARE(wait(manager.save(makeProfile(QStringLiteral("prod")),
                               ProfileManager::SecretChange{kSecretKey, QStringLiteral("t")})),
             QString());
    QCOMPARE(wait(manager.remove(QStringLiteral("prod"))), QString());
    QVERIFY(store.keys().isEmpty());
    QVERIFY(manager.repository().names().isEmpty());

    // Without a keychain the settings stay, so the orphaned secrets are not forgotten.
    manager.repository().save(makeProfile(QStringLiteral("kept")));
    Test::UnreachableCredentialStore unreachable;
    ProfileManager blind(&unreachable);
    QCOMPARE(wait(blind.remove(QStringLiteral("kept"))), QLatin1String(CredentialJob::kNoKeychain));
    QVERIFY(blind.repository().contains(QStringLiteral("kept")));
}

void TestProfiles::remove_unknownProfileSaysSo()
{
    MemoryCredentialStore store;
    ProfileManager manager(&store);
    QString error;
    QCOMPARE(wait(manager.remove(QStringLiteral("ghost")), &error), QLatin1String(CredentialJob::kNotFound));
    QVERIFY2(error.contains(QStringLiteral("ghost")), qPrintable(error));
}

void TestProfiles::rename_movesSecrets()
{
    MemoryCredentialStore store;
    ProfileManager manager(&store);
    QCOMPARE(
        wait(manager.save(makeProfile(QStringLiteral("old")), ProfileManager::SecretChange{kSecretKey, QString()})),
        QString());
    manager.repository().save(makeProfile(QStringLiteral("taken")));
    QCOMPARE(wait(manager.rename(QStringLiteral("old"), QStringLiteral("taken"))),
             QLatin1String(CredentialJob::kRefused));
    QCOMPARE(wait(manager.rename(QStringLiteral("old"), QStringLiteral("bad name"))),
             QLatin1String(CredentialJob::kRefused));

    QCOMPARE(wait(manager.rename(QStringLiteral("old"), QStringLiteral("new"))), QString());
    QCOMPARE(manager.repository().names(), (QStringList{QStringLiteral("new"), QStringLiteral("taken")}));
    QVERIFY(!store.contains(QStringLiteral("old")));
    ProfileSecrets secrets;
    QCOMPARE(wait(store.read(QStringLiteral("new")), nullptr, &secrets), QString());
    QCOMPARE(secrets.secretKey, kSecretKey);
    QCOMPARE(manager.repository().load(QStringLiteral("new"))->defaultRegion, QStringLiteral("ap-tokyo"));
}

void TestProfiles::duplicate_copiesSecrets()
{
    MemoryCredentialStore store;
    ProfileManager manager(&store);
    QCOMPARE(wait(manager.save(makeProfile(QStringLiteral("a")), ProfileManager::SecretChange{kSecretKey, QString()})),
             QString());
    QCOMPARE(wait(manager.duplicate(QStringLiteral("a"), QStringLiteral("b"))), QString());
    QVERIFY(store.contains(QStringLiteral("a")));
    QVERIFY(store.contains(QStringLiteral("b")));
    QCOMPARE(manager.repository().names(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(wait(manager.duplicate(QStringLiteral("zz"), QStringLiteral("c"))),
             QLatin1String(CredentialJob::kNotFound));
}

namespace {
// What a ProfileLoader reported in its finished() slot (the loader deletes itself afterwards).
struct Loaded
{
    bool finished = false;
    ApiError error;
    bool keychainUnreachable = false;
    Profile profile;
    Credentials credentials;
};

Loaded load(const QString &name, CredentialStore *store)
{
    Loaded loaded;
    auto *loader = new ProfileLoader(name, store);
    QSignalSpy spy(loader, &Job::finished);
    QObject::connect(loader, &Job::finished, loader, [&] {
        loaded = {true, loader->error(), loader->isKeychainUnreachable(), loader->profile(), loader->credentials()};
    });
    loader->start();
    spy.wait();
    return loaded;
}
} // namespace

void TestProfiles::loader_unknownProfileListsKnownOnes()
{
    ProfileRepository().save(makeProfile(QStringLiteral("prod")));
    ProfileRepository().save(makeProfile(QStringLiteral("dev")));
    MemoryCredentialStore store;
    const Loaded loaded = load(QStringLiteral("x"), &store);
    QVERIFY(loaded.finished);
    QCOMPARE(loaded.error.code, QLatin1String(ProfileLoader::kNoSuchProfile));
    QVERIFY(!loaded.keychainUnreachable);
    QCOMPARE(loaded.error.userMessage(), QStringLiteral("No profile named “x”. Known profiles: dev, prod."));
}

void TestProfiles::loader_returnsCredentials()
{
    MemoryCredentialStore store;
    ProfileManager manager(&store);
    QCOMPARE(wait(manager.save(makeProfile(QStringLiteral("prod")),
                               ProfileManager::SecretChange{kSecretKey, QStringLiteral("t")})),
             QString());
    const Loaded loaded = load(QStringLiteral("prod"), &store);
    QVERIFY(loaded.finished);
    QVERIFY2(!loaded.error.isError(), qPrintable(loaded.error.userMessage()));
    QCOMPARE(loaded.profile.defaultRegion, QStringLiteral("ap-tokyo"));
    QCOMPARE(loaded.credentials.secretId, makeProfile(QStringLiteral("prod")).secretId);
    QCOMPARE(loaded.credentials.secretKey, kSecretKey);
    QCOMPARE(loaded.credentials.token, QStringLiteral("t"));

    // Settings without secrets (e.g. another machine's settings file): a plain-words error.
    ProfileRepository().save(makeProfile(QStringLiteral("bare")));
    const Loaded bare = load(QStringLiteral("bare"), &store);
    QVERIFY(bare.error.isError());
    QVERIFY2(bare.error.userMessage().contains(QStringLiteral("no SecretKey")), qPrintable(bare.error.userMessage()));
}

void TestProfiles::loader_noKeychainIsFlagged()
{
    ProfileRepository().save(makeProfile(QStringLiteral("prod")));
    Test::UnreachableCredentialStore store;
    const Loaded loaded = load(QStringLiteral("prod"), &store);
    QVERIFY(loaded.keychainUnreachable);
    QVERIFY(loaded.error.userMessage().startsWith(QStringLiteral("No keychain reachable")));
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "TestProfiles.moc"
