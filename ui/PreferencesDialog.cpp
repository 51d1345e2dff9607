#include "PreferencesDialog.h"

#include "credentials/CredentialStore.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/ProxySetup.h"
#include "session/AppSetup.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace LhShare {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

PreferencesDialog::PreferencesDialog(QWidget *parent, CredentialStore *store)
    : QDialog(parent)
    , m_store(store ? store : new KeychainCredentialStore(this))
    , m_language(new QComboBox(this))
    , m_restartNote(new QLabel(this))
    , m_systemProxy(new QRadioButton(tr("Use the &system's proxy settings"), this))
    , m_noProxy(new QRadioButton(tr("&No proxy"), this))
    , m_manualProxy(new QRadioButton(tr("&Manual HTTP proxy:"), this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("System default (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    for (const auto &[locale, nativeName] : availableLanguages())
        m_language->addItem(nativeName, locale);
    m_language->setCurrentIndex(qMax(0, m_language->findData(QSettings().value(kLanguageKey).toString())));
    m_language->setAccessibleName(tr("User interface language"));

    m_restartNote->setText(tr("The language changes the next time Lighthouse Share starts. Error messages from "
                              "Tencent Cloud follow it too."));
    m_restartNote->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_language);
    form->addRow(label, m_language);

    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem with the preferences"));
    m_problem->hide();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::saveAndClose);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addWidget(buildProxyGroup());
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
}

QWidget *PreferencesDialog::buildProxyGroup()
{
    auto *group = new QGroupBox(tr("Proxy"), this);
    auto *modes = new QButtonGroup(group);
    for (QRadioButton *button : {m_systemProxy, m_noProxy, m_manualProxy}) {
        modes->addButton(button);
        connect(button, &QRadioButton::toggled, this, &PreferencesDialog::updateProxyFields);
    }
    m_systemProxy->setToolTip(tr("The https_proxy and no_proxy variables, then the desktop's network settings"));
    m_host->setPlaceholderText(QStringLiteral("proxy.example.com"));
    m_host->setAccessibleName(tr("Proxy host"));
    m_port->setRange(1, 65535);
    m_port->setValue(3128);
    m_port->setAccessibleName(tr("Proxy port"));
    m_user->setPlaceholderText(tr("Only if the proxy asks for one"));
    m_user->setAccessibleName(tr("Proxy user name"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Proxy password"));

    const ProxyConfig saved = ProxyConfig::fromSettings();
    m_savedUser = saved.mode == ProxyConfig::Mode::Manual ? saved.user : QString();
    (saved.mode == ProxyConfig::Mode::Manual     ? m_manualProxy
         : saved.mode == ProxyConfig::Mode::None ? m_noProxy
                                                 : m_systemProxy)
        ->setChecked(true);
    if (saved.mode == ProxyConfig::Mode::Manual) {
        m_host->setText(saved.host);
        if (saved.port > 0)
            m_port->setValue(saved.port);
        m_user->setText(saved.user);
    }
    // The stored password is never read back into the dialog; typing one replaces it.
    m_password->setPlaceholderText(m_savedUser.isEmpty() ? QString() : tr("Unchanged (kept in the keychain)"));

    auto *address = new QHBoxLayout;
    address->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("P&ort:"), group);
    portLabel->setBuddy(m_port);
    address->addWidget(portLabel);
    address->addWidget(m_port);
    auto *manual = new QFormLayout;
    auto *hostLabel = new QLabel(tr("&Host:"), group);
    hostLabel->setBuddy(m_host);
    manual->addRow(hostLabel, address);
    auto *userLabel = new QLabel(tr("&User:"), group);
    userLabel->setBuddy(m_user);
    manual->addRow(userLabel, m_user);
    auto *passwordLabel = new QLabel(tr("Pass&word:"), group);
    passwordLabel->setBuddy(m_password);
    manual->addRow(passwordLabel, m_password);
    manual->setContentsMargins(24, 0, 0, 0);

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_systemProxy);
    layout->addWidget(m_noProxy);
    layout->addWidget(m_manualProxy);
    layout->addLayout(manual);
    updateProxyFields();
    return group;
}

void PreferencesDialog::updateProxyFields()
{
    const bool manual = m_manualProxy->isChecked();
    for (QWidget *field : std::initializer_list<QWidget *>{m_host, m_port, m_user, m_password})
        field->setEnabled(manual);
}

ProxyConfig PreferencesDialog::proxyConfig() const
{
    ProxyConfig config;
    if (m_noProxy->isChecked()) {
        config.mode = ProxyConfig::Mode::None;
    } else if (m_manualProxy->isChecked()) {
        config.mode = ProxyConfig::Mode::Manual;
        config.host = m_host->text().trimmed();
        config.port = quint16(m_port->value());
        config.user = m_user->text().trimmed();
        config.password = config.user.isEmpty() ? QString() : m_password->text();
    }
    return config;
}

QString PreferencesDialog::proxyProblem() const
{
    if (!m_manualProxy->isChecked())
        return {};
    const QString host = m_host->text().trimmed();
    if (host.isEmpty())
        return tr("Enter the proxy's host name, or choose another proxy setting.");
    QString error;
    ProxyConfig::fromUrl(QStringLiteral("%1:%2").arg(host).arg(m_port->value()), &error);
    return error;
}

bool PreferencesDialog::save()
{
    const QString chosen = m_language->currentData().toString();
    QSettings().setValue(kLanguageKey, chosen);
    if (proxyProblem().isEmpty()) {
        const ProxyConfig config = proxyConfig();
        config.save();
        Q_EMIT proxyChanged(config);
    }
    const QString effective = chosen.isEmpty()
        ? (QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"))
        : chosen;
    return effective != uiLanguage();
}

void PreferencesDialog::saveAndClose()
{
    const QString problem = proxyProblem();
    if (!problem.isEmpty()) {
        showProblem(problem);
        m_host->setFocus();
        return;
    }
    save();
    const ProxyConfig config = proxyConfig();
    CredentialJob *job = nullptr;
    if (config.mode == ProxyConfig::Mode::Manual && !config.password.isEmpty())
        job = ProxySetup::savePassword(m_store, config.password);
    else if (config.mode == ProxyConfig::Mode::Manual && config.user.isEmpty() && !m_savedUser.isEmpty())
        job = ProxySetup::savePassword(m_store, {}); // no user any more: its password goes too
    if (!job) {
        accept();
        return;
    }
    m_buttons->setEnabled(false);
    connect(job, &Job::finished, this, [this, job] {
        m_buttons->setEnabled(true);
        if (job->hasError() && !job->isNotFound()) {
            showProblem(tr("The proxy password could not be saved in the keychain: %1").arg(job->errorString()));
            return;
        }
        accept();
    });
    job->start();
}

void PreferencesDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->show();
}

} // namespace LhShare
