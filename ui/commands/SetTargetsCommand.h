#pragma once

#include "DocumentCommand.h"
#include "model/BalanceTargets.h"

namespace consulta {

// Changes the balance targets stored in the consultation file (TargetsDialog's
// result); undo puts the previous ones back. Views learn of it through
// DocumentSession::consultationChanged, after which they read
// ConsultationStore::balanceTargets() again.
class SetTargetsCommand : public DocumentCommand
{
public:
    SetTargetsCommand(DocumentSession &session, BalanceTargets before, BalanceTargets after);

    void redo() override;
    void undo() override;

private:
    BalanceTargets m_before;
    BalanceTargets m_after;
};

} // namespace consulta
