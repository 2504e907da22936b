#include "ImportProgress.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace consulta {

ImportProgress::ImportProgress(QWidget *parent, const QString &label, bool cancellable)
    : m_dialog(std::make_unique<QProgressDialog>(parent))
{
    m_dialog->setObjectName(QStringLiteral("importProgress"));
    m_dialog->setWindowTitle(QCoreApplication::translate("ImportProgress", "Import Participants"));
    m_dialog->setLabelText(label);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(500);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    if (!cancellable)
        m_dialog->setCancelButton(nullptr);
    m_dialog->setRange(0, 0);
    m_dialog->setValue(0);
}

ImportProgress::~ImportProgress() = default;

std::function<bool(qsizetype, qsizetype)> ImportProgress::callback()
{
    QProgressDialog *dialog = m_dialog.get();
    return [dialog](qsizetype done, qsizetype total) {
        if (dialog->maximum() != int(total))
            dialog->setMaximum(int(total));
        dialog->setValue(int(done));
        return !dialog->wasCanceled();
    };
}

bool ImportProgress::wasCancelled() const
{
    return m_dialog->wasCanceled();
}

} // namespace consulta
