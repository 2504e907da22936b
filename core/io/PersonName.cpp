#include "PersonName.h"

#include <QStringList>

namespace consulta {

PersonName PersonName::split(QStringView full, bool bracketedOriginal)
{
    QString text = full.toString().simplified();
    if (bracketedOriginal && text.endsWith(u')')) {
        const qsizetype open = text.lastIndexOf(QLatin1String(" ("));
        if (open > 0) {
            const QString original = text.mid(open + 2, text.size() - open - 3).simplified();
            if (!original.isEmpty())
                text = original;
        }
    }
    PersonName name;
    if (text.isEmpty())
        return name;
    const qsizetype comma = text.indexOf(u',');
    if (comma > 0 && comma < text.size() - 1 && text.indexOf(u',', comma + 1) < 0) {
        name.family = text.left(comma).trimmed();
        name.given = text.mid(comma + 1).trimmed();
        return name;
    }
    const qsizetype space = text.lastIndexOf(u' ');
    if (space < 0) {
        name.given = text;
        return name;
    }
    name.given = text.left(space);
    name.family = text.mid(space + 1);
    return name;
}

} // namespace consulta
