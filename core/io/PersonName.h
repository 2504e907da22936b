#pragma once

#include <QString>
#include <QStringView>

namespace consulta {

// A person's given and family name, from separate cells or from one "full name" cell.
struct PersonName
{
    QString given;
    QString family;

    bool isEmpty() const { return given.isEmpty() && family.isEmpty(); }

    // Splits a full name: "Family, Given" at the comma; otherwise the last word is the family
    // name and the rest the given name; one word (or a name in a script written without
    // spaces, "王小明") is kept whole as the given name. Spacing is tidied.
    // With bracketedOriginal, Zoom's "Display (Original Name)" gives the original name.
    static PersonName split(QStringView full, bool bracketedOriginal = false);
};

} // namespace consulta
