#include "EffectiveTimeZone.h"

#include "CountryTimeZones.h"

namespace consulta {

namespace {

bool isKnown(const QByteArray &id)
{
    return !id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id);
}

} // namespace

EffectiveTimeZone EffectiveTimeZone::ofConsultation(const Consultation &consultation)
{
    if (isKnown(consultation.timeZone))
        return {consultation.timeZone, Source::Consultation};
    return {QByteArray("UTC"), Source::Utc};
}

EffectiveTimeZone EffectiveTimeZone::of(const Participant &participant,
                                        const Consultation &consultation)
{
    const QByteArray own = participant.timeZone.trimmed();
    if (isKnown(own))
        return {own, Source::Participant};
    const QByteArray country = CountryTimeZones::instance().zoneOf(participant.country);
    if (isKnown(country))
        return {country, Source::Country};
    return ofConsultation(consultation);
}

QTimeZone EffectiveTimeZone::zone() const
{
    const QTimeZone zone(id);
    return zone.isValid() ? zone : QTimeZone::utc();
}

} // namespace consulta
