// The profiles dialog and selector against a real keychain (with-keyring.sh) and the simulator:
// create, test, switch, rename, delete; plus the session-only fallback without a keychain.
#include "support/CliRunner.h"

#include "credentials/KeychainCredentialStore.h"
#include "credentials/ProfileRepository.h"
#include "session/SessionFactory.h"
#include "simulator/Simulator.h"
#include "ui/ProfileSelector.h"
#include "ui/ProfilesDialog.h"

#include "support/TestSupport.h"
#include "support/UnreachableCredentialStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace LhShare;
using namespace std::chrono_literals;

namespace {

const QString kSecretId = QStringLiteral("AKIDguiTestSecretId00000000000000001");
const QString kSecretKey = QStringLiteral("guiSecretKey4Rt7Yp2Wq9Zx3Vn6Bm1");

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

QString readSecret(CredentialStore *store, const QString &name, QString *secretKey = nullptr)
{
    ProfileSecrets secrets;
    const QString code = Test::runCredentialJob(store->read(name), nullptr, &secrets);
    if (secretKey)
        *secretKey = secrets.secretKey;
    return code;
}

// The SecretKey of the session a selector opened (the test takes it over from the signal).
QString openedKey(const QSignalSpy &spy, qsizetype index)
{
    auto *session = spy.at(index).at(0).value<Session *>();
    const QString key = session ? session->settings().credentials.secretKey : QString();
    delete session;
    return key;
}

QStringList listed(QListWidget *list)
{
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        names.append(list->item(i)->text());
    return names;
}

} // namespace

class TestProfilesDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createTestSwitchRenameDelete();
    void noKeychain_offersSessionOnlyCredentials();

private:
    Simulator m_simulator;
};

void TestProfilesDialog::initTestCase()
{
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("no D-Bus session; run this test through with-keyring.sh");
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("lighthouse-share"));
    KeychainCredentialStore::setStartupRetryDelay(0ms);
    m_simulator.setCredentials({kSecretId, kSecretKey, {}});
    QVERIFY2(m_simulator.listen(), qPrintable(m_simulator.errorString()));
}

