#include "ExportFlow.h"

#include "DocumentSession.h"
#include "ExportDialog.h"
#include "Prompts.h"
#include "StartFolder.h"
#include "io/CsvExporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QStandardPaths>

namespace consulta {

namespace {

const QString kFolderKey = QStringLiteral("exportFolder");

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportFlow", text);
}

} // namespace

ExportFlow::ExportFlow(QWidget *window)
    : m_window(window)
{}

int ExportFlow::run(DocumentSession &session)
{
    ExportDialog dialog(session, m_window);
    if (Prompts::current().exec(dialog) != QDialog::Accepted)
        return -1;
    const std::optional<Stage> stage = dialog.stage();

    const QString folder = startFolder(kFolderKey, session, QStandardPaths::DocumentsLocation);
    QString name = session.consultation().title.trimmed();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral(" "));
    if (name.isEmpty())
        name = tr("Participants");
    if (stage)
        name += QStringLiteral(" - ") + stageLabel(*stage);
    const QString path = Prompts::current().exportFileName(
        m_window, tr("Export Participants"),
        QDir(folder).filePath(name.simplified() + QStringLiteral(".csv")),
        tr("CSV files (*.csv);;All files (*)"), QStringLiteral("csv"));
    if (path.isEmpty())
        return -1;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".csv");

    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<int> written = CsvExporter::write(session.store(), target, stage);
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        Prompts::current().showError(
            m_window, tr("Export Participants"),
            tr("Could not write “%1”.\n\n%2")
                .arg(QDir::toNativeSeparators(target), written.errorMessage()));
        return -1;
    }
    rememberFolder(kFolderKey, target);
    m_lastPath = target;
    return *written;
}

} // namespace consulta
