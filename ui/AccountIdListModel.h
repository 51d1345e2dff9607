#pragma once

#include "model/AccountIdParser.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace LhShare {

// The account list being edited: one row per token found in pasted, typed or imported text,
// valid, invalid (with the reason and where it came from) or a duplicate of an earlier row.
//
// Edits are computed as new row lists (withText(), withoutRows(), withoutInvalid()) and applied
// with setRows(), so the editor can put each edit on an undo stack as a pair of lists; Qt's
// implicit sharing keeps the unchanged list cheap. Duplicate states are recomputed on every
// change: removing the first of two equal IDs promotes the second to valid.
//
// Built for 100,000 rows: data() computes text per visible cell, nothing per row is cached.
class AccountIdListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, StatusColumn, SourceColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole, LineRole };

    struct Row
    {
        AccountIdEntry entry;
        int source = 0; // index into sources(): which paste or file the token came from
    };
    using Rows = QList<Row>;

    explicit AccountIdListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Rows &rows() const { return m_rows; }
    void setRows(Rows rows);

    // Valid IDs without duplicates, in first-seen order: what a job would use.
    QStringList ids() const { return m_ids; }
    int validCount() const { return int(m_ids.size()); }
    int invalidCount() const { return m_invalidCount; }
    int duplicateCount() const { return m_duplicateCount; }
    // "1,203 valid · 4 invalid · 17 duplicates merged"
    QString summary() const;

    // The tokens of text as rows; sourceName ("pasted text", a file name) is shown with each
    // token's line number. States are settled by setRows() against the whole list.
    Rows parse(const QString &text, const QString &sourceName);
    // The current rows plus the tokens of text.
    Rows withText(const QString &text, const QString &sourceName);
    Rows withoutRows(QList<int> rows) const;
    Rows withoutInvalid() const;

Q_SIGNALS:
    void countsChanged();

private:
    QString sourceText(const Row &row) const;
    QString statusText(const AccountIdEntry &entry) const;

    Rows m_rows;
    QStringList m_sources; // only grows: undone rows may still point at a source
    QStringList m_ids;
    int m_invalidCount = 0;
    int m_duplicateCount = 0;
};

} // namespace LhShare
