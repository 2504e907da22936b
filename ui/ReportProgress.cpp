#include "ReportProgress.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace consulta {

namespace {

QString label(ReportRenderer::Step step, int done, int total)
{
    if (step == ReportRenderer::Step::LayingOut)
        return QCoreApplication::translate("ReportProgress", "Laying out the rows\u2026");
    return QCoreApplication::translate("ReportProgress", "Drawing page %L1 of %L2\u2026")
        .arg(done + 1)
        .arg(total);
}

} // namespace

ReportProgress::ReportProgress(QWidget *parent, const QString &title, Stop stop)
    : m_dialog(std::make_unique<QProgressDialog>(parent))
    , m_stop(stop)
{
    m_dialog->setObjectName(QStringLiteral("reportProgress"));
    m_dialog->setWindowTitle(title);
    m_dialog->setLabelText(label(ReportRenderer::Step::LayingOut, 0, 0));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(500);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setRange(0, 0);
    m_dialog->setValue(0);
}

ReportProgress::~ReportProgress() = default;

ReportRenderer::Progress ReportProgress::callback()
{
    return [this](ReportRenderer::Step step, int done, int total) {
        QProgressDialog *dialog = m_dialog.get();
        // Laying out comes first and painting after: each step fills the bar once.
        if (dialog->maximum() != total) {
            dialog->setMaximum(total);
            dialog->setValue(0);
        }
        dialog->setLabelText(label(step, done, total));
        if (step == ReportRenderer::Step::Painting && m_stop == Stop::WhileLayingOut) {
            if (done == 0)
                dialog->setCancelButton(nullptr); // no click on it is ever ignored
            dialog->setValue(done);
            return true;
        }
        dialog->setValue(done);
        return !dialog->wasCanceled();
    };
}

bool ReportProgress::wasCancelled() const
{
    return m_dialog->wasCanceled();
}

} // namespace consulta
