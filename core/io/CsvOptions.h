#pragma once

#include "TextDecoder.h"

#include <QByteArray>
#include <QChar>
#include <QString>

#include <optional>

namespace consulta {

// How CsvReader should read a file. The defaults detect everything; each detected choice
// can be forced, e.g. by the import wizard when a person corrects it.
struct CsvOptions
{
    // Byte decoding, for CsvReader::readBytes/readFile only; unset = detect.
    std::optional<TextDecoder::Encoding> encoding;
    // Or an encoding by name, e.g. "GB18030" or "Shift_JIS" (TextDecoder::isKnownCodec):
    // takes precedence over `encoding`. Empty = none.
    QByteArray codec;
    // ',', ';' or '\t' (or any other character); null = detect among the three.
    QChar delimiter;
    // The 1-based physical line where the header row starts; 0 = detect.
    int headerLine = 0;
    // Read the table under a section title row such as "Attendee Details" (a row whose only
    // non-empty cell is the title; case and a trailing colon are ignored): the header is the
    // next non-empty row. Takes precedence over headerLine. Empty = no section.
    QString section;
    // Pad rows with fewer fields than the header with empty cells instead of reporting them
    // (some spreadsheet programs drop trailing empty fields).
    bool padShortRows = false;

    // Caps, in UTF-16 code units of decoded text. A row breaking one is reported and skipped.
    qsizetype maxFieldLength = 64 * 1024;
    qsizetype maxRowLength = 1024 * 1024;
    int maxColumns = 4096;
};

} // namespace consulta
