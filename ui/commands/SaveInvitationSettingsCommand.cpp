#include "SaveInvitationSettingsCommand.h"

#include "DocumentSession.h"
#include "store/TemplateStore.h"

#include <QCoreApplication>

namespace consulta {

SaveInvitationSettingsCommand::SaveInvitationSettingsCommand(
    DocumentSession &session, MessageKind kind, std::optional<MessageTemplate> before,
    std::optional<MessageTemplate> after, Mailbox senderBefore, Mailbox senderAfter)
    : DocumentCommand(
          session, QCoreApplication::translate("SaveInvitationSettingsCommand", "Edit %1 template")
                       .arg(messageKindLabel(kind).toLower()))
    , m_kind(kind)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_senderBefore(std::move(senderBefore))
    , m_senderAfter(std::move(senderAfter))
{}

bool SaveInvitationSettingsCommand::apply(const std::optional<MessageTemplate> &messageTemplate,
                                          const Mailbox &sender)
{
    TemplateStore templates(session().store().database());
    const Result<void> saved = messageTemplate ? templates.setTemplate(m_kind, *messageTemplate)
                                               : templates.resetTemplate(m_kind);
    if (!succeeded(saved))
        return false;
    return succeeded(templates.setSender(sender));
}

void SaveInvitationSettingsCommand::redo()
{
    if (apply(m_after, m_senderAfter))
        m_doneOnce = true;
}

void SaveInvitationSettingsCommand::undo()
{
    apply(m_before, m_senderBefore);
}

} // namespace consulta
