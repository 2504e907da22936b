#pragma once

#include "Mailbox.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace consulta {

// What EmlWriter writes: one plain-text message to one person, with a meeting request
// both as an inline text/calendar part (for mail clients that offer Accept/Decline)
// and as an .ics attachment (for people who import it by hand).
struct EmailMessage
{
    Mailbox from;
    Mailbox to;
    QString subject;
    QString body;         // plain text, any line ends
    QDateTime date;       // the Date header
    QByteArray messageId; // without the angle brackets, e.g. "1a2b…@example.org"
    QByteArray calendar;  // the .ics text (IcsWriter::write); none when empty
    QString calendarFileName = QStringLiteral("invitation.ics");
    bool unsent = true; // X-Unsent: 1, so Outlook opens the file as a draft to send
};

} // namespace consulta
