#include "ImportRowReader.h"

#include "CountryParser.h"
#include "CsvInjection.h"
#include "EmailAddress.h"
#include "GenderParser.h"
#include "PersonName.h"
#include "SectorParser.h"
#include "StatusParser.h"
#include "reference/TextKey.h"

#include <QRegularExpression>

namespace consulta {

namespace {

// A column's distinct values are few (genders, statuses, countries): the last ones read are
// found by comparing views, without making a string; the rest by hash.
constexpr qsizetype kRecentValues = 64;

template<typename T, typename Parse>
T memo(QHash<QString, T> &cache, QStringView text, Parse parse)
{
    if (cache.size() <= kRecentValues) {
        for (auto it = cache.cbegin(); it != cache.cend(); ++it) {
            if (it.key() == text)
                return it.value();
        }
    }
    const QString key = text.toString();
    auto found = cache.constFind(key);
    if (found == cache.cend())
        found = cache.insert(key, parse(text));
    return *found;
}

// "Total", "Totals", "Grand total" alone or followed by anything ("Total: 42 registrants");
// "Sum" and "Count" only alone or before a colon or a number, since "Sum" is also a Khmer
// family name: what a spreadsheet's last row says about the others.
bool isTotalsLabel(QStringView text)
{
    static const QRegularExpression kTotals(
        QStringLiteral("^(grand\\s+)?(totals?(\\W|\\d|$)|(sum|count)\\s*(:|\\d|$))"),
        QRegularExpression::CaseInsensitiveOption);
    return kTotals.match(text.trimmed().toString()).hasMatch();
}

// A count or an amount as a spreadsheet writes one: "42", "1,234", "12.5", "87%".
bool isNumber(QStringView text)
{
    static const QRegularExpression kNumber(QStringLiteral("^[-+]?[\\d.,\\s]*\\d[\\d.,\\s]*%?$"));
    return kNumber.match(text.toString()).hasMatch();
}

// A spreadsheet's last row about the others: a totals label first, then only numbers. A
// person whose first cell happens to read "Sum" (a Khmer family name) or "Total E&P
// Myanmar" (an organization) has words in the other cells.
bool isTotalsRow(const CsvRow &row)
{
    bool labelled = false;
    for (qsizetype i = 0; i < row.size(); ++i) {
        const QStringView cell = row.cell(i).trimmed();
        if (cell.isEmpty())
            continue;
        if (!labelled) {
            if (!isTotalsLabel(cell))
                return false;
            labelled = true;
        } else if (!isNumber(cell)) {
            return false;
        }
    }
    return labelled;
}

// A "?" before a letter, or after one inside the text ("Nguy?n", "Th? Lan", "?ng"), or U+FFFD:
// a character the file's encoding could not hold. A "?" ending the text is a question.
bool hasLostCharacter(QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text[i] == QChar::ReplacementCharacter)
            return true;
        if (text[i] != u'?' || i + 1 == n)
            continue;
        if (text[i + 1].isLetter() || (i > 0 && text[i - 1].isLetter()))
            return true;
    }
    return false;
}

} // namespace

ImportRowReader::ImportRowReader(const ColumnMapping &mapping, const QTimeZone &zone,
                                 std::optional<Status> forcedStatus, const QString &source)
    : m_mapping(mapping)
    , m_forcedStatus(forcedStatus)
    , m_source(source)
    , m_timestamps(zone)
{
    for (int &column : m_columns)
        column = -1;
    for (const ImportField field : allImportFields())
        m_columns[static_cast<int>(field)] = mapping.column(field);
    if (!mapping.has(ImportField::Attended)) {
        const QString joinTime = compactKey(QStringLiteral("Join Time"));
        for (int column = 0; column < mapping.columnCount() && m_joinTimeColumn < 0; ++column) {
            if (mapping.field(column) == ImportField::None &&
                compactKey(mapping.header().at(column)) == joinTime)
                m_joinTimeColumn = column;
        }
    }
    // A column headed exactly like a mapped one (two "Email" columns) fills in where the
    // mapped one is empty, unless somebody chose not to import it.
    for (const ImportField field : allImportFields()) {
        const int mapped = mapping.column(field);
        if (mapped < 0)
            continue;
        const QString key = compactKey(mapping.header().at(mapped));
        for (int column = 0; column < mapping.columnCount(); ++column) {
            if (column != mapped && mapping.field(column) == ImportField::None &&
                !mapping.excluded(column) && compactKey(mapping.header().at(column)) == key)
                m_sameHeader[static_cast<int>(field)].append(column);
        }
    }
    const int full = mapping.column(ImportField::FullName);
    m_bracketedOriginal = full >= 0 && mapping.header().at(full).contains(
                                           QLatin1String("original name"), Qt::CaseInsensitive);
}

