// The window's side of hardening: server text shown as plain text, the host of an endpoint outside
// Tencent Cloud in a banner and in the review, credentials with control characters refused by the
// profile form, and the international endpoint kept as it is when a profile is saved.
#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileManager.h"
#include "credentials/ProfileRepository.h"
#include "jobs/JobPlan.h"
#include "session/SessionFactory.h"
#include "ui/EndpointBanner.h"
#include "ui/ProfilesDialog.h"
#include "ui/ReviewDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace LhShare;

namespace {
const QString kSecretId = QStringLiteral("AKIDhardeningUiTest000000000000001");

JobPlan onePlan()
{
    return JobPlan::blind(JobRequest::forTargets(ShareAction::Cancel,
                                                 {{QStringLiteral("ap-guangzhou"), QStringLiteral("lhbp-aaaaaaaa")}},
                                                 {QStringLiteral("200000000001")}));
}
} // namespace

class TestHardeningUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void review_showsTheHostAndWarnsOutsideTencentCloud();
    void banner_onlyForEndpointsOutsideTencentCloud();
    void profilesDialog_keepsTheInternationalEndpointOnSave();
    void profilesDialog_refusesControlCharacters();
};

void TestHardeningUi::review_showsTheHostAndWarnsOutsideTencentCloud()
{
    const ReviewDialog outside(onePlan(), Endpoint::parse(QStringLiteral("https://collector.example.test:8443")));
    QVERIFY2(outside.endpointText().contains(QLatin1String("collector.example.test:8443")),
             qPrintable(outside.endpointText()));
    QVERIFY(outside.endpointText().contains(QLatin1String("not a Tencent Cloud address")));

    const ReviewDialog tencent(onePlan(), Endpoint::defaultEndpoint());
    QVERIFY(tencent.endpointText().contains(QLatin1String("lighthouse.tencentcloudapi.com")));
    QVERIFY(!tencent.endpointText().contains(QLatin1String("not a Tencent Cloud address")));
    // Labels that can carry server text never interpret it as rich text.
    for (const QLabel *label : tencent.findChildren<QLabel *>())
        QVERIFY2(label->textFormat() == Qt::PlainText || label->objectName() == QLatin1String("skippedLabel")
                     || label->objectName() == QLatin1String("confirmLabel"),
                 qPrintable(label->objectName()));
}

void TestHardeningUi::banner_onlyForEndpointsOutsideTencentCloud()
{
    QWidget window;
    auto *banner = new EndpointBanner(&window);
    window.show();
    banner->showFor(Endpoint::parse(QStringLiteral("https://collector.example.test")));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QLatin1String("collector.example.test")));
    QCOMPARE(banner->textFormat(), Qt::PlainText);
    for (const QString &inside : {QStringLiteral("intl"), QStringLiteral("http://127.0.0.1:8080"), QString()}) {
        banner->showFor(Endpoint::parse(inside));
        QVERIFY2(!banner->isVisible(), qPrintable(inside));
    }
    banner->showFor(Endpoint());
    QVERIFY(!banner->isVisible());
}

void TestHardeningUi::profilesDialog_keepsTheInternationalEndpointOnSave()
{
    const QString intl = QStringLiteral("lighthouse.intl.tencentcloudapi.com");
    ProfileRepository repository;
    Profile profile;
    profile.name = QStringLiteral("intl-site");
    profile.secretId = kSecretId;
    profile.defaultRegion = QStringLiteral("ap-singapore");
    profile.endpoint = intl;
    repository.save(profile);

    QNetworkAccessManager network;
    MemoryCredentialStore store;
    SessionFactory factory(&network, &store);
    ProfilesDialog dialog(&factory);
    dialog.show();
    dialog.selectProfile(profile.name);
    QSignalSpy changed(&dialog, &ProfilesDialog::profilesChanged);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY2(changed.wait(5'000), qPrintable(dialog.statusText()));
    const std::optional<Profile> saved = ProfileRepository().load(profile.name);
    QVERIFY(saved);
    QCOMPARE(saved->endpoint, intl);
    QCOMPARE(saved->defaultRegion, QStringLiteral("ap-singapore"));
}

void TestHardeningUi::profilesDialog_refusesControlCharacters()
{
    QNetworkAccessManager network;
    MemoryCredentialStore store;
    SessionFactory factory(&network, &store);
    ProfilesDialog dialog(&factory);
    dialog.show();
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->textFormat(), Qt::PlainText);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *secretId = dialog.findChild<QLineEdit *>(QStringLiteral("secretIdEdit"));
    auto *secretKey = dialog.findChild<QLineEdit *>(QStringLiteral("secretKeyEdit"));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
    name->setText(QStringLiteral("injected"));

    secretId->setText(kSecretId + QStringLiteral("\r\nX-Injected: 1"));
    secretKey->setText(QStringLiteral("key"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(dialog.statusText().startsWith(QLatin1String("SecretId contains")), qPrintable(dialog.statusText()));

    secretId->setText(kSecretId);
    secretKey->setText(QStringLiteral("key\x1b[2J"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(dialog.statusText().startsWith(QLatin1String("SecretKey contains")), qPrintable(dialog.statusText()));
    QTest::qWait(100);
    QVERIFY(!ProfileRepository().contains(QStringLiteral("injected")));
}

QTEST_MAIN(TestHardeningUi)
#include "TestHardeningUi.moc"
