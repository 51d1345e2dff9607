#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace LhShare {

// Preferences: the user-interface language (system default, English or Simplified Chinese),
// stored as "ui/language" and applied at the next start (setUpApplication reads it), and with it
// the language of the server's messages (X-TC-Language).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    // Saves the choice; returns true when it differs from the language now in use.
    bool save();

private:
    QComboBox *m_language;
    QLabel *m_restartNote;
};

} // namespace LhShare
