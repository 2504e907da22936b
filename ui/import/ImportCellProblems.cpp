#include "ImportCellProblems.h"

#include "io/CsvInjection.h"
#include "io/EmailAddress.h"
#include "io/GenderParser.h"
#include "io/StatusParser.h"

namespace consulta {

namespace {

// A long value is cut in the reason: the tooltip stays one line.
constexpr qsizetype kShownLength = 40;

QString shown(QStringView value)
{
    if (value.size() <= kShownLength)
        return value.toString();
    return value.left(kShownLength - 1).toString() + QChar(0x2026);
}

} // namespace

ImportCellProblems::ImportCellProblems(const CsvTable &table, const ColumnMapping &mapping,
                                       const QList<ImportRecord> &records, bool statusForced)
{
    QHash<QString, int> lineOfEmail; // the first row of the file with each e-mail
    const qsizetype count = qMin(records.size(), table.rows.size());
    for (qsizetype i = 0; i < count; ++i) {
        const CsvRow &row = table.rows.at(i);
        const ImportRecord &record = records.at(i);
        const Participant &p = record.participant;
        // The cell as ImportRowReader reads it: trimmed, a neutralized formula restored.
        const auto value = [&](ImportField field) -> QStringView {
            const int column = mapping.column(field);
            if (column < 0)
                return {};
            return CsvInjection::restore(row.cell(column).trimmed()).trimmed();
        };
        const auto add = [&](ImportField field, Kind kind, const QString &reason) {
            m_problems.insert({int(i), int(field)}, {kind, reason});
        };
        const auto notUnderstood = [&](ImportField field, const QString &reason) {
            add(field, Kind::NotUnderstood, reason.arg(shown(value(field))));
        };

        if (record.isRejected()) {
            // The reader stops at the rejection: the rest of the row is not read.
            if (!p.email.isEmpty() && !EmailAddress::isValid(p.email))
                notUnderstood(ImportField::Email,
                              tr("“%1” is not an e-mail address, so this row will not be "
                                 "imported."));
            continue;
        }
        if (const QStringView gender = value(ImportField::Gender);
            !gender.isEmpty() && !GenderParser::parse(gender))
            notUnderstood(ImportField::Gender,
                          tr("“%1” is not a gender Consulta recognises; it will be imported as "
                             "undisclosed."));
        if (!value(ImportField::Country).isEmpty() && p.country.isEmpty())
            notUnderstood(ImportField::Country,
                          tr("“%1” is not a country Consulta recognises; the country will be "
                             "left empty."));
        if (!value(ImportField::Sector).isEmpty() && record.sector.isEmpty())
            notUnderstood(ImportField::Sector,
                          tr("“%1” is not a stakeholder group Consulta recognises; it will be "
                             "left empty."));
        if (!value(ImportField::TimeZone).isEmpty() && p.timeZone.isEmpty())
            notUnderstood(ImportField::TimeZone,
                          tr("“%1” is not a time zone name such as Europe/Berlin; it will be "
                             "left empty."));
        if (!value(ImportField::RegisteredAt).isEmpty() && !p.registeredAt.isValid())
            notUnderstood(ImportField::RegisteredAt,
                          tr("“%1” cannot be read as a date and time; the registration time "
                             "will be left empty."));
        if (!statusForced) {
            if (const QStringView status = value(ImportField::Status);
                !status.isEmpty() && !StatusParser::parse(status))
                notUnderstood(ImportField::Status,
                              tr("“%1” is not a status Consulta recognises; the status is "
                                 "decided without it."));
            if (const QStringView attended = value(ImportField::Attended);
                !attended.isEmpty() && !StatusParser::yesNo(attended))
                notUnderstood(ImportField::Attended,
                              tr("“%1” is neither yes nor no; it will be ignored."));
        }
        if (!p.email.isEmpty()) {
            const QString key = EmailAddress::key(p.email);
            if (const auto earlier = lineOfEmail.constFind(key); earlier != lineOfEmail.cend())
                add(ImportField::Email, Kind::Duplicate,
                    tr("Line %1 has the same e-mail address: this row will be merged into that "
                       "person, filling in what is missing.")
                        .arg(*earlier));
            else
                lineOfEmail.insert(key, record.line);
        }
    }
}

const ImportCellProblems::Problem *ImportCellProblems::find(int row, ImportField field) const
{
    const auto found = m_problems.constFind({row, int(field)});
    return found == m_problems.cend() ? nullptr : &*found;
}

} // namespace consulta
