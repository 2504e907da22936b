#pragma once

#include "model/Gender.h"
#include "model/Status.h"

#include <QDateTime>
#include <QString>

namespace consulta {

// The few facts balance needs about one participant, already resolved by the caller:
// the subregion from the participant's country (ReferenceData::subregionOf) and the
// sector from the organization's stakeholder category. Kept small so that a dashboard
// can hold one per participant for 100,000 participants.
struct BalanceRecord
{
    Status status = Status::Identified;
    Gender gender = Gender::Undisclosed;
    QString subregion;         // ENEA SEA SSWA NCA PAC, or NONREG, "outside", "unknown"
    QString sector;            // a stakeholder category code, or "unknown"
    qint64 organizationId = 0; // 0 = no organization
    QDateTime registeredAt;    // UTC, invalid when not known

    friend bool operator==(const BalanceRecord &, const BalanceRecord &) = default;
};

} // namespace consulta
