#include "SaveOrganizationCommand.h"

#include "DocumentSession.h"

#include <QCoreApplication>

namespace consulta {

SaveOrganizationCommand::SaveOrganizationCommand(DocumentSession &session,
                                                 std::optional<Organization> before,
                                                 Organization after)
    : DocumentCommand(
          session,
          before ? QCoreApplication::translate("SaveOrganizationCommand", "Edit %1").arg(after.name)
                 : QCoreApplication::translate("SaveOrganizationCommand", "Add %1").arg(after.name))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void SaveOrganizationCommand::redo()
{
    ConsultationStore &store = session().store();
    if (m_before) {
        if (succeeded(store.updateOrganization(m_after)))
            m_doneOnce = true;
    } else {
        Result<qint64> added = store.addOrganization(m_after);
        if (added) {
            m_after.id = *added;
            m_doneOnce = true;
        } else {
            succeeded(Error{added.errorMessage()});
        }
    }
    session().notifyOrganizations();
}

void SaveOrganizationCommand::undo()
{
    ConsultationStore &store = session().store();
    if (m_before)
        succeeded(store.updateOrganization(*m_before));
    else
        succeeded(store.removeOrganization(m_after.id));
    session().notifyOrganizations();
}

} // namespace consulta
