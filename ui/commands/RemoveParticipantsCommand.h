#pragma once

#include "DocumentCommand.h"
#include "store/ParticipantSnapshot.h"

namespace consulta {

// Deletes people with their status history; undo puts them back with the same ids.
class RemoveParticipantsCommand : public DocumentCommand
{
public:
    RemoveParticipantsCommand(DocumentSession &session, const QList<qint64> &ids);

    void redo() override;
    void undo() override;

private:
    ParticipantSnapshot m_snapshot;
};

} // namespace consulta
