#pragma once

#include "model/Participant.h"
#include "model/Status.h"

#include <QStringView>

#include <optional>

namespace consulta {

// Reads the status words of registration systems, ignoring case and punctuation:
// Zoom's approval status (approved → registered, pending → waitlisted, denied/rejected/
// cancelled → declined), Eventbrite's attendee status (Attending → registered, Checked In →
// attended, Not Attending/Refunded/Transferred/Deleted → declined), Indico's registration
// state (Complete → registered, Pending → waitlisted, Rejected/Withdrawn → declined, Unpaid →
// registered), Consulta's own codes (identified, invited, …, as exported) and a few synonyms
// (confirmed, waiting list, …). nullopt for empty or unknown text.
//
// yesNo() reads an "Attended" or "Checked in" cell: Yes/Y/True/1/X/Present/Checked in/Oui/Sí →
// true, No/N/False/0/Absent/Not checked in/Non → false, anything else (empty included)
// nullopt.
class StatusParser
{
public:
    static std::optional<Status> parse(QStringView text);
    static std::optional<bool> yesNo(QStringView text);
    // How a person came in, as Consulta exports it ("invited", "forwarded", "self") or says
    // it ("Invited directly", "Forwarded", "Registered themselves", "self-registered").
    static std::optional<Origin> origin(QStringView text);
};

} // namespace consulta
