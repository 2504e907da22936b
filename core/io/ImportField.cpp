#include "ImportField.h"

#include <QCoreApplication>

namespace consulta {

namespace {

struct FieldInfo
{
    ImportField field;
    const char *code;
    const char *label;
};

constexpr FieldInfo kFields[] = {
    {ImportField::None, "none", QT_TRANSLATE_NOOP("ImportField", "(not imported)")},
    {ImportField::GivenName, "given_name", QT_TRANSLATE_NOOP("ImportField", "Given name")},
    {ImportField::FamilyName, "family_name", QT_TRANSLATE_NOOP("ImportField", "Family name")},
    {ImportField::FullName, "full_name", QT_TRANSLATE_NOOP("ImportField", "Full name")},
    {ImportField::Email, "email", QT_TRANSLATE_NOOP("ImportField", "E-mail")},
    {ImportField::Gender, "gender", QT_TRANSLATE_NOOP("ImportField", "Gender")},
    {ImportField::Organization, "organization", QT_TRANSLATE_NOOP("ImportField", "Organization")},
    {ImportField::Country, "country", QT_TRANSLATE_NOOP("ImportField", "Country")},
    {ImportField::Sector, "sector", QT_TRANSLATE_NOOP("ImportField", "Stakeholder category")},
    {ImportField::JobTitle, "job_title", QT_TRANSLATE_NOOP("ImportField", "Job title")},
    {ImportField::Status, "status", QT_TRANSLATE_NOOP("ImportField", "Status")},
    {ImportField::RegisteredAt, "registered_at",
     QT_TRANSLATE_NOOP("ImportField", "Registration time")},
    {ImportField::TimeZone, "time_zone", QT_TRANSLATE_NOOP("ImportField", "Time zone")},
    {ImportField::Notes, "notes", QT_TRANSLATE_NOOP("ImportField", "Notes")},
    {ImportField::Attended, "attended", QT_TRANSLATE_NOOP("ImportField", "Attended (yes/no)")},
    {ImportField::Origin, "origin", QT_TRANSLATE_NOOP("ImportField", "How they came in")},
};

} // namespace

QString importFieldCode(ImportField field)
{
    return QString::fromLatin1(kFields[static_cast<int>(field)].code);
}

std::optional<ImportField> importFieldFromCode(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("ignore"), Qt::CaseInsensitive) == 0 ||
        trimmed.compare(QLatin1String("skip"), Qt::CaseInsensitive) == 0)
        return ImportField::None;
    for (const FieldInfo &info : kFields) {
        if (trimmed.compare(QLatin1String(info.code), Qt::CaseInsensitive) == 0)
            return info.field;
    }
    return std::nullopt;
}

QString importFieldLabel(ImportField field)
{
    return QCoreApplication::translate("ImportField", kFields[static_cast<int>(field)].label);
}

QList<ImportField> allImportFields()
{
    QList<ImportField> fields;
    for (const FieldInfo &info : kFields) {
        if (info.field != ImportField::None)
            fields.append(info.field);
    }
    return fields;
}

} // namespace consulta
