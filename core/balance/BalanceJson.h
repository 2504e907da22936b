#pragma once

#include "BalanceFigures.h"
#include "model/Consultation.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>

namespace consulta {

// The JSON of `consulta stats --json` (DESIGN "Command line"). Every key of the shape is
// always present; what is unset is null: instants, an empty time zone, capacity 0 and
// max_per_organization 0 (no limit), seats_needed when unreachable. Every excluded code
// of a dimension is listed, zero counts included, so the shape never depends on the data.
// Instants are ISO 8601 in UTC with "Z" and whole seconds: "2020-10-28T04:00:00Z".

// Names an organization by its id for over_organization_limit.
using OrganizationNamer = std::function<QString(qint64 organizationId)>;

QJsonValue instantJson(const QDateTime &instant);
QJsonObject consultationJson(const Consultation &consultation);
QJsonObject dimensionFiguresJson(const DimensionFigures &figures);
QJsonObject stageFiguresJson(const StageFigures &figures);
QJsonObject balanceRulesJson(const BalanceRules &rules, const OrganizationNamer &nameOf);

// {"consultation": …, "stages": …, "rules": …}
QJsonObject statsJson(const Consultation &consultation, const BalanceFigures &figures,
                      const OrganizationNamer &nameOf);
// As above, naming organizations from a table; an id missing from it shows as "#<id>".
QJsonObject statsJson(const Consultation &consultation, const BalanceFigures &figures,
                      const QHash<qint64, QString> &organizationNames);

} // namespace consulta
