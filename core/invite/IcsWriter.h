#pragma once

#include "IcsEvent.h"

#include <QByteArray>
#include <QString>

namespace consulta {

// Writes an RFC 5545 calendar with one VEVENT and METHOD:REQUEST (RFC 5546), as mail
// clients expect of a meeting invitation: UTF-8, CRLF line ends, lines folded at 75
// octets without splitting a UTF-8 sequence, TEXT values escaped.
class IcsWriter
{
public:
    static constexpr const char *kProductId = "-//Consulta//Consultation invitations//EN";

    static QByteArray write(const IcsEvent &event);

    // The UID of a participant's invitation to a consultation: the same for every
    // message to that person about that consultation, so a reminder updates the event
    // the invitation created. consultationKey identifies the consultation (a random key
    // kept in the document); the participant is their row id.
    static QString uidFor(const QString &consultationKey, qint64 participantId);

    // RFC 5545 3.3.11: backslash, semicolon and comma escaped, newlines as \n.
    static QString escapeText(const QString &text);
    // RFC 5545 3.1: one content line (without CRLF) folded into lines of at most 75
    // octets, continuation lines starting with a space; each line ends in CRLF.
    static QByteArray foldLine(const QByteArray &line);
    // 20201028T040000Z
    static QByteArray utcDateTime(const QDateTime &instant);
};

} // namespace consulta
