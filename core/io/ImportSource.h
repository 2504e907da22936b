#pragma once

#include "ColumnMapping.h"
#include "CsvOptions.h"
#include "CsvTable.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace consulta {

// What the person said the file is: `--format auto|zoom|generic`.
enum class ImportFormat
{
    Auto,    // recognise Zoom reports; read anything else as a plain table
    Zoom,    // a Zoom registration or attendee report: attendees only
    Generic, // a plain table: the first header found, no section chosen
};

QString importFormatCode(ImportFormat format); // "auto", "zoom", "generic"
std::optional<ImportFormat> importFormatFromCode(const QString &code);

// The kind of export a file looks like, for the wizard to show.
enum class SourceKind
{
    Table,
    ZoomRegistrationReport,
    ZoomAttendeeReport,
    MicrosoftForms,
    GoogleForms,
};

// A file to import, read and recognised: the first step of an import and of the wizard
// (detect → show mapping → preview → problems → import).
//
// Zoom attendee reports list the host and the panelists in sections of their own before the
// attendees ("Host Details", "Panelist Details", "Attendee Details"): unless the format is
// generic or the options already choose a section or header line, a file with an "Attendee
// Details" section is read from that section only, so hosts and panelists are never imported;
// an "Other Attended" section (people who joined without registering) is added to it, each
// cell under the attendee column of the same header.
// With format zoom, a sectioned file without that section is refused. A Zoom participant
// export "with meeting data" is read from the participants' header, not the one-row meeting
// summary above it; the rows of the host it names (its "User Email") are left out as problems
// of their lines.
//
// When the caller names an encoding (CsvOptions::encoding or codec) and the text read with it
// has no header or no column naming people, while the detected encoding reads people, the
// source is refused with a message naming both encodings instead.
class ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(ImportSource)

public:
    static ImportSource fromFile(const QString &path, ImportFormat format = ImportFormat::Auto,
                                 const CsvOptions &options = {});
    // `name` is what participants' `source` records (usually the file name).
    static ImportSource fromBytes(QByteArrayView bytes, const QString &name,
                                  ImportFormat format = ImportFormat::Auto,
                                  const CsvOptions &options = {});
    static ImportSource fromText(const QString &text, const QString &name,
                                 ImportFormat format = ImportFormat::Auto,
                                 const CsvOptions &options = {});

    bool ok() const { return m_table.ok(); }
    QString errorString() const { return m_table.error; }

    const CsvTable &table() const { return m_table; }
    // The options the table was read with, the chosen section included: change one and read
    // again to let a person correct a guess.
    const CsvOptions &options() const { return m_options; }
    ImportFormat format() const { return m_format; }
    SourceKind kind() const { return m_kind; }
    // "Zoom registration report", "Microsoft Forms export", "table", …
    QString kindDescription() const;
    QString name() const { return m_name; }

    // The mapping detect() finds for the header.
    ColumnMapping detectedMapping() const { return ColumnMapping::detect(m_table.header); }

private:
    void read(const QString &text, const CsvOptions &options);
    SourceKind recognise(const QString &text) const;

    CsvTable m_table;
    CsvOptions m_options;
    ImportFormat m_format = ImportFormat::Auto;
    SourceKind m_kind = SourceKind::Table;
    QString m_name;
};

} // namespace consulta
