#pragma once

#include "DocumentCommand.h"
#include "model/Consultation.h"

namespace consulta {

// Changes the consultation's details. Consecutive edits of the same field (a spin box
// stepped several times) merge into one undo step.
class EditConsultationCommand : public DocumentCommand
{
public:
    // Mergeable commands of the same field merge (a spin box stepped several times);
    // others are one step each.
    EditConsultationCommand(DocumentSession &session, Consultation before, Consultation after,
                            const QString &fieldName, bool mergeable = false);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Consultation m_before;
    Consultation m_after;
    QString m_field;
    bool m_mergeable;
};

} // namespace consulta
