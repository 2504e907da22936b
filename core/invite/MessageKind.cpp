#include "MessageKind.h"

#include <QCoreApplication>

namespace consulta {

QString messageKindCode(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Invitation:
        return QStringLiteral("invitation");
    case MessageKind::Reminder:
        return QStringLiteral("reminder");
    }
    return QString();
}

QString messageKindLabel(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Invitation:
        return QCoreApplication::translate("MessageKind", "Invitation");
    case MessageKind::Reminder:
        return QCoreApplication::translate("MessageKind", "Reminder");
    }
    return QString();
}

std::optional<MessageKind> messageKindFromCode(const QString &code)
{
    for (MessageKind kind : {MessageKind::Invitation, MessageKind::Reminder}) {
        if (messageKindCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

} // namespace consulta
