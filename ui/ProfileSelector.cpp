#include "ProfileSelector.h"

#include "ProfilesDialog.h"

#include "credentials/MemoryCredentialStore.h"
#include "credentials/ProfileRepository.h"
#include "session/SessionFactory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace LhShare {

namespace {
// The demo's entry carries this instead of a profile name.
const QString kDemoEntry = QStringLiteral("\x01demo");
} // namespace

ProfileSelector::ProfileSelector(SessionFactory *factory, QWidget *parent)
    : QWidget(parent)
    , m_factory(factory)
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

    connect(m_combo, &QComboBox::activated, this, &ProfileSelector::load);
    connect(m_manageButton, &QPushButton::clicked, this, &ProfileSelector::showProfilesDialog);
    reload();
}

ProfileSelector::~ProfileSelector() = default;

QString ProfileSelector::currentProfileName() const
{
    return isDemoSelected() ? QString() : m_combo->currentData().toString();
}

bool ProfileSelector::isDemoSelected() const
{
    return m_combo->currentData().toString() == kDemoEntry;
}

void ProfileSelector::selectProfile(const QString &name)
{
    const int index = m_combo->findData(name);
    if (index < 0) {
        Q_EMIT profileUnavailable(tr("No profile named “%1”.").arg(name));
        return;
    }
    m_combo->setCurrentIndex(index);
    load();
}

void ProfileSelector::selectDemo()
{
    const int index = m_combo->findData(kDemoEntry);
    if (index < 0) {
        Q_EMIT profileUnavailable(tr("This build has no demo."));
        return;
    }
    m_combo->setCurrentIndex(index);
    load();
}

void ProfileSelector::loadSelected()
{
    if (currentProfileName().isEmpty() && !isDemoSelected()) {
        Q_EMIT profileUnavailable(tr("No credential profiles yet: click “Manage…” to add one."));
        return;
    }
    load();
}

void ProfileSelector::reload()
{
    const ProfileRepository repository;
    const QString keep = m_combo->count() > 0 ? m_combo->currentData().toString() : repository.lastUsed();
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    for (const QString &name : repository.names())
        m_combo->addItem(name, name);
    if (m_factory->hasDemo())
        m_combo->addItem(tr("Demo (simulated data)"), kDemoEntry);
    // Nothing remembered: the first profile, never the demo unless it is all there is.
    const int index = m_combo->findData(keep);
    m_combo->setCurrentIndex(index >= 0 ? index : 0);
    m_combo->setEnabled(m_combo->count() > 0);
}

ProfilesDialog *ProfileSelector::showProfilesDialog()
{
    if (!m_dialog) {
        m_dialog = new ProfilesDialog(m_factory, this);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &ProfilesDialog::profilesChanged, this, &ProfileSelector::reload);
        if (!currentProfileName().isEmpty())
            m_dialog->selectProfile(currentProfileName());
    }
    m_dialog->open();
    m_dialog->raise();
    return m_dialog;
}

void ProfileSelector::load()
{
    if (isDemoSelected()) {
        watch(m_factory->openDemo());
        return;
    }
    const QString name = currentProfileName();
    // Credentials typed for this session take precedence: the keychain was unreachable for them.
    watch(m_factory->openProfile(name, {}, m_sessionStore->contains(name) ? m_sessionStore : nullptr));
}

void ProfileSelector::watch(SessionJob *job)
{
    m_opening = job;
    connect(job, &Job::finished, this, [this, job] {
        if (job != m_opening)
            return; // superseded by a later choice
        if (!job->hasError()) {
            if (!job->profile().name.isEmpty())
                ProfileRepository().setLastUsed(job->profile().name);
            Q_EMIT sessionOpened(job->takeSession());
            return;
        }
        Q_EMIT profileUnavailable(job->errorString());
        if (job->isKeychainUnreachable())
            offerSessionCredentials(job->profile(), job->errorString());
    });
    job->start();
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
        connect(job, &Job::finished, this, [this, profile] { selectProfile(profile.name); });
        job->start();
    });
    dialog->open();
}

} // namespace LhShare
