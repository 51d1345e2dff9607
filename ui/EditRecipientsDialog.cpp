#include "EditRecipientsDialog.h"

#include "AccountIdEditor.h"
#include "InlineStatus.h"

#include "jobs/SyncPlan.h"
#include "model/Blueprint.h"
#include "model/Region.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace LhShare {

EditRecipientsDialog::EditRecipientsDialog(LighthouseService *service, JobTarget target, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_target(std::move(target))
    , m_status(new InlineStatus(this))
    , m_editor(new AccountIdEditor(this))
    , m_copy(new QPushButton(tr("C&opy from blueprint…"), this))
    , m_apply(new QPushButton(tr("&Apply…"), this))
{
    setWindowTitle(tr("Edit recipients of %1").arg(m_target.blueprintId));
    auto *heading = new QLabel(tr("Accounts %1 (%2) should be shared with. Accounts taken out of the list lose "
                                  "access; accounts added gain it. Apply shows the changes for review first.")
                                   .arg(m_target.blueprintId, m_target.region),
                               this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    m_copy->setToolTip(tr("Replace the list with the recipients of another blueprint, in this region or another"));
    m_apply->setToolTip(tr("Review the accounts that gain or lose access, then apply"));
    m_apply->setDefault(true);
    auto *close = new QPushButton(tr("&Close"), this);

    connect(m_copy, &QPushButton::clicked, this, &EditRecipientsDialog::chooseModel);
    connect(m_apply, &QPushButton::clicked, this, &EditRecipientsDialog::apply);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_editor, &AccountIdEditor::idsChanged, this, &EditRecipientsDialog::updateApply);
    connect(m_status, &InlineStatus::retryRequested, this, &EditRecipientsDialog::load);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch();
    buttons->addWidget(m_apply);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_status);
    layout->addWidget(m_editor, 1);
    layout->addLayout(buttons);
    resize(560, 520);
    load();
}

EditRecipientsDialog::~EditRecipientsDialog()
{
    if (m_reading)
        m_reading->abort();
}

void EditRecipientsDialog::load()
{
    read(m_target, true);
}

void EditRecipientsDialog::copyFrom(const JobTarget &model)
{
    read(model, false);
}

// Reads `target`'s recipients into the list: the current ones (the starting point every change is
// measured against) or a model's.
void EditRecipientsDialog::read(const JobTarget &target, bool current)
{
    if (m_reading)
        m_reading->abort();
    auto *reader = new RecipientsReader(m_service, target, this);
    m_reading = reader;
    m_status->showBusy(current ? tr("Reading who %1 is shared with now…").arg(target.blueprintId)
                               : tr("Reading who %1 (%2) is shared with…").arg(target.blueprintId, target.region));
    connect(reader, &Job::finished, this, [this, reader, target, current] {
        if (reader != m_reading)
            return; // replaced by a later read
        m_reading.clear();
        if (reader->hasError()) {
            if (reader->error().kind != ApiError::Kind::Canceled)
                m_status->showError(tr("Could not read the recipients of %1").arg(target.blueprintId), reader->error(),
                                    current);
            updateApply();
            return;
        }
        const QStringList accounts = reader->accounts();
        if (!current && accounts.isEmpty()) {
            // A blueprint shared with nobody (or a mistyped ID) would silently empty the list.
            m_status->showProblem(tr("%1 (%2) is shared with nobody; the list is left as it was.")
                                      .arg(target.blueprintId, target.region));
            updateApply();
            return;
        }
        if (current) {
            m_current = accounts;
            m_loaded = true;
        }
        m_editor->replaceWithIds(accounts,
                                 current ? tr("current recipients") : tr("recipients of %1").arg(target.blueprintId));
        m_status->showInfo(
            current ? tr("%1 is shared with %n account(s) now.", nullptr, int(accounts.size())).arg(target.blueprintId)
                    : tr("Copied %n recipient(s) of %1 (%2).", nullptr, int(accounts.size()))
                          .arg(target.blueprintId, target.region));
        updateApply();
    });
    updateApply();
    reader->start();
}

void EditRecipientsDialog::chooseModel()
{
    auto *choice = new BlueprintChoiceDialog(m_target.region, this);
    choice->setAttribute(Qt::WA_DeleteOnClose);
    connect(choice, &QDialog::accepted, this, [this, choice] { copyFrom(choice->choice()); });
    choice->open();
}

void EditRecipientsDialog::apply()
{
    if (!m_apply->isEnabled())
        return;
    const SyncPlan plan = SyncPlan::between(m_target, m_current, m_editor->ids());
    if (plan.isEmpty()) {
        m_status->showInfo(tr("The list is exactly the current recipients; nothing to change."));
        return;
    }
    Q_EMIT applyRequested(plan.request());
    accept();
}

void EditRecipientsDialog::updateApply()
{
    const bool invalid = m_editor->model()->invalidCount() > 0;
    m_apply->setEnabled(m_loaded && !m_reading && !invalid);
    m_apply->setToolTip(invalid ? tr("Remove or correct the invalid entries first: an ID left out would lose access")
                                : tr("Review the accounts that gain or lose access, then apply"));
}

BlueprintChoiceDialog::BlueprintChoiceDialog(const QString &regionId, QWidget *parent)
    : QDialog(parent)
    , m_region(new QComboBox(this))
    , m_blueprint(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Copy recipients from a blueprint"));
    for (const Region &region : Region::supported())
        m_region->addItem(region.displayName(), region.id);
    m_region->setCurrentIndex(qMax(0, m_region->findData(regionId)));
    m_region->setAccessibleName(tr("Region of the blueprint to copy from"));
    m_blueprint->setPlaceholderText(tr("lhbp-xxxxxxxx"));
    m_blueprint->setAccessibleName(tr("Blueprint ID to copy recipients from"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Blueprint ID:"), m_blueprint);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Copy"));
    ok->setEnabled(false);
    connect(m_blueprint, &QLineEdit::textChanged, this,
            [ok](const QString &text) { ok->setEnabled(Blueprint::isValidId(text.trimmed())); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

JobTarget BlueprintChoiceDialog::choice() const
{
    return {m_region->currentData().toString(), m_blueprint->text().trimmed()};
}

} // namespace LhShare
