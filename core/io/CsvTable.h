#pragma once

#include "CsvProblem.h"
#include "CsvRow.h"
#include "TextDecoder.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace consulta {

// Everything CsvReader::read* found in one file: what it detected, the header, the rows it
// accepted and the rows it skipped. When `error` is set (unreadable file, no header, the
// requested section or header line does not exist) the table is empty.
struct CsvTable
{
    QString error;

    TextDecoder::Encoding encoding = TextDecoder::Encoding::Utf8;
    QString encodingDescription; // "UTF-16LE with BOM"; empty when read from text
    QChar delimiter;
    int headerLine = 0;        // 1-based physical line of the header row
    QString sectionTitle;      // the section title row just above the header, if any
    QStringList sectionTitles; // every section title found near the top of the file
    int endLine = 0;           // line of the next section's title when it ended the table

    QStringList header;
    QList<CsvRow> rows;
    QList<CsvProblem> problems;

    bool ok() const { return error.isEmpty(); }
};

} // namespace consulta
