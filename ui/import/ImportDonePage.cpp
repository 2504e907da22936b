#include "ImportDonePage.h"

#include "DocumentSession.h"
#include "ImportMergeView.h"
#include "ImportRejectionView.h"
#include "ImportWizard.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace consulta {

ImportDonePage::ImportDonePage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_result(new QLabel(this))
    , m_rejectedLabel(new QLabel(tr("<b>Rows that were not imported</b>"), this))
    , m_rejectedView(new ImportRejectionView(this))
    , m_mergedLabel(new QLabel(
          tr("<b>Rows merged into a person already listed or added by an earlier row</b>"), this))
    , m_mergedView(new ImportMergeView(this))
{
    setTitle(tr("Imported"));
    setSubTitle(tr("The participants are in the consultation. Save it to keep them."));
    setFinalPage(true);
    m_result->setObjectName(QStringLiteral("doneSummary"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_rejectedView->setObjectName(QStringLiteral("doneRejectedView"));
    m_rejectedLabel->setBuddy(m_rejectedView);
    m_mergedView->setObjectName(QStringLiteral("doneMergedView"));
    m_mergedLabel->setBuddy(m_mergedView);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    layout->addSpacing(8);
    layout->addWidget(m_rejectedLabel);
    layout->addWidget(m_rejectedView, 1);
    layout->addWidget(m_mergedLabel);
    layout->addWidget(m_mergedView, 1);
    layout->addStretch(0);
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
    m_rejectedView->setRejections(report.rejected);
    m_rejectedLabel->setVisible(!report.rejected.isEmpty());
    m_rejectedView->setVisible(!report.rejected.isEmpty());
    m_mergedView->setMerges(report.merges, &m_wizard.session().store());
    m_mergedLabel->setVisible(!report.merges.isEmpty());
    m_mergedView->setVisible(!report.merges.isEmpty());
}

} // namespace consulta
