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

#include <optional>

namespace consulta {

// Turns the rows of a mapped table into ImportRecords: the value parsers applied column by
// column, remembering each distinct value's reading (a column of 100,000 genders has a handful
// of distinct words).
//
// Cells are trimmed and CsvInjection::restore()d. Rejections: an e-mail that is not an address,
// a row with no name and no e-mail. Values that are not understood (a gender, country, sector,
// status, yes/no, time zone or date-time) are left out and counted as warnings per column.
//
// Status, in order: the forced status; Attended yes → attended; Attended no → the status
// column's or else invited; the status column's (approved → registered, pending →
// waitlisted, denied → declined, …); a registration time → registered; else identified.
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
        TimeZone,
        Timestamp,
    };
    struct Unrecognised
    {
        int count = 0;
        int firstLine = 0;
    };

    QStringView cell(const CsvRow &row, ImportField field) const;
    void note(ImportField field, Problem problem, int line);

    ColumnMapping m_mapping;
    int m_columns[16];
    bool m_bracketedOriginal = false;
    std::optional<Status> m_forcedStatus;
    QString m_source;
    TimestampParser m_timestamps;

    QHash<QString, std::optional<Gender>> m_genders;
    QHash<QString, QString> m_countries;
    QHash<QString, QString> m_sectors;
    QHash<QString, std::optional<Status>> m_statuses;
    QHash<QString, std::optional<bool>> m_yesNo;
    QHash<QString, bool> m_zones;
    QMap<int, QPair<Problem, Unrecognised>> m_problems; // by column
};

} // namespace consulta
