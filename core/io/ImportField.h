#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace consulta {

// What a column of an imported file means. The codes are what `--map 'Header=field'` takes
// and what the import wizard shows; `attended` is Zoom's yes/no attendance column.
enum class ImportField
{
    None,
    GivenName,
    FamilyName,
    FullName,
    Email,
    Gender,
    Organization,
    Country,
    Sector,
    JobTitle,
    Status,
    RegisteredAt,
    TimeZone,
    Notes,
    Attended,
    Origin,
};

// "given_name", "family_name", "full_name", "email", "gender", "organization", "country",
// "sector", "job_title", "status", "registered_at", "time_zone", "notes", "attended",
// "origin" (how the person came in, as Consulta exports it);
// "none" for ImportField::None.
QString importFieldCode(ImportField field);
// A code as above, ignoring case; "ignore", "skip" and "" also mean None.
std::optional<ImportField> importFieldFromCode(const QString &code);
// For people: "Given name", "E-mail", "Registration time", …
QString importFieldLabel(ImportField field);
// Every field but None, in the order above.
QList<ImportField> allImportFields();

} // namespace consulta
