#pragma once

#include "DocumentCommand.h"
#include "model/Organization.h"

#include <QList>

namespace consulta {

// Deletes an organization. Its people stay in the consultation without one; undo puts
// the organization back under the same id and its people back in it.
class RemoveOrganizationCommand : public DocumentCommand
{
public:
    RemoveOrganizationCommand(DocumentSession &session, Organization organization,
                              QList<qint64> people);

    void redo() override;
    void undo() override;

private:
    Organization m_organization;
    QList<qint64> m_people;
};

} // namespace consulta
