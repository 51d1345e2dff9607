// lighthouse-share-cli against hostile input: server text with terminal escapes, credentials
// with line breaks, endpoints outside Tencent Cloud, and the secret prompt on a real terminal.
#include "support/CliRunner.h"

#include "simulator/Simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <vector>

#include <poll.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

using namespace LhShare;
using LhShare::Test::CliRun;
using LhShare::Test::runCli;

namespace {
const QString kRegion = QStringLiteral("ap-guangzhou");
const QString kBlueprint = QStringLiteral("lhbp-esc00001");

// An OSC title change, a CSI colour, a bell, a carriage return and C1 CSI/NEL: what a hostile
// server could put into a blueprint name or an error.
QString hostileText()
{
    return QStringLiteral("\x1b]0;owned\x07\x1b[31mred\rX") + QChar(0x9b) + QStringLiteral("2J") + QChar(0x85);
}

// True when `bytes` holds a control byte other than LF or tab, or a UTF-8 C1 character.
bool hasControl(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes.at(i));
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            return true;
        if (c == 0xc2 && i + 1 < bytes.size() && uchar(bytes.at(i + 1)) >= 0x80 && uchar(bytes.at(i + 1)) <= 0x9f)
            return true;
    }
    return false;
}

// A child process on a fresh pseudo-terminal, as if started from an interactive shell.
struct PtyChild
{
    pid_t pid = -1;
    int master = -1;
    int slave = -1; // kept open here: the terminal's settings can be read after the child is gone
    QByteArray output;

    bool echoOn() const
    {
        termios settings{};
        return tcgetattr(slave, &settings) == 0 && (settings.c_lflag & ECHO);
    }
    // Reads the terminal until `needle` appears or `timeoutMs` passes.
    bool waitFor(const QByteArray &needle, int timeoutMs = 10'000)
    {
        for (int waited = 0; !output.contains(needle) && waited < timeoutMs; waited += 50) {
            pollfd fd{master, POLLIN, 0};
            if (poll(&fd, 1, 50) > 0) {
                char buffer[4096];
                const ssize_t n = ::read(master, buffer, sizeof buffer);
                if (n > 0)
                    output.append(buffer, n);
            }
        }
        return output.contains(needle);
    }
    // The signal that ended the child, 0 for a normal exit, -1 when it is still running.
    int endingSignal(int timeoutMs = 10'000) const
    {
        int status = 0;
        for (int waited = 0; waited < timeoutMs; waited += 50) {
            if (waitpid(pid, &status, WNOHANG) == pid)
                return WIFSIGNALED(status) ? WTERMSIG(status) : 0;
            QTest::qWait(50);
        }
        ::kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
        return -1;
    }
    ~PtyChild()
    {
        ::close(master);
        ::close(slave);
    }
};

void spawnOnPty(const QStringList &arguments, PtyChild *child)
{
    QVERIFY(openpty(&child->master, &child->slave, nullptr, nullptr, nullptr) == 0);
    // Everything exec needs is built before fork(): the child may only call async-signal-safe code.
    QList<QByteArray> bytes{QByteArrayLiteral(LHSHARE_CLI_PATH)};
    for (const QString &argument : arguments)
        bytes.append(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : bytes)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    child->pid = fork();
    QVERIFY(child->pid >= 0);
    if (child->pid == 0) {
        setsid();
        ioctl(child->slave, TIOCSCTTY, 0);
        dup2(child->slave, STDIN_FILENO);
        dup2(child->slave, STDOUT_FILENO);
        dup2(child->slave, STDERR_FILENO);
        ::close(child->master);
        ::close(child->slave);
        execv(argv[0], argv.data());
        _exit(127);
    }
}
} // namespace

class TestCliHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void serverEscapes_reachNeitherStdoutNorStderr_data();
    void serverEscapes_reachNeitherStdoutNorStderr();
    void controlCharacterCredentials_refusedAndNothingSent_data();
    void controlCharacterCredentials_refusedAndNothingSent();
    void profilesAdd_refusesControlCharacters_data();
    void profilesAdd_refusesControlCharacters();
    void endpointOutsideTencentCloud_isWarnedAndShownInThePlan();
    void loopbackEndpoint_isNotWarned();
    void secretPrompt_restoresTheTerminalOnSignals_data();
    void secretPrompt_restoresTheTerminalOnSignals();
    void secretPrompt_refusesAnOverlongLine();

private:
    QProcessEnvironment environment(const QString &secretId = Simulator::demoCredentials().secretId,
                                    const QString &token = {}) const;
    QString endpoint() const { return m_simulator->url().toString(QUrl::StripTrailingSlash); }

    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCliHardening::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_simulator = std::make_unique<Simulator>();
    m_simulator->setCredentials(Simulator::demoCredentials());
    QVERIFY(m_simulator->listen());
    m_simulator->addBlueprint(kRegion, kBlueprint, hostileText());
}

