#include "GenderParser.h"

#include "reference/TextKey.h"

#include <QHash>

namespace consulta {

namespace {

struct GenderWord
{
    Gender gender;
    const char *word;
};

constexpr GenderWord kWords[] = {
    {Gender::Woman, "female"},
    {Gender::Woman, "f"},
    {Gender::Woman, "woman"},
    {Gender::Woman, "women"},
    {Gender::Woman, "w"},
    {Gender::Woman, "girl"},
    {Gender::Woman, "cis woman"},
    {Gender::Woman, "cisgender woman"},
    {Gender::Woman, "trans woman"},
    {Gender::Woman, "she/her"},
    {Gender::Woman, "femme"},
    {Gender::Woman, "féminin"},
    {Gender::Woman, "mujer"},
    {Gender::Woman, "femenino"},
    {Gender::Woman, "frau"},
    {Gender::Woman, "weiblich"},
    {Gender::Man, "male"},
    {Gender::Man, "m"},
    {Gender::Man, "man"},
    {Gender::Man, "men"},
    {Gender::Man, "boy"},
    {Gender::Man, "cis man"},
    {Gender::Man, "cisgender man"},
    {Gender::Man, "trans man"},
    {Gender::Man, "he/him"},
    {Gender::Man, "homme"},
    {Gender::Man, "masculin"},
    {Gender::Man, "hombre"},
    {Gender::Man, "masculino"},
    {Gender::Man, "mann"},
    {Gender::Man, "männlich"},
    {Gender::Other, "other"},
    {Gender::Other, "non-binary"},
    {Gender::Other, "nonbinary"},
    {Gender::Other, "nb"},
    {Gender::Other, "enby"},
    {Gender::Other, "genderqueer"},
    {Gender::Other, "gender fluid"},
    {Gender::Other, "agender"},
    {Gender::Other, "third gender"},
    {Gender::Other, "two-spirit"},
    {Gender::Other, "transgender"},
    {Gender::Other, "x"},
    {Gender::Other, "diverse"},
    {Gender::Other, "divers"},
    {Gender::Other, "autre"},
    {Gender::Other, "non binaire"},
    {Gender::Other, "otro"},
    {Gender::Other, "no binario"},
    {Gender::Other, "self-describe"},
    {Gender::Other, "prefer to self-describe"},
    {Gender::Undisclosed, "undisclosed"},
    {Gender::Undisclosed, "prefer not to say"},
    {Gender::Undisclosed, "prefer not to answer"},
    {Gender::Undisclosed, "prefer not to disclose"},
    {Gender::Undisclosed, "rather not say"},
    {Gender::Undisclosed, "decline to state"},
    {Gender::Undisclosed, "not disclosed"},
    {Gender::Undisclosed, "not specified"},
    {Gender::Undisclosed, "unspecified"},
    {Gender::Undisclosed, "unknown"},
    {Gender::Undisclosed, "n/a"},
    {Gender::Undisclosed, "none"},
    {Gender::Undisclosed, "ne souhaite pas répondre"},
    {Gender::Undisclosed, "préfère ne pas répondre"},
    {Gender::Undisclosed, "prefiero no decir"},
    {Gender::Undisclosed, "prefiero no responder"},
};

const QHash<QString, Gender> &words()
{
    static const QHash<QString, Gender> table = [] {
        QHash<QString, Gender> result;
        for (const GenderWord &word : kWords)
            result.insert(compactKey(QString::fromUtf8(word.word)), word.gender);
        return result;
    }();
    return table;
}

} // namespace

std::optional<Gender> GenderParser::parse(QStringView text)
{
    const QString key = compactKey(text.toString());
    if (key.isEmpty())
        return Gender::Undisclosed;
    const auto found = words().constFind(key);
    if (found != words().cend())
        return *found;
    return std::nullopt;
}

} // namespace consulta
