#include "SetStatusCommand.h"

#include "DocumentSession.h"

#include <QCoreApplication>

namespace consulta {

namespace {

QString describe(const QList<qint64> &ids, Status status)
{
    if (ids.size() == 1)
        return QCoreApplication::translate("SetStatusCommand", "Set status to %1")
            .arg(statusLabel(status));
    return QCoreApplication::translate("SetStatusCommand", "Set status of %n people to %1", "",
                                       int(ids.size()))
        .arg(statusLabel(status));
}

} // namespace

SetStatusCommand::SetStatusCommand(DocumentSession &session, QList<qint64> ids, Status status,
                                   QDateTime at)
    : DocumentCommand(session, describe(ids, status))
    , m_ids(std::move(ids))
    , m_status(status)
    , m_at(std::move(at))
{}

void SetStatusCommand::redo()
{
    m_before = StatusSnapshot::take(session().store().database(), m_ids);
    if (succeeded(session().store().setStatus(m_ids, m_status, m_at)))
        m_doneOnce = true;
    session().notifyParticipants(m_ids);
}

void SetStatusCommand::undo()
{
    succeeded(m_before.restore(session().store().database()));
    session().notifyParticipants(m_ids);
}

} // namespace consulta
