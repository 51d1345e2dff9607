// The window icon embedded by lhshare_resources: present under the documented resource paths, and
// rendered as a real picture at every size a panel or title bar asks for.
#include "resources/AppIcon.h"

#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QPixmap>
#include <QTest>

class TestAppIcon : public QObject
{
    Q_OBJECT

private:
    static bool hasOpaqueCentre(const QPixmap &pixmap)
    {
        const QImage image = pixmap.toImage();
        return qAlpha(image.pixel(image.width() / 2, image.height() / 2)) == 255;
    }

private slots:
    void resources_holdSvgAndEveryPngSize_data();
    void resources_holdSvgAndEveryPngSize();
    void applicationIcon_rendersAtPanelAndWindowSizes_data();
    void applicationIcon_rendersAtPanelAndWindowSizes();
    void svg_rendersWhenQtSvgIsInstalled();
};

void TestAppIcon::resources_holdSvgAndEveryPngSize_data()
{
    QTest::addColumn<QString>("path");
    const QString id = QStringLiteral(LHSHARE_APP_ID);
    QTest::newRow("svg") << QStringLiteral(":/icons/") + id + QStringLiteral(".svg");
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        QTest::newRow(qPrintable(QStringLiteral("png %1").arg(size)))
            << QStringLiteral(":/icons/hicolor/%1x%1/apps/").arg(size) + id + QStringLiteral(".png");
    }
}

void TestAppIcon::resources_holdSvgAndEveryPngSize()
{
    QFETCH(QString, path);
    QVERIFY2(QFile::exists(path), qPrintable(path));
}

void TestAppIcon::applicationIcon_rendersAtPanelAndWindowSizes_data()
{
    QTest::addColumn<int>("size");
    for (const int size : {16, 24, 32, 48, 64, 96, 256})
        QTest::newRow(qPrintable(QString::number(size))) << size;
}

void TestAppIcon::applicationIcon_rendersAtPanelAndWindowSizes()
{
    QFETCH(int, size);
    const QIcon icon = LhShare::applicationIcon();
    QVERIFY(!icon.isNull());
    const QPixmap pixmap = icon.pixmap(QSize(size, size));
    QVERIFY(!pixmap.isNull());
    QVERIFY(pixmap.width() <= size && pixmap.height() <= size);
    QVERIFY(pixmap.width() >= size / 2);
    QVERIFY2(hasOpaqueCentre(pixmap), "the icon's middle should be painted");
}

void TestAppIcon::svg_rendersWhenQtSvgIsInstalled()
{
    if (!QImageReader::supportedImageFormats().contains("svg"))
        QFAIL("Qt's SVG image plugin is not installed (Debian: libqt6svg6); the PNG fallback is used instead");
    const QIcon svg(QStringLiteral(":/icons/" LHSHARE_APP_ID ".svg"));
    const QPixmap pixmap = svg.pixmap(QSize(40, 40)); // a size with no PNG rendering
    QCOMPARE(pixmap.size(), QSize(40, 40));
    QVERIFY(hasOpaqueCentre(pixmap));
}

QTEST_MAIN(TestAppIcon)
#include "TestAppIcon.moc"
