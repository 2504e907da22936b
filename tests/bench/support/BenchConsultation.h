#pragma once

#include <QString>

namespace consulta::bench {

// Writes the file the benchmarks measure: the sample consultation's settings (its
// deadline, limit of one per organization) with 2,000 organizations (every ESCAP
// country and stakeholder category, some with no category) and count participants
// spread over every status, gender and country of the region, some outside it or with
// no organization, registration times around the deadline. Names are in the region's
// scripts and all different (the family name carries a number), as in a real list.
bool buildConsultation(const QString &path, int count);

} // namespace consulta::bench