void TestProfilesDialog::createTestSwitchRenameDelete()
{
    QNetworkAccessManager network;
    KeychainCredentialStore store;
    SessionFactory factory(&network, &store);
    ProfileSelector selector(&factory);
    selector.show();
    ProfilesDialog *dialog = selector.showProfilesDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    auto *list = child<QListWidget>(dialog, "profileList");
    auto *name = child<QLineEdit>(dialog, "nameEdit");
    auto *secretId = child<QLineEdit>(dialog, "secretIdEdit");
    auto *secretKey = child<QLineEdit>(dialog, "secretKeyEdit");
    auto *endpoint = child<QComboBox>(dialog, "endpointCombo");
    auto *customEndpoint = child<QLineEdit>(dialog, "customEndpointEdit");
    auto *save = child<QPushButton>(dialog, "saveButton");
    auto *test = child<QPushButton>(dialog, "testButton");
    QCOMPARE(secretKey->echoMode(), QLineEdit::Password);
    QVERIFY(!save->accessibleName().isEmpty());

    // Create.
    typeInto(name, QStringLiteral("gui-sim"));
    typeInto(secretId, kSecretId);
    typeInto(secretKey, kSecretKey);
    endpoint->setCurrentIndex(endpoint->count() - 1); // Custom URL
    QVERIFY(customEndpoint->isEnabled());
    typeInto(customEndpoint, m_simulator.url().toString());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(listed(list), QStringList{QStringLiteral("gui-sim")});
    QVERIFY2(dialog->statusText().contains(QStringLiteral("Saved")), qPrintable(dialog->statusText()));
    QString stored;
    QCOMPARE(readSecret(&store, QStringLiteral("gui-sim"), &stored), QString());
    QCOMPARE(stored, kSecretKey);
    // Never pre-filled with the stored secret; empty means "keep".
    QVERIFY(secretKey->text().isEmpty());
    QVERIFY(secretKey->placeholderText().contains(QStringLiteral("leave empty")));
    QCOMPARE(selector.findChild<QComboBox *>(QStringLiteral("profileCombo"))->count(), 1);

    // Test connection with the stored secret (the field is empty), without blocking the window.
    QSignalSpy tested(dialog, &ProfilesDialog::connectionTested);
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(!test->isEnabled());
    QVERIFY(tested.wait(20'000));
    QVERIFY2(tested.constFirst().constFirst().toBool(), qPrintable(dialog->statusText()));
    QVERIFY(dialog->statusText().contains(QStringLiteral("Connection works")));

    // A wrong SecretKey typed in the form: the error in plain words, with code and RequestId.
    typeInto(secretKey, QStringLiteral("wrongKeywrongKeywrongKey00000000"));
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(tested.wait(20'000));
    QVERIFY(!tested.last().constFirst().toBool());
    QVERIFY2(dialog->statusText().contains(QStringLiteral("Code: AuthFailure")), qPrintable(dialog->statusText()));
    QVERIFY(dialog->statusText().contains(QStringLiteral("RequestId: ")));
    QVERIFY(!dialog->statusText().contains(kSecretKey));

    // A second profile with the New button; then rename it.
    QTest::mouseClick(child<QPushButton>(dialog, "newButton"), Qt::LeftButton);
    QVERIFY(secretKey->text().isEmpty());
    typeInto(name, QStringLiteral("gui-second"));
    typeInto(secretId, kSecretId);
    typeInto(secretKey, QStringLiteral("secondKey00000000000000000000000"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(listed(list), (QStringList{QStringLiteral("gui-second"), QStringLiteral("gui-sim")}));
    QCOMPARE(dialog->selectedProfile(), QStringLiteral("gui-second"));
    typeInto(name, QStringLiteral("gui-renamed"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(listed(list), (QStringList{QStringLiteral("gui-renamed"), QStringLiteral("gui-sim")}));
    QCOMPARE(readSecret(&store, QStringLiteral("gui-renamed"), &stored), QString());
    QCOMPARE(stored, QStringLiteral("secondKey00000000000000000000000"));
    QCOMPARE(readSecret(&store, QStringLiteral("gui-second")), QLatin1String(CredentialJob::kNotFound));

    // Switch with the selector: credentials come from the keychain; the choice is remembered.
    QSignalSpy loaded(&selector, &ProfileSelector::sessionOpened);
    selector.selectProfile(QStringLiteral("gui-sim"));
    QVERIFY(loaded.wait(15'000));
    QCOMPARE(loaded.constFirst().at(0).value<Session *>()->settings().profileName, QStringLiteral("gui-sim"));
    QCOMPARE(openedKey(loaded, 0), kSecretKey);
    QCOMPARE(ProfileRepository().lastUsed(), QStringLiteral("gui-sim"));
    selector.selectProfile(QStringLiteral("gui-renamed"));
    QVERIFY(loaded.wait(15'000));
    QCOMPARE(openedKey(loaded, 1), QStringLiteral("secondKey00000000000000000000000"));

    // Delete through the dialog, after confirming.
    dialog->selectProfile(QStringLiteral("gui-sim"));
    ProfilesDialog::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(dialog, "deleteButton"), Qt::LeftButton);
    QTRY_COMPARE(listed(list), QStringList{QStringLiteral("gui-renamed")});
    QCOMPARE(readSecret(&store, QStringLiteral("gui-sim")), QLatin1String(CredentialJob::kNotFound));
    QTRY_COMPARE(selector.findChild<QComboBox *>(QStringLiteral("profileCombo"))->count(), 1);

    // Answering No keeps it.
    ProfilesDialog::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(dialog, "deleteButton"), Qt::LeftButton);
    QTest::qWait(100);
    QCOMPARE(listed(list), QStringList{QStringLiteral("gui-renamed")});

    ProfilesDialog::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(dialog, "deleteButton"), Qt::LeftButton);
    QTRY_VERIFY(listed(list).isEmpty());
    QCOMPARE(readSecret(&store, QStringLiteral("gui-renamed")), QLatin1String(CredentialJob::kNotFound));

    for (const QString &secret : {kSecretKey, QStringLiteral("secondKey00000000000000000000000")}) {
        const QStringList leaks = Test::filesContaining(secret.toLatin1());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
    }
}

void TestProfilesDialog::noKeychain_offersSessionOnlyCredentials()
{
    Profile profile;
    profile.name = QStringLiteral("offline");
    profile.secretId = kSecretId;
    ProfileRepository().save(profile);

    QNetworkAccessManager network;
    Test::UnreachableCredentialStore store;
    SessionFactory factory(&network, &store);
    ProfileSelector selector(&factory);
    QSignalSpy unavailable(&selector, &ProfileSelector::profileUnavailable);
    QSignalSpy loaded(&selector, &ProfileSelector::sessionOpened);
    ProfilesDialog::setNextAnswer(QMessageBox::Yes);
    selector.selectProfile(QStringLiteral("offline"));
    QVERIFY(unavailable.wait(5000));
    QVERIFY(unavailable.constFirst().constFirst().toString().startsWith(QStringLiteral("No keychain reachable")));

    QDialog *prompt = nullptr;
    QTRY_VERIFY((prompt = selector.findChild<QDialog *>(QStringLiteral("sessionCredentialsDialog"))));
    typeInto(child<QLineEdit>(prompt, "sessionSecretKeyEdit"), QStringLiteral("sessionOnlyKey0000000000000000000"));
    prompt->accept();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(openedKey(loaded, 0), QStringLiteral("sessionOnlyKey0000000000000000000"));

    // Chosen again: served from memory, the keychain is not asked again.
    selector.selectProfile(QStringLiteral("offline"));
    QVERIFY(loaded.wait(5000));
    delete loaded.last().at(0).value<Session *>();
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(Test::filesContaining("sessionOnlyKey0000000000000000000").isEmpty());
    ProfileRepository().remove(QStringLiteral("offline"));
}

QTEST_MAIN(TestProfilesDialog)
#include "TestProfilesDialog.moc"
