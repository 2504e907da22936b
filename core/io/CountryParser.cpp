#include "CountryParser.h"

#include "reference/ReferenceData.h"

namespace consulta {

QString CountryParser::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const ReferenceData &reference = ReferenceData::instance();
    if (QString code = reference.countryCode(trimmed.toString()); !code.isEmpty())
        return code;
    // "Bangkok, Thailand", "Quezon City, Metro Manila, Philippines": a place, then its country.
    const qsizetype comma = trimmed.lastIndexOf(u',');
    if (comma <= 0 || comma + 1 >= trimmed.size())
        return QString();
    const QString code = reference.countryCode(trimmed.sliced(comma + 1).trimmed().toString());
    // After a place, "Georgia" is as likely the US state ("Atlanta, Georgia") as the country:
    // left unrecognised (a warning) rather than counted in North and Central Asia.
    if (code == QLatin1String("GE"))
        return QString();
    return code;
}

} // namespace consulta
