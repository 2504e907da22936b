#include "CountryTimeZones.h"

#include "reference/ReferenceCsv.h"

namespace consulta {

const CountryTimeZones &CountryTimeZones::instance()
{
    static const CountryTimeZones zones;
    return zones;
}

CountryTimeZones::CountryTimeZones()
{
    const ReferenceCsv csv =
        ReferenceCsv::load(QStringLiteral(":/reference/country-time-zones.csv"),
                           {QStringLiteral("iso2"), QStringLiteral("time_zone")});
    m_zones.reserve(csv.rowCount());
    for (qsizetype row = 0; row < csv.rowCount(); ++row) {
        m_zones.insert(csv.field(row, QStringLiteral("iso2")).trimmed().toUpper(),
                       csv.field(row, QStringLiteral("time_zone")).trimmed().toUtf8());
    }
}

QByteArray CountryTimeZones::zoneOf(const QString &iso2) const
{
    return m_zones.value(iso2.trimmed().toUpper());
}

} // namespace consulta
