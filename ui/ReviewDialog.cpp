#include "ReviewDialog.h"
#include "ui_ReviewDialog.h"

#include "model/Region.h"

#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QStringListModel>
#include <QTreeWidget>

namespace LhShare {

namespace {
QString regionText(const QString &regionId)
{
    for (const Region &region : Region::supported()) {
        if (region.id == regionId)
            return region.displayName();
    }
    return regionId;
}
} // namespace

ReviewDialog::ReviewDialog(JobPlan plan, const Endpoint &endpoint, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReviewDialog>())
    , m_plan(std::move(plan))
{
    m_ui->setupUi(this);
    const bool cancel = m_plan.request.action == ShareAction::Cancel;
    // A sync (or the undo of one) both shares and cancels: every change is marked + or −.
    const bool mixed = m_plan.request.isMixed();
    const QLocale locale;
    setWindowTitle(mixed        ? tr("Review: change recipients")
                       : cancel ? tr("Review: cancel sharing")
                                : tr("Review: share"));

    QSet<QString> accounts;
    QStringList blueprints;
    QStringList regions;
    for (const JobItem &item : std::as_const(m_plan.request.items)) {
        for (const QString &account : item.accountIds)
            accounts.insert(account);
        if (!blueprints.contains(item.target.blueprintId))
            blueprints.append(item.target.blueprintId);
        const QString region = regionText(item.target.region);
        if (!regions.contains(region))
            regions.append(region);
    }
    const QString accountsText = tr("%n account(s)", nullptr, int(accounts.size()));
    const QString blueprintsText = tr("%n blueprint(s)", nullptr, int(blueprints.size()));
    const int gains = m_plan.accountChangeCount(ShareAction::Share);
    const int losses = m_plan.accountChangeCount(ShareAction::Cancel);
    if (mixed)
        m_ui->headline->setText(tr("Change recipients: %1 to gain access, %2 to lose it, on %3 in %4")
                                    .arg(tr("+%n account(s)", nullptr, gains), tr("−%n account(s)", nullptr, losses),
                                         blueprintsText, regions.join(QStringLiteral(", "))));
    else
        m_ui->headline->setText((cancel ? tr("Cancel sharing: %1 × %2 in %3") : tr("Share: %1 × %2 in %3"))
                                    .arg(accountsText, blueprintsText, regions.join(QStringLiteral(", "))));
    QFont bold = m_ui->headline->font();
    bold.setBold(true);
    m_ui->headline->setFont(bold);

    const int changes = m_plan.accountChangeCount();
    m_ui->details->setText(changes == 0 ? tr("Nothing needs to change; no request will be sent.")
                                        : tr("%1 in %2, about %3 at the rate limit (20 requests per second).")
                                              .arg(tr("%n change(s)", nullptr, changes),
                                                   tr("%n request(s)", nullptr, m_plan.requestCount()),
                                                   tr("%1 s").arg(locale.toString(m_plan.estimatedSeconds(), 'f', 1)))
                                   + QLatin1Char('\n')
                                   + tr("Blueprints: %1").arg(blueprints.join(QStringLiteral(", "))));

    QString endpointText = tr("Requests go to %1.").arg(endpoint.hostHeader());
    if (endpoint.isOutsideTencentCloud()) {
        endpointText += QLatin1Char('\n') + endpoint.outsideWarning();
        m_ui->endpoint->setFont(bold);
    }
    m_ui->endpoint->setText(endpointText);

    QStringList notes;
    if (!m_plan.request.undoOf.isEmpty())
        notes << tr("This reverses job %1.").arg(m_plan.request.undoOf);
    if (!m_plan.request.resumeOf.isEmpty())
        notes << tr("This finishes the interrupted job %1.").arg(m_plan.request.resumeOf);
    if (!m_plan.recipientsKnown)
        notes << tr("The current recipients could not be checked (this site has no recipient listing); accounts "
                    "already in the wanted state will be reported as skipped.");
    m_ui->note->setText(notes.join(QLatin1Char('\n')));
    m_ui->note->setVisible(!notes.isEmpty());

    fillChanges();
    if (mixed)
        m_ui->changesLabel->setText(tr("&Will change, %1 (+ gains access, − loses it):")
                                        .arg(tr("+%n account(s)", nullptr, gains) + QStringLiteral(", ")
                                             + tr("−%n account(s)", nullptr, losses)));
    else
        m_ui->changesLabel->setText(cancel ? tr("&Will lose access, %n account(s):", nullptr, changes)
                                           : tr("&Will gain access, %n account(s):", nullptr, changes));
    m_ui->changesFilter->setPlaceholderText(tr("Search accounts or blueprints"));
    m_ui->changesView->setAccessibleName(mixed        ? tr("Accounts that will gain or lose access")
                                             : cancel ? tr("Accounts that will lose access")
                                                      : tr("Accounts that will gain access"));
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->changesLabel), static_cast<QWidget *>(m_ui->changesFilter),
                            static_cast<QWidget *>(m_ui->changesView)})
        widget->setVisible(changes > 0);
    connect(m_ui->changesFilter, &QLineEdit::textChanged, this, &ReviewDialog::filterChanges);
    m_ui->invalidNote->hide();

    auto *skippedModel = new QStringListModel(skippedLines(), this);
    m_ui->skippedView->setModel(skippedModel);
    m_ui->skippedView->setAccessibleName(tr("Skipped accounts"));
    const int skipped = int(m_plan.skipped.size());
    m_ui->skippedLabel->setText(
        mixed        ? tr("&Skipped, %n account(s) already as wanted (nothing to send):", nullptr, skipped)
            : cancel ? tr("&Skipped, %n account(s) not currently recipients (nothing to cancel):", nullptr, skipped)
                     : tr("&Skipped, %n account(s) already recipients (nothing to share):", nullptr, skipped));
    m_ui->skippedLabel->setVisible(!m_plan.skipped.isEmpty());
    m_ui->skippedView->setVisible(!m_plan.skipped.isEmpty());
    // Lists take the height; the lines above keep theirs, so nothing spreads when a list is hidden.
    m_ui->layout->setStretchFactor(m_ui->changesView, 3);
    m_ui->layout->setStretchFactor(m_ui->skippedView, 1);
    m_ui->layout->insertStretch(m_ui->layout->indexOf(m_ui->confirmLabel), 0);

    const QString count = QString::number(losses);
    m_ui->confirmLabel->setText(tr("This removes %1 shares at once. &Type %1 to confirm:").arg(count));
    m_ui->confirmEdit->setAccessibleName(tr("Number of removals, typed to confirm"));
    m_ui->confirmLabel->setVisible(needsTypedConfirmation());
    m_ui->confirmEdit->setVisible(needsTypedConfirmation());
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &ReviewDialog::updateConfirmButton);

    const QString confirmText = changes == 0 ? tr("&Record in history")
        : mixed                              ? tr("&Apply changes")
                                             : (cancel ? tr("&Cancel sharing") : tr("&Share"));
    m_confirm = m_ui->buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    QPushButton *back = m_ui->buttons->addButton(tr("&Go back"), QDialogButtonBox::RejectRole);
    // Destructive by default only after a deliberate choice: Enter goes back.
    back->setDefault(true);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (needsTypedConfirmation())
        m_ui->confirmEdit->setFocus();
    else
        back->setFocus();
    updateConfirmButton();
}

