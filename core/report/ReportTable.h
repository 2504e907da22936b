#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace consulta {

// A long table of plain text for a report (the participants list): column headings
// and widths, rows, and group headings that span every column. Kept as data rather
// than HTML so that a renderer can lay out tens of thousands of rows quickly, keep a
// group's heading with its first row, never split a row between pages and repeat the
// column headings on every page. toHtml() gives the same table as HTML.
struct ReportTable
{
    struct Column
    {
        QString heading;
        int widthPercent = 0;    // of the table's width; the columns add up to 100
        bool alignRight = false; // numbers

        friend bool operator==(const Column &, const Column &) = default;
    };

    struct Row
    {
        // A person's row: one text per column. A group heading: cells[0] in bold across
        // every column, then cells[1] (e.g. "(12)") in the normal weight.
        QStringList cells;
        bool group = false;

        friend bool operator==(const Row &, const Row &) = default;
    };

    QList<Column> columns;
    QList<Row> rows;

    // A <table> with a <thead>; every text HTML-escaped.
    QString toHtml() const;

    friend bool operator==(const ReportTable &, const ReportTable &) = default;
};

} // namespace consulta
