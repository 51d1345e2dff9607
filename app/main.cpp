// lighthouse-share: the desktop application.
#include "AppSetup.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    LhShare::setUpApplication(QStringLiteral("lighthouse-share"));
    QMainWindow window;
    window.show();
    return app.exec();
}
