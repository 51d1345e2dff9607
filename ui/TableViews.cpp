#include "TableViews.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace LhShare {

void setUpListTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
}

void setCompactColumn(QTableView *view, int column, const QStringList &samples, bool withIcon)
{
    const QFontMetrics metrics = view->fontMetrics();
    const int margin = 2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 12;
    int width = 0;
    for (const QString &sample : samples)
        width = std::max(width, metrics.horizontalAdvance(sample));
    if (withIcon)
        width += view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view) + 6;
    QHeaderView *header = view->horizontalHeader();
    const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
    // Room for the sort arrow next to the title.
    const int headerWidth = header->fontMetrics().horizontalAdvance(title) + margin
        + (view->isSortingEnabled() ? view->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + 6 : 0);
    header->setSectionResizeMode(column, QHeaderView::Interactive);
    header->resizeSection(column, std::max(width + margin, headerWidth));
}

void setStretchingColumns(QTableView *view, const QList<int> &columns)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column : columns)
        header->setSectionResizeMode(column, QHeaderView::Stretch);
}

} // namespace LhShare
