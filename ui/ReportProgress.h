#pragma once

#include "ReportRenderer.h"

#include <QString>

#include <memory>

class QProgressDialog;
class QWidget;

namespace consulta {

// Progress of putting a report on paper (Print, Print Preview, Export PDF), which runs on
// the window's thread: ReportRenderer calls callback() every few hundred rows and on every
// page, and each call moves a window-modal progress dialog, which lets the window repaint
// and take a click on Cancel. The dialog says which step it is at ("Laying out rows",
// "Drawing page 120 of 3,552") and only appears when the work takes longer than half a
// second, so a one-page balance report prints without a flash. When printing, Cancel is
// taken away once pages start going to the printer.
class ReportProgress
{
public:
    enum class Stop
    {
        Anytime,        // a PDF export: stopping leaves no file
        WhileLayingOut, // printing: pages sent to a printer cannot be taken back
    };

    ReportProgress(QWidget *parent, const QString &title, Stop stop);
    ~ReportProgress();
    ReportProgress(const ReportProgress &) = delete;
    ReportProgress &operator=(const ReportProgress &) = delete;

    // For ReportRenderer::setProgress(): false once the person pressed Cancel.
    ReportRenderer::Progress callback();
    bool wasCancelled() const;

private:
    std::unique_ptr<QProgressDialog> m_dialog;
    Stop m_stop;
};

} // namespace consulta
