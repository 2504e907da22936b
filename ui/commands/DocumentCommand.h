#pragma once

#include "common/Result.h"

#include <QUndoCommand>

namespace consulta {

class DocumentSession;

// Base of every undo command: it holds the session whose store it changes and turns a
// failed store call into an error message for the window. A command whose first redo
// fails marks itself obsolete, so QUndoStack drops it instead of keeping a step that
// did nothing.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(DocumentSession &session, const QString &text);

protected:
    DocumentSession &session() { return m_session; }
    // True when result is ok; otherwise reports the error (and marks the command
    // obsolete when it never succeeded).
    bool succeeded(const Result<void> &result);

    bool m_doneOnce = false;

private:
    DocumentSession &m_session;
};

} // namespace consulta
