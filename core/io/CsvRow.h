#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

namespace consulta {

// One row of a CSV file, stored compactly: the cells' text back to back in one string and
// where each cell ends. A 100,000-row import then costs one allocation per row instead of
// one per cell, which is most of the time and memory of reading a large file.
//
// cell() returns a view into the row: it stays valid as long as the row is not changed or
// destroyed; call toString() to keep a cell. Rows that come out of CsvReader have exactly
// as many cells as the header.
class CsvRow
{
public:
    CsvRow() = default;
    CsvRow(const CsvRow &other) = default;
    CsvRow(CsvRow &&other) noexcept = default;
    CsvRow &operator=(const CsvRow &other) = default;
    // Qt 6.4's QVarLengthArray move assignment leaks a heap buffer it replaces; this one
    // releases it first.
    CsvRow &operator=(CsvRow &&other) noexcept;
    ~CsvRow() = default;

    int line() const { return m_line; } // 1-based physical line where the row starts
    void setLine(int line) { m_line = line; }

    qsizetype size() const { return m_ends.size(); }
    bool isEmpty() const { return m_ends.isEmpty(); }
    // The text of a cell; empty when `column` is out of range.
    QStringView cell(qsizetype column) const;
    QStringList cells() const;
    // How many cells there are up to the last one that is not empty or whitespace.
    qsizetype width() const;

    // Building.
    void clear();
    void appendCell(QStringView text);
    void extendLastCell(QStringView text); // appends to the last cell
    // Drops cells past `count`, or adds empty ones up to it.
    void resize(qsizetype count);
    // A copy whose storage is exactly as large as its content.
    CsvRow compacted() const;

private:
    QString m_text;
    QVarLengthArray<int, 16> m_ends; // m_ends[i] = end of cell i in m_text
    int m_line = 0;
};

} // namespace consulta
