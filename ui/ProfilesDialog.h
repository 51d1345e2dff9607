#pragma once

#include "credentials/Profile.h"
#include "session/ProfileImport.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>

#include <functional>
#include <memory>

namespace LhShare {

class ConnectionTest;
class CredentialStore;
class ProfileManager;
class SessionFactory;

namespace Ui {
class ProfilesDialog;
}

// Adds, edits, renames, duplicates, deletes and tests saved credential profiles, and imports them
// from tccli, the SDK credentials file or the environment. Settings and keychain work happens in
// ProfileManager, the import rules in ProfileImport, and the connection test (ConnectionTest) runs
// on a session made from the form's own values, asynchronous so the window never freezes.
//
// The SecretKey field is never filled with a stored secret: when editing, leaving it empty keeps
// the stored one (the empty field's hint text says so).
//
//   auto *dialog = new ProfilesDialog(factory, this);
//   connect(dialog, &ProfilesDialog::profilesChanged, selector, &ProfileSelector::reload);
//   dialog->open();
class ProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesDialog)

public:
    // `factory` (not owned, outlives the dialog) makes the test's session and holds the store.
    explicit ProfilesDialog(SessionFactory *factory, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    // Selects (and shows in the form) a saved profile.
    void selectProfile(const QString &name);
    QString selectedProfile() const;
    // The last status or error shown under the form (tests and accessibility).
    QString statusText() const;

    // Asks a yes/no question without a nested event loop (QMessageBox::open). Tests answer the next
    // question ahead of time with setNextAnswer(), as KeePassXC's MessageBox does.
    static void ask(QWidget *parent, const QString &title, const QString &text, std::function<void(bool yes)> answered);
    static void setNextAnswer(QMessageBox::StandardButton answer);

Q_SIGNALS:
    // A profile was added, changed, renamed or deleted.
    void profilesChanged();
    // The connection test finished (success or not); statusText() has the outcome.
    void connectionTested(bool ok);

private:
    enum EndpointChoice { DefaultEndpoint, InternationalEndpoint, RegionEndpoint, CustomEndpoint };

    void reloadList(const QString &select = {});
    void showProfile(const QString &name);
    void startNewProfile();
    void save();
    void deleteSelected();
    void duplicateSelected();
    void testConnection();
    void runTest(const Profile &profile, const QString &secretKey, const QString &token);
    void applyImport(const ImportCandidate &candidate);
    void populateTccliMenu();
    void updateEndpointWidgets();
    // The form as a profile (starting from the saved one, so fields the form lacks survive);
    // false with a message when something is invalid.
    bool formProfile(Profile *profile, QString *error) const;
    QString endpointFromForm() const;
    void setEndpointInForm(const QString &endpoint);
    void setStatus(const QString &text, bool error = false);
    void setBusy(bool busy);

    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    SessionFactory *m_factory;
    CredentialStore *m_store;
    ProfileManager *m_manager;
    QString m_editing; // the saved profile shown in the form; empty for a new one
    Profile m_loaded; // what m_editing held when it was shown
    QPointer<ConnectionTest> m_test;
};

} // namespace LhShare
