#pragma once

class QWidget;

namespace consulta {

class DocumentSession;

// Consultation → Balance Targets…: shows TargetsDialog (through Prompts) with the
// targets in force and, when the person changes them, stores the new ones as one
// undoable step (SetTargetsCommand). The dashboard follows through the session.
class BalanceTargetsEditor
{
public:
    // True when the targets changed.
    static bool edit(DocumentSession &session, QWidget *parent);
};

} // namespace consulta
