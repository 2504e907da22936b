#include "TextKey.h"

#include <QChar>

namespace consulta {

namespace {

// Latin letters that Unicode does not decompose into a base letter and a mark.
QStringView spelledOut(char32_t c)
{
    switch (c) {
    case U'ø':
        return u"o";
    case U'æ':
        return u"ae";
    case U'œ':
        return u"oe";
    case U'ß':
        return u"ss";
    case U'ł':
        return u"l";
    case U'đ':
    case U'ð':
        return u"d";
    case U'þ':
        return u"th";
    case U'ı':
        return u"i";
    default:
        return {};
    }
}

bool dropsMarks(QChar::Script script)
{
    return script == QChar::Script_Latin || script == QChar::Script_Greek ||
           script == QChar::Script_Cyrillic;
}

void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(static_cast<char16_t>(c)));
    }
}

} // namespace

QString foldedKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    QChar::Script baseScript = QChar::Script_Unknown;
    const qsizetype n = decomposed.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = decomposed.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && decomposed.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(decomposed.at(i).unicode(), decomposed.at(i + 1).unicode());
            ++i;
        }
        const QChar::Category category = QChar::category(c);
        const bool isMark = category == QChar::Mark_NonSpacing ||
                            category == QChar::Mark_SpacingCombining ||
                            category == QChar::Mark_Enclosing;
        if (isMark) {
            // A mark only means something on the letter before it: keep it for
            // scripts whose marks are part of the spelling, drop accents.
            if (baseScript != QChar::Script_Unknown && !dropsMarks(baseScript))
                appendCodePoint(out, c);
            continue;
        }
        if (!QChar::isLetterOrNumber(c)) {
            pendingSpace = !out.isEmpty();
            baseScript = QChar::Script_Unknown;
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        baseScript = QChar::script(c);
        const QStringView spelled = spelledOut(c);
        if (spelled.isEmpty())
            appendCodePoint(out, c);
        else
            out.append(spelled);
    }
    return out;
}

QString compactKey(const QString &text)
{
    QString key = foldedKey(text);
    key.remove(QLatin1Char(' '));
    return key;
}

} // namespace consulta
