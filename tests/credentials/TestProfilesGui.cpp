#include <QTest>
class TestProfilesGui : public QObject { Q_OBJECT };
QTEST_MAIN(TestProfilesGui)
#include "TestProfilesGui.moc"
