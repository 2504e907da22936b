#pragma once

#include "ReportRenderer.h"
#include "common/Result.h"
#include "model/Status.h"
#include "report/ReportDocument.h"

#include <QObject>
#include <QPageSize>
#include <QString>

#include <memory>
#include <optional>

class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace consulta {

class ConsultationStore;

// The Print Preview, Print and Export PDF flows of a window, for a report that core
// built (BalanceReport, ParticipantsReport) and ReportRenderer draws. The window owns
// the menu actions and calls the run… functions: they ask which report
// (ReportOptionsDialog), build it from the document, then preview, print or ask for a
// file name and write the PDF. Every dialog goes through Prompts, so tests drive the
// same flows without modal loops; the lower-level functions take the report and path
// as parameters.
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
    // progress, when given, is told of every page and can stop the export.
    Result<int> exportPdf(const ReportDocument &report, const QString &path,
                          ReportRenderer::Progress progress = {}) const;

    // The menu flows. stage is what the dashboard shows, offered as the default.
    // False when the person cancelled or it failed (the error shown through Prompts).
    bool runPrintPreview(const ConsultationStore &store, std::optional<Stage> stage);
    bool runPrint(const ConsultationStore &store, std::optional<Stage> stage);
    // folder is where the file dialog starts (the document's folder).
    bool runExportPdf(const ConsultationStore &store, std::optional<Stage> stage,
                      const QString &folder);
    // Asks which report (kind, stage, options) and builds it; nullopt when cancelled.
    std::optional<ReportDocument> chooseReport(const ConsultationStore &store,
                                               std::optional<Stage> stage, const QString &title);

    // A file name to offer in the save dialog: the report's title without the
    // characters file systems refuse, ending in ".pdf".
    static QString suggestedFileName(const ReportDocument &report);

    // A printer set up for the report (paper, orientation, margins, document name).
    std::unique_ptr<QPrinter> createPrinter(const ReportDocument &report) const;
    // The preview dialog printPreview() shows, not yet shown; printer must outlive it.
    std::unique_ptr<QPrintPreviewDialog> createPreviewDialog(const ReportDocument &report,
                                                             QPrinter *printer);

Q_SIGNALS:
    // A PDF was written (for the status bar).
    void exported(const QString &path, int pages);

private:
    QWidget *m_window;
    QPageSize m_pageSize;
};

} // namespace consulta
