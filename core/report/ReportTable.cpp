#include "ReportTable.h"

#include "ReportFormat.h"

namespace consulta {

QString ReportTable::toHtml() const
{
    QString html =
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                       "style=\"border-collapse: collapse; border-color: #9a9a9a\">\n<thead><tr "
                       "bgcolor=\"#e4ebf2\">");
    for (const Column &column : columns) {
        html += QStringLiteral("<th align=\"%1\" width=\"%2%\">")
                    .arg(column.alignRight ? QStringLiteral("right") : QStringLiteral("left"))
                    .arg(column.widthPercent) +
                htmlEscaped(column.heading) + QStringLiteral("</th>");
    }
    html += QStringLiteral("</tr></thead>\n");
    html.reserve(html.size() + rows.size() * 120);
    for (const Row &row : rows) {
        if (row.group) {
            html += QStringLiteral("<tr bgcolor=\"#f3f3f3\"><td colspan=\"%1\"><b>")
                        .arg(columns.size()) +
                    htmlEscaped(row.cells.value(0)) + QStringLiteral("</b> ") +
                    htmlEscaped(row.cells.value(1)) + QStringLiteral("</td></tr>\n");
            continue;
        }
        html += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < columns.size(); ++c)
            html += (columns.at(c).alignRight ? QStringLiteral("<td align=\"right\">")
                                              : QStringLiteral("<td>")) +
                    htmlEscaped(row.cells.value(c)) + QStringLiteral("</td>");
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

} // namespace consulta
