#pragma once

#include <QString>

#include <optional>

namespace consulta {

// What a message is for: an invitation (invited people become `invited`) or a reminder
// to the invited who have not registered yet (no status change).
enum class MessageKind
{
    Invitation,
    Reminder,
};

QString messageKindCode(MessageKind kind);  // "invitation", "reminder"
QString messageKindLabel(MessageKind kind); // "Invitation", "Reminder" (translatable)
std::optional<MessageKind> messageKindFromCode(const QString &code);

} // namespace consulta
