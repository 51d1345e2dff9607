// Time to the first frame of lighthouse-share against a bare QMainWindow with one label
// (lhshare-bare-window), median of N runs each, on the display in $DISPLAY (tests/bench/startup.sh
// runs it under Xvfb). "First frame" is the first flush of the window's backing store, as Qt's
// own qt.widgets.painting log reports it, stamped with the monotonic clock the bench starts from.
// The application's panes are built just after its first frame; the second frame shows them, and
// its time is printed too (the window complete).
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
// Milliseconds from starting `program` to each of its first `frames` frames; fewer if it stopped
// before them or took over 30 s.
QList<double> frameTimesMs(const QString &program, const QProcessEnvironment &environment, int frames)
{
    QProcess process;
    QProcessEnvironment env = environment;
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.widgets.painting=true"));
    env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{time boot} %{message}"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    // One line of this kind per frame (others follow it, one for each window flushed).
    static const QRegularExpression flush(QStringLiteral("^\\s*([0-9.]+) Flushing top level"));
    QElapsedTimer clock;
    clock.start(); // the monotonic clock of %{time boot}
    const double startedMs = double(clock.msecsSinceReference());
    process.start(program, {});
    QList<double> times;
    QByteArray pending;
    QElapsedTimer timeout;
    timeout.start();
    while (times.size() < frames && timeout.elapsed() < 30000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        pending += process.readAllStandardError();
        qsizetype newline;
        while (times.size() < frames && (newline = pending.indexOf('\n')) >= 0) {
            const QRegularExpressionMatch match = flush.match(QString::fromUtf8(pending.left(newline)));
            pending.remove(0, newline + 1);
            if (match.hasMatch())
                times.append(match.captured(1).toDouble() * 1000 - startedMs);
        }
    }
    process.kill();
    process.waitForFinished();
    return times;
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
    QList<double> complete; // the second frame: the panes, built just after the first
    QList<double> bare;
    for (int i = 0; i < runs; ++i) { // interleaved, so that load on the machine hits both alike
        const QList<double> bareFrames = frameTimesMs(QStringLiteral(LHSHARE_BARE_WINDOW_PATH), environment, 1);
        const QList<double> appFrames = frameTimesMs(QStringLiteral(LHSHARE_APP_PATH), environment, 2);
        if (bareFrames.size() < 1 || appFrames.size() < 2) {
            std::fprintf(stderr, "A window never showed its first frames (is DISPLAY set?)\n");
            return 1;
        }
        bare << bareFrames.constFirst();
        window << appFrames.constFirst();
        complete << appFrames.constLast();
    }
    std::printf("first frame, bare QMainWindow + QLabel: median %.0f ms (%s)\n", median(bare), qPrintable(list(bare)));
    std::printf("first frame, lighthouse-share:          median %.0f ms (%s)\n", median(window),
                qPrintable(list(window)));
    std::printf("panes painted, lighthouse-share:        median %.0f ms (%s)\n", median(complete),
                qPrintable(list(complete)));
    std::printf("ratio lighthouse-share / bare window: %.2f (first frame), %.2f (panes painted)\n",
                median(window) / median(bare), median(complete) / median(bare));
    return 0;
}
