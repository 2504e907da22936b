#pragma once

namespace consulta {

// QUndoCommand::id() values of the commands that merge with their predecessor. Every
// other command returns -1 and never merges.
enum CommandId
{
    EditConsultationCommandId = 1, // consecutive edits of the same consultation field
};

} // namespace consulta
