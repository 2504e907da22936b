#pragma once

#include "ColumnMapping.h"
#include "CsvRow.h"
#include "ImportRecord.h"
#include "TimestampParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QVarLengthArray>

#include <optional>

namespace consulta {

// Turns the rows of a mapped table into ImportRecords: the value parsers applied column by
// column, remembering each distinct value's reading (a column of 100,000 genders has a handful
// of distinct words).
//
// Cells are trimmed, lose a byte order mark and are CsvInjection::restore()d; where a mapped
// column's cell is empty, a column headed exactly the same (two "Email" columns) gives its
// cell. Rejections: an e-mail that is not an address; a row with no name and no e-mail; a
// totals row (no e-mail, a first cell "Total…", "Grand total…", or "Sum"/"Count" alone or
// before a colon or number, and nothing but numbers after it, since Sum is also a family
// name and Total a company's); a row that repeats the header
// (two exports joined into one file). Values that are not understood (a gender, country,
// sector, status, yes/no, time zone or date-time) are left out and counted as warnings per
// column; so are names and organizations holding "?" next to a letter, or U+FFFD, which is
// what a file saved in a code page without those letters (Excel's "CSV (Comma delimited)")
// holds instead of them.
//
// Status, in order: the forced status; Attended yes → attended; Attended no → the status
// column's or else invited; the status column's (approved → registered, pending →
// waitlisted, denied → declined, …); a registration time → registered; else identified.
// Without an Attended column, a "Join Time" (Zoom's participant export) means attended.
class ImportRowReader
{
    Q_DECLARE_TR_FUNCTIONS(ImportRowReader)

public:
    ImportRowReader(const ColumnMapping &mapping, const QTimeZone &zone,
                    std::optional<Status> forcedStatus, const QString &source);

    // Looks at every value of the registration time column to decide between day/month and
    // month/day dates (TimestampParser::orderHint): call before read().
    void decideDateOrder(const QList<CsvRow> &rows);
    TimestampParser::DateOrder dateOrder() const { return m_timestamps.order(); }

    ImportRecord read(const CsvRow &row);

    QStringList warnings() const;

private:
    enum class Problem
    {
        Gender,
        Country,
        Sector,
        Status,
        Attended,
        Origin,
        TimeZone,
        Timestamp,
        LostCharacters,
    };
    struct Unrecognised
    {
        int count = 0;
        int firstLine = 0;
    };

    QStringView cell(const CsvRow &row, ImportField field) const;
    static QStringView clean(QStringView text);
    bool repeatsHeader(const CsvRow &row) const;
    void note(ImportField field, Problem problem, int line);
    void checkLostCharacters(const CsvRow &row, ImportField field);

    ColumnMapping m_mapping;
    static constexpr int kFieldCount = static_cast<int>(ImportField::Origin) + 1;
    int m_columns[kFieldCount];
    QVarLengthArray<int, 1>
        m_sameHeader[kFieldCount]; // per field: unmapped columns headed the same
    int m_joinTimeColumn = -1;     // "Join Time" when no column is Attended
    bool m_bracketedOriginal = false;
    std::optional<Status> m_forcedStatus;
    QString m_source;
    TimestampParser m_timestamps;

    QHash<QString, std::optional<Gender>> m_genders;
    QHash<QString, QString> m_countries;
    QHash<QString, QString> m_sectors;
    QHash<QString, std::optional<Status>> m_statuses;
    QHash<QString, std::optional<bool>> m_yesNo;
    QHash<QString, std::optional<Origin>> m_origins;
    QHash<QString, bool> m_zones;
    QMap<int, QPair<Problem, Unrecognised>> m_problems; // by column
};

} // namespace consulta
