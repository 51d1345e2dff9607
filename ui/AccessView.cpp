#include "AccessView.h"

#include "AccessTableModel.h"
#include "AccountIdEditor.h"
#include "InlineStatus.h"
#include "StatusIcons.h"
#include "TableViews.h"

#include "access/AccessExport.h"
#include "access/OffboardPlan.h"
#include "jobs/ExportFormats.h"
#include "model/Region.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace LhShare {

namespace {
constexpr int kRegionIdRole = Qt::UserRole;
} // namespace

AccessView::AccessView(QWidget *parent)
    : QWidget(parent)
    , m_editor(new AccountIdEditor(this))
    , m_regions(new QListWidget(this))
    , m_scanButton(new QPushButton(StatusIcons::refresh(), tr("S&can"), this))
    , m_stopButton(new QPushButton(StatusIcons::notSent(), tr("Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new InlineStatus(this))
    , m_incomplete(new QFrame(this))
    , m_incompleteText(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_model(new AccessTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_revokeSelected(new QPushButton(StatusIcons::remove(), tr("Revoke selecte&d…"), this))
    , m_revokeAll(new QPushButton(tr("Revo&ke all…"), this))
    , m_copy(new QPushButton(StatusIcons::copy(), tr("Cop&y"), this))
    , m_export(new QPushButton(StatusIcons::save(), tr("Export ta&ble…"), this))
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildInputs());
    splitter->addWidget(buildTable());
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_scanButton, &QPushButton::clicked, this, &AccessView::scan);
    connect(m_stopButton, &QPushButton::clicked, this, &AccessView::stopScan);
    connect(m_status, &InlineStatus::retryRequested, this, &AccessView::rescan);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AccessView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AccessView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AccessView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AccessView::updateSummary);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccessView::updateButtons);
    connect(m_revokeSelected, &QPushButton::clicked, this, &AccessView::revokeSelected);
    connect(m_revokeAll, &QPushButton::clicked, this, &AccessView::revokeAll);
    connect(m_copy, &QPushButton::clicked, this, &AccessView::copyToClipboard);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export who can use what"), QStringLiteral("access.csv"), tr("CSV (*.csv);;JSON (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportTo(path, &error))
            m_status->showProblem(error);
    });
    setService(nullptr);
}

AccessView::~AccessView()
{
    abandonScan();
}

