#pragma once

#include "ReportTable.h"

#include <QList>
#include <QString>

#include <optional>

namespace consulta {

// A report as core builds it, ready for any renderer: a sequence of parts, each either
// HTML in the subset QTextDocument understands (headings, paragraphs, tables with
// <thead>, cell colours; no CSS layout, no SVG, no scripts) or a long plain-text table
// (ReportTable), plus what the renderer puts around the body on every page. Core decides
// what is said; the renderer decides paper, margins, page breaks, the running header and
// "Page N of M". Every text that comes from a file is HTML-escaped in the HTML parts.
struct ReportDocument
{
    struct Part
    {
        QString html;                     // when table is unset
        std::optional<ReportTable> table; // a long table instead of HTML

        friend bool operator==(const Part &, const Part &) = default;
    };

    QString title;          // the document's title (PDF metadata, window titles)
    QString runningHeader;  // plain text for the top of every page
    bool landscape = false; // the layout the report asks for
    QList<Part> parts;

    void appendHtml(const QString &html) { parts.append({html, std::nullopt}); }
    void appendTable(ReportTable table) { parts.append({QString(), std::move(table)}); }

    // The whole body as one HTML document (tables as HTML tables): for tests, for
    // copying and for any renderer that does not treat long tables specially.
    QString toHtml() const;

    friend bool operator==(const ReportDocument &, const ReportDocument &) = default;
};

} // namespace consulta
