#pragma once

#include "common/Result.h"
#include "model/Consultation.h"

namespace consulta {

class ConsultationStore;

// The 28 October 2020 consultation of the concept note (roundtable 1, objectives
// 2 5 6 12 18, 11:00–14:00 Asia/Bangkok, registration until 25 October 24:00 ICT,
// Chatham House Rule, not recorded, one person per organization) and its organizing
// team as the concept note lists it.
Consultation sampleConsultation();

// Fills an empty store with the sample: the consultation above and a deterministic,
// clearly fictional pool of about 300 stakeholders (example.org addresses) across all
// subregions, genders, categories and statuses, with names in the region's scripts.
// The same call always produces the same people.
Result<void> populateSample(ConsultationStore &store);

} // namespace consulta
