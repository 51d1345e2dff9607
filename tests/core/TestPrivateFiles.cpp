// Private files are private whatever the umask: the settings file (SecretIds, endpoints) is 0600.
#include "model/PrivateFiles.h"
#include "session/AppSetup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace LhShare;

namespace {
mode_t modeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 07777 : mode_t(07777);
}
} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_umask = ::umask(022); }
    void cleanup() { ::umask(m_umask); }

    void ensureFile_createsPrivateFileAndFolders();
    void ensureFile_narrowsWhatExists();
    void settingsFile_isPrivateFromTheFirstWrite();
    void settingsFile_isNarrowedAtStart();

private:
    mode_t m_umask = 022;
};

void TestPrivateFiles::ensureFile_createsPrivateFileAndFolders()
{
    QTemporaryDir root;
    ::chmod(QFile::encodeName(root.path()).constData(), 0755);
    const QString path = root.filePath(QStringLiteral("a/b/file"));
    QVERIFY(PrivateFiles::ensureFile(path));
    QCOMPARE(modeOf(path), mode_t(0600));
    QCOMPARE(modeOf(root.filePath(QStringLiteral("a/b"))), mode_t(0700));
    QCOMPARE(modeOf(root.filePath(QStringLiteral("a"))), mode_t(0700));
    // A folder that existed already is not the application's to change.
    QCOMPARE(modeOf(root.path()), mode_t(0755));
}

void TestPrivateFiles::ensureFile_narrowsWhatExists()
{
    QTemporaryDir root;
    const QString folder = root.filePath(QStringLiteral("app"));
    const QString path = folder + QStringLiteral("/settings.conf");
    QVERIFY(QDir().mkpath(folder));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("kept");
    file.close();
    ::chmod(QFile::encodeName(folder).constData(), 0755);
    ::chmod(QFile::encodeName(path).constData(), 0644);
    QVERIFY(PrivateFiles::ensureFile(path));
    QCOMPARE(modeOf(path), mode_t(0600));
    QCOMPARE(modeOf(folder), mode_t(0700));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("kept"));
}

void TestPrivateFiles::settingsFile_isPrivateFromTheFirstWrite()
{
    setUpApplication();
    QSettings settings;
    QVERIFY(!QFileInfo(settings.fileName()).size());
    settings.setValue(QStringLiteral("profiles/test/secretId"), QStringLiteral("AKIDtest"));
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
    QVERIFY(QFileInfo(settings.fileName()).size() > 0);
    QCOMPARE(modeOf(settings.fileName()), mode_t(0600));
    QCOMPARE(modeOf(QFileInfo(settings.fileName()).absolutePath()), mode_t(0700));
}

void TestPrivateFiles::settingsFile_isNarrowedAtStart()
{
    const QString path = QSettings().fileName();
    QVERIFY(PrivateFiles::ensureFile(path));
    ::chmod(QFile::encodeName(path).constData(), 0644);
    setUpApplication();
    QSettings settings;
    settings.setValue(QStringLiteral("profiles/test/endpoint"), QStringLiteral("intl"));
    settings.sync();
    QCOMPARE(modeOf(path), mode_t(0600));
}

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "TestPrivateFiles.moc"
