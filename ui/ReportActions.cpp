#include "ReportActions.h"

#include "ReportRenderer.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QWidget>

namespace consulta {

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
            [renderer = ReportRenderer(report)](QPrinter *target) { renderer.print(target); });
    return dialog;
}

void ReportActions::printPreview(const ReportDocument &report)
{
    const std::unique_ptr<QPrinter> printer = createPrinter(report);
    const std::unique_ptr<QPrintPreviewDialog> dialog = createPreviewDialog(report, printer.get());
    dialog->exec();
}

bool ReportActions::print(const ReportDocument &report)
{
    const std::unique_ptr<QPrinter> printer = createPrinter(report);
    QPrintDialog dialog(printer.get(), m_window);
    dialog.setWindowTitle(tr("Print \u2014 %1").arg(report.title));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return ReportRenderer(report).print(printer.get()) > 0;
}

Result<int> ReportActions::exportPdf(const ReportDocument &report, const QString &path) const
{
    const ReportRenderer renderer(report);
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
