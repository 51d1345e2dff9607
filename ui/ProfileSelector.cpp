#include "ProfileSelector.h"

#include "ProfilesDialog.h"

#include "credentials/KeychainCredentialStore.h"
#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileLoader.h"
#include "credentials/ProfileRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace LhShare {

ProfileSelector::ProfileSelector(QNetworkAccessManager *network, CredentialStore *store, QWidget *parent)
    : QWidget(parent)
    , m_network(network)
    , m_store(store ? store : new KeychainCredentialStore(this))
    , m_sessionStore(new MemoryCredentialStore(this))
    , m_combo(new QComboBox(this))
    , m_manageButton(new QPushButton(tr("&Manage…"), this))
{
    auto *label = new QLabel(tr("&Profile:"), this);
    label->setBuddy(m_combo);
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    m_combo->setAccessibleName(tr("Credential profile"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_manageButton->setObjectName(QStringLiteral("manageProfilesButton"));
    m_manageButton->setAccessibleName(tr("Manage credential profiles"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_manageButton);

    connect(m_combo, &QComboBox::activated, this, [this] { load(m_combo->currentText()); });
    connect(m_manageButton, &QPushButton::clicked, this, &ProfileSelector::showProfilesDialog);
    reload();
}

ProfileSelector::~ProfileSelector() = default;

QString ProfileSelector::currentProfileName() const
{
    return m_combo->currentText();
}

void ProfileSelector::selectProfile(const QString &name)
{
    const int index = m_combo->findText(name);
    if (index < 0) {
        Q_EMIT profileUnavailable(tr("No profile named “%1”.").arg(name));
        return;
    }
    m_combo->setCurrentIndex(index);
    load(name);
}

void ProfileSelector::loadSelected()
{
    if (m_combo->count() == 0) {
        Q_EMIT profileUnavailable(tr("No credential profiles yet: click “Manage…” to add one."));
        return;
    }
    load(m_combo->currentText());
}

void ProfileSelector::reload()
{
    const ProfileRepository repository;
    const QString keep = m_combo->count() > 0 ? m_combo->currentText() : repository.lastUsed();
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItems(repository.names());
    const int index = m_combo->findText(keep);
    if (index >= 0)
        m_combo->setCurrentIndex(index);
    m_combo->setEnabled(m_combo->count() > 0);
}

ProfilesDialog *ProfileSelector::showProfilesDialog()
{
    if (!m_dialog) {
        m_dialog = new ProfilesDialog(m_network, m_store, this);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &ProfilesDialog::profilesChanged, this, &ProfileSelector::reload);
        if (m_combo->count() > 0)
            m_dialog->selectProfile(m_combo->currentText());
    }
    m_dialog->open();
    m_dialog->raise();
    return m_dialog;
}

void ProfileSelector::load(const QString &name)
{
    if (m_loader)
        m_loader->deleteLater();
    auto *loader = new ProfileLoader(this);
    m_loader = loader;
    // Credentials typed for this session take precedence: the keychain was unreachable for them.
    loader->setCredentialStore(m_sessionStore->contains(name) ? static_cast<CredentialStore *>(m_sessionStore)
                                                              : m_store);
    connect(loader, &ProfileLoader::finished, this, [this, loader] {
        loader->deleteLater();
        if (loader != m_loader)
            return; // superseded by a later choice
        if (!loader->hasError()) {
            ProfileRepository().setLastUsed(loader->profile().name);
            Q_EMIT profileLoaded(loader->profile(), loader->credentials());
            return;
        }
        Q_EMIT profileUnavailable(loader->errorString());
        if (loader->isKeychainUnreachable())
            offerSessionCredentials(loader->profile(), loader->errorString());
    });
    loader->load(name);
}

void ProfileSelector::offerSessionCredentials(const Profile &profile, const QString &reason)
{
    ProfilesDialog::ask(this, tr("No Keychain"),
                        reason + QStringLiteral("\n\n")
                            + tr("Type the SecretKey of “%1” for this session only? It is kept in memory and "
                                 "forgotten when Lighthouse Share quits.")
                                  .arg(profile.name),
                        [this, profile](bool yes) {
                            if (yes)
                                askSessionCredentials(profile);
                        });
}

void ProfileSelector::askSessionCredentials(const Profile &profile)
{
    // Built in code: a two-field form needs no .ui, and open() keeps the event loop flat.
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("sessionCredentialsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Credentials for This Session"));
    auto *form = new QFormLayout(dialog);
    form->addRow(new QLabel(tr("Profile “%1”, SecretId %2. Nothing you type here is saved.")
                                .arg(profile.name, Credentials::redact(profile.secretId)),
                            dialog));
    auto *secretKey = new QLineEdit(dialog);
    secretKey->setObjectName(QStringLiteral("sessionSecretKeyEdit"));
    secretKey->setEchoMode(QLineEdit::Password);
    secretKey->setAccessibleName(tr("SecretKey"));
    auto *token = new QLineEdit(dialog);
    token->setObjectName(QStringLiteral("sessionTokenEdit"));
    token->setEchoMode(QLineEdit::Password);
    token->setAccessibleName(tr("Session token"));
    token->setPlaceholderText(tr("Only for temporary credentials"));
    auto *keyLabel = new QLabel(tr("Secret&Key:"), dialog);
    keyLabel->setBuddy(secretKey);
    auto *tokenLabel = new QLabel(tr("Session &token:"), dialog);
    tokenLabel->setBuddy(token);
    form->addRow(keyLabel, secretKey);
    form->addRow(tokenLabel, token);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, profile, secretKey, token] {
        const QString key = secretKey->text().trimmed();
        if (key.isEmpty())
            return;
        const ProfileSecrets secrets{key, token->text().trimmed()};
        CredentialJob *job = m_sessionStore->write(profile.name, secrets);
        connect(job, &CredentialJob::finished, this, [this, profile, secrets] {
            Q_EMIT profileLoaded(profile, {profile.secretId, secrets.secretKey, secrets.token});
        });
    });
    dialog->open();
}

} // namespace LhShare
