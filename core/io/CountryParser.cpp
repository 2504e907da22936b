#include "CountryParser.h"

#include "reference/ReferenceData.h"

namespace consulta {

QString CountryParser::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    return ReferenceData::instance().countryCode(trimmed.toString());
}

} // namespace consulta
