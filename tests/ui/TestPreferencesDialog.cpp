#include "ui/PreferencesDialog.h"

#include "session/AppSetup.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSettings>
#include <QTest>

using namespace LhShare;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void choosingChinese_isSavedForTheNextStart();
    void systemDefault_clearsTheSetting();
};

void TestPreferencesDialog::initTestCase()
{
    setUpApplication();
}

void TestPreferencesDialog::choosingChinese_isSavedForTheNextStart()
{
    PreferencesDialog dialog;
    QComboBox *box = dialog.languageBox();
    QCOMPARE(box->count(), 3); // system default, English, 简体中文
    box->setCurrentIndex(box->findData(QStringLiteral("zh_CN")));
    QCOMPARE(box->currentText(), QStringLiteral("简体中文"));
    QVERIFY(dialog.save()); // differs from the English in use now: takes effect at the next start
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));

    PreferencesDialog reopened;
    QCOMPARE(reopened.languageBox()->currentData().toString(), QStringLiteral("zh_CN"));
}

void TestPreferencesDialog::systemDefault_clearsTheSetting()
{
    PreferencesDialog dialog;
    dialog.languageBox()->setCurrentIndex(0);
    dialog.save();
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QString());
}

QTEST_MAIN(TestPreferencesDialog)
#include "TestPreferencesDialog.moc"
