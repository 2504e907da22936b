#pragma once

#include <QString>

namespace consulta {

struct Organization
{
    qint64 id = 0; // row id in the document; 0 = not stored yet
    QString name;
    QString acronym;
    QString country;  // ISO 3166-1 alpha-2, empty when unknown
    QString category; // stakeholder category code ("civil_society", …), empty when unknown

    friend bool operator==(const Organization &, const Organization &) = default;
};

} // namespace consulta
