#include "ImportDonePage.h"

#include "ImportWizard.h"

#include <QLabel>
#include <QLocale>
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
    const auto line = [](int count, const QString &one, const QString &many) {
        return (count == 1 ? one : many.arg(QLocale().toString(count))) + QStringLiteral("<br>");
    };
    QString html =
        QStringLiteral("<p style=\"font-size:large\">") +
        line(report.added, tr("<b>1</b> participant added"), tr("<b>%1</b> participants added")) +
        line(report.merged, tr("<b>1</b> row merged"), tr("<b>%1</b> rows merged")) +
        line(int(report.rejected.size()), tr("<b>1</b> row not imported"),
             tr("<b>%1</b> rows not imported")) +
        QStringLiteral("</p>");
    if (report.organizationsAdded > 0)
        html += QStringLiteral("<p>") +
                (report.organizationsAdded == 1
                     ? tr("1 organization added.")
                     : tr("%1 organizations added.")
                           .arg(QLocale().toString(report.organizationsAdded))) +
                QStringLiteral("</p>");
    html += QStringLiteral("<p>") +
            tr("Each imported participant’s <i>source</i> records “%1”. Edit → Undo takes the "
               "whole import back.")
                .arg(m_wizard.source().name().toHtmlEscaped()) +
            QStringLiteral("</p>");
    m_result->setText(html);
}

} // namespace consulta
