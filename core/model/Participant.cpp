#include "Participant.h"

namespace consulta {

QString originCode(Origin origin)
{
    switch (origin) {
    case Origin::Invited:
        return QStringLiteral("invited");
    case Origin::Forwarded:
        return QStringLiteral("forwarded");
    case Origin::SelfRegistered:
        return QStringLiteral("self");
    }
    return QString();
}

std::optional<Origin> originFromCode(const QString &code)
{
    for (Origin o : {Origin::Invited, Origin::Forwarded, Origin::SelfRegistered}) {
        if (originCode(o) == code)
            return o;
    }
    return std::nullopt;
}

namespace {

// True when the text has letters and every one is Han, Hiragana, Katakana or Hangul.
bool isEastAsianName(const QString &text)
{
    bool letters = false;
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (!QChar::isLetter(c))
            continue;
        switch (QChar::script(c)) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
            letters = true;
            break;
        default:
            return false;
        }
    }
    return letters;
}

} // namespace

QString Participant::displayName() const
{
    return displayName(givenName, familyName);
}

QString Participant::displayName(const QString &given, const QString &family)
{
    if (given.isEmpty())
        return family;
    if (family.isEmpty())
        return given;
    if (isEastAsianName(given) && isEastAsianName(family))
        return family + given;
    return given + QLatin1Char(' ') + family;
}

} // namespace consulta
