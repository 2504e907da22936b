#include "ImportProgress.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace consulta {

namespace {

int s_showDelay = 500;

} // namespace

int ImportProgress::showDelay()
{
    return s_showDelay;
}

void ImportProgress::setShowDelay(int milliseconds)
{
    s_showDelay = milliseconds;
}

ImportProgress::ImportProgress(QWidget *parent, const QString &label, bool cancellable,
                               const QString &finishingLabel)
    : m_dialog(std::make_unique<QProgressDialog>(parent))
    , m_finishingLabel(finishingLabel)
{
    m_dialog->setObjectName(QStringLiteral("importProgress"));
    m_dialog->setWindowTitle(QCoreApplication::translate("ImportProgress", "Import Participants"));
    m_dialog->setLabelText(label);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(s_showDelay);
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
    return [this](qsizetype done, qsizetype total) {
        QProgressDialog *dialog = m_dialog.get();
        if (dialog->maximum() != int(total))
            dialog->setMaximum(int(total));
        dialog->setValue(int(done));
        const bool goOn = !dialog->wasCanceled();
        if (goOn && done >= total && !m_finishingLabel.isEmpty())
            finishing(m_finishingLabel);
        return goOn;
    };
}

void ImportProgress::finishing(const QString &label)
{
    m_dialog->setLabelText(label);
    m_dialog->setCancelButton(nullptr);
    // Nothing else lets the window paint until the step is over.
    if (m_dialog->isVisible())
        m_dialog->repaint();
}

bool ImportProgress::wasCancelled() const
{
    return m_dialog->wasCanceled();
}

} // namespace consulta
