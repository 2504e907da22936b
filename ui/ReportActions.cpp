#include "ReportActions.h"

#include "Prompts.h"
#include "ReportOptionsDialog.h"
#include "ReportProgress.h"
#include "ReportRenderer.h"

#include <QApplication>
#include <QDir>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QWidget>

namespace consulta {

namespace {

// A wait cursor while a report is built or drawn (the participants list of a large
// file takes a moment).
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace

ReportActions::ReportActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_pageSize(ReportRenderer::defaultPageSize())
{}

ReportActions::~ReportActions() = default;

std::unique_ptr<QPrinter> ReportActions::createPrinter(const ReportDocument &report) const
{
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setPageLayout(ReportRenderer(report).pageLayout(m_pageSize));
    printer->setDocName(report.title);
    printer->setCreator(QStringLiteral("Consulta"));
    return printer;
}

std::unique_ptr<QPrintPreviewDialog>
ReportActions::createPreviewDialog(const ReportDocument &report, QPrinter *printer)
{
    auto dialog = std::make_unique<QPrintPreviewDialog>(printer, m_window);
    dialog->setWindowTitle(tr("Print Preview \u2014 %1").arg(report.title));
    // The dialog asks again whenever the person changes paper or orientation.
    connect(dialog.get(), &QPrintPreviewDialog::paintRequested, dialog.get(),
            [renderer = ReportRenderer(report), preview = dialog.get()](QPrinter *target) mutable {
                ReportProgress progress(preview, tr("Print Preview"),
                                        ReportProgress::Stop::WhileLayingOut);
                renderer.setProgress(progress.callback());
                renderer.print(target);
                renderer.setProgress({});
            });
    return dialog;
}

void ReportActions::printPreview(const ReportDocument &report)
{
    const std::unique_ptr<QPrinter> printer = createPrinter(report);
    const std::unique_ptr<QPrintPreviewDialog> dialog = createPreviewDialog(report, printer.get());
    Prompts::current().exec(*dialog);
}

bool ReportActions::print(const ReportDocument &report)
{
    const std::unique_ptr<QPrinter> printer = createPrinter(report);
    QPrintDialog dialog(printer.get(), m_window);
    dialog.setWindowTitle(tr("Print \u2014 %1").arg(report.title));
    if (Prompts::current().exec(dialog) != QDialog::Accepted)
        return false;
    ReportProgress progress(m_window, tr("Print"), ReportProgress::Stop::WhileLayingOut);
    ReportRenderer renderer(report);
    renderer.setProgress(progress.callback());
    return renderer.print(printer.get()) > 0;
}

std::optional<ReportDocument> ReportActions::chooseReport(const ConsultationStore &store,
                                                          std::optional<Stage> stage,
                                                          const QString &title)
{
    ReportOptionsDialog dialog(m_window);
    dialog.setWindowTitle(title);
    dialog.setStage(stage);
    if (Prompts::current().exec(dialog) != QDialog::Accepted)
        return std::nullopt;
    const BusyCursor busy;
    return dialog.buildReport(store);
}

bool ReportActions::runPrintPreview(const ConsultationStore &store, std::optional<Stage> stage)
{
    const std::optional<ReportDocument> report = chooseReport(store, stage, tr("Print Preview"));
    if (!report)
        return false;
    printPreview(*report);
    return true;
}

bool ReportActions::runPrint(const ConsultationStore &store, std::optional<Stage> stage)
{
    const std::optional<ReportDocument> report = chooseReport(store, stage, tr("Print"));
    return report && print(*report);
}

bool ReportActions::runExportPdf(const ConsultationStore &store, std::optional<Stage> stage,
                                 const QString &folder)
{
    const std::optional<ReportDocument> report = chooseReport(store, stage, tr("Export PDF"));
    if (!report)
        return false;
    const QString suggested =
        QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(suggestedFileName(*report));
    const QString path = Prompts::current().exportFileName(
        m_window, tr("Export PDF"), suggested, tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return false;
    bool cancelled = false;
    const Result<int> written = [&] {
        // Gone before any message: its show timer would put it over the message box.
        ReportProgress progress(m_window, tr("Export PDF"), ReportProgress::Stop::Anytime);
        Result<int> result = exportPdf(*report, path, progress.callback());
        cancelled = progress.wasCancelled();
        return result;
    }();
    // Stopped: nothing was written, nothing to say. (A Cancel pressed after the last page
    // comes too late to stop anything: the file is there and is reported.)
    if (cancelled && !written)
        return false;
    if (!written) {
        Prompts::current().showError(m_window, tr("Export PDF"), written.errorMessage());
        return false;
    }
    Q_EMIT exported(path, *written);
    return true;
}

Result<int> ReportActions::exportPdf(const ReportDocument &report, const QString &path,
                                     ReportRenderer::Progress progress) const
{
    ReportRenderer renderer(report);
    renderer.setProgress(std::move(progress));
    return renderer.writePdf(path, renderer.pageLayout(m_pageSize));
}

QString ReportActions::suggestedFileName(const ReportDocument &report)
{
    QString name = report.title;
    static const QRegularExpression refused(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    name.replace(refused, QStringLiteral(" "));
    name = name.simplified();
    if (name.size() > 120)
        name = name.left(120).trimmed();
    if (name.isEmpty())
        name = tr("Report");
    return name + QStringLiteral(".pdf");
}

} // namespace consulta
