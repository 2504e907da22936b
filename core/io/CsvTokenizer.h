#pragma once

#include "CsvRow.h"

#include <QChar>
#include <QStringView>

namespace consulta {

// Splits decoded text into records (rows of fields) by RFC 4180, one record per call, with
// no policy about headers or widths: that is CsvReader's job.
//
// - Fields are separated by the delimiter; a record ends at CR, LF or CRLF.
// - A field that starts with '"' is quoted: it may hold delimiters, line breaks and "" for
//   one quote. Line breaks inside a quoted field come out as LF. Text between a closing
//   quote and the next delimiter is kept as it is (lenient, as spreadsheets are).
// - A '"' anywhere else in a field is an ordinary character.
// - A field that is "--" (Zoom's "no value"), quoted or not, comes out empty.
// - Fields are copied in slices, never character by character, into a scratch row that
//   keeps its capacity; each record handed out is one exactly-sized copy of it.
//
// Errors never stop the tokenizer. A record with a NUL character, a field over the field
// cap, too many fields or a record over the record cap is read to its end and returned
// with `error` set (and no cells). A quoted field that never closes, or whose record grows
// past the record cap (reported as UnclosedQuote when the field spans lines, RecordTooLong
// otherwise), cannot be trusted to know where the record ends: the record is returned as
// an error and reading resumes at the line after the one where it started, so one stray
// quote costs one row, not the rest of the file. Each such error scans at most the record
// cap, so the work stays linear in the input for a fixed cap.
class CsvTokenizer
{
public:
    enum class Error
    {
        None,
        UnclosedQuote,
        NulCharacter,
        FieldTooLong,
        RecordTooLong,
        TooManyFields,
    };

    struct Record
    {
        CsvRow row; // its line() is where the record starts
        Error error = Error::None;
        int errorField = 0; // 1-based field the error was found in
        // The first field (1-based) whose quotes hold a line break, 0 when none. When the
        // record then has the wrong width, that quote was probably stray: see skipLineOf().
        int quotedBreakField = 0;
        // True when that field's closing quote is followed by more text before the delimiter
        // ("…\n…"text,): a quoted field never ends like that, so its opening quote was stray.
        bool textAfterQuotedBreak = false;
        // Offset of the record's first character in the text.
        qsizetype start = 0;
    };

    // Caps are clamped to 2^29 characters.
    struct Limits
    {
        qsizetype maxFieldLength = 64 * 1024;
        qsizetype maxRecordLength = 1024 * 1024;
        int maxFields = 4096;
    };

    CsvTokenizer(QStringView text, QChar delimiter, Limits limits);

    // Reads the next record; false at the end of the text.
    bool next(Record &record);

    // Forgets where `record` ended and goes on from the line after the one it starts on, as
    // after an unclosed quote: for a record whose quoted line break turns out to be a stray
    // quote. Records read after `record` are read again.
    void skipLineOf(const Record &record) { resumeAfterLine(record.start, record.row.line()); }

    bool atEnd() const { return m_pos >= m_text.size(); }
    qsizetype position() const { return m_pos; }
    int line() const { return m_line; }

private:
    void appendField(QStringView content, bool quoted, bool rebuild, QStringView tail);
    void resumeAfterLine(qsizetype recordStart, int recordLine);

    QStringView m_text;
    char16_t m_delimiter;
    Limits m_limits;
    qsizetype m_pos = 0;
    int m_line = 1;
    CsvRow m_scratch;
};

} // namespace consulta
