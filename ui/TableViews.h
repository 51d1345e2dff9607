#pragma once

#include <QStringList>

class QTableView;

namespace LhShare {

// The look every list in the window shares: whole-row selection, compact fixed-height rows (fast
// with 100,000 of them), no row numbers, Tab leaves the table instead of walking its cells.
void setUpListTable(QTableView *view);

// Column sizes that need no horizontal scrolling: a compact column is as wide as the widest of
// `samples` (the longest text it shows) or its header, plus room for an icon when asked; the
// `stretching` columns share the rest and elide what does not fit (the full text is the tooltip).
// Computed from the font, never from the rows, so it costs nothing with 100,000 of them.
void setCompactColumn(QTableView *view, int column, const QStringList &samples, bool withIcon = false);
void setStretchingColumns(QTableView *view, const QList<int> &columns);

} // namespace LhShare
