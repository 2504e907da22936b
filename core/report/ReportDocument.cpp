#include "ReportDocument.h"

namespace consulta {

QString ReportDocument::toHtml() const
{
    QString html = QStringLiteral("<html><body>\n");
    for (const Part &part : parts)
        html += part.table ? part.table->toHtml() : part.html;
    return html + QStringLiteral("</body></html>\n");
}

} // namespace consulta
