#pragma once

#include "model/AccountIdParser.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace LhShare {

// The account list being edited: one row per token found in pasted, typed or imported text,
// valid, invalid (with the reason and where it came from) or a duplicate of an earlier row.
// Words (text that is no attempt at an ID) are kept beside the rows, counted, not listed.
//
// Rows are AccountTokens: the ID as a number, invalid text as a place in the source text kept
// here, so a million rows cost 32 bytes each and data() computes text per visible cell only.
// Text is read in with beginSource() and append() (a slice at a time for a large paste, see
// AccountIdReadJob), so rows arrive while the window keeps running. Edits are computed as new
// Contents (withoutRows(), withoutInvalid()) and applied with setContents(), so the editor can
// put each edit on an undo stack as a pair; Qt's implicit sharing keeps the unchanged lists
// cheap. Duplicate states are settled again on every setContents(): removing the first of two
// equal IDs promotes the second to valid.
class AccountIdListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, StatusColumn, SourceColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole, LineRole };

    struct Contents
    {
        QList<AccountToken> rows;
        QList<AccountToken> words;
    };

    explicit AccountIdListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Contents &contents() const { return m_contents; }
    void setContents(Contents contents);

    // Valid IDs without duplicates, in first-seen order: what a job would use.
    QStringList ids() const;
    int validCount() const { return int(m_ids.size()); }
    int invalidCount() const { return int(m_invalidCount); }
    int duplicateCount() const { return int(m_duplicateCount); }
    int wordCount() const { return int(m_contents.words.size()); }
    // "1,203 valid · 4 invalid · 17 duplicates merged"
    QString summary() const;

    // Registers a text about to be read (sourceName: "pasted text", a file name, shown with each
    // token's line); returns the source number its tokens carry.
    int beginSource(const QString &sourceName, const QString &text);
    // Forgets a source's text once no row needs it (nothing invalid or ignored came from it).
    void releaseText(int source);
    // The IDs in the list, for an AccountIdParser reading more text into it.
    AccountIdSet *seenIds() { return &m_seen; }
    // Room for `more` rows beyond the current ones.
    void reserveRows(qsizetype more) { m_contents.rows.reserve(m_contents.rows.size() + more); }
    // Adds what a parser with seenIds() found (every token kept).
    void append(const AccountIdFindings &found);

    Contents withoutRows(QList<int> rows) const;
    Contents withoutInvalid() const;

    // The token as typed, and "pasted text, line 2, column 3".
    QString tokenText(const AccountToken &token) const;
    QString sourceText(const AccountToken &token) const;

Q_SIGNALS:
    void countsChanged();

private:
    struct Source
    {
        QString name;
        QString text;
    };
    QString statusText(const AccountToken &token) const;

    Contents m_contents;
    QList<Source> m_sources; // only grows: undone rows may still point at a source
    AccountIdSet m_seen;
    QList<AccountId> m_ids;
    qsizetype m_invalidCount = 0;
    qsizetype m_duplicateCount = 0;
};

} // namespace LhShare
