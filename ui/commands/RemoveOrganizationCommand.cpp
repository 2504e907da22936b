#include "RemoveOrganizationCommand.h"

#include "DocumentSession.h"

#include <QCoreApplication>

namespace consulta {

RemoveOrganizationCommand::RemoveOrganizationCommand(DocumentSession &session,
                                                     Organization organization,
                                                     QList<qint64> people)
    : DocumentCommand(session, QCoreApplication::translate("RemoveOrganizationCommand", "Delete %1")
                                   .arg(organization.name))
    , m_organization(std::move(organization))
    , m_people(std::move(people))
{}

void RemoveOrganizationCommand::redo()
{
    // The schema sets the people's organization to none (ON DELETE SET NULL).
    if (succeeded(session().store().removeOrganization(m_organization.id)))
        m_doneOnce = true;
    session().notifyOrganizations();
    session().notifyParticipants(m_people);
}

void RemoveOrganizationCommand::undo()
{
    ConsultationStore &store = session().store();
    const Result<qint64> added = store.addOrganization(m_organization);
    if (!added)
        succeeded(Error{added.errorMessage()});
    else
        succeeded(store.setOrganization(m_people, m_organization.id));
    session().notifyOrganizations();
    session().notifyParticipants(m_people);
}

} // namespace consulta
