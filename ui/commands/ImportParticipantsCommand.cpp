#include "ImportParticipantsCommand.h"

#include "DocumentSession.h"
#include "import/ImportProgress.h"
#include "io/ImportUndo.h"
#include "io/ParticipantImporter.h"

#include <QCoreApplication>
#include <QCursor>
#include <QGuiApplication>
#include <QWidget>

namespace consulta {

ImportParticipantsCommand::ImportParticipantsCommand(DocumentSession &session, ImportSource source,
                                                     ColumnMapping mapping, ImportOptions options,
                                                     ImportReport done, QWidget *progressParent)
    : DocumentCommand(session,
                      QCoreApplication::translate("ImportParticipantsCommand", "Import from %1")
                          .arg(source.name()))
    , m_source(std::move(source))
    , m_mapping(std::move(mapping))
    , m_options(std::move(options))
    , m_report(std::move(done))
    , m_progressParent(progressParent)
{
    m_options.dryRun = false;
    m_options.progress = nullptr;
}

void ImportParticipantsCommand::redo()
{
    if (!m_doneOnce) {
        // The wizard has already imported: nothing to do but show it.
        m_doneOnce = true;
        notify(m_report);
        return;
    }
    Result<ImportReport> imported = Error{QString()};
    {
        ImportProgress progress(m_progressParent,
                                QCoreApplication::translate("ImportParticipantsCommand",
                                                            "Importing participants again…"),
                                false);
        ImportOptions options = m_options;
        options.progress = progress.callback();
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        imported = ParticipantImporter(session().store()).run(m_source.table(), m_mapping, options);
        QGuiApplication::restoreOverrideCursor();
    }
    if (!imported) {
        m_report = ImportReport();
        succeeded(Error{imported.errorMessage()});
        return;
    }
    m_report = imported.takeValue();
    notify(m_report);
}

void ImportParticipantsCommand::undo()
{
    // Only a committed import has anything to take back (and a report of nothing would
    // make ImportUndo treat the whole status history as the import's).
    if (!m_report.committed)
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> reverted = ImportUndo::revert(session().store(), m_report);
    QGuiApplication::restoreOverrideCursor();
    if (succeeded(reverted))
        notify(m_report);
}

void ImportParticipantsCommand::notify(const ImportReport &report)
{
    if (report.organizationsAdded > 0 || !report.addedOrganizationIds.isEmpty() ||
        !report.organizationsBefore.isEmpty())
        session().notifyOrganizations();
    QList<qint64> ids = report.addedParticipantIds;
    ids.reserve(ids.size() + report.participantsBefore.size());
    for (const Participant &before : report.participantsBefore)
        ids.append(before.id);
    session().notifyParticipants(ids);
}

} // namespace consulta
