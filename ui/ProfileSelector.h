#pragma once

#include "api/Credentials.h"
#include "credentials/Profile.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QNetworkAccessManager;
class QPushButton;

namespace LhShare {

class CredentialStore;
class MemoryCredentialStore;
class ProfileLoader;
class ProfilesDialog;

// A combo box of saved profiles plus "Manage…" (ProfilesDialog). Choosing a profile loads its
// secrets with ProfileLoader and emits profileLoaded() or profileUnavailable(); the choice is
// remembered for the next start. When no keychain is reachable it offers to take the credentials
// for this session only (kept in a MemoryCredentialStore, never written anywhere).
//
//   auto *selector = new ProfileSelector(network, nullptr, this);  // nullptr: the OS keychain
//   connect(selector, &ProfileSelector::profileLoaded, this, &MainWindow::useCredentials);
//   selector->loadSelected();                                      // the remembered profile
class ProfileSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSelector)

public:
    // `network` (not owned) is used by the dialog's connection test. `store` (not owned) holds
    // the secrets; nullptr means a KeychainCredentialStore owned by the selector.
    explicit ProfileSelector(QNetworkAccessManager *network, CredentialStore *store = nullptr,
                             QWidget *parent = nullptr);
    ~ProfileSelector() override;

    QString currentProfileName() const;
    // Selects and loads a profile.
    void selectProfile(const QString &name);
    // Loads the profile shown in the combo (at start-up: the one used last).
    void loadSelected();
    // Re-reads the profile names (after the dialog changed them), keeping the selection if possible.
    void reload();
    // Opens (or raises) the profiles dialog.
    ProfilesDialog *showProfilesDialog();

Q_SIGNALS:
    void profileLoaded(const LhShare::Profile &profile, const LhShare::Credentials &credentials);
    void profileUnavailable(const QString &reason);

private:
    void load(const QString &name);
    void offerSessionCredentials(const Profile &profile, const QString &reason);
    void askSessionCredentials(const Profile &profile);

    QNetworkAccessManager *m_network;
    CredentialStore *m_store;
    MemoryCredentialStore *m_sessionStore;
    QComboBox *m_combo;
    QPushButton *m_manageButton;
    QPointer<ProfilesDialog> m_dialog;
    QPointer<ProfileLoader> m_loader;
};

} // namespace LhShare