QWidget *AccessView::buildInputs()
{
    auto *pane = new QWidget(this);
    auto *accountsLabel = new QLabel(tr("Acc&ounts to look for (none: every account with access)"), pane);
    accountsLabel->setBuddy(m_editor->view());
    accountsLabel->setWordWrap(true);
    m_editor->view()->setAccessibleName(tr("Accounts to look for"));

    auto *regionsLabel = new QLabel(tr("Re&gions:"), pane);
    regionsLabel->setBuddy(m_regions);
    m_regions->setAccessibleName(tr("Regions to scan"));
    for (const Region &region : Region::supported()) {
        auto *item = new QListWidgetItem(region.displayName(), m_regions);
        item->setData(kRegionIdRole, region.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    connect(m_regions, &QListWidget::itemChanged, this, &AccessView::updateButtons);
    auto *all = new QPushButton(tr("All"), pane);
    all->setToolTip(tr("Scan every region"));
    auto *none = new QPushButton(tr("None"), pane);
    none->setToolTip(tr("Clear the region choice, to pick a few"));
    connect(all, &QPushButton::clicked, this, [this] {
        QStringList ids;
        for (const Region &region : Region::supported())
            ids.append(region.id);
        setCheckedRegions(ids);
    });
    connect(none, &QPushButton::clicked, this, [this] { setCheckedRegions({}); });

    auto *regionButtons = new QHBoxLayout;
    regionButtons->addWidget(regionsLabel, 1);
    regionButtons->addWidget(all);
    regionButtons->addWidget(none);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(accountsLabel);
    layout->addWidget(m_editor, 3);
    layout->addLayout(regionButtons);
    layout->addWidget(m_regions, 2);
    return pane;
}

QWidget *AccessView::buildTable()
{
    auto *pane = new QWidget(this);
    m_scanButton->setToolTip(tr("Read which custom blueprints the accounts can use in the checked regions"));
    m_stopButton->setToolTip(tr("Stop reading; nothing is changed by a scan"));
    m_progress->setAccessibleName(tr("Scan progress"));
    m_progress->setFormat(tr("%v of %m pages"));
    QSizePolicy keepSpace = m_progress->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keepSpace);
    m_progress->hide();

    auto *incompleteIcon = new QLabel(m_incomplete);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    incompleteIcon->setPixmap(StatusIcons::failed().pixmap(iconSize, iconSize));
    m_incompleteText->setParent(m_incomplete);
    m_incompleteText->setTextFormat(Qt::PlainText); // error messages come from the server
    m_incompleteText->setWordWrap(true);
    m_incompleteText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_incompleteText->setAccessibleName(tr("Regions not read completely"));
    m_incomplete->setFrameShape(QFrame::StyledPanel);
    auto *incompleteLayout = new QHBoxLayout(m_incomplete);
    incompleteLayout->addWidget(incompleteIcon, 0, Qt::AlignTop);
    incompleteLayout->addWidget(m_incompleteText, 1);
    m_incomplete->hide();

    auto *filterLabel = new QLabel(tr("Fi&lter:"), pane);
    filterLabel->setBuddy(m_filter);
    m_filter->setPlaceholderText(tr("Account, region or blueprint"));
    m_filter->setAccessibleName(tr("Filter the rows"));
    m_filter->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(AccessTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Who can use which blueprint"));
    setUpListTable(m_view);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AccessTableModel::AccountColumn, Qt::AscendingOrder);
    QStringList regionIds;
    for (const Region &region : Region::supported())
        regionIds.append(region.id);
    setCompactColumn(m_view, AccessTableModel::AccountColumn, {QStringLiteral("700000164995")});
    setCompactColumn(m_view, AccessTableModel::RegionColumn, regionIds);
    setCompactColumn(m_view, AccessTableModel::BlueprintIdColumn, {QStringLiteral("lhbp-wwwwwwww")});
    setCompactColumn(m_view, AccessTableModel::SinceColumn,
                     {QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat)});
    setStretchingColumns(m_view, {AccessTableModel::BlueprintNameColumn});
    auto *tableLabel = new QLabel(tr("&Who can use what"), pane);
    tableLabel->setBuddy(m_view);
    m_summary->setAccessibleName(tr("Access summary"));

    m_revokeSelected->setToolTip(tr("Review, then stop sharing the selected rows' blueprints with their accounts"));
    m_copy->setToolTip(tr("Copy the selected rows (or every row shown) as CSV"));
    // The same from the keyboard and the context menu: Delete revokes (after the review), Ctrl+C
    // copies; revokeSelected() does nothing while its button is disabled.
    auto *revokeAction = new QAction(StatusIcons::remove(), m_revokeSelected->text(), m_view);
    revokeAction->setShortcut(QKeySequence::Delete);
    revokeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(revokeAction, &QAction::triggered, this, &AccessView::revokeSelected);
    auto *copyAction = new QAction(StatusIcons::copy(), m_copy->text(), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &AccessView::copyToClipboard);
    m_view->addActions({revokeAction, copyAction});
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_export->setToolTip(tr("Save the rows shown as CSV or JSON"));

    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(m_scanButton);
    scanRow->addWidget(m_stopButton);
    scanRow->addWidget(m_progress, 1);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(tableLabel);
    filterRow->addStretch();
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_revokeSelected);
    buttons->addWidget(m_revokeAll);
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(scanRow);
    layout->addWidget(m_status);
    layout->addWidget(m_incomplete);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    return pane;
}

void AccessView::setService(LighthouseService *service)
{
    abandonScan();
    m_service = service;
    m_lastRequest = {};
    m_hasScanned = false;
    m_scannedAccounts.clear();
    showMatrix({});
    if (service)
        m_status->showInfo(tr("Enter accounts (or none for every account), pick regions, then Scan."));
    else
        m_status->showInfo(tr("Add credentials or try the demo to see who can use your blueprints."));
    updateButtons();
}

