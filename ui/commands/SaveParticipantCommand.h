#pragma once

#include "DocumentCommand.h"
#include "model/Organization.h"
#include "model/Participant.h"

#include <optional>

namespace consulta {

// Adds a participant (before is empty) or changes one, optionally creating the new
// organization the person was given in the same step. Undo removes what redo added and
// restores what it changed.
class SaveParticipantCommand : public DocumentCommand
{
public:
    SaveParticipantCommand(DocumentSession &session, std::optional<Participant> before,
                           Participant after, std::optional<Organization> newOrganization);

    void redo() override;
    void undo() override;

    qint64 participantId() const { return m_after.id; }

private:
    std::optional<Participant> m_before;
    Participant m_after;
    std::optional<Organization> m_newOrganization;
};

} // namespace consulta
