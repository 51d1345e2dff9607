#include "ui/PreferencesDialog.h"

#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProxySetup.h"
#include "session/AppSetup.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace LhShare;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void choosingChinese_isSavedForTheNextStart();
    void systemDefault_clearsTheSetting();
    void manualProxy_settingsWithoutPassword_passwordInTheKeychain();
    void manualProxyWithoutHost_isRefused();
    void noProxy_isSavedAndApplied();

private:
    // Clicks OK the way a user does.
    static void clickOk(PreferencesDialog &dialog);
};

void TestPreferencesDialog::clickOk(PreferencesDialog &dialog)
{
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
}

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

void TestPreferencesDialog::manualProxy_settingsWithoutPassword_passwordInTheKeychain()
{
    MemoryCredentialStore store;
    PreferencesDialog dialog(nullptr, &store);
    dialog.show();
    QVERIFY(dialog.systemProxyButton()->isChecked()); // nothing saved yet: the system's settings
    QVERIFY(!dialog.proxyHostEdit()->isEnabled());
    QTest::mouseClick(dialog.manualProxyButton(), Qt::LeftButton, {},
                      QPoint(8, dialog.manualProxyButton()->height() / 2));
    QVERIFY(dialog.proxyHostEdit()->isEnabled());
    QTest::keyClicks(dialog.proxyHostEdit(), QStringLiteral("proxy.corp.example"));
    dialog.proxyPortBox()->setValue(8080);
    QTest::keyClicks(dialog.proxyUserEdit(), QStringLiteral("alice"));
    QTest::keyClicks(dialog.proxyPasswordEdit(), QStringLiteral("pr0xy-secret"));
    QSignalSpy changed(&dialog, &PreferencesDialog::proxyChanged);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    clickOk(dialog);
    QTRY_COMPARE(accepted.size(), 1); // after the keychain write
    QCOMPARE(changed.size(), 1);
    const auto applied = changed.constFirst().constFirst().value<ProxyConfig>();
    QCOMPARE(applied.host, QStringLiteral("proxy.corp.example"));
    QCOMPARE(applied.password, QStringLiteral("pr0xy-secret")); // applied at once, in memory

    const ProxyConfig saved = ProxyConfig::fromSettings();
    QCOMPARE(saved.mode, ProxyConfig::Mode::Manual);
    QCOMPARE(saved.host, QStringLiteral("proxy.corp.example"));
    QCOMPARE(saved.port, quint16(8080));
    QCOMPARE(saved.user, QStringLiteral("alice"));
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(QStringLiteral("pr0xy-secret")));
    QCOMPARE(store.keys(), QStringList{ProxySetup::keychainEntry() + QStringLiteral("/secretKey")});

    // Reopened: the choice is back, the password is not shown (it stays in the keychain).
    PreferencesDialog reopened(nullptr, &store);
    QVERIFY(reopened.manualProxyButton()->isChecked());
    QCOMPARE(reopened.proxyHostEdit()->text(), QStringLiteral("proxy.corp.example"));
    QCOMPARE(reopened.proxyUserEdit()->text(), QStringLiteral("alice"));
    QVERIFY(reopened.proxyPasswordEdit()->text().isEmpty());
    QVERIFY(!reopened.proxyPasswordEdit()->placeholderText().isEmpty());
}

void TestPreferencesDialog::manualProxyWithoutHost_isRefused()
{
    MemoryCredentialStore store;
    PreferencesDialog dialog(nullptr, &store);
    dialog.show();
    dialog.manualProxyButton()->setChecked(true);
    dialog.proxyHostEdit()->clear();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    clickOk(dialog);
    QTest::qWait(50);
    QCOMPARE(accepted.size(), 0);
    QVERIFY(dialog.problemLabel()->isVisible());
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("host")));
}

void TestPreferencesDialog::noProxy_isSavedAndApplied()
{
    MemoryCredentialStore store;
    PreferencesDialog dialog(nullptr, &store);
    dialog.show();
    QTest::mouseClick(dialog.noProxyButton(), Qt::LeftButton, {}, QPoint(8, dialog.noProxyButton()->height() / 2));
    QSignalSpy changed(&dialog, &PreferencesDialog::proxyChanged);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    clickOk(dialog);
    QTRY_COMPARE(accepted.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().value<ProxyConfig>().mode, ProxyConfig::Mode::None);
    QCOMPARE(ProxyConfig::fromSettings().mode, ProxyConfig::Mode::None);
}

QTEST_MAIN(TestPreferencesDialog)
#include "TestPreferencesDialog.moc"