void TestCliHardening::cleanup()
{
    m_simulator.reset();
    m_home.reset();
}

QProcessEnvironment TestCliHardening::environment(const QString &secretId, const QString &token) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), secretId);
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), Simulator::demoCredentials().secretKey);
    env.remove(QStringLiteral("TENCENTCLOUD_TOKEN"));
    if (token.isEmpty())
        env.remove(QStringLiteral("TENCENTCLOUD_SESSION_TOKEN"));
    else
        env.insert(QStringLiteral("TENCENTCLOUD_SESSION_TOKEN"), token);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

void TestCliHardening::serverEscapes_reachNeitherStdoutNorStderr_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<bool>("fault");

    QTest::newRow("name, text") << QStringLiteral("text") << false;
    QTest::newRow("name, json") << QStringLiteral("json") << false;
    QTest::newRow("error, text") << QStringLiteral("text") << true;
    QTest::newRow("error, json") << QStringLiteral("json") << true;
}

void TestCliHardening::serverEscapes_reachNeitherStdoutNorStderr()
{
    QFETCH(QString, output);
    QFETCH(bool, fault);
    if (fault)
        m_simulator->injectFault(QStringLiteral("DescribeBlueprints"), Simulator::Fault::ErrorCode, 1,
                                 QStringLiteral("FailedOperation.") + hostileText());
    const CliRun run = runCli({QStringLiteral("blueprints"), QStringLiteral("--region"), kRegion,
                               QStringLiteral("--endpoint"), endpoint(), QStringLiteral("--output"), output},
                              {}, environment());
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, fault ? 1 : 0);
    QVERIFY2(!hasControl(run.out), run.out.toPercentEncoding(" \n").constData());
    QVERIFY2(!hasControl(run.err), run.err.toPercentEncoding(" \n").constData());
    // The text is still there, visibly escaped.
    const QByteArray shown = fault ? run.err : run.out;
    QVERIFY2(shown.contains("\\u001b]0;owned\\u0007"), shown.constData());
    if (output == QLatin1String("json") && !fault) {
        // JSON stays valid and carries the name unchanged.
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY2(document.toJson().contains(
                     QJsonDocument(QJsonArray{hostileText()}).toJson(QJsonDocument::Compact).mid(1).chopped(1)),
                 run.out.constData());
    }
}

void TestCliHardening::controlCharacterCredentials_refusedAndNothingSent_data()
{
    QTest::addColumn<QString>("secretId");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("named");

    const QString id = Simulator::demoCredentials().secretId;
    QTest::newRow("CRLF in SecretId") << id + QStringLiteral("\r\nX-Injected: 1") << QString()
                                      << QStringLiteral("TENCENTCLOUD_SECRET_ID");
    QTest::newRow("LF in token") << id << QStringLiteral("token\nX-Injected: 1")
                                 << QStringLiteral("TENCENTCLOUD_SESSION_TOKEN");
    QTest::newRow("CR in token") << id << QStringLiteral("tok\ren") << QStringLiteral("TENCENTCLOUD_SESSION_TOKEN");
}

void TestCliHardening::controlCharacterCredentials_refusedAndNothingSent()
{
    QFETCH(QString, secretId);
    QFETCH(QString, token);
    QFETCH(QString, named);
    // A bare listener: any connection at all would mean something was sent.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(listener.serverPort());
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("regions")},
          QStringList{QStringLiteral("cancel"), QStringLiteral("--region"), kRegion, QStringLiteral("--blueprint"),
                      kBlueprint, QStringLiteral("--accounts"), QStringLiteral("300000000001"),
                      QStringLiteral("--yes")}}) {
        const CliRun run = runCli(arguments + QStringList{QStringLiteral("--endpoint"), url}, {},
                                  environment(secretId, token));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(named.toUtf8()), run.err.constData());
        QVERIFY2(run.err.contains("line breaks"), run.err.constData());
    }
    QTest::qWait(100);
    QVERIFY(!listener.hasPendingConnections());
}

