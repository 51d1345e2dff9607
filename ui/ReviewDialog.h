#pragma once

#include "api/Endpoint.h"
#include "jobs/JobPlan.h"

#include <QDialog>

#include <memory>

class QLineEdit;
class QPushButton;

namespace LhShare {

namespace Ui {
class ReviewDialog;
}

// The last look before anything changes: what the plan from JobPlanner will do (accounts ×
// blueprints in which region, how many requests, how long at the rate limit), every account that
// gains or loses access per blueprint (searchable, with counts), which accounts it skips and why,
// how many pasted entries were left out as invalid, where the requests go (with a warning for a host outside Tencent Cloud), and for
// bulk removals a typed count before the confirm button unlocks. A plan that both shares and
// cancels (a sync) marks each change + or − with counts for each.
//
// Opened with open() (window-modal, no nested event loop); the owner reacts to accepted().
// MainWindow announces each one with reviewOpened() so tests and the screenshot run can answer it.
class ReviewDialog final : public QDialog
{
    Q_OBJECT
public:
    // Removals above this many accounts need the count typed in.
    static constexpr int kTypedConfirmationThreshold = 50;

    ReviewDialog(JobPlan plan, const Endpoint &endpoint, QWidget *parent = nullptr);
    ~ReviewDialog() override;

    const JobPlan &plan() const { return m_plan; }
    bool needsTypedConfirmation() const;
    QPushButton *confirmButton() const { return m_confirm; }
    QLineEdit *confirmationEdit() const;
    QString headline() const;
    QString endpointText() const;
    QStringList skippedLines() const;
    // The visible "blueprint: account" lines of the accounts that will change (after the search),
    // led by "+ " or "− " in a plan that both shares and cancels.
    QStringList changeLines() const;
    QLineEdit *changesFilter() const;
    // Pasted entries that are not in the plan because they are no valid account IDs.
    void setInvalidLeftOut(int count);

private:
    void fillChanges();
    void filterChanges(const QString &text);
    void updateConfirmButton();

    std::unique_ptr<Ui::ReviewDialog> m_ui;
    JobPlan m_plan;
    QPushButton *m_confirm;
};

} // namespace LhShare
