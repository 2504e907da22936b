#pragma once

#include "DocumentCommand.h"
#include "invite/Mailbox.h"
#include "invite/MessageKind.h"
#include "invite/MessageTemplate.h"

#include <optional>

namespace consulta {

// Stores the edited template of invitations or reminders and the sender in the document
// (TemplateStore); undo puts back the template (or the built-in one) and the sender
// that were there before.
class SaveInvitationSettingsCommand : public DocumentCommand
{
public:
    SaveInvitationSettingsCommand(DocumentSession &session, MessageKind kind,
                                  std::optional<MessageTemplate> before,
                                  std::optional<MessageTemplate> after, Mailbox senderBefore,
                                  Mailbox senderAfter);

    void redo() override;
    void undo() override;

private:
    bool apply(const std::optional<MessageTemplate> &messageTemplate, const Mailbox &sender);

    MessageKind m_kind;
    std::optional<MessageTemplate> m_before;
    std::optional<MessageTemplate> m_after;
    Mailbox m_senderBefore;
    Mailbox m_senderAfter;
};

} // namespace consulta
