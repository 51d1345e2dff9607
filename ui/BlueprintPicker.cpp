#include "BlueprintPicker.h"

#include "BlueprintListModel.h"
#include "InlineStatus.h"
#include "StatusIcons.h"
#include "TableViews.h"

#include "api/LighthouseService.h"
#include "api/PagedQuery.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace LhShare {

BlueprintPicker::BlueprintPicker(QWidget *parent)
    : QWidget(parent)
    , m_model(new BlueprintListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_status(new InlineStatus(this))
    , m_manualId(new QLineEdit(this))
    , m_manualIdProblem(new QLabel(this))
{
    auto *heading = new QLabel(tr("&Blueprints (custom images)"), this);
    heading->setBuddy(m_filter);
    m_filter->setPlaceholderText(tr("Filter by name, ID, OS…"));
    m_filter->setAccessibleName(tr("Filter blueprints"));
    m_filter->setClearButtonEnabled(true);
    auto *refresh = new QToolButton(this);
    refresh->setIcon(StatusIcons::refresh());
    refresh->setToolTip(tr("Reload the blueprints of this region"));
    refresh->setAccessibleName(tr("Reload blueprints"));
    connect(refresh, &QToolButton::clicked, this, &BlueprintPicker::reload);
    connect(m_status, &InlineStatus::retryRequested, this, &BlueprintPicker::reload);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(BlueprintListModel::SortRole);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Blueprints"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BlueprintListModel::NameColumn, Qt::AscendingOrder);
    setUpListTable(m_view);
    using Column = BlueprintListModel::Column;
    setStretchingColumns(m_view, {Column::NameColumn});
    // The pane is narrow at the default window size: the OS is in the name's tooltip (and the
    // filter still matches it) rather than a column that would squeeze the names.
    m_view->setColumnHidden(Column::OsColumn, true);
    setCompactColumn(m_view, Column::IdColumn, {QStringLiteral("lhbp-00000000")});
    setCompactColumn(m_view, Column::StateColumn, {QStringLiteral("SYNCING")});
    setCompactColumn(m_view, Column::CreatedColumn,
                     {BlueprintListModel::createdText(QDateTime(QDate(2026, 12, 28), {}))});
    setCompactColumn(m_view, Column::SharedColumn,
                     {BlueprintListModel::sharedText(true), BlueprintListModel::sharedText(false)}, true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BlueprintPicker::selectionChanged);

    auto *manualLabel = new QLabel(tr("&Manual ID:"), this);
    manualLabel->setBuddy(m_manualId);
    m_manualId->setPlaceholderText(QStringLiteral("lhbp-xxxxxxxx"));
    m_manualId->setAccessibleName(tr("Blueprint ID typed by hand"));
    m_manualId->setClearButtonEnabled(true);
    m_manualIdProblem->setWordWrap(true);
    m_manualIdProblem->setAccessibleName(tr("Problem with the blueprint ID"));
    connect(m_manualId, &QLineEdit::textChanged, this, &BlueprintPicker::validateManualId);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(refresh);
    auto *manualRow = new QHBoxLayout;
    manualRow->addWidget(manualLabel);
    manualRow->addWidget(m_manualId, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(filterRow);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addLayout(manualRow);
    layout->addWidget(m_manualIdProblem);
    validateManualId();
}

BlueprintPicker::~BlueprintPicker()
{
    if (m_query)
        m_query->abort();
}

void BlueprintPicker::setService(LighthouseService *service)
{
    m_service = service;
    reload();
}

void BlueprintPicker::setRegion(const QString &regionId)
{
    if (regionId == m_region)
        return;
    m_region = regionId;
    reload();
}

void BlueprintPicker::reload()
{
    if (m_query)
        m_query->abort();
    const QStringList selected = selectedIds();
    if (!selected.isEmpty())
        m_pendingSelection = selected;
    m_model->setBlueprints({});
    if (!m_service || m_region.isEmpty()) {
        m_status->clear();
        return;
    }
    m_status->showBusy(tr("Loading blueprints…"));
    m_query = m_service->describeBlueprints(m_region);
    PagedQuery *query = m_query;
    connect(query, &PagedQuery::progress, this, [this](int received, int total) {
        m_status->showBusy(tr("Loading blueprints… %1 of %2").arg(received).arg(total));
    });
    connect(query, &PagedQuery::finished, this, [this, query] { onLoaded(query); });
    query->start();
}

bool BlueprintPicker::isLoading() const
{
    return m_query != nullptr;
}

QStringList BlueprintPicker::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(BlueprintListModel::IdRole).toString());
    const QString manual = m_manualId->text().trimmed();
    if (Blueprint::isValidId(manual) && !ids.contains(manual))
        ids.append(manual);
    return ids;
}

void BlueprintPicker::selectIds(const QStringList &ids)
{
    m_pendingSelection = ids;
    applyPendingSelection();
}

QString BlueprintPicker::manualIdProblem() const
{
    const QString id = m_manualId->text().trimmed();
    if (id.isEmpty() || Blueprint::isValidId(id))
        return {};
    if (!id.startsWith(QLatin1String("lhbp-")))
        return tr("A blueprint ID starts with “lhbp-”.");
    if (id.size() != 13)
        return tr("“lhbp-” must be followed by exactly 8 characters (this has %1).").arg(id.size() - 5);
    return tr("Only lower-case letters and digits may follow “lhbp-”.");
}

void BlueprintPicker::onLoaded(PagedQuery *query)
{
    if (query != m_query)
        return; // superseded by a newer load
    const ApiError error = query->error();
    m_query.clear();
    if (error.kind == ApiError::Kind::Canceled)
        return;
    if (error.isError()) {
        m_status->showError(tr("Could not load the blueprints"), error);
        return;
    }
    m_model->setBlueprints(LighthouseService::blueprintsFrom(query));
    if (m_model->rowCount() == 0)
        m_status->showInfo(tr("This region has no custom blueprints."));
    else
        m_status->clear();
    applyPendingSelection();
    Q_EMIT loaded();
}

void BlueprintPicker::validateManualId()
{
    const QString problem = manualIdProblem();
    m_manualIdProblem->setText(problem.isEmpty() ? QString() : tr("Not a blueprint ID: %1").arg(problem));
    m_manualIdProblem->setVisible(!problem.isEmpty());
    Q_EMIT selectionChanged();
}

void BlueprintPicker::applyPendingSelection()
{
    QItemSelection selection;
    QStringList unlisted;
    for (const QString &id : std::as_const(m_pendingSelection)) {
        const int row = m_model->rowOf(id);
        if (row < 0) {
            unlisted.append(id);
            continue;
        }
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        selection.select(index, index);
    }
    if (selection.isEmpty())
        return;
    m_pendingSelection = unlisted;
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(selection.indexes().constFirst());
}

} // namespace LhShare
