// lighthouse-share: the desktop application. Wires the one QNetworkAccessManager and the session
// factory (with the demo's simulator) into the main window and handles the command line; the
// window is on screen before anything slow starts.
#include "DemoTour.h"
#include "credentials/ProxySetup.h"
#include "model/InertText.h"
#include "model/ProcessHardening.h"
#include "resources/AppIcon.h"
#include "session/AppSetup.h"
#include "session/SessionFactory.h"
#include "simulator/Simulator.h"
#include "ui/AppStyle.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QStyle>

#include <cstdio>

int main(int argc, char *argv[])
{
    LhShare::disableCoreDumps();
    QApplication app(argc, argv);
    // The style chosen (-style, QT_STYLE_OVERRIDE or the platform's), with our icons where it
    // would search the icon theme.
    QApplication::setStyle(new LhShare::AppStyle(QApplication::style()->name()));
    LhShare::setUpApplication();
    LhShare::installInertMessageHandler();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Lighthouse Share"));
    QApplication::setDesktopFileName(QStringLiteral(LHSHARE_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Share and unshare Tencent Cloud Lighthouse custom images across accounts, in bulk."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main",
                                                          "Work against a simulated Lighthouse service "
                                                          "on this computer (no account needed)."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main",
                                "Run one demo job, save a picture of the window to <file> and quit "
                                "(implies --demo; works with -platform offscreen)."),
        QApplication::translate("main", "file"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QApplication::translate("main",
                                "Open on this view: blueprints (the default) or access (which blueprints "
                                "accounts can use, across regions); with --screenshot, the demo run takes place "
                                "there."),
        QApplication::translate("main", "name"));
    parser.addOptions({demo, screenshot, view});
    parser.process(app);
    const QString viewName = parser.value(view);
    const bool accessView = viewName == QLatin1String("access");
    if (!viewName.isEmpty() && !accessView && viewName != QLatin1String("blueprints")) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QApplication::translate("main", "Unknown view “%1”: use blueprints or access.")
                                        .arg(LhShare::inertText(viewName))));
        return 2;
    }

    QNetworkAccessManager network;
    LhShare::SessionFactory sessions(&network);
    sessions.setDemoBackend(&LhShare::Simulator::startDemo);
    LhShare::MainWindow window(&sessions);
    if (accessView)
        window.showAccessView();
    window.show();
    // Everything slow comes after the first frame: the keychain (the proxy's password, the
    // profile's secrets), the simulator and every request.
    window.runAfterFirstFrame([&] {
        // Reading the SVG and PNGs costs the first frame a few milliseconds; the window manager
        // takes the icon a moment later just as well.
        QApplication::setWindowIcon(LhShare::applicationIcon());
        auto *proxy = new LhShare::ProxySetup(LhShare::ProxyConfig::fromSettings(), &network, nullptr, &window);
        QObject::connect(proxy, &LhShare::Job::finished, &window, [&] {
            if (parser.isSet(demo) || parser.isSet(screenshot))
                window.startDemo();
            else
                window.loadLastProfile();
            if (parser.isSet(screenshot)) {
                auto *tour = new LhShare::DemoTour(
                    &window, parser.value(screenshot),
                    accessView ? LhShare::DemoTour::View::Access : LhShare::DemoTour::View::Blueprints, &window);
                QObject::connect(tour, &LhShare::DemoTour::finished, &app, [](bool ok, const QString &message) {
                    std::fprintf(ok ? stdout : stderr, "%s\n", qUtf8Printable(message));
                    QCoreApplication::exit(ok ? 0 : 1);
                });
                tour->start();
            }
        });
        proxy->start();
    });
    return app.exec();
}
