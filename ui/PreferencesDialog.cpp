#include "PreferencesDialog.h"

#include "session/AppSetup.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

namespace LhShare {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_restartNote(new QLabel(this))
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

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addWidget(buttons);
}

bool PreferencesDialog::save()
{
    const QString chosen = m_language->currentData().toString();
    QSettings().setValue(kLanguageKey, chosen);
    const QString effective = chosen.isEmpty()
        ? (QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"))
        : chosen;
    return effective != uiLanguage();
}

} // namespace LhShare
