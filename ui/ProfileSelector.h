#pragma once

#include "credentials/Profile.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QPushButton;

namespace LhShare {

class MemoryCredentialStore;
class ProfilesDialog;
class Session;
class SessionFactory;
class SessionJob;

// A combo box of saved profiles, plus "Demo (simulated data)" when the application has a demo,
// and "Manage…" (ProfilesDialog). Choosing an entry opens a Session for it through the
// SessionFactory and emits sessionOpened() or profileUnavailable(); the profile choice is
// remembered for the next start. When no keychain is reachable it offers to take the credentials
// for this session only (kept in a MemoryCredentialStore, never written anywhere).
//
//   auto *selector = new ProfileSelector(factory, this);
//   connect(selector, &ProfileSelector::sessionOpened, this, &MainWindow::setSession);
//   selector->loadSelected();                                      // the remembered profile
class ProfileSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSelector)

public:
    // `factory` (not owned) opens the sessions and holds the credential store.
    explicit ProfileSelector(SessionFactory *factory, QWidget *parent = nullptr);
    ~ProfileSelector() override;

    // The saved profile chosen; empty when the demo (or nothing) is chosen.
    QString currentProfileName() const;
    bool isDemoSelected() const;
    QComboBox *combo() const { return m_combo; }
    // Selects and opens a profile / the demo.
    void selectProfile(const QString &name);
    void selectDemo();
    // Opens the entry shown in the combo (at start-up: the profile used last).
    void loadSelected();
    // Re-reads the profile names (after the dialog changed them), keeping the selection if possible.
    void reload();
    // Opens (or raises) the profiles dialog.
    ProfilesDialog *showProfilesDialog();

Q_SIGNALS:
    // A session for the chosen entry; the receiver takes ownership.
    void sessionOpened(LhShare::Session *session);
    void profileUnavailable(const QString &reason);

private:
    void load();
    void watch(SessionJob *job);
    void offerSessionCredentials(const Profile &profile, const QString &reason);
    void askSessionCredentials(const Profile &profile);

    SessionFactory *m_factory;
    MemoryCredentialStore *m_sessionStore;
    QComboBox *m_combo;
    QPushButton *m_manageButton;
    QPointer<ProfilesDialog> m_dialog;
    QPointer<SessionJob> m_opening;
};

} // namespace LhShare
