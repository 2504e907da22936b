#include "OrganizationLimit.h"

#include "model/Status.h"
#include "store/ConsultationStore.h"
#include "store/SqliteDatabase.h"

namespace consulta {

int OrganizationLimit::registeredCount(const ConsultationStore &store, qint64 organizationId,
                                       qint64 exceptParticipantId)
{
    if (organizationId == 0)
        return 0;
    SqliteStatement count = store.database().prepare(
        "SELECT count(*) FROM participant WHERE organization_id = ?1 AND id <> ?2 "
        "AND status IN (?3, ?4)");
    count.bind(1, organizationId)
        .bind(2, exceptParticipantId)
        .bind(3, statusCode(Status::Registered))
        .bind(4, statusCode(Status::Attended));
    return count.next() ? int(count.integer(0)) : 0;
}

bool OrganizationLimit::isAtLimit(const ConsultationStore &store, qint64 organizationId,
                                  qint64 exceptParticipantId)
{
    if (organizationId == 0)
        return false;
    const int limit = store.consultation().maxPerOrganization;
    if (limit <= 0)
        return false;
    return registeredCount(store, organizationId, exceptParticipantId) >= limit;
}

} // namespace consulta
