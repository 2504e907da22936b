#include "Participant.h"

namespace consulta {

QString originCode(Origin origin)
{
    switch (origin) {
    case Origin::Invited:
        return QStringLiteral("invited");
    case Origin::Forwarded:
        return QStringLiteral("forwarded");
    case Origin::SelfRegistered:
        return QStringLiteral("self");
    }
    return QString();
}

std::optional<Origin> originFromCode(const QString &code)
{
    for (Origin o : {Origin::Invited, Origin::Forwarded, Origin::SelfRegistered}) {
        if (originCode(o) == code)
            return o;
    }
    return std::nullopt;
}

QString Participant::displayName() const
{
    if (givenName.isEmpty())
        return familyName;
    if (familyName.isEmpty())
        return givenName;
    return givenName + QLatin1Char(' ') + familyName;
}

} // namespace consulta
