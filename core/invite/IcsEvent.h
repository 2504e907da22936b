#pragma once

#include "Mailbox.h"

#include <QDateTime>
#include <QString>

namespace consulta {

// One meeting request: what IcsWriter turns into an RFC 5545 VCALENDAR with
// METHOD:REQUEST. Every instant is written in UTC.
struct IcsEvent
{
    QString uid;         // stable per consultation and participant (IcsWriter::uidFor)
    QDateTime stamp;     // DTSTAMP: when the request was made
    QDateTime start;     // DTSTART
    QDateTime end;       // DTEND
    int sequence = 0;    // raised when a sent request changes
    QString summary;     // the consultation's title
    QString description; // the message's text
    QString location;    // the platform
    Mailbox organizer;
    Mailbox attendee;
};

} // namespace consulta
