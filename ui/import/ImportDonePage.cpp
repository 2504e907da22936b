#include "ImportDonePage.h"

#include "ImportWizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace consulta {

ImportDonePage::ImportDonePage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_result(new QLabel(this))
{
    setTitle(tr("Imported"));
    setSubTitle(tr("The participants are in the consultation. Save it to keep them."));
    setFinalPage(true);
    m_result->setObjectName(QStringLiteral("doneSummary"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    layout->addStretch(1);
}

void ImportDonePage::initializePage()
{
    const ImportReport &report = m_wizard.importReport();
    QString html = QStringLiteral("<p style=\"font-size:large\">") +
                   tr("<b>%n</b> participant(s) added", "", report.added) + QStringLiteral("<br>") +
                   tr("<b>%n</b> row(s) merged", "", report.merged) + QStringLiteral("<br>") +
                   tr("<b>%n</b> row(s) not imported", "", int(report.rejected.size())) +
                   QStringLiteral("</p>");
    if (report.organizationsAdded > 0)
        html += QStringLiteral("<p>") +
                tr("%n organization(s) added.", "", report.organizationsAdded) +
                QStringLiteral("</p>");
    html += QStringLiteral("<p>") +
            tr("Each imported participant’s <i>source</i> records “%1”. Edit → Undo takes the "
               "whole import back.")
                .arg(m_wizard.source().name().toHtmlEscaped()) +
            QStringLiteral("</p>");
    m_result->setText(html);
}

} // namespace consulta