void AccessView::setJobBusy(bool busy)
{
    m_jobBusy = busy;
    updateButtons();
}

QStringList AccessView::checkedRegions() const
{
    QStringList ids;
    for (int row = 0; row < m_regions->count(); ++row) {
        const QListWidgetItem *item = m_regions->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(kRegionIdRole).toString());
    }
    return ids;
}

void AccessView::setCheckedRegions(const QStringList &regionIds)
{
    for (int row = 0; row < m_regions->count(); ++row) {
        QListWidgetItem *item = m_regions->item(row);
        item->setCheckState(regionIds.contains(item->data(kRegionIdRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

void AccessView::scan()
{
    if (!m_scanButton->isEnabled())
        return;
    start({checkedRegions(), {}, m_editor->ids()});
}

void AccessView::rescan()
{
    if (!m_service || m_lastRequest.regions.isEmpty()) // never scanned: a scan always names its regions
        return;
    abandonScan(); // one started before the change may have read the old state
    start(m_lastRequest);
}

void AccessView::stopScan()
{
    if (m_scan)
        m_scan->abort(); // its finished() says it stopped
}

void AccessView::abandonScan()
{
    if (AccessScan *scan = m_scan) {
        m_scan.clear(); // so its finished() is ignored
        scan->abort();
        m_progress->hide();
    }
}

void AccessView::start(const AccessScanRequest &request)
{
    m_lastRequest = request;
    m_scannedAccounts = request.accountIds;
    showMatrix({});
    auto *scan = new AccessScan(m_service, request, this);
    m_scan = scan;
    const QString regions = tr("%n region(s)", nullptr, int(request.regions.size()));
    m_status->showBusy(
        request.accountIds.isEmpty()
            ? tr("Reading who can use the custom blueprints in %1…").arg(regions)
            : tr("Looking for %1 in %2…").arg(tr("%n account(s)", nullptr, int(request.accountIds.size())), regions));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->show();
    connect(scan, &AccessScan::progress, this, [this, scan](int done, int total) {
        if (scan != m_scan)
            return; // abandoned
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(scan, &Job::finished, this, [this, scan] { onScanFinished(scan); });
    updateButtons();
    scan->start();
}

void AccessView::onScanFinished(AccessScan *scan)
{
    if (scan != m_scan)
        return;
    m_scan.clear();
    m_progress->hide();
    m_hasScanned = true;
    if (scan->hasError()) {
        if (scan->error().kind == ApiError::Kind::Canceled)
            m_status->showInfo(tr("Scan stopped. Scan again to see who can use what."));
        else
            m_status->showError(tr("Could not scan"), scan->error());
    } else {
        showMatrix(scan->matrix());
        const int accounts = int(m_scannedAccounts.size());
        const int invalid = m_editor->model()->invalidCount();
        QString text = m_matrix.entries.isEmpty() ? tr("No account found with access.")
                                                  : tr("Scanned %n region(s).", nullptr, int(m_matrix.regions.size()));
        if (accounts > 0 && invalid > 0)
            text += QLatin1Char(' ') + tr("%n invalid entry(s) of the account list left out.", nullptr, invalid);
        m_status->showInfo(text);
    }
    updateButtons();
    Q_EMIT scanFinished();
}

void AccessView::showMatrix(const AccessMatrix &matrix)
{
    m_matrix = matrix;
    m_model->setEntries(matrix.entries);
    QStringList lines;
    for (const RegionAccess &region : matrix.regions) {
        if (region.status == RegionAccess::Status::Failed) {
            QString line = tr("%1: could not be read: %2").arg(region.region, region.error.userMessage()) + u'\n'
                + tr("Error code: %1").arg(region.error.code);
            if (!region.error.requestId.isEmpty())
                line += QStringLiteral(" · ") + tr("RequestId: %1").arg(region.error.requestId);
            lines.append(line);
        } else if (region.status == RegionAccess::Status::NoShareInfoRead) {
            QStringList shared;
            for (const Blueprint &blueprint : region.blueprints) {
                if (blueprint.shared)
                    shared.append(tr("%1 (%2)").arg(blueprint.name, blueprint.id));
            }
            lines.append(tr("%1: this site does not list who a blueprint is shared with, so its accounts cannot be "
                            "shown.")
                             .arg(region.region)
                         + u' '
                         + (shared.isEmpty() ? tr("No custom blueprint there is shared with anyone.")
                                             : tr("Shared with someone: %1.").arg(shared.join(QStringLiteral(", ")))));
        }
    }
    if (lines.isEmpty()) {
        m_incompleteText->clear();
        m_incomplete->hide();
    } else {
        m_incompleteText->setText(tr("Not every region could be read. Accounts may have access there that the "
                                     "table does not show, so Revoke all… needs a complete scan:")
                                  + u'\n' + lines.join(u'\n'));
        m_incomplete->show();
    }
    updateSummary();
}

QString AccessView::incompleteText() const
{
    return m_incompleteText->text();
}

QList<AccessEntry> AccessView::selectedEntries() const
{
    QList<AccessEntry> entries;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        entries.append(m_model->entry(m_proxy->mapToSource(index).row()));
    return entries;
}

void AccessView::selectEntries(const std::function<bool(const AccessEntry &)> &wanted)
{
    QItemSelection selection;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (wanted(m_model->entry(m_proxy->mapToSource(index).row())))
            selection.select(index, index);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QList<AccessEntry> AccessView::visibleEntries() const
{
    QList<AccessEntry> entries;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        entries.append(m_model->entry(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return entries;
}

void AccessView::revokeSelected()
{
    if (m_revokeSelected->isEnabled())
        request(OffboardPlan::forEntries(m_matrix, selectedEntries()));
}

void AccessView::revokeAll()
{
    if (m_revokeAll->isEnabled())
        request(OffboardPlan::fromMatrix(m_matrix, m_scannedAccounts));
}

void AccessView::request(const OffboardPlan &plan)
{
    if (plan.isRefused()) {
        m_status->showError(tr("Nothing was planned"), plan.refusal(), false);
        return;
    }
    const JobRequest cancel = plan.request();
    if (cancel.accountCount() > 0)
        Q_EMIT revokeRequested(cancel);
}

bool AccessView::exportTo(const QString &path, QString *error) const
{
    const QList<AccessEntry> entries = visibleEntries();
    const QByteArray data = ExportFormats::formatForPath(path) == ExportFormats::Format::Json
        ? QJsonDocument(AccessExport::toJson(entries)).toJson()
        : AccessExport::toCsv(entries);
    return ExportFormats::writeFile(path, data, error);
}

void AccessView::copyToClipboard() const
{
    const QList<AccessEntry> selected = selectedEntries();
    QApplication::clipboard()->setText(
        QString::fromUtf8(AccessExport::toCsv(selected.isEmpty() ? visibleEntries() : selected, "\n")));
}

void AccessView::updateButtons()
{
    const bool scanning = isScanning();
    const bool rows = m_model->rowCount() > 0;
    const bool canChange = m_service && !scanning && !m_jobBusy;
    m_scanButton->setEnabled(m_service && !scanning && !checkedRegions().isEmpty());
    m_stopButton->setEnabled(scanning);
    m_revokeSelected->setEnabled(canChange && m_view->selectionModel()->hasSelection());
    // Every account with access would be every recipient of every blueprint: only for accounts named.
    m_revokeAll->setEnabled(canChange && rows && !m_scannedAccounts.isEmpty());
    m_revokeAll->setToolTip(
        m_scannedAccounts.isEmpty()
            ? tr("Scan for given accounts first: Revoke all removes them from every blueprint they can use")
            : !m_matrix.isComplete()
            ? tr("Not every region was read: scan again, or leave those regions out, first")
            : tr("Review, then remove the scanned accounts from every blueprint they can use"));
    m_copy->setEnabled(rows);
    m_export->setEnabled(rows);
}

void AccessView::updateSummary()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_summary->setText(!m_hasScanned        ? QString()
                           : shown == total ? tr("%n row(s)", nullptr, total)
                                            : tr("%1 of %2 shown").arg(shown).arg(tr("%n row(s)", nullptr, total)));
    updateButtons();
}

} // namespace LhShare
