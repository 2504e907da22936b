#pragma once

#include "model/Consultation.h"

namespace consulta {

// A new consultation for an IMRF roundtable (1–4): the roundtable's objectives, the
// secretariat's time zone (Asia/Bangkok), the Chatham House Rule, not recorded, one
// person per organization, no dates yet. Roundtables outside 1–4 fall back to 1.
Consultation defaultConsultation(int roundtable);

} // namespace consulta
