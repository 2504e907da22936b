#pragma once

#include "model/Participant.h"

#include <QString>

namespace consulta {

// One data row of an imported table, read as a participant: what the import wizard's preview
// shows and what ParticipantImporter stores or merges.
struct ImportRecord
{
    int line = 0;             // physical line where the row starts
    Participant participant;  // id and organizationId 0; status already decided
    QString organization;     // the organization's name as written, trimmed
    QString sector;           // a stakeholder category code, empty when none
    bool originGiven = false; // participant.origin is the file's, not the default
    // Why the row cannot be imported, naming its column and never its content ("the e-mail in
    // column 3 is not an address"); empty when it can.
    QString rejection;

    bool isRejected() const { return !rejection.isEmpty(); }
};

} // namespace consulta
