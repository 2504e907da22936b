#pragma once

#include "common/Result.h"
#include "invite/Mailbox.h"
#include "invite/MessageKind.h"
#include "invite/MessageTemplate.h"
#include "model/Consultation.h"

#include <QString>

#include <optional>

namespace consulta {

class SqliteDatabase;

// What a document keeps for its invitations (table invitation_settings, one row): the
// invitation and reminder templates the secretariat edited, the sender, and a random
// key that makes each invitation's calendar UID stable. A template never edited is not
// stored, so it follows the consultation's rules and improvements of the built-in text.
class TemplateStore
{
public:
    explicit TemplateStore(SqliteDatabase &db);

    // The edited template, or nullopt while the built-in one is in use.
    std::optional<MessageTemplate> customTemplate(MessageKind kind) const;
    // The template in force: the edited one, else MessageTemplate::defaultFor.
    MessageTemplate messageTemplate(MessageKind kind, const Consultation &consultation) const;
    Result<void> setTemplate(MessageKind kind, const MessageTemplate &messageTemplate);
    // Goes back to the built-in template.
    Result<void> resetTemplate(MessageKind kind);

    // Who the messages come from and who organizes the calendar event; empty until set.
    Mailbox sender() const;
    Result<void> setSender(const Mailbox &sender);

    // The consultation's calendar key, made (and stored) when the document has none.
    Result<QString> calendarKey();

private:
    Error failure(const char *what) const;
    bool ensureRow();

    SqliteDatabase &m_db;
};

} // namespace consulta
