#include "ImportFlow.h"

#include "DocumentSession.h"
#include "ImportWizard.h"
#include "Prompts.h"
#include "StartFolder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

namespace consulta {

namespace {

const QString kFolderKey = QStringLiteral("importFolder");

QString tr(const char *text)
{
    return QCoreApplication::translate("ImportFlow", text);
}

} // namespace

ImportFlow::ImportFlow(QWidget *window)
    : m_window(window)
{}

bool ImportFlow::isImportable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") ||
           suffix == QLatin1String("txt");
}

bool ImportFlow::canImport(DocumentSession *session) const
{
    if (!session) {
        Prompts::current().showError(
            m_window, tr("Import Participants"),
            tr("Open or create a consultation first, then import the file into it."));
        return false;
    }
    if (session->document().isReadOnly()) {
        Prompts::current().showError(
            m_window, tr("Import Participants"),
            tr("“%1” is open read-only (%2), so nothing can be imported into it.\n\nUse File → "
               "Save As… to keep a copy of your own, then import into the copy.")
                .arg(session->displayName(), session->document().readOnlyReason()));
        return false;
    }
    return true;
}

bool ImportFlow::chooseAndImport(DocumentSession *session)
{
    if (!canImport(session))
        return false;
    const QString path = Prompts::current().importFileName(
        m_window, startFolder(kFolderKey, *session, QStandardPaths::DownloadLocation));
    if (path.isEmpty())
        return false;
    rememberFolder(kFolderKey, path);
    return importFile(session, path);
}

bool ImportFlow::importFile(DocumentSession *session, const QString &path)
{
    if (!canImport(session))
        return false;
    ImportWizard wizard(*session, path, m_window);
    Prompts::current().exec(wizard);
    return wizard.hasImported();
}

} // namespace consulta
