#pragma once

#include "model/BalanceTargets.h"
#include "model/Status.h"
#include "store/ParticipantIndex.h"

#include <QString>

namespace consulta {

// What the participants table shows when a person clicks the balance dashboard: the
// people of one category in one stage, or the people a rule is about. Exactly the
// people the dashboard counted there, so the table's row count equals the figure.
class BalanceFilters
{
public:
    static ParticipantFilter forCategory(Stage stage, Dimension dimension, const QString &code);
    // rule is one of BalancePage's rule codes; organizationId narrows
    // over_organization_limit to one organization (0 = all of them).
    static ParticipantFilter forRule(const QString &rule, qint64 organizationId);
    // The filter bar's chip for a rule or organization filter, e.g. "Late registrations".
    static QString describe(const ParticipantFilter &filter, const ParticipantIndex &index);
};

} // namespace consulta
