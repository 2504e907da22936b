#pragma once

#include <QString>
#include <QStringView>

namespace consulta {

// Reads a country cell as an ISO 3166-1 alpha-2 code through ReferenceData::countryCode
// (names in their common English forms, ISO alpha-2 and alpha-3 codes, the aliases Zoom,
// Google and Microsoft Forms and Indico write, demonyms such as "Filipino" that a Nationality
// column holds, names in the country's own script). A cell that is no country as a whole but
// ends in one after a comma ("Bangkok, Thailand") gives that one, except Georgia, which
// after a place is as often the US state ("Atlanta, Georgia"). Empty for an empty or
// unrecognised cell; isBlank() tells the two apart.
class CountryParser
{
public:
    static QString parse(QStringView text);
    static bool isBlank(QStringView text) { return text.trimmed().isEmpty(); }
};

} // namespace consulta
