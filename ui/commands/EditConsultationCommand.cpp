#include "EditConsultationCommand.h"

#include "CommandIds.h"
#include "DocumentSession.h"

#include <QCoreApplication>

namespace consulta {

EditConsultationCommand::EditConsultationCommand(DocumentSession &session, Consultation before,
                                                 Consultation after, const QString &fieldName,
                                                 bool mergeable)
    : DocumentCommand(
          session,
          QCoreApplication::translate("EditConsultationCommand", "Change %1").arg(fieldName))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(fieldName)
    , m_mergeable(mergeable)
{}

void EditConsultationCommand::redo()
{
    if (succeeded(session().store().setConsultation(m_after)))
        m_doneOnce = true;
    session().notifyConsultation();
}

void EditConsultationCommand::undo()
{
    succeeded(session().store().setConsultation(m_before));
    session().notifyConsultation();
}

int EditConsultationCommand::id() const
{
    return m_mergeable ? EditConsultationCommandId : -1;
}

bool EditConsultationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditConsultationCommand *>(other);
    if (!next || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace consulta
