#include "SetTargetsCommand.h"

#include "DocumentSession.h"

#include <QCoreApplication>

namespace consulta {

SetTargetsCommand::SetTargetsCommand(DocumentSession &session, BalanceTargets before,
                                     BalanceTargets after)
    : DocumentCommand(session,
                      QCoreApplication::translate("SetTargetsCommand", "Change balance targets"))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void SetTargetsCommand::redo()
{
    if (succeeded(session().store().setBalanceTargets(m_after)))
        m_doneOnce = true;
    session().notifyConsultation();
}

void SetTargetsCommand::undo()
{
    succeeded(session().store().setBalanceTargets(m_before));
    session().notifyConsultation();
}

} // namespace consulta
