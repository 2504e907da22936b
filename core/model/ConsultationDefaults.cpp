#include "ConsultationDefaults.h"

#include "reference/ReferenceData.h"

#include <QCoreApplication>

namespace consulta {

Consultation defaultConsultation(int roundtable)
{
    const ReferenceData &reference = ReferenceData::instance();
    const Roundtable *table = reference.roundtable(roundtable);
    if (!table)
        table = reference.roundtable(1);
    Consultation c;
    c.roundtable = table->number;
    c.objectives = table->objectives;
    c.title = table->theme.isEmpty()
                  ? QCoreApplication::translate("Consultation",
                                                "Stakeholder consultation (IMRF roundtable %1)")
                        .arg(table->number)
                  : QCoreApplication::translate("Consultation", "Stakeholder consultation: %1")
                        .arg(table->theme);
    c.timeZone = QByteArrayLiteral("Asia/Bangkok");
    c.platform = QStringLiteral("Zoom");
    c.chathamHouseRule = true;
    c.recorded = false;
    c.maxPerOrganization = 1;
    c.capacity = 0;
    return c;
}

} // namespace consulta
