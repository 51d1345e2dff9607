#include "AccountIdListModel.h"

#include "StatusIcons.h"

#include "model/AccountIdReport.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace LhShare {

AccountIdListModel::AccountIdListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int AccountIdListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contents.rows.size());
}

int AccountIdListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountIdListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_contents.rows.size())
        return {};
    const AccountToken &token = m_contents.rows.at(index.row());
    const bool invalid = token.kind == AccountToken::Kind::Invalid;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case IdColumn:
            return tokenText(token);
        case StatusColumn:
            return statusText(token);
        case SourceColumn:
            return sourceText(token);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn) {
            switch (token.kind) {
            case AccountToken::Kind::Valid:
                return StatusIcons::valid();
            case AccountToken::Kind::Invalid:
            case AccountToken::Kind::Word:
                return StatusIcons::invalid();
            case AccountToken::Kind::Duplicate:
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
        return QString(statusText(token) + QStringLiteral(" — ") + sourceText(token));
    case StateRole:
        return int(token.kind);
    case LineRole:
        return token.line;
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

void AccountIdListModel::setContents(Contents contents)
{
    beginResetModel();
    m_contents = std::move(contents);
    m_seen.clear();
    m_ids.clear();
    m_invalidCount = 0;
    m_duplicateCount = 0;
    for (AccountToken &token : m_contents.rows) {
        if (token.kind == AccountToken::Kind::Invalid) {
            ++m_invalidCount;
        } else if (m_seen.insert(token.id)) {
            token.kind = AccountToken::Kind::Valid;
            m_ids.append(token.id);
        } else {
            token.kind = AccountToken::Kind::Duplicate;
            ++m_duplicateCount;
        }
    }
    endResetModel();
    Q_EMIT countsChanged();
}

QStringList AccountIdListModel::ids() const
{
    return accountIdStrings(m_ids);
}

QString AccountIdListModel::summary() const
{
    return AccountIdReport::counts(m_ids.size(), m_invalidCount, m_duplicateCount);
}

int AccountIdListModel::beginSource(const QString &sourceName, const QString &text)
{
    m_sources.append({sourceName, text});
    return int(m_sources.size()) - 1;
}

void AccountIdListModel::releaseText(int source)
{
    m_sources[source].text.clear();
}

void AccountIdListModel::append(const AccountIdFindings &found)
{
    if (!found.tokens.isEmpty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + int(found.tokens.size()) - 1);
        m_contents.rows += found.tokens;
        endInsertRows();
    }
    m_contents.words += found.words;
    m_ids += found.valid;
    m_invalidCount += found.invalidCount;
    m_duplicateCount += found.duplicateCount;
    Q_EMIT countsChanged();
}

AccountIdListModel::Contents AccountIdListModel::withoutRows(QList<int> rows) const
{
    std::sort(rows.begin(), rows.end());
    Contents kept{{}, m_contents.words};
    kept.rows.reserve(m_contents.rows.size() - rows.size());
    auto next = rows.cbegin();
    for (int i = 0; i < m_contents.rows.size(); ++i) {
        if (next != rows.cend() && *next == i) {
            while (next != rows.cend() && *next == i)
                ++next;
            continue;
        }
        kept.rows.append(m_contents.rows.at(i));
    }
    return kept;
}

AccountIdListModel::Contents AccountIdListModel::withoutInvalid() const
{
    Contents kept{{}, m_contents.words};
    kept.rows.reserve(m_contents.rows.size() - m_invalidCount);
    std::copy_if(m_contents.rows.cbegin(), m_contents.rows.cend(), std::back_inserter(kept.rows),
                 [](const AccountToken &token) { return token.kind != AccountToken::Kind::Invalid; });
    return kept;
}

QString AccountIdListModel::tokenText(const AccountToken &token) const
{
    if (token.kind == AccountToken::Kind::Valid || token.kind == AccountToken::Kind::Duplicate)
        return QString::number(token.id);
    return token.textIn(m_sources.at(token.source).text).toString();
}

QString AccountIdListModel::sourceText(const AccountToken &token) const
{
    return tr("%1, line %2, column %3").arg(m_sources.at(token.source).name).arg(token.line).arg(token.column);
}

QString AccountIdListModel::statusText(const AccountToken &token) const
{
    switch (token.kind) {
    case AccountToken::Kind::Valid:
        return tr("valid");
    case AccountToken::Kind::Invalid:
        return tr("invalid: %1").arg(token.problemText());
    case AccountToken::Kind::Duplicate:
        return tr("duplicate (merged)");
    case AccountToken::Kind::Word: // kept apart from the rows
        break;
    }
    return {};
}

} // namespace LhShare
