#include "ImportReviewPage.h"

#include "ImportRejectionView.h"
#include "ImportWizard.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace consulta {

ImportReviewPage::ImportReviewPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_rejectedLabel(new QLabel(tr("<b>Rows that will not be imported</b>"), this))
    , m_rejectedView(new ImportRejectionView(this))
    , m_warnings(new QLabel(this))
    , m_note(new QLabel(this))
    , m_error(new QLabel(this))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("What the import will do. Nothing has been written yet."));
    setCommitPage(true);

    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_rejectedView->setObjectName(QStringLiteral("rejectedView"));
    m_rejectedLabel->setBuddy(m_rejectedView);
    m_warnings->setObjectName(QStringLiteral("reviewWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_note->setWordWrap(true);
    m_note->setText(tr("The import is one step: Edit → Undo takes all of it back."));
    m_error->setObjectName(QStringLiteral("reviewError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a01c1c"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_rejectedLabel);
    layout->addWidget(m_rejectedView, 1);
    layout->addWidget(m_warnings);
    layout->addStretch(0);
    layout->addWidget(m_error);
    layout->addWidget(m_note);
}

void ImportReviewPage::initializePage()
{
    m_error->clear();
    m_error->hide();
    m_ready = false;
    // The check ran as Next was pressed on the page before (ImportMappingPage::validatePage).
    m_report = m_wizard.dryRunReport();
    if (const QString error = m_wizard.dryRunError(); !error.isEmpty()) {
        m_summary->setText(
            QStringLiteral("<span style=\"color:#a01c1c\">%1</span>").arg(error.toHtmlEscaped()));
        m_rejectedView->setRejections({});
    } else {
        const int rejected = int(m_report.rejected.size());
        const auto line = [](int count, const QString &one, const QString &many) {
            return (count == 1 ? one : many.arg(QLocale().toString(count))) +
                   QStringLiteral("<br>");
        };
        QString html =
            QStringLiteral("<p style=\"font-size:large\">") +
            line(m_report.added, tr("<b>1</b> new participant"), tr("<b>%1</b> new participants")) +
            line(m_report.merged,
                 tr("<b>1</b> row merged into a person already in the consultation "
                    "or earlier in the file"),
                 tr("<b>%1</b> rows merged into people already in the consultation "
                    "or earlier in the file")) +
            line(rejected, tr("<b>1</b> row not imported"), tr("<b>%1</b> rows not imported")) +
            QStringLiteral("</p>");
        // A status chosen on the page before changes every row: say so where the import is
        // decided, not only where it was chosen.
        if (const std::optional<Status> forced = m_wizard.forcedStatus())
            html += QStringLiteral("<p>") +
                    tr("Every imported person gets the status <b>%1</b>.")
                        .arg(statusLabel(*forced).toHtmlEscaped()) +
                    QStringLiteral("</p>");
        if (m_report.organizationsAdded > 0)
            html += QStringLiteral("<p>") +
                    (m_report.organizationsAdded == 1
                         ? tr("1 new organization will be added.")
                         : tr("%1 new organizations will be added.")
                               .arg(QLocale().toString(m_report.organizationsAdded))) +
                    QStringLiteral("</p>");
        if (m_report.added + m_report.merged == 0)
            html += QStringLiteral("<p>") +
                    tr("Nobody can be imported from this file with these choices.") +
                    QStringLiteral("</p>");
        m_summary->setText(html);
        m_rejectedView->setRejections(m_report.rejected);
        m_ready = m_report.added + m_report.merged > 0;
    }
    m_rejectedLabel->setVisible(!m_report.rejected.isEmpty());
    m_rejectedView->setVisible(!m_report.rejected.isEmpty());
    if (m_report.warnings.isEmpty()) {
        m_warnings->hide();
    } else {
        QString html = tr("<b>Values that were not understood</b>") + QStringLiteral("<ul>");
        for (const QString &warning : std::as_const(m_report.warnings))
            html += QStringLiteral("<li>") + warning.toHtmlEscaped() + QStringLiteral("</li>");
        m_warnings->setText(html + QStringLiteral("</ul>"));
        m_warnings->show();
    }
    Q_EMIT completeChanged();
    // The check's progress dialog hands focus back to the page before when it closes; keys
    // typed here must not reach its (now hidden) controls, such as the status box. Once the
    // wizard has switched pages, the Import button takes the focus.
    QTimer::singleShot(0, this, [this] {
        if (isVisible())
            if (QAbstractButton *import = wizard()->button(QWizard::CommitButton))
                import->setFocus(Qt::OtherFocusReason);
    });
}

bool ImportReviewPage::isComplete() const
{
    return m_ready;
}

bool ImportReviewPage::validatePage()
{
    if (!m_ready)
        return false;
    if (m_wizard.runImport())
        return true;
    m_error->setText(m_wizard.errorString());
    m_error->show();
    return false;
}

} // namespace consulta
