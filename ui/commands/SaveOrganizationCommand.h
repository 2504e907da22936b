#pragma once

#include "DocumentCommand.h"
#include "model/Organization.h"

#include <optional>

namespace consulta {

// Adds an organization (before is empty) or changes its name, acronym, country or
// category; its people's figures follow because they read the organization.
class SaveOrganizationCommand : public DocumentCommand
{
public:
    SaveOrganizationCommand(DocumentSession &session, std::optional<Organization> before,
                            Organization after);

    void redo() override;
    void undo() override;

private:
    std::optional<Organization> m_before;
    Organization m_after;
};

} // namespace consulta
