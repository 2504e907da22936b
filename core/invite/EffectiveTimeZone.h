#pragma once

#include "model/Consultation.h"
#include "model/Participant.h"

#include <QByteArray>
#include <QTimeZone>

namespace consulta {

// The time zone a participant reads times in, and where it came from: their own zone
// when it is set and this system knows it, else their country's (the capital's zone),
// else the consultation's, else UTC.
struct EffectiveTimeZone
{
    enum class Source
    {
        Participant,
        Country,
        Consultation,
        Utc,
    };

    QByteArray id;
    Source source = Source::Utc;

    static EffectiveTimeZone of(const Participant &participant, const Consultation &consultation);
    // The zone of a consultation, or UTC when it has none this system knows.
    static EffectiveTimeZone ofConsultation(const Consultation &consultation);

    QTimeZone zone() const;

    friend bool operator==(const EffectiveTimeZone &, const EffectiveTimeZone &) = default;
};

} // namespace consulta
