#pragma once

#include "jobs/JobPlan.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace LhShare {

class AccountIdEditor;
class InlineStatus;
class Job;
class LighthouseService;

// "Edit recipients…": one blueprint's recipients as an editable list of the accounts it should be
// shared with. It starts as the current recipients; add, paste, import or remove entries with the
// account editor, or "Copy from blueprint…" to take another blueprint's recipients (this region
// or another). Apply hands the difference (SyncPlan: shares for the new accounts, cancels for the
// ones taken out) to the window, which plans it and opens the review; nothing is sent from here.
// Apply waits while the list has invalid entries: an ID mistyped would otherwise take an account's
// access away.
class EditRecipientsDialog final : public QDialog
{
    Q_OBJECT
public:
    EditRecipientsDialog(LighthouseService *service, JobTarget target, QWidget *parent = nullptr);
    ~EditRecipientsDialog() override;

    AccountIdEditor *editor() const { return m_editor; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *copyButton() const { return m_copy; }
    InlineStatus *status() const { return m_status; }
    bool isLoading() const { return m_reading != nullptr; }
    // Replaces the list with the recipients of `model` (what "Copy from blueprint…" does).
    void copyFrom(const JobTarget &model);

Q_SIGNALS:
    // The cancels and shares that make the blueprint's recipients the list (never empty).
    void applyRequested(const LhShare::JobRequest &request);

private:
    void load();
    void read(const JobTarget &target, bool current);
    void chooseModel();
    void apply();
    void updateApply();

    LighthouseService *m_service;
    JobTarget m_target;
    QStringList m_current; // the recipients when the list was loaded
    bool m_loaded = false;
    QPointer<Job> m_reading;
    InlineStatus *m_status;
    AccountIdEditor *m_editor;
    QPushButton *m_copy;
    QPushButton *m_apply;
};

// Asks which blueprint to copy recipients from: a region and a blueprint ID.
class BlueprintChoiceDialog final : public QDialog
{
    Q_OBJECT
public:
    BlueprintChoiceDialog(const QString &regionId, QWidget *parent = nullptr);

    JobTarget choice() const;
    QComboBox *regionPicker() const { return m_region; }
    QLineEdit *blueprintEdit() const { return m_blueprint; }

private:
    QComboBox *m_region; // not the window's RegionComboBox: this choice is not remembered
    QLineEdit *m_blueprint;
    QDialogButtonBox *m_buttons;
};

} // namespace LhShare
