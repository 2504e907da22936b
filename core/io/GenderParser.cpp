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
    {Gender::Woman, "transgender woman"},
    {Gender::Woman, "lady"},
    // The region's languages, as forms in them offer the choice.
    {Gender::Woman, "หญิง"}, // Thai
    {Gender::Woman, "เพศหญิง"},
    {Gender::Woman, "ស្រី"}, // Khmer
    {Gender::Woman, "ຍິງ"}, // Lao
    {Gender::Woman, "မ"},  // Myanmar
    {Gender::Woman, "အမျိုးသမီး"},
    {Gender::Woman, "nữ"},        // Vietnamese
    {Gender::Woman, "perempuan"}, // Indonesian, Malay
    {Gender::Woman, "wanita"},
    {Gender::Woman, "babae"}, // Filipino
    {Gender::Woman, "महिला"}, // Hindi, Nepali
    {Gender::Woman, "स्त्री"},
    {Gender::Woman, "মহিলা"}, // Bengali
    {Gender::Woman, "নারী"},
    {Gender::Woman, "女"}, // Chinese, Japanese
    {Gender::Woman, "女性"},
    {Gender::Woman, "여"}, // Korean
    {Gender::Woman, "여성"},
    {Gender::Woman, "여자"},
    {Gender::Woman, "أنثى"}, // Arabic
    {Gender::Woman, "امرأة"},
    {Gender::Woman, "زن"},      // Persian, Dari
    {Gender::Woman, "عورت"},    // Urdu
    {Gender::Woman, "женский"}, // Russian
    {Gender::Woman, "женщина"},
    {Gender::Woman, "ж"},
    {Gender::Woman, "эмэгтэй"}, // Mongolian
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
    {Gender::Man, "transgender man"},
    {Gender::Man, "ชาย"}, // Thai
    {Gender::Man, "เพศชาย"},
    {Gender::Man, "ប្រុស"},  // Khmer
    {Gender::Man, "ຊາຍ"},  // Lao
    {Gender::Man, "ကျား"}, // Myanmar
    {Gender::Man, "အမျိုးသား"},
    {Gender::Man, "nam"},       // Vietnamese
    {Gender::Man, "laki-laki"}, // Indonesian, Malay
    {Gender::Man, "lelaki"},
    {Gender::Man, "pria"},
    {Gender::Man, "lalaki"}, // Filipino
    {Gender::Man, "पुरुष"},    // Hindi, Nepali
    {Gender::Man, "পুরুষ"},    // Bengali
    {Gender::Man, "男"},     // Chinese, Japanese
    {Gender::Man, "男性"},
    {Gender::Man, "남"}, // Korean
    {Gender::Man, "남성"},
    {Gender::Man, "남자"},
    {Gender::Man, "ذكر"}, // Arabic
    {Gender::Man, "رجل"},
    {Gender::Man, "مرد"},     // Persian, Dari, Urdu
    {Gender::Man, "мужской"}, // Russian
    {Gender::Man, "мужчина"},
    {Gender::Man, "м"},
    {Gender::Man, "эрэгтэй"}, // Mongolian
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
    {Gender::Other, "gender non-conforming"},
    {Gender::Other, "intersex"},
    {Gender::Other, "trans"},
    {Gender::Other, "genderfluid"},
    {Gender::Other, "two spirit"},
    {Gender::Other, "hijra"},      // South Asia's third gender
    {Gender::Other, "kathoey"},    // Thailand
    {Gender::Other, "bakla"},      // the Philippines
    {Gender::Other, "waria"},      // Indonesia
    {Gender::Other, "fa'afafine"}, // Samoa
    {Gender::Other, "fakaleiti"},  // Tonga
    {Gender::Other, "เพศทางเลือก"}, // Thai: "alternative gender"
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
    {Gender::Undisclosed, "prefer not to tell"},
    {Gender::Undisclosed, "i prefer not to say"},
    {Gender::Undisclosed, "i'd rather not say"},
    {Gender::Undisclosed, "do not wish to disclose"},
    {Gender::Undisclosed, "decline to answer"},
    {Gender::Undisclosed, "not applicable"},
    {Gender::Undisclosed, "na"},
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
    // "Other (please specify)": the choice without its note.
    if (const qsizetype open = text.indexOf(u'('); open > 0 && text.trimmed().endsWith(u')'))
        return parse(text.first(open));
    // "Female / Woman", "Male/Man", "ชาย / Male": choices that agree with each other.
    const QList<QStringView> parts = text.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return std::nullopt;
    std::optional<Gender> agreed;
    for (const QStringView part : parts) {
        const auto word = words().constFind(compactKey(part.toString()));
        if (word == words().cend() || (agreed && *agreed != *word))
            return std::nullopt;
        agreed = *word;
    }
    return agreed;
}

} // namespace consulta
