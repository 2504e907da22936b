#pragma once

#include <QtGlobal>

namespace consulta {

class ConsultationStore;

// The one-person-per-organization rule (DESIGN: at most N people of an organization in
// the `registered` stage), asked before registering someone, so the window can warn
// and offer Waitlist instead. Counted in SQL: no list of participants is loaded.
class OrganizationLimit
{
public:
    // People of the organization in the registered stage (registered, attended), not
    // counting exceptParticipantId (the person about to be registered).
    static int registeredCount(const ConsultationStore &store, qint64 organizationId,
                               qint64 exceptParticipantId = 0);
    // True when the organization already has as many registered people as the
    // consultation allows, so registering one more would pass the limit. Never for no
    // organization (0) or no limit (maxPerOrganization 0).
    static bool isAtLimit(const ConsultationStore &store, qint64 organizationId,
                          qint64 exceptParticipantId = 0);
};

} // namespace consulta