ReviewDialog::~ReviewDialog() = default;

bool ReviewDialog::needsTypedConfirmation() const
{
    return m_plan.accountChangeCount(ShareAction::Cancel) > kTypedConfirmationThreshold;
}

QLineEdit *ReviewDialog::confirmationEdit() const
{
    return m_ui->confirmEdit;
}

QString ReviewDialog::headline() const
{
    return m_ui->headline->text();
}

QString ReviewDialog::endpointText() const
{
    return m_ui->endpoint->text();
}

QStringList ReviewDialog::skippedLines() const
{
    QStringList lines;
    lines.reserve(m_plan.skipped.size());
    for (const SkippedAccount &skip : m_plan.skipped)
        lines.append(tr("%1 — %2: %3").arg(skip.accountId, skip.target.blueprintId, skip.reasonText()));
    return lines;
}

void ReviewDialog::fillChanges()
{
    const bool mixed = m_plan.request.isMixed();
    for (const JobItem &change : m_plan.changesByTarget()) {
        const int count = int(change.accountIds.size());
        const bool gains = change.action == ShareAction::Share;
        const QString text = !mixed ? tr("%1 (%2) — %n account(s)", nullptr, count)
            : gains                 ? tr("+ %1 (%2) — %n account(s) gain access", nullptr, count)
                                    : tr("− %1 (%2) — %n account(s) lose access", nullptr, count);
        auto *blueprint = new QTreeWidgetItem(m_ui->changesView,
                                              {text.arg(change.target.blueprintId, change.target.region)});
        blueprint->setData(0, Qt::UserRole, change.target.blueprintId);
        // What changeLines() puts before each account: "+ " or "− " in a mixed plan.
        blueprint->setData(0, Qt::UserRole + 1,
                           !mixed      ? QString()
                               : gains ? QStringLiteral("+ ")
                                       : QStringLiteral("− "));
        for (const QString &account : change.accountIds)
            new QTreeWidgetItem(blueprint, {account});
    }
    m_ui->changesView->expandAll();
}

void ReviewDialog::filterChanges(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int i = 0; i < m_ui->changesView->topLevelItemCount(); ++i) {
        QTreeWidgetItem *blueprint = m_ui->changesView->topLevelItem(i);
        const bool blueprintMatches = blueprint->data(0, Qt::UserRole).toString().contains(wanted, Qt::CaseInsensitive);
        int shown = 0;
        for (int j = 0; j < blueprint->childCount(); ++j) {
            QTreeWidgetItem *account = blueprint->child(j);
            const bool show = wanted.isEmpty() || blueprintMatches || account->text(0).contains(wanted);
            account->setHidden(!show);
            shown += show ? 1 : 0;
        }
        blueprint->setHidden(shown == 0);
    }
}

QStringList ReviewDialog::changeLines() const
{
    QStringList lines;
    for (int i = 0; i < m_ui->changesView->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *blueprint = m_ui->changesView->topLevelItem(i);
        for (int j = 0; j < blueprint->childCount(); ++j) {
            if (!blueprint->child(j)->isHidden())
                lines.append(blueprint->data(0, Qt::UserRole + 1).toString()
                             + blueprint->data(0, Qt::UserRole).toString() + QStringLiteral(": ")
                             + blueprint->child(j)->text(0));
        }
    }
    return lines;
}

QLineEdit *ReviewDialog::changesFilter() const
{
    return m_ui->changesFilter;
}

void ReviewDialog::setInvalidLeftOut(int count)
{
    m_ui->invalidNote->setText(tr("Left out: %n pasted entr(y/ies) that are no valid account IDs.", nullptr, count));
    m_ui->invalidNote->setVisible(count > 0);
}

void ReviewDialog::updateConfirmButton()
{
    m_confirm->setEnabled(!needsTypedConfirmation()
                          || m_ui->confirmEdit->text().trimmed()
                              == QString::number(m_plan.accountChangeCount(ShareAction::Cancel)));
}

} // namespace LhShare