QStringView ImportRowReader::cell(const CsvRow &row, ImportField field) const
{
    const int column = m_columns[static_cast<int>(field)];
    if (column < 0)
        return {};
    QStringView text = clean(row.cell(column));
    if (text.isEmpty()) {
        for (const int other : m_sameHeader[static_cast<int>(field)]) {
            text = clean(row.cell(other));
            if (!text.isEmpty())
                break;
        }
    }
    return text;
}

QStringView ImportRowReader::clean(QStringView text)
{
    text = text.trimmed();
    while (text.startsWith(QChar(0xFEFF))) // where two exports were joined
        text = text.sliced(1).trimmed();
    return CsvInjection::restore(text).trimmed();
}

bool ImportRowReader::repeatsHeader(const CsvRow &row) const
{
    const QStringList &header = m_mapping.header();
    if (header.isEmpty() || clean(row.cell(0)).compare(header.first(), Qt::CaseInsensitive) != 0)
        return false;
    for (qsizetype i = 1; i < header.size(); ++i) {
        if (clean(row.cell(i)).compare(header.at(i), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

void ImportRowReader::decideDateOrder(const QList<CsvRow> &rows)
{
    const int column = m_columns[static_cast<int>(ImportField::RegisteredAt)];
    m_timestamps.setOrder(TimestampParser::DateOrder::MonthFirst);
    if (column < 0)
        return;
    for (const CsvRow &row : rows) {
        if (TimestampParser::orderHint(row.cell(column)) == TimestampParser::DateOrder::DayFirst) {
            m_timestamps.setOrder(TimestampParser::DateOrder::DayFirst);
            return;
        }
    }
}

void ImportRowReader::checkLostCharacters(const CsvRow &row, ImportField field)
{
    if (hasLostCharacter(cell(row, field)))
        note(field, Problem::LostCharacters, row.line());
}

void ImportRowReader::note(ImportField field, Problem problem, int line)
{
    const int column = m_columns[static_cast<int>(field)];
    auto &entry = m_problems[column];
    entry.first = problem;
    if (entry.second.count++ == 0)
        entry.second.firstLine = line;
}

ImportRecord ImportRowReader::read(const CsvRow &row)
{
    ImportRecord record;
    record.line = row.line();
    Participant &p = record.participant;
    p.source = m_source;
    if (repeatsHeader(row)) {
        record.rejection = tr("the header row again, not a person");
        return record;
    }

    const QStringView emailCell = cell(row, ImportField::Email);
    if (!emailCell.isEmpty()) {
        p.email = EmailAddress::clean(emailCell);
        if (!p.email.isEmpty() && !EmailAddress::isValid(p.email)) {
            record.rejection = tr("the e-mail in column %1 is not an address")
                                   .arg(m_columns[static_cast<int>(ImportField::Email)] + 1);
            return record;
        }
    }
    p.givenName = cell(row, ImportField::GivenName).toString();
    p.familyName = cell(row, ImportField::FamilyName).toString();
    if (p.givenName.isEmpty() && p.familyName.isEmpty()) {
        const PersonName name =
            PersonName::split(cell(row, ImportField::FullName), m_bracketedOriginal);
        p.givenName = name.given;
        p.familyName = name.family;
    }
    if (p.givenName.isEmpty() && p.familyName.isEmpty() && p.email.isEmpty()) {
        record.rejection = tr("no name and no e-mail");
        return record;
    }
    if (p.email.isEmpty() && isTotalsRow(row)) {
        record.rejection = tr("a totals row, not a person");
        return record;
    }
    for (const ImportField field : {ImportField::GivenName, ImportField::FamilyName,
                                    ImportField::FullName, ImportField::Organization})
        checkLostCharacters(row, field);

    const int line = row.line();
    if (const QStringView text = cell(row, ImportField::Gender); !text.isEmpty()) {
        const std::optional<Gender> gender = memo(m_genders, text, GenderParser::parse);
        if (!gender)
            note(ImportField::Gender, Problem::Gender, line);
        p.gender = gender.value_or(Gender::Undisclosed);
    }
    if (const QStringView text = cell(row, ImportField::Country); !text.isEmpty()) {
        p.country = memo(m_countries, text, CountryParser::parse);
        if (p.country.isEmpty())
            note(ImportField::Country, Problem::Country, line);
    }
    if (const QStringView text = cell(row, ImportField::Sector); !text.isEmpty()) {
        record.sector = memo(m_sectors, text, SectorParser::parse);
        if (record.sector.isEmpty())
            note(ImportField::Sector, Problem::Sector, line);
    }
    if (const QStringView text = cell(row, ImportField::TimeZone); !text.isEmpty()) {
        const bool known = memo(m_zones, text, [](QStringView zone) {
            return QTimeZone::isTimeZoneIdAvailable(zone.toUtf8());
        });
        if (known)
            p.timeZone = text.toUtf8();
        else
            note(ImportField::TimeZone, Problem::TimeZone, line);
    }
    if (const QStringView text = cell(row, ImportField::RegisteredAt); !text.isEmpty()) {
        p.registeredAt = m_timestamps.parse(text);
        if (!p.registeredAt.isValid())
            note(ImportField::RegisteredAt, Problem::Timestamp, line);
    }
    record.organization = cell(row, ImportField::Organization).toString();
    p.jobTitle = cell(row, ImportField::JobTitle).toString();
    p.notes = cell(row, ImportField::Notes).toString();

    std::optional<Status> fromColumn;
    if (const QStringView text = cell(row, ImportField::Status); !text.isEmpty()) {
        fromColumn = memo(m_statuses, text, StatusParser::parse);
        if (!fromColumn)
            note(ImportField::Status, Problem::Status, line);
    }
    std::optional<bool> attended;
    if (const QStringView text = cell(row, ImportField::Attended); !text.isEmpty()) {
        attended = memo(m_yesNo, text, StatusParser::yesNo);
        if (!attended)
            note(ImportField::Attended, Problem::Attended, line);
    } else if (m_joinTimeColumn >= 0 && !row.cell(m_joinTimeColumn).trimmed().isEmpty()) {
        attended = true;
    }
    if (const QStringView text = cell(row, ImportField::Origin); !text.isEmpty()) {
        const std::optional<Origin> origin = memo(m_origins, text, StatusParser::origin);
        if (origin) {
            p.origin = *origin;
            record.originGiven = true;
        } else {
            note(ImportField::Origin, Problem::Origin, line);
        }
    }
    if (m_forcedStatus)
        p.status = *m_forcedStatus;
    else if (attended == true)
        p.status = Status::Attended;
    else if (attended == false)
        p.status = fromColumn.value_or(Status::Invited);
    else if (fromColumn)
        p.status = *fromColumn;
    else
        p.status = p.registeredAt.isValid() ? Status::Registered : Status::Identified;
    return record;
}

QStringList ImportRowReader::warnings() const
{
    QStringList result;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        const int column = it.key();
        const Unrecognised &seen = it.value().second;
        QString what;
        QString then;
        switch (it.value().first) {
        case Problem::Gender:
            what = tr("a gender");
            then = tr("read as undisclosed");
            break;
        case Problem::Country:
            what = tr("a country");
            then = tr("left empty");
            break;
        case Problem::Sector:
            what = tr("a stakeholder category");
            then = tr("left empty");
            break;
        case Problem::Status:
            what = tr("a status");
            then = tr("ignored");
            break;
        case Problem::Attended:
            what = tr("yes or no");
            then = tr("ignored");
            break;
        case Problem::Origin:
            what = tr("how a person came in");
            then = tr("ignored");
            break;
        case Problem::TimeZone:
            what = tr("an IANA time zone");
            then = tr("left empty");
            break;
        case Problem::Timestamp:
            what = tr("a date and time");
            then = tr("left empty");
            break;
        case Problem::LostCharacters:
            result.append(
                tr("column %1 (%2): %3 value(s) hold “?” where a letter was lost "
                   "(first on line %4); the file was probably saved in an encoding without "
                   "those letters, such as Excel's “CSV (Comma delimited)”: save it as "
                   "“CSV UTF-8” and import it again")
                    .arg(QString::number(column + 1), m_mapping.header().value(column),
                         QString::number(seen.count), QString::number(seen.firstLine)));
            continue;
        }
        result.append(tr("column %1 (%2): %3 value(s) not recognised as %4 (first on line %5); %6")
                          .arg(QString::number(column + 1), m_mapping.header().value(column),
                               QString::number(seen.count), what, QString::number(seen.firstLine),
                               then));
    }
    return result;
}

} // namespace consulta
