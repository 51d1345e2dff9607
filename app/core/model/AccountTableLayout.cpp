#include "AccountTableLayout.h"

#include "AccountTokenScanner.h"

#include <QCoreApplication>

#include <map>

namespace LhShare {

namespace {
constexpr int kSampleLines = 20;
constexpr qsizetype kSampleChars = 64 * 1024;

struct Line
{
    qsizetype number; // 0-based, counted as the parser counts ("\r\n" once, a lone "\r" too)
    qsizetype from;
    qsizetype to;
};

QList<Line> firstLines(QStringView text)
{
    QList<Line> lines;
    qsizetype number = 0;
    qsizetype pos = 0;
    const qsizetype limit = qMin(text.size(), kSampleChars);
    while (pos < limit && lines.size() < kSampleLines) {
        qsizetype end = pos;
        while (end < text.size() && text[end] != u'\n' && text[end] != u'\r')
            ++end;
        if (!text.mid(pos, end - pos).trimmed().isEmpty())
            lines.append({number, pos, end});
        if (end + 1 < text.size() && text[end] == u'\r' && text[end + 1] == u'\n')
            ++end;
        pos = end + 1;
        ++number;
    }
    return lines;
}

int cellCount(QStringView text, const Line &line, char16_t delimiter)
{
    int count = 0;
    AccountTableLayout::forEachCell(text, line.from, line.to, delimiter,
                                    [&count](int, qsizetype, qsizetype) { ++count; });
    return count;
}

// The delimiter most lines agree on, with the number of cells; 0 when the lines are no table.
std::pair<char16_t, int> tableShape(QStringView text, const QList<Line> &lines)
{
    for (char16_t delimiter : {u'\t', u',', u';'}) {
        std::map<int, int> linesWithCount;
        for (const Line &line : lines)
            ++linesWithCount[cellCount(text, line, delimiter)];
        const auto most = std::max_element(linesWithCount.cbegin(), linesWithCount.cend(),
                                           [](const auto &a, const auto &b) { return a.second < b.second; });
        if (most->first >= 2 && most->second * 5 >= int(lines.size()) * 4)
            return {delimiter, most->first};
    }
    return {0, 0};
}

struct CellScore
{
    bool valid = false; // holds a valid ID
    bool attempt = false; // holds a valid or invalid ID
    bool empty = true;
};

CellScore scoreCell(QStringView text, qsizetype from, qsizetype to)
{
    CellScore score;
    AccountTokenScanner::scan(text, from, to, [&score](const AccountToken &token) {
        score.empty = false;
        score.valid = score.valid || token.kind == AccountToken::Kind::Valid;
        score.attempt = score.attempt || token.kind != AccountToken::Kind::Word;
    });
    return score;
}

QString cellText(QStringView text, qsizetype from, qsizetype to)
{
    QStringView cell = text.mid(from, to - from).trimmed();
    if (cell.size() >= 2 && cell.front() == u'"' && cell.back() == u'"')
        cell = cell.mid(1, cell.size() - 2).trimmed();
    return cell.toString();
}
} // namespace

AccountTableLayout AccountTableLayout::detect(QStringView text)
{
    const QList<Line> lines = firstLines(text);
    if (lines.size() < 2)
        return {};
    // Plain variables, not a structured binding: C++17 lambdas cannot capture those.
    const std::pair<char16_t, int> shape = tableShape(text, lines);
    const char16_t delimiter = shape.first;
    const int columns = shape.second;
    if (delimiter == 0)
        return {};

    AccountTableLayout layout;
    QStringList header;
    QList<bool> named(columns, false);
    bool anyNamed = false;
    bool firstLineHasIds = false;
    forEachCell(text, lines.first().from, lines.first().to, delimiter, [&](int column, qsizetype from, qsizetype to) {
        header.append(cellText(text, from, to));
        if (column < columns
            && AccountTokenScanner::isAccountIdName(AccountTokenScanner::normalisedName(header.last())))
            anyNamed = named[column] = true;
        firstLineHasIds = firstLineHasIds || scoreCell(text, from, to).attempt;
    });
    const bool hasHeader = anyNamed || !firstLineHasIds;

    if (anyNamed) {
        layout.m_idColumns = named;
    } else {
        // By content: the columns where most cells hold a valid ID, or else an attempt at one.
        QList<int> valid(columns, 0);
        QList<int> attempts(columns, 0);
        QList<int> filled(columns, 0);
        for (qsizetype i = hasHeader ? 1 : 0; i < lines.size(); ++i) {
            forEachCell(text, lines.at(i).from, lines.at(i).to, delimiter,
                        [&](int column, qsizetype from, qsizetype to) {
                            if (column >= columns)
                                return;
                            const CellScore score = scoreCell(text, from, to);
                            valid[column] += score.valid;
                            attempts[column] += score.attempt;
                            filled[column] += !score.empty;
                        });
        }
        for (const QList<int> *counts : {&valid, &attempts}) {
            layout.m_idColumns = QList<bool>(columns, false);
            bool any = false;
            for (int column = 0; column < columns; ++column)
                any |= layout.m_idColumns[column] = counts->at(column) * 2 > filled.at(column);
            if (any)
                break;
            layout.m_idColumns.clear();
        }
        if (layout.m_idColumns.isEmpty())
            return {}; // no column of IDs: read it as text
    }
    layout.m_delimiter = delimiter;
    if (hasHeader) {
        layout.m_headerLine = lines.first().number;
        layout.m_header = header;
    }
    return layout;
}

QStringList AccountTableLayout::names(bool ids) const
{
    QStringList names;
    for (int column = 0; column < m_idColumns.size(); ++column) {
        if (m_idColumns.at(column) != ids)
            continue;
        const QString header = m_header.value(column);
        names.append(header.isEmpty() ? QCoreApplication::translate("AccountTableLayout", "column %1").arg(column + 1)
                                      : header);
    }
    return names;
}

} // namespace LhShare
