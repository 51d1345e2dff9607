#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace LhShare {

// Where the account IDs are in a pasted table. A block copied from a spreadsheet (tabs) or a CSV
// file (commas or semicolons) holds IDs in some columns and names, teams or notes in others;
// only the ID columns are read. Found from the first lines:
//   - a table: at least two lines, most of them with the same number (two or more) of cells;
//   - the ID columns: named by the header (UIN, Account ID, AccountId, 账号ID, 账号, 主账号ID …),
//     or else the columns where most cells hold a valid ID (failing that, an attempt at one);
//   - a header: a first line whose cells name the columns or hold no attempt at an ID; it is not read.
// Anything else is free text, read whole.
class AccountTableLayout final
{
public:
    static AccountTableLayout detect(QStringView text);

    bool isTable() const { return m_delimiter != 0; }
    char16_t delimiter() const { return m_delimiter; }
    // 0-based number of the header line in the text, or -1.
    qsizetype headerLine() const { return m_headerLine; }
    bool isIdColumn(int column) const { return column < m_idColumns.size() && m_idColumns.at(column); }
    // Header texts, or "column 3" for a table without one.
    QStringList idColumnNames() const { return names(true); }
    QStringList ignoredColumnNames() const { return names(false); }

    // Calls visit(column, from, to) for each cell of line[from, to) (offsets into line); a quoted
    // cell may hold the delimiter ("Doe, Jane",700000164995).
    template<typename Visit>
    static void forEachCell(QStringView line, qsizetype from, qsizetype to, char16_t delimiter, Visit &&visit)
    {
        int column = 0;
        qsizetype cellStart = from;
        bool quoted = false;
        for (qsizetype i = from; i < to; ++i) {
            const char16_t u = line[i].unicode();
            if (u == u'"')
                quoted = !quoted;
            else if (u == delimiter && !quoted) {
                visit(column++, cellStart, i);
                cellStart = i + 1;
            }
        }
        visit(column, cellStart, to);
    }

private:
    QStringList names(bool ids) const;

    char16_t m_delimiter = 0;
    qsizetype m_headerLine = -1;
    QList<bool> m_idColumns;
    QStringList m_header; // cell texts of the header line, if any
};

} // namespace LhShare
