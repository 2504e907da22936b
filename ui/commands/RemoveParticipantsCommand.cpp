#include "RemoveParticipantsCommand.h"

#include "DocumentSession.h"

#include <QCoreApplication>

namespace consulta {

RemoveParticipantsCommand::RemoveParticipantsCommand(DocumentSession &session,
                                                     const QList<qint64> &ids)
    : DocumentCommand(session,
                      QCoreApplication::translate("RemoveParticipantsCommand",
                                                  "Delete %n participant(s)", "", int(ids.size())))
    , m_snapshot(ParticipantSnapshot::take(session.store(), ids))
{}

void RemoveParticipantsCommand::redo()
{
    if (succeeded(m_snapshot.removeFrom(session().store())))
        m_doneOnce = true;
    session().notifyParticipants(m_snapshot.ids());
}

void RemoveParticipantsCommand::undo()
{
    succeeded(m_snapshot.restoreInto(session().store()));
    session().notifyParticipants(m_snapshot.ids());
}

} // namespace consulta
