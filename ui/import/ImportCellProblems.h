#pragma once

#include "io/ColumnMapping.h"
#include "io/CsvTable.h"
#include "io/ImportField.h"
#include "io/ImportRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace consulta {

// Why cells of the import preview will not be stored as the file writes them, in words for
// the person choosing the columns: a gender, country, stakeholder group, status, yes or no,
// time zone or date and time that is not understood; an e-mail that is not an address (the
// row is rejected); an e-mail that an earlier row of the file already has (the row will be
// merged into that person).
//
// ImportRowReader only counts, per column, the values it did not understand; the cells are
// found here from what it read, without parsing anything again where the record tells: a
// value in the file and nothing in the record was not understood. Gender, status and yes/no
// always end as something (undisclosed, a status decided otherwise), so for those cells the
// parser itself (GenderParser, StatusParser) is asked about the value. The reasons quote the
// file's value: they are shown on screen only, never written to a report.
class ImportCellProblems
{
    Q_DECLARE_TR_FUNCTIONS(ImportCellProblems)

public:
    enum class Kind
    {
        NotUnderstood, // the value is left out, or the row is rejected
        Duplicate,     // the row merges into an earlier one
    };
    struct Problem
    {
        Kind kind = Kind::NotUnderstood;
        QString reason;
    };

    ImportCellProblems() = default;
    // `records` are ParticipantImporter::preview() of `table` with `mapping`: record i was read
    // from table row i. `statusForced`: every row gets one status, so a status or yes/no
    // column is not read and none of its values is a problem.
    ImportCellProblems(const CsvTable &table, const ColumnMapping &mapping,
                       const QList<ImportRecord> &records, bool statusForced);

    // The problem of the record at `row` with `field`; nullptr when there is none.
    const Problem *find(int row, ImportField field) const;
    int count() const { return int(m_problems.size()); }
    bool isEmpty() const { return m_problems.isEmpty(); }

private:
    QHash<QPair<int, int>, Problem> m_problems; // by record and field
};

} // namespace consulta
