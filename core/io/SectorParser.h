#pragma once

#include <QString>
#include <QStringView>

namespace consulta {

// Reads a "sector" / "stakeholder group" answer as one of the 13 stakeholder category codes
// of resources/reference/stakeholder-categories.csv, ignoring case, accents and punctuation.
//
// In order: the whole answer is a known word (NGO, CSO, INGO, Trade union, University, Think
// tank, Employers' organization, NHRI, FBO, Church, Red Crescent Society, IFRC, Student, Media,
// Municipality, MP, Diaspora, …; the list is in SectorParser.cpp), a category code or label;
// else the first part that is, splitting multiple choices at ';', '|', '/' and ','
// ("Civil society;Women's organization;"); else the longest run of words inside it that is
// ("National NGO", "Domestic Workers Union"), leftmost first. Empty when none is.
class SectorParser
{
public:
    static QString parse(QStringView text);
};

} // namespace consulta
