// Time to the first frame of lighthouse-share against a bare QMainWindow with one label
// (lhshare-bare-window), median of N runs each, on the display in $DISPLAY (tests/bench/startup.sh
// runs it under Xvfb). "First frame" is the first flush of the window's backing store, as Qt's
// own qt.widgets.painting log reports it, stamped with the monotonic clock the bench starts from.
//
//   lhshare-bench-startup [runs]
//
// Each run starts with its own HOME and XDG directories holding one saved profile, so the
// application has a profile (and keychain entry) to load, as at a user's second start.
#include "credentials/Profile.h"
#include "credentials/ProfileRepository.h"
#include "session/AppSetup.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {
// Milliseconds from starting `program` to its first frame, or -1.
double firstFrameMs(const QString &program, const QProcessEnvironment &environment)
{
    QProcess process;
    QProcessEnvironment env = environment;
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.widgets.painting=true"));
    env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{time boot} %{message}"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    static const QRegularExpression flush(QStringLiteral("^\\s*([0-9.]+) Flushing QRegion"));
    QElapsedTimer clock;
    clock.start(); // the monotonic clock of %{time boot}
    const double startedMs = double(clock.msecsSinceReference());
    process.start(program, {});
    double frameMs = -1;
    QByteArray pending;
    QElapsedTimer timeout;
    timeout.start();
    while (frameMs < 0 && timeout.elapsed() < 30000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        pending += process.readAllStandardError();
        qsizetype newline;
        while (frameMs < 0 && (newline = pending.indexOf('\n')) >= 0) {
            const QRegularExpressionMatch match = flush.match(QString::fromUtf8(pending.left(newline)));
            pending.remove(0, newline + 1);
            if (match.hasMatch())
                frameMs = match.captured(1).toDouble() * 1000 - startedMs;
        }
    }
    process.kill();
    process.waitForFinished();
    return frameMs;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? -1 : (n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2);
}

QString list(const QList<double> &values)
{
    QStringList parts;
    for (double value : values)
        parts << QString::number(value, 'f', 0);
    return parts.join(QLatin1Char(' '));
}
} // namespace

int main(int argc, char *argv[])
{
    const int runs = argc > 1 ? qMax(1, atoi(argv[1])) : 5;
    QTemporaryDir home;
    // The settings of this process and its children live in the temporary HOME.
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toLocal8Bit());
    QCoreApplication app(argc, argv);
    LhShare::setUpApplication();
    LhShare::Profile profile;
    profile.name = QStringLiteral("bench");
    profile.secretId = QStringLiteral("AKIDbenchbenchbenchbenchbenchbench");
    LhShare::ProfileRepository repository;
    repository.save(profile);
    repository.setLastUsed(profile.name);

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QList<double> window;
    QList<double> bare;
    for (int i = 0; i < runs; ++i) { // interleaved, so that load on the machine hits both alike
        bare << firstFrameMs(QStringLiteral(LHSHARE_BARE_WINDOW_PATH), environment);
        window << firstFrameMs(QStringLiteral(LHSHARE_APP_PATH), environment);
    }
    if (bare.contains(-1) || window.contains(-1)) {
        std::fprintf(stderr, "A window never showed its first frame (is DISPLAY set?)\n");
        return 1;
    }
    std::printf("first frame, bare QMainWindow + QLabel: median %.0f ms (%s)\n", median(bare), qPrintable(list(bare)));
    std::printf("first frame, lighthouse-share:          median %.0f ms (%s)\n", median(window),
                qPrintable(list(window)));
    std::printf("ratio lighthouse-share / bare window: %.2f\n", median(window) / median(bare));
    return 0;
}
