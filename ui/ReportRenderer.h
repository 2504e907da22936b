#pragma once

#include "common/Result.h"
#include "report/ReportDocument.h"

#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QPrinter;

namespace consulta {

// Puts a report that core built (ReportDocument) on paper: to a printer, a print
// preview or a PDF file. Every page gets the running header at the top and "Page N of
// M" at the bottom; a table's heading rows (an HTML <thead>, a ReportTable's column
// headings) repeat at the top of every page it continues on.
//
// The body is laid out once as one long page at 96 dpi: HTML parts by QTextDocument,
// ReportTable parts row by row with QTextLayout. This class then chooses the page
// breaks itself: between lines of text and between table rows, never inside a row; a
// heading (h1–h6) and a row spanning every column (a group's heading) stay with what
// follows; "page-break-before: always" starts a new page. Each page is painted by
// clipping the long layout, scaled to the device. (QTextDocument's own pagination
// splits rows between pages, leaves a group heading alone at the foot of a page and
// overflows its 26.6 fixed-point coordinates past about 2,000 pages at printer
// resolution.)
//
// The Print Preview, Print and Export PDF flows (ReportActions) and `consulta report`
// both go through this class, so the GUI and the command line print the same pages.
// It needs a QGuiApplication (fonts) but no widgets.
class ReportRenderer
{
public:
    explicit ReportRenderer(ReportDocument report);

    // What a report is doing while it is put on paper: laying out its tables' rows, then
    // painting its pages.
    enum class Step
    {
        LayingOut,
        Painting
    };
    // Told how far a step has come (done of total rows, then pages) every few hundred rows
    // and on every page. Returning false stops the work: render() then returns 0 and
    // writePdf() leaves no file; print() stops only while laying out (see there). A participants
    // list of 100,000 people is some 3,500 pages and takes seconds.
    using Progress = std::function<bool(Step step, int done, int total)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // The paper of a locale: US Letter in the territories that use it (CLDR: US, CA,
    // MX, PH, BZ, CL, CO, CR, GT, NI, PA, PR, SV, VE), A4 everywhere else.
    static QPageSize pageSizeFor(const QLocale &locale);
    // The paper of the user's environment: LC_ALL, else LC_PAPER, else the system
    // locale, as pageSizeFor().
    static QPageSize defaultPageSize();
    // Paper, the orientation the report asks for (or landscape when forced) and
    // 15 mm margins.
    QPageLayout pageLayout(const QPageSize &size, bool forceLandscape = false) const;

    const ReportDocument &report() const { return m_report; }

    // Lays the report out on the device's current page layout and paints every page
    // (the device must have nothing painted on it yet). Returns the number of pages, 0
    // when the device cannot be painted on.
    int render(QPagedPaintDevice &device) const;
    // After a print dialog, and for QPrintPreviewDialog::paintRequested (which asks for the
    // preview and, from its Print button, for the real print run): the printer's own layout,
    // as the person chose it. The progress callback can stop the layout, before anything is
    // sent; once pages go to a printer they cannot be taken back (QPrinter::abort() does
    // not on Linux), so painting goes on to the end whatever the callback says.
    int print(QPrinter *printer) const;
    // Writes a PDF with the given layout; atomically: a temporary file beside path is
    // renamed over it only when complete. Returns the number of pages.
    Result<int> writePdf(const QString &path, const QPageLayout &layout) const;

private:
    static constexpr int kStopped = -1;
    // Lays the report out on the device's page, then paints every page. The number of
    // pages, 0 when the device cannot be painted on, kStopped when the progress callback
    // stopped the layout or, when paintingStoppable, the painting.
    int paintAll(QPagedPaintDevice &device, bool paintingStoppable) const;

    ReportDocument m_report;
    Progress m_progress;
};

} // namespace consulta
