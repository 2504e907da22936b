#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"

#include <QObject>
#include <QPageSize>
#include <QString>

#include <memory>

class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace consulta {

// The Print Preview, Print and Export PDF flows of a window, for a report that core
// built (BalanceReport, ParticipantsReport) and ReportRenderer draws. The window owns
// the menu actions, asks for the file name (QFileDialog) and shows errors; this class
// takes the path as a parameter so that tests can drive it without dialogs.
class ReportActions : public QObject
{
    Q_OBJECT

public:
    explicit ReportActions(QWidget *window);
    ~ReportActions() override;

    // The paper new print jobs start with: the locale's (ReportRenderer::
    // defaultPageSize()) unless set. The person can change it in the dialogs.
    void setPageSize(const QPageSize &size) { m_pageSize = size; }
    QPageSize pageSize() const { return m_pageSize; }

    // Shows the report in a print preview (modal); printing from there prints it.
    void printPreview(const ReportDocument &report);
    // Shows the print dialog and prints when it is accepted. True when it printed.
    bool print(const ReportDocument &report);
    // Writes the report as a PDF at path, atomically; the number of pages or why not.
    Result<int> exportPdf(const ReportDocument &report, const QString &path) const;

    // A file name to offer in the save dialog: the report's title without the
    // characters file systems refuse, ending in ".pdf".
    static QString suggestedFileName(const ReportDocument &report);

    // A printer set up for the report (paper, orientation, margins, document name).
    std::unique_ptr<QPrinter> createPrinter(const ReportDocument &report) const;
    // The preview dialog printPreview() shows, not yet shown; printer must outlive it.
    std::unique_ptr<QPrintPreviewDialog> createPreviewDialog(const ReportDocument &report,
                                                             QPrinter *printer);

private:
    QWidget *m_window;
    QPageSize m_pageSize;
};

} // namespace consulta
