#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace consulta {

// DESIGN "Balance, exactly": woman and man are in the balance shares; other and
// undisclosed are counted and reported but not in the shares.
enum class Gender
{
    Woman,
    Man,
    Other,
    Undisclosed,
};

QString genderCode(Gender gender); // "woman", "man", "other", "undisclosed"
QString genderLabel(Gender gender);
std::optional<Gender> genderFromCode(const QString &code);
QList<Gender> allGenders();

} // namespace consulta
