#include "AccountIdListModel.h"

#include "StatusIcons.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QSet>

#include <algorithm>

namespace LhShare {

AccountIdListModel::AccountIdListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int AccountIdListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountIdListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountIdListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const AccountIdEntry &entry = row.entry;
    const bool invalid = entry.state == AccountIdEntry::State::Invalid;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case IdColumn:
            return invalid ? entry.text : entry.id;
        case StatusColumn:
            return statusText(entry);
        case SourceColumn:
            return sourceText(row);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn) {
            switch (entry.state) {
            case AccountIdEntry::State::Valid:
                return StatusIcons::valid();
            case AccountIdEntry::State::Invalid:
                return StatusIcons::invalid();
            case AccountIdEntry::State::Duplicate:
                return StatusIcons::duplicate();
            }
        }
        break;
    case Qt::FontRole:
        if (invalid) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::BackgroundRole:
        // A tint of the palette's highlight (not a fixed colour), on top of the icon and text.
        if (invalid) {
            QColor tint = QGuiApplication::palette().color(QPalette::Highlight);
            tint.setAlpha(48);
            return tint;
        }
        break;
    case Qt::ToolTipRole:
        return QString(statusText(entry) + QStringLiteral(" — ") + sourceText(row));
    case StateRole:
        return int(entry.state);
    case LineRole:
        return entry.line;
    }
    return {};
}

QVariant AccountIdListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Account ID");
    case StatusColumn:
        return tr("Status");
    case SourceColumn:
        return tr("From");
    }
    return {};
}

void AccountIdListModel::setRows(Rows rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_ids.clear();
    m_invalidCount = 0;
    m_duplicateCount = 0;
    QSet<QString> seen;
    seen.reserve(m_rows.size());
    for (Row &row : m_rows) {
        AccountIdEntry &entry = row.entry;
        if (entry.state == AccountIdEntry::State::Invalid) {
            ++m_invalidCount;
            continue;
        }
        if (seen.contains(entry.id)) {
            entry.state = AccountIdEntry::State::Duplicate;
            ++m_duplicateCount;
        } else {
            entry.state = AccountIdEntry::State::Valid;
            seen.insert(entry.id);
            m_ids.append(entry.id);
        }
    }
    endResetModel();
    Q_EMIT countsChanged();
}

QString AccountIdListModel::summary() const
{
    const QLocale locale;
    return tr("%1 valid · %2 invalid · %3 duplicates merged")
        .arg(locale.toString(validCount()), locale.toString(m_invalidCount), locale.toString(m_duplicateCount));
}

AccountIdListModel::Rows AccountIdListModel::parse(const QString &text, const QString &sourceName)
{
    m_sources.append(sourceName);
    const int source = int(m_sources.size()) - 1;
    const AccountIdParseResult parsed = AccountIdParser::parse(text);
    Rows rows;
    rows.reserve(parsed.entries.size());
    for (const AccountIdEntry &entry : parsed.entries)
        rows.append({entry, source});
    return rows;
}

AccountIdListModel::Rows AccountIdListModel::withText(const QString &text, const QString &sourceName)
{
    return m_rows + parse(text, sourceName);
}

AccountIdListModel::Rows AccountIdListModel::withoutRows(QList<int> rows) const
{
    std::sort(rows.begin(), rows.end());
    Rows kept;
    kept.reserve(m_rows.size() - rows.size());
    auto next = rows.cbegin();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (next != rows.cend() && *next == i) {
            while (next != rows.cend() && *next == i)
                ++next;
            continue;
        }
        kept.append(m_rows.at(i));
    }
    return kept;
}

AccountIdListModel::Rows AccountIdListModel::withoutInvalid() const
{
    Rows kept;
    kept.reserve(m_rows.size() - m_invalidCount);
    std::copy_if(m_rows.cbegin(), m_rows.cend(), std::back_inserter(kept),
                 [](const Row &row) { return row.entry.state != AccountIdEntry::State::Invalid; });
    return kept;
}

QString AccountIdListModel::sourceText(const Row &row) const
{
    return tr("%1, line %2, column %3").arg(m_sources.value(row.source)).arg(row.entry.line).arg(row.entry.column);
}

QString AccountIdListModel::statusText(const AccountIdEntry &entry) const
{
    switch (entry.state) {
    case AccountIdEntry::State::Valid:
        return tr("valid");
    case AccountIdEntry::State::Invalid:
        return tr("invalid: %1").arg(entry.problemText());
    case AccountIdEntry::State::Duplicate:
        return tr("duplicate (merged)");
    }
    return {};
}

} // namespace LhShare
