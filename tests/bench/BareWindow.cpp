// The baseline of lhshare-bench-startup: a bare QMainWindow with one label, as fast as a Qt
// Widgets window opens on this machine.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1200, 780);
    window.show();
    return app.exec();
}
