#pragma once

#include "api/ProxyConfig.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QWidget;

namespace LhShare {

class CredentialStore;

// Preferences:
// - the user-interface language (system default, English or Simplified Chinese), stored as
//   "ui/language" and applied at the next start (setUpApplication reads it), and with it the
//   language of the server's messages (X-TC-Language);
// - the proxy (ProxyConfig): the system's settings, none, or a manual HTTP proxy whose password
//   goes to the keychain, never to the settings. A change applies at once (proxyChanged()).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    // store: where the proxy password goes (not owned; null: the OS keychain).
    explicit PreferencesDialog(QWidget *parent = nullptr, CredentialStore *store = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QRadioButton *systemProxyButton() const { return m_systemProxy; }
    QRadioButton *noProxyButton() const { return m_noProxy; }
    QRadioButton *manualProxyButton() const { return m_manualProxy; }
    QLineEdit *proxyHostEdit() const { return m_host; }
    QSpinBox *proxyPortBox() const { return m_port; }
    QLineEdit *proxyUserEdit() const { return m_user; }
    QLineEdit *proxyPasswordEdit() const { return m_password; }
    QLabel *problemLabel() const { return m_problem; }

    // The proxy as the fields describe it (with the password when one was typed).
    ProxyConfig proxyConfig() const;
    // Saves the choices (the proxy only when it is complete); returns true when the language
    // differs from the one in use now.
    bool save();

Q_SIGNALS:
    // The proxy settings were saved; apply `config` to the network manager (ProxySetup).
    void proxyChanged(const LhShare::ProxyConfig &config);

private:
    QWidget *buildProxyGroup();
    void updateProxyFields();
    QString proxyProblem() const;
    void saveAndClose();
    void showProblem(const QString &problem);

    CredentialStore *m_store;
    QString m_savedUser;
    QComboBox *m_language;
    QLabel *m_restartNote;
    QRadioButton *m_systemProxy;
    QRadioButton *m_noProxy;
    QRadioButton *m_manualProxy;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace LhShare
