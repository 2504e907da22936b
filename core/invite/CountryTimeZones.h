#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace consulta {

// The default time zone of every country: the IANA zone of its capital, or the zone the
// tz database gives a country with a single one (resources/reference/
// country-time-zones.csv, compiled in). A participant whose own zone is not set reads
// their invitation in their country's zone.
class CountryTimeZones
{
public:
    static const CountryTimeZones &instance();

    // The IANA id for an ISO 3166-1 alpha-2 code (any case, surrounding spaces ignored);
    // empty for an unknown or empty code.
    QByteArray zoneOf(const QString &iso2) const;
    // Every country code and its zone.
    const QHash<QString, QByteArray> &zones() const { return m_zones; }

private:
    CountryTimeZones();

    QHash<QString, QByteArray> m_zones;
};

} // namespace consulta
