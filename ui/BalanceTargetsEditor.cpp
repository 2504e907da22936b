#include "BalanceTargetsEditor.h"

#include "DocumentSession.h"
#include "Prompts.h"
#include "TargetsDialog.h"
#include "commands/SetTargetsCommand.h"

namespace consulta {

bool BalanceTargetsEditor::edit(DocumentSession &session, QWidget *parent)
{
    const BalanceTargets before = session.store().balanceTargets();
    TargetsDialog dialog(before, parent);
    if (Prompts::current().exec(dialog) != QDialog::Accepted)
        return false;
    const BalanceTargets after = dialog.targets();
    if (after == before)
        return false;
    session.undoStack()->push(new SetTargetsCommand(session, before, after));
    return true;
}

} // namespace consulta
