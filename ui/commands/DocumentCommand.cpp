#include "DocumentCommand.h"

#include "DocumentSession.h"

namespace consulta {

DocumentCommand::DocumentCommand(DocumentSession &session, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
{}

bool DocumentCommand::succeeded(const Result<void> &result)
{
    if (result)
        return true;
    if (!m_doneOnce)
        setObsolete(true);
    m_session.reportError(result.errorMessage());
    return false;
}

} // namespace consulta
