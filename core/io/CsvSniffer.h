#pragma once

#include "CsvTokenizer.h"

#include <QChar>
#include <QList>
#include <QStringView>

namespace consulta {

// The guesses CsvReader makes before it reads: which delimiter, which row is the header,
// which rows are section titles. All of them look at a sample from the top of the file.
//
// Delimiter: the text is split with each of ',' ';' '\t' (quotes respected). For each,
// the most common field count among records with two or more fields is found (ties go to
// the wider); the score is how many records have it times (that count − 1). The highest
// score wins, ties in the order comma, semicolon, tab; comma when nothing scores.
//
// Header: a record is a *candidate* when it looks like labels: at least one cell; every
// non-empty cell (up to the last non-empty one) has a letter, no '@', no "://", no clock
// time like 10:15 and at most 512 characters; at most a quarter of the labels repeat an
// earlier one (ignoring case: forms can ask the same question twice, while data rows
// repeat "Yes"); at most a fifth of the cells empty. A candidate of width w (the count of
// cells up to the last non-empty one) *fits* a later record whose own width is at most w
// and which has at least w fields (its extra fields are trailing empties), until the next
// section break. The candidate that fits the most records is the header; ties go to one
// that opens a section (right after a section title), then to the wider, then to the
// earliest one: with one registrant, a Zoom report's registrant header fits as many rows as
// its "Topic,Webinar ID,…" summary above, and is both wider and often under "Registrant
// Details". So a preamble of report metadata loses to the real header, and among a
// header and its data rows the header wins. With no candidate, the first non-empty record
// is the header.
//
// Section break: a *section title* is a record whose only non-empty cell is the first one,
// looks like a label and has no digit ("Attendee Details", "Host Details,"; not "Date:
// 2020-10-26"). It breaks a table when the
// next non-empty record is a candidate with two or more cells (a new header).
//
// The tokenizer has already turned "--" cells into empty ones.
class CsvSniffer
{
public:
    static QChar detectDelimiter(QStringView text, const CsvTokenizer::Limits &limits);

    // Index into `records` of the header, or -1 when every record is blank. `records` are
    // consecutive records from the top of the file (failed ones as empty rows).
    static int findHeader(const QList<CsvRow> &records, bool padShortRows);
    // Indexes of the records that are section titles followed by a new header.
    static QList<int> findSectionBreaks(const QList<CsvRow> &records);

    static bool looksLikeHeader(const CsvRow &row);
    static bool isSectionTitle(const CsvRow &row);
};

} // namespace consulta
