#pragma once

#include "common/Result.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace consulta {

class ConsultationStore;

// Writes participants as a CSV file that is safe to open in a spreadsheet and that the importer
// reads back into the same participants.
//
// - UTF-8 with a byte order mark (so Excel reads every script), CRLF line ends, comma-separated;
//   RFC 4180 quoting: a cell is quoted when it holds a quote (doubled), a comma, a semicolon, a
//   tab, a line break or leading/trailing space, or when it was neutralized.
// - CSV injection: a cell starting with = + - @ tab or CR gets a leading single quote and is
//   quoted, as OWASP advises (see CsvInjection; the importer drops that quote again).
// - Columns, under headers ColumnMapping recognises: First Name, Last Name, Email, Gender
//   (woman/man/other/undisclosed), Organization, Country (its name when that reads back as the
//   same code, else the ISO code), Stakeholder group (the category's label), Job Title, Status
//   (the status code), Registration Time (ISO 8601 UTC), Time zone (IANA), Notes.
// - Participants in order of id; only those of a stage when one is given.
// - The file is written atomically (QSaveFile): the old one stays until the new one is whole.
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    static QStringList header();
    // The file's text without the byte order mark; `count` receives the rows written.
    static QString toCsv(const ConsultationStore &store, std::optional<Stage> stage = {},
                         int *count = nullptr);
    // Writes the file; the number of participants written.
    static Result<int> write(const ConsultationStore &store, const QString &path,
                             std::optional<Stage> stage = {});

    // Appends one cell, neutralized and quoted as above, without a delimiter.
    static void appendCell(QString &out, QStringView cell);
};

} // namespace consulta
