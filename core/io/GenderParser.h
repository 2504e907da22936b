#pragma once

#include "model/Gender.h"

#include <QStringView>

#include <optional>

namespace consulta {

// Reads the gender answers of registration forms as DESIGN's codes, ignoring case, accents,
// spacing and punctuation: Female/F/Woman/W/Femme/Mujer/Frau → woman, Male/M/Man/Homme/
// Hombre/Mann → man, Non-binary/Other/Genderqueer/Autre/Otro/X → other, empty/Prefer not to
// say/N/A/Unknown → undisclosed, and the words of the region's languages (ชาย/หญิง, Nam/Nữ,
// Laki-laki/Perempuan, 男/女, पुरुष/महिला, …; the full lists are in GenderParser.cpp). A choice
// with a note ("Other (please specify)") is read without it; choices joined by "/" are read
// when they agree ("Female / Woman"). Anything else is not recognised: nullopt, and the
// importer reads it as undisclosed with a warning.
class GenderParser
{
public:
    static std::optional<Gender> parse(QStringView text);
};

} // namespace consulta
