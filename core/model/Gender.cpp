#include "Gender.h"

#include <QCoreApplication>

namespace consulta {

namespace {
struct GenderInfo
{
    Gender gender;
    const char *code;
    const char *label;
};

constexpr GenderInfo kGenders[] = {
    {Gender::Woman, "woman", QT_TRANSLATE_NOOP("Gender", "Woman")},
    {Gender::Man, "man", QT_TRANSLATE_NOOP("Gender", "Man")},
    {Gender::Other, "other", QT_TRANSLATE_NOOP("Gender", "Other")},
    {Gender::Undisclosed, "undisclosed", QT_TRANSLATE_NOOP("Gender", "Undisclosed")},
};
} // namespace

QString genderCode(Gender gender)
{
    return QString::fromLatin1(kGenders[static_cast<int>(gender)].code);
}

QString genderLabel(Gender gender)
{
    return QCoreApplication::translate("Gender", kGenders[static_cast<int>(gender)].label);
}

std::optional<Gender> genderFromCode(const QString &code)
{
    for (const auto &g : kGenders) {
        if (code.compare(QLatin1String(g.code), Qt::CaseInsensitive) == 0)
            return g.gender;
    }
    return std::nullopt;
}

QList<Gender> allGenders()
{
    return {Gender::Woman, Gender::Man, Gender::Other, Gender::Undisclosed};
}

} // namespace consulta
