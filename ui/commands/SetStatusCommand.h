#pragma once

#include "DocumentCommand.h"
#include "model/Status.h"
#include "store/StatusSnapshot.h"

#include <QDateTime>
#include <QList>

namespace consulta {

// Sets the status of several people in one step, recording each change in their
// history at the given instant. Undo restores statuses, registration times and history.
class SetStatusCommand : public DocumentCommand
{
public:
    SetStatusCommand(DocumentSession &session, QList<qint64> ids, Status status, QDateTime at);

    void redo() override;
    void undo() override;

private:
    QList<qint64> m_ids;
    Status m_status;
    QDateTime m_at;
    StatusSnapshot m_before;
};

} // namespace consulta
