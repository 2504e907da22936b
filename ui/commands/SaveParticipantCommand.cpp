#include "SaveParticipantCommand.h"

#include "DocumentSession.h"

#include <QCoreApplication>

namespace consulta {

SaveParticipantCommand::SaveParticipantCommand(DocumentSession &session,
                                               std::optional<Participant> before, Participant after,
                                               std::optional<Organization> newOrganization)
    : DocumentCommand(session,
                      before ? QCoreApplication::translate("SaveParticipantCommand", "Edit %1")
                                   .arg(after.displayName())
                             : QCoreApplication::translate("SaveParticipantCommand", "Add %1")
                                   .arg(after.displayName()))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_newOrganization(std::move(newOrganization))
{}

void SaveParticipantCommand::redo()
{
    ConsultationStore &store = session().store();
    if (m_newOrganization) {
        Result<qint64> added = store.addOrganization(*m_newOrganization);
        if (!added) {
            succeeded(Error{added.errorMessage()});
            return;
        }
        m_newOrganization->id = *added; // the same id on every redo
        m_after.organizationId = *added;
    }
    Result<void> saved;
    if (m_before) {
        saved = store.updateParticipant(m_after);
    } else {
        Result<qint64> added = store.addParticipant(m_after);
        if (added)
            m_after.id = *added;
        else
            saved = Error{added.errorMessage()};
    }
    if (!succeeded(saved)) {
        if (m_newOrganization)
            (void)store.removeOrganization(m_newOrganization->id);
        return;
    }
    m_doneOnce = true;
    if (m_newOrganization)
        session().notifyOrganizations();
    session().notifyParticipants({m_after.id});
}

void SaveParticipantCommand::undo()
{
    ConsultationStore &store = session().store();
    if (m_before)
        succeeded(store.updateParticipant(*m_before));
    else
        succeeded(store.removeParticipant(m_after.id));
    if (m_newOrganization) {
        succeeded(store.removeOrganization(m_newOrganization->id));
        session().notifyOrganizations();
    }
    session().notifyParticipants({m_after.id});
}

} // namespace consulta
