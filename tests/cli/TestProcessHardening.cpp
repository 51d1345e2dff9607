// Both executables make themselves undumpable at start (no core file, no ptrace by the same user),
// read from outside through /proc while they run.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {
// Nobody: as root the test runs the programs under another user, because /proc/<pid> shows an
// undumpable process as root's, which is only visible when the process is not root already.
constexpr uid_t kUnprivileged = 65534;

uid_t runAs()
{
    return ::getuid() == 0 ? kUnprivileged : ::getuid();
}

// Owner of /proc/<pid>: the process's own user while it is dumpable, root once it is not.
uid_t procOwner(qint64 pid)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(QStringLiteral("/proc/%1/status").arg(pid)).constData(), &info) == 0 ? info.st_uid
                                                                                                         : uid_t(-1);
}

QString coreLimit(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : limits.readAll().split('\n')) {
        if (line.startsWith("Max core file size"))
            return QString::fromLatin1(line.mid(26).simplified());
    }
    return {};
}
} // namespace

class TestProcessHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void coreDumpsOff_data();
    void coreDumpsOff();

private:
    QTemporaryDir m_home;
};

void TestProcessHardening::initTestCase()
{
    QVERIFY(m_home.isValid());
    // The other user must be able to write its settings here.
    QVERIFY(::chmod(QFile::encodeName(m_home.path()).constData(), 0777) == 0);
}

void TestProcessHardening::coreDumpsOff_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("hardened");

    // The control: an ordinary program started the same way stays dumpable.
    QTest::newRow("sleep (control)") << QStringLiteral("/bin/sleep") << QStringList{QStringLiteral("30")} << false;
    QTest::newRow("lighthouse-share-cli")
        << QStringLiteral(LHSHARE_CLI_PATH) << QStringList{QStringLiteral("simulate"), QStringLiteral("--port=0")}
        << true;
    QTest::newRow("lighthouse-share") << QStringLiteral(LHSHARE_GUI_PATH)
                                      << QStringList{QStringLiteral("--demo"), QStringLiteral("-platform"),
                                                     QStringLiteral("offscreen")}
                                      << true;
}

void TestProcessHardening::coreDumpsOff()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(bool, hardened);

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
        environment.insert(QLatin1String(variable), m_home.path());
    process.setProcessEnvironment(environment);
    const uid_t user = runAs();
    if (user != ::getuid()) {
        process.setChildProcessModifier([user] {
            if (::setgid(user) != 0 || ::setuid(user) != 0)
                ::_exit(126);
        });
    }
    process.start(program, arguments);
    QVERIFY(process.waitForStarted());
    // Started means exec'd, and exec makes a process dumpable again; main() then turns it off.
    const uid_t expected = hardened ? 0 : user;
    QTRY_COMPARE_WITH_TIMEOUT(procOwner(process.processId()), expected, 10'000);
    if (hardened)
        QCOMPARE(coreLimit(process.processId()), QStringLiteral("0 0 bytes"));
    QVERIFY(process.state() == QProcess::Running);
    process.kill();
    process.waitForFinished();
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "TestProcessHardening.moc"
