#pragma once

#include "access/AccessScan.h"
#include "jobs/JobPlan.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace LhShare {

class AccessTableModel;
class AccountIdEditor;
class InlineStatus;
class LighthouseService;
struct OffboardPlan;

// The account-centric page of the window ("Access"): which custom blueprints given accounts can
// use, in the regions picked (all by default). Accounts come from an AccountIdEditor (empty: every
// recipient); Scan runs an AccessScan with progress and Stop; the rows (account, region,
// blueprint, since when) are filtered and sorted through a proxy. Regions the scan could not read
// completely are listed above the table with the error code, message and RequestId, because
// their rows are missing, not empty.
//
// Revoke selected… cancels exactly the chosen rows, Revoke all… removes the scanned accounts from
// every blueprint they can use (OffboardPlan, refused while a region is incomplete). Nothing is
// sent from here: revokeRequested() hands the cancel request to the window, which reviews, runs
// and verifies it like every job, then calls rescan().
class AccessView final : public QWidget
{
    Q_OBJECT
public:
    explicit AccessView(QWidget *parent = nullptr);
    ~AccessView() override;

    // The connection scans go through (not owned; nullptr: offline). Clears what was scanned.
    void setService(LighthouseService *service);
    // While the window runs or plans a job, no revoke can start.
    void setJobBusy(bool busy);

    void scan();
    void stopScan();
    // Scans the accounts and regions of the last scan again (after a job changed access), also when
    // that scan is still running; nothing when there was none.
    void rescan();
    bool isScanning() const { return m_scan != nullptr; }
    bool hasScanned() const { return m_hasScanned; }
    const AccessMatrix &matrix() const { return m_matrix; }

    QStringList checkedRegions() const;
    void setCheckedRegions(const QStringList &regionIds);

    // Cancel the selected rows / every row of the scanned accounts, through revokeRequested().
    void revokeSelected();
    void revokeAll();
    // The rows the table shows (filtered, in its order): CSV, or JSON when the path ends in .json.
    bool exportTo(const QString &path, QString *error) const;
    // The selected rows, or every row shown when none is, as CSV.
    void copyToClipboard() const;

    AccountIdEditor *accountEditor() const { return m_editor; }
    QListWidget *regionList() const { return m_regions; }
    QPushButton *scanButton() const { return m_scanButton; }
    QPushButton *stopButton() const { return m_stopButton; }
    QProgressBar *progressBar() const { return m_progress; }
    InlineStatus *status() const { return m_status; }
    // The incomplete regions as shown above the table (empty when every region was read).
    QString incompleteText() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view() const { return m_view; }
    AccessTableModel *model() const { return m_model; }
    QPushButton *revokeSelectedButton() const { return m_revokeSelected; }
    QPushButton *revokeAllButton() const { return m_revokeAll; }
    // The rows selected in the table; selectEntries() selects the rows shown for which `wanted` holds.
    QList<AccessEntry> selectedEntries() const;
    void selectEntries(const std::function<bool(const AccessEntry &)> &wanted);

Q_SIGNALS:
    // A cancel request for the rows to revoke (never empty): review and run it.
    void revokeRequested(const LhShare::JobRequest &request);
    // A scan ended: finished, failed or stopped.
    void scanFinished();

private:
    QWidget *buildInputs();
    QWidget *buildTable();
    void start(const AccessScanRequest &request);
    // Stops the scan without reporting it (a new one replaces it, or the view goes).
    void abandonScan();
    void onScanFinished(AccessScan *scan);
    void showMatrix(const AccessMatrix &matrix);
    void request(const OffboardPlan &plan);
    QList<AccessEntry> visibleEntries() const;
    void updateButtons();
    void updateSummary();

    LighthouseService *m_service = nullptr;
    QPointer<AccessScan> m_scan;
    AccessScanRequest m_lastRequest;
    AccessMatrix m_matrix;
    QStringList m_scannedAccounts; // the accounts of the scan shown; empty: every recipient
    bool m_hasScanned = false;
    bool m_jobBusy = false;

    AccountIdEditor *m_editor;
    QListWidget *m_regions;
    QPushButton *m_scanButton;
    QPushButton *m_stopButton;
    QProgressBar *m_progress;
    InlineStatus *m_status;
    QFrame *m_incomplete;
    QLabel *m_incompleteText;
    QLineEdit *m_filter;
    AccessTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_revokeSelected;
    QPushButton *m_revokeAll;
    QPushButton *m_copy;
    QPushButton *m_export;
};

} // namespace LhShare