void TestCliHardening::profilesAdd_refusesControlCharacters_data()
{
    QTest::addColumn<QString>("secretId");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("named");

    QTest::newRow("CRLF in --secret-id") << QStringLiteral("AKIDabc\r\nX-Injected: 1") << QByteArray("key\n")
                                         << QStringLiteral("--secret-id");
    QTest::newRow("escape in the SecretKey")
        << QStringLiteral("AKIDabcdefgh12345678") << QByteArray("key\x1b[2J\ntoken\n") << QStringLiteral("SecretKey");
    QTest::newRow("CR in the token") << QStringLiteral("AKIDabcdefgh12345678") << QByteArray("key\ntok\ren\n")
                                     << QStringLiteral("token");
}

void TestCliHardening::profilesAdd_refusesControlCharacters()
{
    QFETCH(QString, secretId);
    QFETCH(QByteArray, input);
    QFETCH(QString, named);
    const CliRun run = runCli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("hostile"),
                               QStringLiteral("--secret-id"), secretId, QStringLiteral("--token-stdin")},
                              input, environment());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QByteArray(named.toUtf8() + " contains")), run.err.constData());
    QVERIFY(!hasControl(run.err));
    const CliRun list = runCli({QStringLiteral("profiles"), QStringLiteral("list")}, {}, environment());
    QVERIFY2(!list.out.contains("hostile"), list.out.constData());
}

void TestCliHardening::endpointOutsideTencentCloud_isWarnedAndShownInThePlan()
{
    // A dry run without recipient checks plans offline: nothing is sent to the outside host.
    const QStringList arguments{QStringLiteral("cancel"),
                                QStringLiteral("--region"),
                                kRegion,
                                QStringLiteral("--blueprint"),
                                kBlueprint,
                                QStringLiteral("--accounts"),
                                QStringLiteral("300000000001"),
                                QStringLiteral("--endpoint"),
                                QStringLiteral("https://api.example.test:8443"),
                                QStringLiteral("--dry-run")};
    const CliRun text = runCli(arguments, {}, environment());
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.err.startsWith("Warning: ") && text.err.contains("api.example.test:8443")
                 && text.err.contains("not a Tencent Cloud address"),
             text.err.constData());
    QVERIFY2(text.out.contains("Endpoint: api.example.test:8443"), text.out.constData());

    const CliRun json = runCli(arguments + QStringList{QStringLiteral("--output"), QStringLiteral("json")}, {},
                               environment());
    QCOMPARE(json.exitCode, 0);
    QVERIFY(json.err.contains("api.example.test:8443"));
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QLatin1String("endpoint")).toString(),
             QStringLiteral("api.example.test:8443"));
}

void TestCliHardening::loopbackEndpoint_isNotWarned()
{
    const CliRun run = runCli({QStringLiteral("regions"), QStringLiteral("--endpoint"), endpoint()}, {}, environment());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.err.contains("Warning"), run.err.constData());
}

void TestCliHardening::secretPrompt_restoresTheTerminalOnSignals_data()
{
    QTest::addColumn<QByteArray>("keys"); // typed at the prompt; empty: SIGTERM from outside
    QTest::addColumn<int>("signal");

    QTest::newRow("Ctrl+C") << QByteArray("half-typed\x03") << int(SIGINT);
    QTest::newRow("SIGTERM") << QByteArray("half-typed") << int(SIGTERM);
}

void TestCliHardening::secretPrompt_restoresTheTerminalOnSignals()
{
    QFETCH(QByteArray, keys);
    QFETCH(int, signal);
    PtyChild child;
    spawnOnPty({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("typed"),
                QStringLiteral("--secret-id"), QStringLiteral("AKIDabcdefgh12345678")},
               &child);
    QVERIFY(child.echoOn());
    QVERIFY2(child.waitFor("SecretKey for "), child.output.constData());
    QVERIFY(!child.echoOn());
    QCOMPARE(::write(child.master, keys.constData(), size_t(keys.size())), ssize_t(keys.size()));
    QTest::qWait(200);
    if (signal == SIGTERM)
        ::kill(child.pid, SIGTERM);
    QCOMPARE(child.endingSignal(), signal);
    QVERIFY(child.echoOn());
    child.waitFor("\n", 200);
    QVERIFY2(!child.output.contains("half-typed"), child.output.constData());
}

void TestCliHardening::secretPrompt_refusesAnOverlongLine()
{
    const QByteArray line(64 * 1024, 'k');
    const CliRun run = runCli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("long"),
                               QStringLiteral("--secret-id"), QStringLiteral("AKIDabcdefgh12345678")},
                              line + '\n', environment());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("longer than"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliHardening)
#include "TestCliHardening.moc"
