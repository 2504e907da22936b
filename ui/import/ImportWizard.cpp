#include "ImportWizard.h"

#include "ColumnMappingModel.h"
#include "DocumentSession.h"
#include "ImportDonePage.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportProgress.h"
#include "ImportReviewPage.h"
#include "commands/ImportParticipantsCommand.h"
#include "io/ParticipantImporter.h"

#include <QCursor>
#include <QGuiApplication>
#include <QScopedValueRollback>
#include <QUndoStack>

namespace consulta {

ImportWizard::ImportWizard(DocumentSession &session, const QString &path, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_path(path)
    , m_loader(new ImportSourceLoader(this))
    , m_mapping(new ColumnMappingModel(this))
    , m_now(QDateTime::currentDateTimeUtc())
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Participants"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    // Only the last page has it, once everything is done.
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setPage(FilePageId, new ImportFilePage(*this));
    setPage(MappingPageId, new ImportMappingPage(*this));
    setPage(ReviewPageId, new ImportReviewPage(*this));
    setPage(DonePageId, new ImportDonePage(*this));
    setStartId(FilePageId);
    resize(980, 680);

    connect(m_loader, &ImportSourceLoader::finished, this, &ImportWizard::takeSource);
    connect(m_mapping, &ColumnMappingModel::mappingChanged, this,
            &ImportWizard::importChoicesChanged);
    reread(ImportFormat::Auto, CsvOptions());
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::reread(ImportFormat format, const CsvOptions &options)
{
    ImportSourceLoader::Request request;
    request.path = m_path;
    request.format = format;
    request.options = options;
    m_loader->read(request);
}

void ImportWizard::takeSource()
{
    const CsvTable &table = source().table();
    // Keep the person's mapping while the header stays the same (a changed encoding of an
    // ASCII header, a changed format); a new header gets what detect() finds.
    if (table.header == m_mapping->mapping().header() && m_mapping->rowCount() > 0)
        m_mapping->setSource(table, m_mapping->mapping());
    else
        m_mapping->setSource(table, source().detectedMapping());
    Q_EMIT sourceChanged();
}

const ColumnMapping &ImportWizard::mapping() const
{
    return m_mapping->mapping();
}

void ImportWizard::setForcedStatus(std::optional<Status> status)
{
    if (status == m_forcedStatus)
        return;
    m_forcedStatus = status;
    Q_EMIT importChoicesChanged();
}

QTimeZone ImportWizard::timeZone() const
{
    return QTimeZone(m_session.consultation().timeZone);
}

ImportOptions ImportWizard::options() const
{
    ImportOptions options;
    options.status = m_forcedStatus;
    options.source = source().name();
    options.timeZone = timeZone();
    options.now = m_now;
    return options;
}

bool ImportWizard::runDryRun()
{
    ImportProgress progress(this, tr("Checking %1…").arg(source().name()), true);
    ImportOptions options = this->options();
    options.dryRun = true;
    options.progress = progress.callback();
    Result<ImportReport> checked =
        ParticipantImporter(m_session.store()).run(source().table(), mapping(), options);
    if (checked && checked->cancelled)
        return false;
    m_dryRunError = checked.errorMessage();
    m_dryRun = checked ? checked.takeValue() : ImportReport();
    return true;
}

bool ImportWizard::runImport()
{
    m_error.clear();
    const QScopedValueRollback<bool> importing(m_importing, true);
    // The dialog stays until the views have caught up with the import (in push()).
    ImportProgress progress(this, tr("Importing %1…").arg(source().name()), true,
                            tr("Writing the imported rows…"));
    ImportOptions options = this->options();
    options.progress = progress.callback();
    Result<ImportReport> imported =
        ParticipantImporter(m_session.store()).run(source().table(), mapping(), options);
    if (!imported) {
        m_error = imported.errorMessage();
        return false;
    }
    if (imported->cancelled || !imported->committed) {
        m_error = tr("The import was cancelled; nothing was written.");
        return false;
    }
    m_result = imported.takeValue();
    m_imported = true;
    progress.finishing(tr("Updating the lists…"));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    m_session.undoStack()->push(new ImportParticipantsCommand(
        m_session, source(), mapping(), this->options(), m_result, parentWidget()));
    QGuiApplication::restoreOverrideCursor();
    return true;
}

void ImportWizard::reject()
{
    // While the import runs, its progress dialog has the Cancel. Once it is committed there is
    // nothing to cancel, and an Escape or a close typed in a hurry (delivered only once the
    // import is over, as the result appears) must not take the result away: the last page's
    // Close button is the way out.
    if (m_importing || m_imported)
        return;
    QWizard::reject();
}

} // namespace consulta
